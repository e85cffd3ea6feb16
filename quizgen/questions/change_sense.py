"""Whether a statement of change ('Sales rose 6% to $1.52 billion from $1.43 billion') is sane: the
new amount lies on the side the change word says, and a stated percentage is not far from the one
the two amounts give. A swapped value that breaks this gives a false statement away."""
from __future__ import annotations

import re

from ..timex.lexicon import MONTHS
from ..wordlists import mapping

_DIRECTION = mapping("change_directions")
_AMOUNT = r"([$€£]?)\s?(\d[\d,]*(?:\.\d+)?)(\s*(?:%|percent\b|per cent\b))?(?:\s+(thousand|million|billion|trillion)\b)?"
_SCALE = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
_TO_FROM = re.compile(rf"\bto\s+(?:about\s+|nearly\s+|almost\s+)?{_AMOUNT}[^.;]{{0,40}}?\bfrom\s+{_AMOUNT}", re.I)
_FROM_TO = re.compile(rf"\bfrom\s+{_AMOUNT}(?:\s+[a-z]+)?\s+to\s+(?:about\s+|nearly\s+|almost\s+)?{_AMOUNT}", re.I)
_UP_FROM = re.compile(rf"{_AMOUNT}[^.;\d]{{0,30}}?,\s+(up|down)\s+(?:\d[\d.]*\s*(?:%|percent)\s+)?from\s+{_AMOUNT}", re.I)
_PERCENT = re.compile(r"(\d+(?:\.\d+)?)\s*(?:%|percent\b|per cent\b)", re.I)
# a stated change this far from the one the amounts give is plainly wrong (rounding stays well inside)
_PERCENT_SLACK = 0.3


def _amount(groups: tuple) -> tuple[str, float] | None:
    """(unit, value) of one amount: its currency sign or percent, its number times its scale word."""
    sign, number, percent, scale = groups
    try:
        value = float(number.replace(",", ""))
    except ValueError:
        return None
    return (sign or ("%" if percent else "")), value * _SCALE.get((scale or "").lower(), 1.0)


def _pair(text: str) -> tuple[str, float, float, int] | None:
    """(direction, new, old, where the amounts start) of the text's change, or None."""
    return _to_and_from(text, _TO_FROM, True) or _to_and_from(text, _FROM_TO, False) or _up_from(text)


def _to_and_from(text: str, rx: re.Pattern, new_first: bool) -> tuple[str, float, float, int] | None:
    """'rose to X from Y' / 'fell from Y to X', with the change word before the amounts."""
    m = rx.search(text)
    if not m:
        return None
    a, b = _amount(m.groups()[:4]), _amount(m.groups()[4:])
    word = _change_word(text[: m.start()])
    if not (a and b and a[0] == b[0] and word):
        return None
    new, old = (a, b) if new_first else (b, a)
    return word, new[1], old[1], m.start()


def _up_from(text: str) -> tuple[str, float, float, int] | None:
    """'$140 million, up from $155 million'."""
    m = _UP_FROM.search(text)
    if not m:
        return None
    a, b = _amount(m.groups()[:4]), _amount(m.groups()[5:])
    if not (a and b and a[0] == b[0]):
        return None
    return _DIRECTION[m.group(5).lower()], a[1], b[1], m.start()


def _change_word(before: str) -> str | None:
    """The direction of the last change word before the amounts ('rose', 'fell', 'up')."""
    for w in reversed(re.findall(r"[a-z]+", before.lower())[-8:]):
        if w in _DIRECTION:
            return _DIRECTION[w]
    return None


def contradicts_itself(text: str) -> bool:
    """'Profit rose to $140 million from $155 million', 'Sales fell 11% to $1.52 billion from $1.43
    billion', 'fell 30% to $70 million from $80 million': the amounts say otherwise; 'adjourn from
    January 24 to January 4': the period ends before it starts."""
    if _backward_days(text):
        return True
    pair = _pair(text)
    if pair is None:
        return False
    direction, new, old, at = pair
    if new == old or (direction == "up") != (new > old):
        return True
    pct = _PERCENT.search(text[:at])
    if pct is None or old == 0 or _pair_is_percent(text, at):
        return False
    stated, actual = float(pct.group(1)), abs(new - old) / old * 100
    return abs(stated - actual) > max(1.0, _PERCENT_SLACK * max(stated, actual))


def _pair_is_percent(text: str, at: int) -> bool:
    """'rose 2 points to 5% from 3%': the percentage before is not a change of the amounts."""
    return bool(re.match(r"\D*\d[\d.,]*\s*(?:%|percent)", text[at:]))


_DAY_RANGE = re.compile(r"\bfrom\s+([A-Z][a-z]+)\.?\s+(\d{1,2})\s+(?:to|until|through)\s+"
                        r"([A-Z][a-z]+)\.?\s+(\d{1,2})\b(?!,?\s+\d{4})")


def _backward_days(text: str) -> bool:
    """'from January 24 to January 4' (one year, no year written): the end is before the start."""
    for m in _DAY_RANGE.finditer(text):
        a, b = MONTHS.get(m.group(1).lower()), MONTHS.get(m.group(3).lower())
        if a and b and (a == b and int(m.group(4)) < int(m.group(2)) or 0 < a - b < 6):
            return True           # ('from Dec. 20 to Jan. 5' runs into the next year)
    return False
