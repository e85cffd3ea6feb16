"""Dependency-parse helpers: the verb a phrase such as a date modifies (read through `ArticleClauses.attached`),
and the first item of a list."""
from __future__ import annotations

from spacy.tokens import Span, Token


def attachment(phrase: Span | None) -> Token | None:
    """The verb (or, failing that, the sentence root) that a phrase such as a date modifies."""
    if phrase is None:
        return None
    tok = phrase.root
    seen = 0
    while tok.head != tok and seen < 40:
        tok = tok.head
        seen += 1
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ not in ("aux", "auxpass") and not _misread_name(tok):
            return tok
    return tok


def _misread_name(tok: Token) -> bool:
    """'homes around Redding in 2018': a capitalised word mid-sentence tagged as a verb is a name."""
    return tok.text[:1].isupper() and not tok.is_sent_start and tok.tag_ in ("VBG", "VBN", "VBD")


def first_conjunct(tok: Token) -> Token:
    """The first item of the list `tok` is in ('uncle' in 'his mother, uncle and others' -> 'mother'): the
    list's first item carries its role in the sentence (subject, object, apposition)."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok
