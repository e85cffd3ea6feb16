"""Word lists of the temporal tagger, read once from quizgen/timex/data/*.txt (TAB-separated, '#' header)."""
from __future__ import annotations

import functools
import re
from pathlib import Path

_DATA = Path(__file__).parent / "data"


@functools.lru_cache(maxsize=None)
def table(name: str) -> dict[str, str]:
    """The list `data/<name>.txt` as {word: value}; lines starting with '#' are comments."""
    out: dict[str, str] = {}
    for line in (_DATA / f"{name}.txt").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        word, _, value = line.partition("\t")
        out[word.strip()] = value.strip()
    return out


def alternation(words, *, case_sensitive: bool = False) -> str:
    """A regex alternation of `words`, longest first; spaces match any run of whitespace."""
    parts = [re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True)]
    body = "|".join(parts)
    return f"(?-i:{body})" if case_sensitive else f"(?:{body})"


def capitalised(words) -> list[str]:
    """Title-case and upper-case forms of names (months, weekdays) as they appear in text."""
    out = set()
    for w in words:
        out.add(w)
        out.add(w.upper())
    return sorted(out)


MONTHS = {k.lower(): int(v) for k, v in table("months").items()}
WEEKDAYS = {k.lower(): int(v) for k, v in table("weekdays").items()}
NUMBERS = {k.lower(): v for k, v in table("numbers").items()}
ORDINALS = {k.lower(): int(v) for k, v in table("ordinals").items()}
UNITS = {k.lower(): v for k, v in table("units").items()}
SEASONS = {k.lower(): v for k, v in table("seasons").items()}
PARTS_OF_DAY = {k.lower(): v for k, v in table("parts_of_day").items()}
REFERENCES = {k.lower(): v for k, v in table("references").items()}
HOLIDAYS = {k.lower(): v for k, v in table("holidays").items()}
SETS = {k.lower(): v for k, v in table("sets").items()}
TIMEZONES = dict(table("timezones"))


def number_value(words: str) -> str | None:
    """'three' -> '3', 'twenty-four' -> '24', '2 1/2' -> '2.5', 'several' -> 'X'; None if not a number."""
    w = re.sub(r"\s+", " ", words.strip().lower())
    if not w:
        return None
    if w in NUMBERS:
        return NUMBERS[w]
    m = re.fullmatch(r"(\d+(?:\.\d+)?)(?:[ -]1/2| and a half)?", w.replace(",", ""))
    if m:
        base = float(m.group(1)) + (0.5 if w.endswith(("1/2", "half")) else 0)
        return _num(base)
    if w.endswith(" and a half"):
        inner = number_value(w[: -len(" and a half")])
        return None if inner in (None, "X") else _num(float(inner) + 0.5)
    total = 0
    for part in re.split(r"[- ]+", w):
        if part == "and":
            continue
        v = NUMBERS.get(part)
        if v is None or v == "X" or part in ("a", "an"):
            return None
        v = int(v)
        total = total * v if v in (100, 1000) and total else total + v
    return str(total)


def _num(x: float) -> str:
    return str(int(x)) if x == int(x) else str(x)


# Spelled-out numbers up to ninety-nine, for years read aloud ("nineteen ninety-six").
_SMALL = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
          "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def spelled_below_100(w: str) -> int | None:
    """'ninety-six' -> 96, 'seven' -> 7, 'oh five' -> 5."""
    w = w.lower().replace("-", " ").split()
    if w[:1] == ["oh"] and len(w) == 2 and w[1] in _SMALL:
        return _SMALL.index(w[1])
    if len(w) == 1:
        if w[0] in _SMALL:
            return _SMALL.index(w[0])
        if w[0] in _TENS:
            return _TENS.index(w[0]) * 10
        return None
    if len(w) == 2 and w[0] in _TENS and w[1] in _SMALL[1:10]:
        return _TENS.index(w[0]) * 10 + _SMALL.index(w[1])
    return None


def word_list(name: str) -> list[str]:
    """The words of a one-column list `data/<name>.txt`, in file order."""
    return list(table(name))


# "Saturday night", "yesterday morning": the parts of the day a day word takes, as a regex alternation
DAY_PARTS = alternation(word_list("day_parts"))
