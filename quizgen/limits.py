"""Bounds on the engine's work, so its cost stays linear in the text whatever the text's shape."""
from __future__ import annotations

from spacy.tokens import Doc

MAX_SENTENCE_TOKENS = 120     # longer "sentences" (lists, run-ons, pasted tables) are read in pieces
_BREAK_AFTER = frozenset({",", ";", ":", "—", "–", "-", "and", "or", "but"})


def cap_sentence_length(doc: Doc, limit: int = MAX_SENTENCE_TOKENS) -> None:
    """Start a new sentence before any would pass `limit` tokens, at a comma or conjunction when one is near.

    Run before the parser: it keeps sentence boundaries that are already set, so every later stage
    works on sentences of bounded length and a 200 KB single sentence costs what 200 KB of prose does.
    """
    if len(doc) <= limit:
        return
    start = 0
    i = 1
    while i < len(doc):
        if doc[i].is_sent_start:
            start = i
        elif i - start >= limit:
            cut = _break_point(doc, start + limit // 2, i)
            doc[cut].is_sent_start = True
            start = cut
            i = cut
        i += 1


def _break_point(doc: Doc, lo: int, hi: int) -> int:
    """The token after the last comma/conjunction in doc[lo:hi], else hi."""
    for j in range(hi - 1, lo - 1, -1):
        if doc[j].text.lower() in _BREAK_AFTER and j + 1 < len(doc):
            return j + 1
    return hi
