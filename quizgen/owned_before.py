"""'the civil war' -> 'Syria's civil war': a 'the' phrase the article wrote before with one place's or body's
possessive, and never with another's; read by question stems (questions/references.py)."""
from __future__ import annotations

from spacy.tokens import Token

from .referents import person_noun
from .wordlists import word_set

# owners that say whose a thing is for every reader: a place, a country, a body (not a person: 'Trump's
# plan' ... 'the plan' may be another's)
_OWNER_ENTS = frozenset({"GPE", "LOC", "ORG", "FAC", "NORP"})
_OWNED_WINDOW = 1000     # tokens back (a short article) read for the owned phrase
_TIME_NOUNS = word_set("time_nouns")


def owned_before(det: Token, head: Token) -> str | None:
    """The phrase 'the [kind words] N' (det .. head) as the article wrote it earlier with an owner ('Syria's
    civil war'), when every earlier mention of those words that has an owner has that one; None when none
    has, several owners do, or the noun is a person or a time (a later 'the president', 'the year' may be
    another's)."""
    if head.pos_ != "NOUN" or person_noun(head) or head.lemma_.lower() in _TIME_NOUNS:
        return None
    words = [t.lower_ for t in head.doc[det.i + 1:head.i + 1]]
    found = {_owned_mention(t, words) for t in head.doc[max(0, det.i - _OWNED_WINDOW):det.i]} - {None}
    return found.pop() if len(found) == 1 else None


def _owned_mention(t: Token, words: list[str]) -> str | None:
    """'Syria's civil war' when `t` ends those words and a named owner's possessive comes right before
    them; None otherwise."""
    doc = t.doc
    start = t.i - len(words) + 1
    if start < 2 or t.pos_ != "NOUN" or [w.lower_ for w in doc[start:t.i + 1]] != words:
        return None
    owner = _named_owner(doc[start - 1], t)
    if owner is None:
        return None
    first = owner.i
    while first > 0 and doc[first].ent_iob_ == "I":      # back to the first word of the owner's name
        first -= 1
    return doc[first:t.i + 1].text


def _named_owner(case: Token, noun: Token) -> Token | None:
    """The last word of the place's or body's name whose possessive mark `case` is, owning `noun`."""
    owner = case.head if case.dep_ == "case" else None
    named = owner is not None and owner.dep_ == "poss" and owner.head == noun and owner.ent_type_ in _OWNER_ENTS
    return owner if named else None
