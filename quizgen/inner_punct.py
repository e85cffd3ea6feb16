"""Punctuation inside a kept phrase that its words need: the hyphen inside a word ("pre-retirement")
and the commas of a list or of a run of modifiers ("possession, use, or transfer"; "six-man, three-woman")."""
from __future__ import annotations

from spacy.tokens import Token


def in_word_hyphen(t: Token) -> bool:
    """A hyphen written between two words with no space ("pre-retirement"), whatever tag the parser
    gave it: without it the words read as two ("pre retirement")."""
    doc = t.doc
    if t.text not in ("-", "\u2010", "\u2011") or t.i == 0 or t.i + 1 >= len(doc):
        return False
    before, after = doc[t.i - 1], doc[t.i + 1]
    return not before.whitespace_ and not t.whitespace_ and _wordlike(before) and _wordlike(after)


def _wordlike(t: Token) -> bool:
    return t.is_alpha or t.like_num


def comma_between_kept(t: Token, kept: set[int]) -> bool:
    """A comma the source writes inside one kept phrase, between two of its kept words: the mark of a
    list or of coordinated modifiers. Left out, the question reads 'possession use production or
    transfer'. A comma at the edge of a phrase (its neighbour belongs to another) is not kept: a
    question that moves the phrase would carry it off."""
    if t.text != "," or t.i - 1 not in kept or t.i + 1 not in kept or t.i + 1 >= len(t.doc):
        return False
    doc = t.doc
    return _inside(doc[t.i - 1], t.head) and _inside(doc[t.i + 1], t.head)


def _inside(tok: Token, head: Token) -> bool:
    """The token is the head or hangs below it."""
    return tok.i == head.i or head.is_ancestor(tok)


def without_loose_commas(doc, idxs: list[int]) -> list[int]:
    """The tokens without a comma whose neighbours are no longer both kept (a part was taken away)."""
    kept = set(idxs)
    return [i for i in idxs if doc[i].text != "," or (i - 1 in kept and i + 1 in kept)]
