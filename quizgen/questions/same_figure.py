"""One figure tested twice: a question's key and another question's key or statement, of one measure,
within a hair of each other ('$18 billion' beside '$17.99 billion', 'three wildfires' beside '3')."""
from __future__ import annotations

import functools
import re

from ..model import Question
from ..timex.lexicon import number_value
from ..wordlists import word_set
from .counted import HOW_MANY
from .distractors import SCALE_VALUES
from .fill_blank import BLANK

# figures of one measure this close (a share of the larger) are one figure reported twice: the
# rounded total of a lede and its exact amount further down ('$18 billion', '$17.99 billion')
CLOSE = 0.01
_UNITS = frozenset({"percent", "points", "cents"})
# a figure, with its currency sign, or a word ('%' reads as 'percent')
_TOKEN = re.compile(r"[$£€#]?\d+(?:[.,]\d+)*|[a-z]+")
# a bare four-digit figure from 1800 to 2099 is a year, not an amount
_YEAR = re.compile(r"(?:1[89]|20)\d\d")
# number words too common to be a figure of a statement ('a', 'one of them')
_NOT_FIGURES = word_set("figure_non_numbers")
# a counted noun names the measure only when it is a real word ('people', 'officers'), not 'is' or 'of'
_SHORTEST_NOUN = 4

Figure = tuple[float, str]


def same_figure(q: Question, other: Question) -> bool:
    """`q` and `other` test one figure: both keyed to it, or one keyed to it and the other a true/false
    statement that prints it. (Two statements printing one figure are each tested on their own clause:
    judged pairs of statements sharing a figure were never faulted as one fact.)"""
    a, b = asked_figure(q), asked_figure(other)
    if a and b:
        return _close(a, b)
    if a and other.type == "true_false":
        return any(_close(a, s) for s in stated_figures(other.prompt))
    if b and q.type == "true_false":
        return any(_close(b, s) for s in stated_figures(q.prompt))
    return False


def _close(a: Figure, b: Figure) -> bool:
    return a[1] == b[1] and abs(a[0] - b[0]) <= CLOSE * max(a[0], b[0])


def asked_figure(q: Question) -> Figure | None:
    """(value, measure) of the one figure a multiple choice or blank is keyed to: '$17.99 billion' gives
    (17.99e9, '$'); '10' for 'How many officers ...?' gives (10.0, 'officers'); None for other keys."""
    if q.type not in ("multiple_choice", "fill_blank") or not isinstance(q.answer, str):
        return None
    return _asked(q.prompt, q.answer)


@functools.lru_cache(maxsize=4096)
def _asked(prompt: str, answer: str) -> Figure | None:
    """The key's one figure with its measure: the key's own unit, else the noun the stem counts."""
    toks = _tokens(answer)
    found = [(i, v) for i, t in enumerate(toks) if (v := _value(t, alone=len(toks) == 1)) is not None]
    if len(found) != 1:
        return None
    i, value = found[0]
    value, unit = _measured(value, toks[i], toks[i + 1:])
    if not unit and not _currency(toks[i]):
        unit = _counted_noun(prompt)
    return (value, _currency(toks[i]) + unit) if unit or _currency(toks[i]) else None


@functools.lru_cache(maxsize=4096)
def stated_figures(prompt: str) -> tuple[Figure, ...]:
    """(value, measure) of each figure a statement prints with a currency, a unit or a counted noun."""
    toks = _tokens(prompt)
    out = []
    for i, t in enumerate(toks):
        v = None if t in _NOT_FIGURES else _value(t, alone=False)
        if v is None:
            continue
        value, unit = _measured(v, t, toks[i + 1:])
        if unit or _currency(t):
            out.append((value, _currency(t) + unit))
    return tuple(out)


def _tokens(text: str) -> list[str]:
    return _TOKEN.findall(text.lower().replace("%", " percent").replace("\u2019", "'"))


def _value(token: str, *, alone: bool) -> float | None:
    """A token's figure: digits ('4,480,446', '$3.15') or a number word ('eleven'); a bare year is none,
    and 'one' or 'a' counts only as a whole key."""
    bare = token.lstrip("$£€#").replace(",", "")
    if not alone and token in _NOT_FIGURES or _YEAR.fullmatch(bare) and bare == token:
        return None
    v = number_value(bare)
    try:
        return float(v) if v is not None else None
    except ValueError:             # 'several' has no value
        return None


def _measured(value: float, token: str, after: list[str]) -> Figure:
    """The figure times its scale word, and its unit: 'percent', 'points', or the noun right after it."""
    if after and after[0] in SCALE_VALUES:
        value, after = value * SCALE_VALUES[after[0]], after[1:]
    if not after:
        return value, ""
    word = after[0]
    if word in _UNITS or (word.isalpha() and len(word) >= _SHORTEST_NOUN and not _currency(token)):
        return value, word
    return value, ""


def _currency(token: str) -> str:
    return token[0] if token[:1] in "$£€#" and token[:1] else ""


def _counted_noun(prompt: str) -> str:
    """The noun a stem counts: after 'how many', or right after the blank ('had _____ wildfires')."""
    m = HOW_MANY.search(prompt.lower())
    if m:
        return m.group(1)
    after = _tokens(prompt.split(BLANK, 1)[1]) if BLANK in prompt else []
    word = after[0] if after else ""
    return word if word in _UNITS or (word.isalpha() and len(word) >= _SHORTEST_NOUN) else ""
