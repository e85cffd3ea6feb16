"""A question whose answer only describes a minor person the sentence names (not in the headline,
named fewer than RECURRING times): the body, rank or employer in
the person's title ('said _____ Lt. Col. Dewey Ford'), the place or body in an apposition ('Ann Lee, a
climate scientist at _____'), what a clause on the person tells in passing. It asks about who a
speaker or a passer-by is, not about the story's happening (JUDGING.md rule 6), and stays out of the
default quiz.

Judged (bench/judgments, questions other than true/false whose answer sits in such a modifier, the
answer itself no person's name, the person a minor one): 17 rows, 2 keep, 1 edit, 14 reject (82 %
rejected). Of the 3 on a person in the headline or named 3+ times, 1 was kept and none rejected.)"""
from __future__ import annotations

import re

from spacy.tokens import Span, Token

from ..model import Question
from ..nlp import ents_over, text_of
from .worth import RECURRING

# arcs by which a phrase hangs on a noun as its description: an apposition, a clause, a name's
# compound or modifier ('Air Force Lt. Col. Dewey Ford'); not a possessive ('Spain's Carlos
# Alcaraz': judged kept as often as not for a sportsman's country)
_DESCRIBING_ARCS = frozenset({"appos", "acl", "relcl", "compound", "nmod"})


def person_aside(q: Question, span: Span, title: str = "") -> str | None:
    """The name of the minor person whose description the question's answer is a part of, or None:
    the answer's words are found in the evidence sentence and, before any verb, hang on the name of
    a person the headline does not name and the article names fewer than RECURRING times (who the
    story's own actor is, or where they are from, is worth asking)."""
    if q.type == "true_false" or not isinstance(q.answer, str) or not q.answer.strip():
        return None
    root = _answer_root(span, q.answer.strip())
    # an answer that is (part of) the name itself asks who, not who someone is
    person = _described_person(root) if root is not None and root.ent_type_ != "PERSON" else None
    return None if person is None or _major(person, title) else _name_of(person)


def _described_person(root: Token) -> Token | None:
    """The name token the answer's words hang on as its description, before any verb, or None."""
    tok = root
    while tok.head.i != tok.i and tok.pos_ not in ("VERB", "AUX"):
        if tok.dep_ in _DESCRIBING_ARCS and tok.head.ent_type_ == "PERSON":
            return tok.head
        tok = tok.head
    return None


def _major(name: Token, title: str) -> bool:
    """The person is one of the story's actors: named in the headline, or RECURRING times or more."""
    word = re.compile(rf"\b{re.escape(name.text)}\b")
    return bool(word.search(title)) or len(word.findall(text_of(name.doc))) >= RECURRING


def _answer_root(span: Span, answer: str) -> Token | None:
    """The highest token of the answer's first occurrence in the sentence, or None when it is not there."""
    at = span.text.find(answer)
    if at < 0:
        return None
    start = span.start_char + at
    toks = [t for t in span if start <= t.idx < start + len(answer)]
    return min(toks, key=lambda t: sum(1 for _ in t.ancestors)) if toks else None


def _name_of(tok: Token) -> str:
    """The person's whole name the token is part of ('Dewey Ford' for 'Ford')."""
    ents = ents_over(tok.doc, tok.i, tok.i + 1)
    return ents[0].text if ents else tok.text
