"""Timeline helpers: readable dates and event labels turned into questions."""
from __future__ import annotations

import datetime as dt
import re

from lemminflect import getInflection, getLemma

_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"]
_AUX = {"was", "were", "is", "are", "has", "have", "had", "will", "would", "can", "could", "should", "may",
        "might", "must"}
_PRONOUNS = {"he", "she", "it", "they", "we", "i", "you", "this", "that", "these", "those"}


def readable(d: dt.date, precision: str) -> str:
    """'June 15, 2022', 'February 2022' or '1990', as the event's precision allows."""
    if precision == "year":
        return str(d.year)
    if precision == "month":
        return f"{_MONTHS[d.month - 1]} {d.year}"
    return f"{_MONTHS[d.month - 1]} {d.day}, {d.year}"


def label_question(label: str, precision: str, future: bool = False) -> str | None:
    """'Russia invaded Ukraine' -> 'On what date did Russia invade Ukraine?'; None when unsure."""
    words = label.strip().rstrip(".").split()
    if len(words) < 2 or any(w.lower().strip(",.") in _PRONOUNS | {"one", "them", "him", "her", "its",
                                                                    "their", "his"} for w in words):
        return None
    lead = {"day": "On what date", "month": "In which month", "year": "In which year"}.get(precision, "When")
    for i, w in enumerate(words[1:], start=1):
        low = w.lower()
        if low in _AUX:
            subj = _lower(words[:i])
            rest = " ".join(words[i + 1:])
            if not rest:
                return None
            return f"{lead} {low} {subj} {rest}?"
        lemma = (getLemma(low, upos="VERB") or [low])[0]
        past = getInflection(lemma, tag="VBD") or []
        pres = getInflection(lemma, tag="VBZ") or []
        if low in past and low not in ("read",) and lemma != low:
            subj = _lower(words[:i])
            rest = " ".join([lemma] + words[i + 1:])
            return f"{lead} did {subj} {rest}?"
        if low in pres and lemma != low and not future:
            return None
    return None


def _lower(words: list[str]) -> str:
    s = " ".join(words)
    if words and words[0] in ("The", "A", "An", "Its", "Their"):
        s = s[0].lower() + s[1:]
    return s


def shift(d: dt.date, precision: str, k: int) -> dt.date:
    """A date moved by k steps of its own precision (days are moved by weeks, with an odd day)."""
    if precision == "year":
        return d.replace(year=d.year + k, month=1, day=1)
    if precision == "month":
        m = d.month - 1 + k
        return dt.date(d.year + m // 12, m % 12 + 1, 1)
    return d + dt.timedelta(days=7 * k + (3 if k % 2 else 0))
