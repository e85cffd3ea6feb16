"""Whether a statement of change ('Sales rose 6% to $1.52 billion from $1.43 billion') is sane: the
new amount lies on the side the change word says, and a stated percentage is not far from the one
the two amounts give. A swapped value that breaks this gives a false statement away."""
from __future__ import annotations

import re

from ..timex.lexicon import MONTHS, spelled_below_100
from ..wordlists import mapping, pattern

_DIRECTION = mapping("change_directions")
_AMOUNT = r"([$€£]?)\s?(\d[\d,]*(?:\.\d+)?)(\s*(?:%|percent\b|per cent\b))?(?:\s+(thousand|million|billion|trillion)\b)?"
_SCALE = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
_TO_FROM = re.compile(rf"\bto\s+(?:about\s+|nearly\s+|almost\s+)?{_AMOUNT}[^.;]{{0,40}}?\bfrom\s+{_AMOUNT}", re.I)
_FROM_TO = re.compile(rf"\bfrom\s+{_AMOUNT}(?:\s+[a-z]+)?\s+to\s+(?:about\s+|nearly\s+|almost\s+)?{_AMOUNT}", re.I)
_UP_FROM = re.compile(rf"{_AMOUNT}[^.;\d]{{0,30}}?,\s+(up|down)\s+(?:\d[\d.]*\s*(?:%|percent)\s+)?from\s+{_AMOUNT}", re.I)
_PERCENT = re.compile(r"(\d+(?:\.\d+)?)\s*(?:%|percent\b|per cent\b)", re.I)
# a stated change this far from the one the amounts give is plainly wrong (rounding stays well inside)
_PERCENT_SLACK = 0.3


# a number written as a word ('zero', 'twenty-five'): read as its figure before the amounts are compared
_WORD = re.compile(r"\b[a-z]+(?:-[a-z]+)?\b", re.I)


def _in_figures(text: str) -> str:
    """The text with its numbers below 100 written as words put in figures ('from zero to 1 percent'
    -> 'from 0 to 1 percent')."""
    def figure(m: re.Match) -> str:
        value = spelled_below_100(m.group(0))
        return m.group(0) if value is None else str(value)
    return _WORD.sub(figure, text)


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
    a, b = _shared_unit(_amount(m.groups()[:4]), _amount(m.groups()[4:]))
    word = _change_word(text[: m.start()])
    if not (a and b and a[0] == b[0] and word):
        return None
    new, old = (a, b) if new_first else (b, a)
    return word, new[1], old[1], m.start()


def _shared_unit(a: tuple[str, float] | None, b: tuple[str, float] | None) -> tuple:
    """'from zero to 1 percent': a bare first amount of a change takes the unit of the second."""
    if a and b and not a[0] and b[0]:
        return (b[0], a[1]), b
    return a, b


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
    January 24 to January 4': the period ends before it starts; '300 to 250 homes', '$536 million,
    falling short of $456 million', 'turnout of 200 percent': the amounts contradict the words; a
    number written as a word counts too ('increase its rate from two to 1 percent')."""
    if _backward_days(text) or _amounts_disagree(text):
        return True
    text = _in_figures(text)      # only for a change: 'seven to one' may be a vote's tally
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


_AMOUNT_RX = re.compile(_AMOUNT, re.I)
_RANGE_JOINER = re.compile(pattern("amount_range_joiner"), re.I)
_TALLY_BEFORE = re.compile(pattern("tally_before"), re.I)
_BELOW = re.compile(pattern("comparison_below"), re.I)
_ABOVE = re.compile(pattern("comparison_above"), re.I)
_SHARE = re.compile(pattern("share_of_whole"), re.I)
# a comparison holds between two amounts close together, with no new clause or item between them
_COMPARISON_GAP = re.compile(r"^[^;:.]{0,60}$")
_NEW_ITEM = re.compile(r"\b(?:and|but|while|whereas)\b", re.I)


def _amounts_disagree(text: str) -> bool:
    """Two amounts of one unit the words between put in an order they break ('300 to 250', 'sales of
    $536 million, falling short of expectations of $456 million'), or a share of a whole above 100 percent."""
    found = [(m, _amount(m.groups())) for m in _AMOUNT_RX.finditer(text)]
    found = [(m, a) for m, a in found if a]
    if _share_above_whole(text, [a for _, a in found]):
        return True
    return any(a[0] == b[0] and _order_broken(text, m, n, a[1], b[1])
               for (m, a), (n, b) in zip(found, found[1:]))


def _order_broken(text: str, m: re.Match, n: re.Match, first: float, second: float) -> bool:
    """The words between two amounts say the first is below ('to' of a range without 'from', 'falling
    short of') or above ('beating', 'over') the second, and the amounts say otherwise; a comparison
    only of money or percentages."""
    between = text[m.end():n.start()]
    if _RANGE_JOINER.match(between) and not m.group(3):
        return first > second and _a_range(text[:m.start()])
    if not m.group(1) and not m.group(3):
        return False      # a bare count may be of another thing ('the magnitude-8 quake's toll topped 500')
    if not _COMPARISON_GAP.match(between) or _NEW_ITEM.search(between):
        return False
    if _BELOW.search(between):
        return first > second
    return bool(_ABOVE.search(between)) and first < second


def _a_range(before: str) -> bool:
    """'300 to 250' is a range unless 'from' makes it a change ('fell from 300 to 250') or a tally
    word a score ('voted 7 to 2')."""
    return not re.search(r"\bfrom\s*$", before, re.I) and not _TALLY_BEFORE.search(before)


def _share_above_whole(text: str, amounts: list[tuple[str, float]]) -> bool:
    """'Turnout was put at 200 percent', 'won with 79 percent of the votes cast, compared with 47.74
    percent': a share of one whole, told without a change, cannot pass 100 percent."""
    if not _SHARE.search(text) or any(w in _DIRECTION for w in re.findall(r"[a-z]+", text.lower())):
        return False
    shares = [v for unit, v in amounts if unit == "%"]
    return bool(shares) and (max(shares) > 100 or (len(shares) == 2 and sum(shares) > 100.5))
