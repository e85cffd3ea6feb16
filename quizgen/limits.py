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
            cut = _break_point(doc, start, start + limit // 2, i)
            doc[cut].is_sent_start = True
            start = cut
            i = cut
        i += 1


def _break_point(doc: Doc, start: int, lo: int, hi: int) -> int:
    """The token after the last full stop in doc[start:hi] (past its first tenth), else after the last
    comma/conjunction in doc[lo:hi], else hi: a cut at a comma where a full stop was at hand ('He
    wouldn't be surprised if, over two years,' | 'the share rose') leaves a clause read as a statement."""
    for j in range(hi - 1, start + (hi - start) // 10, -1):
        if _ends_sentence(doc, j):
            return j + 1
    for j in range(hi - 1, lo - 1, -1):
        if doc[j].text.lower() in _BREAK_AFTER and j + 1 < len(doc):
            return j + 1
    return hi


_END_MARKS = frozenset({".", "!", "?"})
_AFTER_END = frozenset("\"'\u201d\u2019)")


def _ends_sentence(doc: Doc, j: int) -> bool:
    """doc[j] closes a sentence: a full stop (or a quote or bracket right after one) before a capital."""
    if j + 1 >= len(doc) or not doc[j + 1].text[:1].isupper():
        return False
    t = doc[j]
    if t.text in _AFTER_END and t.whitespace_ and doc[j - 1].text in _END_MARKS:
        return True
    return t.text in _END_MARKS and bool(t.whitespace_)
