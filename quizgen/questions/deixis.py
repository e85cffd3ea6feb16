"""'here' in a question: the story's own place, which only its dateline names. A stem read alone
('... at the stadium here') must name it, or it points nowhere."""
from __future__ import annotations

import re

from ..clauses import quotation_open
from ..wordlists import word_set

# 'here' as a place; 'here is', 'here's' present something, and 'here, in Lima' names its place: they stay
_HERE = re.compile(r"\bhere\b(?!\s*(?:is|are|was|were|'s|’s)\b)(?!,?\s+(?:in|at)\s+(?:[A-Z]|_))")
_PLACE_PREPOSITIONS = word_set("here_prepositions")
_DATE_TAIL = re.compile(r",\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?$")


def unplaced_here(prompt: str) -> bool:
    """The stem says 'here' outside a quotation (a speaker's 'here' is the speaker's)."""
    return any(not _quoted(prompt, m.start()) for m in _HERE.finditer(prompt))


def placed_here(prompt: str, dateline: str | None) -> str:
    """'... at the stadium here' -> '... at the stadium in Mumbai': each 'here' outside a quotation
    given the dateline's place. Without a dateline an adverb 'here' goes ('at the stadium here' says
    no more than 'at the stadium'); 'from here' stays, for the checks to leave the question out."""
    place = _place_words(dateline)
    out, last = [], 0
    for m in _HERE.finditer(prompt):
        if _quoted(prompt, m.start()):
            continue
        before = prompt[:m.start()].split()
        bare = bool(before) and before[-1].lower() in _PLACE_PREPOSITIONS
        if not place and bare:
            continue
        head = prompt[last:m.start()]
        out.append(head + (place if bare else f"in {place}") if place else head.rstrip(" ,"))
        last = m.end()
    return "".join(out) + prompt[last:]


def _place_words(dateline: str | None) -> str:
    """'WASHINGTON, June 3' -> 'Washington': the place as a sentence writes it."""
    place = _DATE_TAIL.sub("", (dateline or "").strip(" ,"))
    words = place.split(",")[0].split()
    return " ".join(w.capitalize() if w.isupper() and len(w) > 2 else w for w in words) if words else ""


def _quoted(text: str, at: int) -> bool:
    """Inside a quotation the text opened before `at` and has not closed."""
    return quotation_open(text[:at])
