"""One end of a stated range of figures ('5% to 10%', 'between $35 and $55', '200 to 250 homes'): a false
statement that moves it is a hair-split or absurd ('10 to 30 degrees' for '10 to 20'), never a test."""
from __future__ import annotations

import re

from .distractors import num_of

# words joining the two ends of a range; 'and' only after 'between'
_JOINS = frozenset({"to", "-", "\u2013", "through", "and"})
# words a figure's number may carry before or after it ('$', '%', 'percent', 'degrees')
_UNIT_GAP = 2
# a range's far end is at most this many times its near end; further apart, 'by $1 to $8.25' and 'rose
# 15 pence to 362 pence' tell a change and the level it reached, not a range
RANGE_SPREAD = 4.0
_YEAR = re.compile(r"(?:1[89]|20)\d\d")
_FIGURE_KINDS = frozenset({"NUMBER", "MONEY", "PERCENT", "QUANTITY", "DURATION"})


def moves_a_range_end(doc, m) -> bool:
    """The mention is one end of a range the article states, rising from a figure to one no more than
    RANGE_SPREAD times it, not a change 'from' one figure to another: a false version must not move it."""
    if not (m.kind in _FIGURE_KINDS or (m.kind == "DATE" and _YEAR.fullmatch(m.text.strip()))):
        return False
    own = num_of(m.text)
    ends = _ends_before(doc, m.start, own, m.text) or _ends_after(doc, m.end, own, m.text)
    if ends is None:
        return False
    low, high = ends
    return low is not None and high is not None and 0 < low < high <= RANGE_SPREAD * low


def _ends_before(doc, start: int, own: float | None, m_text: str) -> tuple | None:
    """(other end, own) when a join and a figure stand before the mention ('5% to' 10%)."""
    if start < 2 or doc[start - 1].lower_ not in _JOINS:
        return None
    num = _figure_at(doc, range(start - 2, max(-1, start - 2 - _UNIT_GAP - 1), -1))
    if num is None or _opened_by_from(doc, num) or \
            (doc[start - 1].lower_ == "and" and not _opened_by(doc, num, "between")):
        return None
    return (num_of(doc[num].text) if _same_unit(doc, num, m_text) else None), own


def _ends_after(doc, end: int, own: float | None, m_text: str) -> tuple | None:
    """(own, other end) when a join and a figure follow the mention (200 'to 250')."""
    if end >= len(doc) or doc[end].lower_ not in _JOINS - {"and"}:
        return None
    num = _figure_at(doc, range(end + 1, min(len(doc), end + 2 + _UNIT_GAP)))
    start = end - 1
    while start > 0 and doc[start - 1].like_num:
        start -= 1
    if num is None or _opened_by_from(doc, start):
        return None
    return own, (num_of(doc[num].text) if _same_unit(doc, num, m_text) else None)


_PERCENT = re.compile(r"%|\bper\s*cent\b|\bpercent\b", re.I)
_CURRENCY = re.compile(r"[$\u00a3\u20ac\u00a5]")


def _unit(text: str) -> str:
    """'percent', 'money' or '' (a bare count or another unit)."""
    return "percent" if _PERCENT.search(text) else "money" if _CURRENCY.search(text) else ""


def _same_unit(doc, num: int, m_text: str) -> bool:
    """The other end's figure, with the sign before it or the unit after it, is of the mention's unit or
    bare ('12 percent to $38.50' is a rise and the price it reached, not a range)."""
    other = _unit(" ".join(t.text for t in doc[max(0, num - 1):num + 2] if t.lower_ not in _JOINS))
    return not other or not _unit(m_text) or other == _unit(m_text)


def _figure_at(doc, places) -> int | None:
    """The first of the places holding a number, past no more than a unit or a currency sign."""
    for i in places:
        if doc[i].like_num or any(c.isdigit() for c in doc[i].text):
            return i
        if doc[i].is_alpha and doc[i].pos_ in ("VERB", "AUX", "ADP", "DET"):
            return None
    return None


def _opened_by_from(doc, i: int) -> bool:
    return _opened_by(doc, i, "from")


def _opened_by(doc, i: int, word: str) -> bool:
    """The figure at i (or its currency sign) follows `word`: 'from 5% to 10%', 'between $35 and'."""
    j = i - 1
    while j >= 0 and not doc[j].is_alpha and not doc[j].like_num:
        j -= 1
    return j >= 0 and doc[j].lower_ == word
