"""A subject description the parser split from the name written just before it ('Nigeria, Africa's largest
economy has recovered'): the name the article gives it there, so a label or stem says who or what."""
from __future__ import annotations

from spacy.tokens import Span, Token

from .nlp import ents_over

_SUBJECT_ROLES = ("nsubj", "nsubjpass")
# names of a place, body or thing a description may stand beside; a person's is the resolver's own work
_NAME_KINDS = frozenset({"ORG", "GPE", "FAC", "PRODUCT"})
# roles the parser gives a name it failed to set in apposition: never a subject, object or list item
_STRAY_ROLES = frozenset({"npadvmod", "advmod", "conj", "dep", "nmod"})
_DESCRIPTION_OPENERS = frozenset({"the", "a", "an"})
_MAX_NAME_WORDS = 6


def fronted_name(head: Token) -> str | None:
    """'TEPCO, the operator of the plant, has warned', 'Nigeria, Africa's largest economy has recovered':
    the name the article sets just before the subject description (`fronted_name_span`), as written."""
    ent = fronted_name_span(head)
    text = _written_name(ent) if ent is not None else ""
    return text if text and len(text.split()) <= _MAX_NAME_WORDS else None


def fronted_name_span(head: Token) -> Span | None:
    """The name set by a comma just before a subject description that opens on 'the'/'a'/'an' or a
    place's possessive, when the parser gave the name no role of its own (no subject, object or list
    item: 'the university and Connaught, the parties said' is two things) and the name opens its
    clause (the sentence's start or after a comma). None for any other phrase."""
    if head.dep_ not in _SUBJECT_ROLES or head.pos_ != "NOUN" or head.ent_type_:
        return None
    start = head.left_edge.i
    if start < 2 or head.doc[start - 1].text != "," or not _describes(head.doc[start], head):
        return None
    ent = _stray_name(head.doc[start - 2])
    return ent if ent is not None and _opens_clause(ent) else None


def _describes(first: Token, head: Token) -> bool:
    """The phrase opens as a description: 'the'/'a'/'an', or a place's possessive ('Africa's largest')."""
    if first.lower_ in _DESCRIPTION_OPENERS:
        return first.head == head
    owner = next((c for c in head.children if c.dep_ == "poss" and c.ent_type_ in ("GPE", "LOC")), None)
    # 'East Africa's': the whole owner is one place name, its first word opening the phrase
    return owner is not None and owner.left_edge == first and all(t.ent_type_ in ("GPE", "LOC")
                                                                  for t in head.doc[first.i:owner.i + 1])


def _stray_name(last: Token) -> Span | None:
    """The place, body or thing name ending on `last` whose root the parser hung on no word as a
    subject, object or listed item; None otherwise."""
    ent = next(iter(ents_over(last.doc, last.i, last.i + 1)), None)
    if ent is None or ent.end != last.i + 1 or ent.label_ not in _NAME_KINDS:
        return None
    root = ent.root
    if root.dep_ not in _STRAY_ROLES:
        return None
    if root.dep_ == "conj" and any(c.dep_ == "cc" for c in root.head.children):
        return None              # 'the university and Connaught': a list, not one thing named twice
    return ent


def _opens_clause(ent: Span) -> bool:
    """The name stands first in its sentence, or right after a comma (after an opening phrase)."""
    doc = ent.doc
    start = ent.start - 1 if ent.start > 0 and doc[ent.start - 1].lower_ == "the" else ent.start
    return doc[start].is_sent_start or start > 0 and doc[start - 1].text == ","


def _written_name(ent: Span) -> str:
    """The name as the article writes it, with its 'the' ('the ECB') and no possessive mark."""
    words = [t.text for t in ent if t.tag_ != "POS" and t.lower_ != "the"]
    doc = ent.doc
    the = ent[0].lower_ == "the" or ent.start > 0 and doc[ent.start - 1].lower_ == "the"
    return " ".join((["the"] if the else []) + words)
