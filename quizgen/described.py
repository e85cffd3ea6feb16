"""A person told by a description the article gave one named person before ('Dana Reyes, a three-time
Olympian, ...' / 'Gail Monroe is a veteran reporter' ... 'The three-time Olympian won the title'): a
timeline line prints the name, since the learner reading the line alone cannot tell who is meant."""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from .memo import per_document
from .nlp import ents_of

_DESCRIBING_DEPS = frozenset({"det", "amod", "compound", "nummod", "punct", "npadvmod"})
_ROLES = frozenset({"nsubj", "nsubjpass", "dobj", "pobj"})


def described_person(head: Token) -> str | None:
    """The one named person whose earlier description (an apposition or 'X is a ...') has the noun
    and every word before it ('three-time'); None for a noun no one or several were described by,
    or one with words of its own ('the reporter who broke the story')."""
    if not _definite_description(head):
        return None
    words = {t.lower_ for t in head.subtree if t != head and t.dep_ != "det" and not t.is_punct}
    names = {name for start, name, desc in _descriptions(head.doc).get(head.lemma_.lower(), [])
             if start < head.sent.start and words <= desc}
    return names.pop() if len(names) == 1 else None


def _definite_description(head: Token) -> bool:
    """'The (three-time) Olympian' as a subject or object: 'the' and describing words only, no name."""
    if head.dep_ not in _ROLES or not _common_or_group(head):
        return False
    kids = list(head.children)
    return any(c.dep_ == "det" and c.lower_ == "the" for c in kids) and all(map(_describing_word, kids))


def _common_or_group(head: Token) -> bool:
    """A common noun, or a capitalised one of a group ('Olympian'), not a person's name."""
    if head.ent_type_ == "PERSON":
        return False
    return head.pos_ == "NOUN" or head.pos_ == "PROPN" and head.ent_type_ == "NORP"


def _describing_word(c: Token) -> bool:
    return c.dep_ in _DESCRIBING_DEPS and c.pos_ != "PROPN"


@per_document
def _descriptions(doc: Doc) -> dict[str, list[tuple[int, str, frozenset[str]]]]:
    """Noun -> (start, full name, the description's words) of each person the article described by it."""
    found: dict[str, list[tuple[int, str, frozenset[str]]]] = {}
    for ent in (e for e in ents_of(doc) if e.label_ == "PERSON"):
        name = _full_name(ent)
        for noun in _describing_nouns(ent.root) if name else ():
            words = frozenset(t.lower_ for t in noun.subtree)
            found.setdefault(noun.lemma_.lower(), []).append((ent.start, name, words))
    return found


def _full_name(ent: Span) -> str:
    """A name of two or more capitalised words ('Dana Reyes'); '' for a surname alone."""
    words = [t.text for t in ent if not t.is_punct and t.lower_ not in ("'s", "’s")]
    return " ".join(words) if len(words) >= 2 and all(w[:1].isupper() for w in words) else ""


def _describing_nouns(root: Token) -> list[Token]:
    """'Dana Reyes, a three-time Olympian,' and 'Dana Reyes is a three-time Olympian': the noun said of
    the name with an article of its own."""
    nouns = [c for c in root.children if c.dep_ == "appos"]
    verb = root.head
    if root.dep_ == "nsubj" and verb.lemma_ == "be":
        nouns += [c for c in verb.children if c.dep_ == "attr"]
    return [n for n in nouns if _common_or_group(n) and _with_article(n)]


def _with_article(noun: Token) -> bool:
    return any(d.dep_ == "det" and d.lower_ in ("a", "an", "the") for d in noun.children)
