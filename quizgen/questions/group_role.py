"""The group a name is named as a member of ('insurgents, including Ann Brook'; 'Ann Brook, Tom Ode and
other traders'): a wrong option for a member must be of the same group, never any other name."""
from __future__ import annotations

from spacy.tokens import Doc, Token

from ..index import Mention
from ..syntax import first_conjunct
from ..wordlists import word_set

# 'prisoners, including X' / 'networks such as X' / 'members like X': the noun the list belongs to
_LIST_LEADS = word_set("list_lead_words")


def group_noun(tok: Token) -> str:
    """The lemma of the plural noun whose members a list naming `tok` gives, or ''."""
    first = first_conjunct(tok)
    others = [c for c in first.conjuncts if c.pos_ == "NOUN" and any(o.lower_ == "other" for o in c.children)]
    if others:
        return others[0].lemma_.lower()          # 'X, Y and other cable networks'
    return _noun_over_list(first)


def _noun_over_list(first: Token) -> str:
    """The plural noun above a list's first name: apposed, 'including' it, or the subject of 'include'."""
    head = first.head
    if first.dep_ == "appos":
        return _listing_noun(head)               # 'two militants, X and Y'
    if first.dep_ == "pobj" and head.lower_ in _LIST_LEADS:
        return _listing_noun(head.head)          # 'insurgents, including X'
    if first.dep_ == "dobj" and head.lemma_ == "include":
        subj = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
        return _listing_noun(subj[0]) if subj else ""   # 'the freed prisoners included X'
    return ""


def _listing_noun(owner: Token) -> str:
    """The plural noun an 'including' list hangs on: the noun itself, or the object of the verb the
    parser hung the list on ('freed three rebels on Friday, including X')."""
    if owner.pos_ in ("VERB", "AUX"):
        owner = next((c for c in owner.children if c.dep_ in ("dobj", "nsubjpass") and _plural_noun(c)), owner)
    return owner.lemma_.lower() if _plural_noun(owner) else ""


def _plural_noun(tok: Token) -> bool:
    return tok.pos_ == "NOUN" and tok.tag_ == "NNS"


def role_nouns(tok: Token) -> set[str]:
    """Every common noun the article puts beside this name: its group, its apposition ('X, a cable
    network'), the noun before it ('the cable network X')."""
    found = {group_noun(tok)}
    found |= {c.lemma_.lower() for c in tok.children if c.dep_ == "appos" and c.pos_ == "NOUN"}
    if tok.dep_ == "appos" and tok.head.pos_ == "NOUN":
        found.add(tok.head.lemma_.lower())
    found |= {c.lemma_.lower() for c in tok.children if c.dep_ == "compound" and c.pos_ == "NOUN"}
    return found - {""}


def of_group(doc: Doc, mentions: list[Mention], cand: Mention | None, noun: str) -> bool:
    """The article names this candidate, somewhere, as one of the `noun`s."""
    if cand is None:
        return False
    return any(noun in role_nouns(doc[m.start:m.end].root) for m in mentions if m.canon == cand.canon)
