"""Subject 'they's a stem may write as the group they stand for (issue 12), in two plain cases only: the
'they' of what a plural group says in the same sentence ('Bank officials said they ...': the speakers), and
a main clause's 'they' opening its sentence right after one whose main subject is one plural group
('Rescuers reached the village. They found ...' -> 'Rescuers found ...'). Another plural thing named
before the 'they', a quotation, a joined or counted subject ('A and B', 'two hikers') leaves it."""
from __future__ import annotations

from spacy.tokens import Span, Token

from .wordlists import tagged, word_set

_PLURAL_TAGS = ("NNS", "NNPS")
_NOT_THINGS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})
# 'some of', 'thousands', 'these', 'their': a group that is a part, a vague count or points back itself
_UNSURE_DETERMINERS = word_set("partitive_words") | word_set("vague_quantities") | word_set("pointing_determiners")
# the words of a subject's phrase the stem keeps: its 'the', adjectives, names and 'of'/'from' phrases
_KEPT_DEPS = frozenset({"det", "amod", "compound", "prep", "pobj", "poss", "case"})
_CLITICS = word_set("they_clitics")
_LONGEST = 6        # words of a group's name a stem may carry
_SPEAKING = tagged("reporting_verbs", "pronoun")     # 'X said they ...' makes 'they' X


def tied_groups(spans: list[Span], quoted: frozenset[int]) -> dict[int, str]:
    """Token index of each subject 'they' the article ties to one plural group -> the group's words."""
    tied: dict[int, str] = {}
    for k, span in enumerate(spans):
        tied.update(_speaker_groups(span, quoted))
        if k:
            tied.update(_group_before(span, spans[k - 1], quoted, tied))
    return tied


def _group_before(span: Span, prev: Span, quoted: frozenset[int], tied: dict[int, str]) -> dict[int, str]:
    """'Rescuers reached the village. They found ...': the sentence's opening 'they' and the group the
    sentence before has as its main subject (by its words or a 'they' tied before), or nothing."""
    they = _plain_they(span, quoted)
    if they is None or any(t.i in quoted for t in prev):
        return {}
    subj = next((c for c in prev.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    name = tied.get(subj.i) if subj is not None else None
    name = name or _group_name(subj, prev)
    return {they.i: name} if name is not None and not _named_again(span, they, name) else {}


def _speaker_groups(span: Span, quoted: frozenset[int]) -> dict[int, str]:
    """'Bank officials said (that) they will ...': the 'they' subject of the clause a plural group says,
    when no other plural thing stands before the 'they' ('told reporters they')."""
    tied: dict[int, str] = {}
    for they in filter(lambda t: _subject_they(t, quoted), span):
        said = they.head.head if they.head.dep_ == "ccomp" else None
        if said is None or said.lemma_ not in _SPEAKING or said.i > they.i:
            continue
        subj = next((c for c in said.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        name = _group_name(subj, span.doc[span.start:they.i])
        if name is not None:
            tied[they.i] = name
    return tied


def _subject_they(t: Token, quoted: frozenset[int]) -> bool:
    """A subject 'they' of the article's own words, not contracted ('they're')."""
    return t.lower_ == "they" and t.dep_ in ("nsubj", "nsubjpass") and t.i not in quoted and not _contracted(t)


def _plain_they(span: Span, quoted: frozenset[int]) -> Token | None:
    """The main clause's subject 'they' of the article's own words, with no noun or pronoun before it."""
    they = next((t for t in span if t.lower_ == "they" and t.dep_ in ("nsubj", "nsubjpass")), None)
    if they is None or they.head.dep_ != "ROOT" or not _subject_they(they, quoted):
        return None
    before = span.doc[span.start:they.i]
    return None if any(t.pos_ in ("NOUN", "PROPN", "PRON") and t.ent_type_ not in _NOT_THINGS for t in before) \
        else they


def _group_name(subj: Token | None, rivals: Span) -> str | None:
    """The words of a sentence's subject when it is one plural group, written out plainly, and the words
    `rivals` name no other plural thing ('Rescuers reached the villagers': either may be 'they')."""
    if subj is None or not _plain_plural(subj):
        return None
    own = {t.i for t in subj.subtree}
    if any(t.tag_ in _PLURAL_TAGS and t.i not in own and t.ent_type_ not in _NOT_THINGS for t in rivals):
        return None
    return _written(subj)


def _plain_plural(subj: Token) -> bool:
    """A plural noun standing alone for its group: not joined, counted nor described by a clause
    ('Anna and her brothers', 'two hikers', 'residents, who ...')."""
    if subj.tag_ not in _PLURAL_TAGS or subj.ent_type_ in _NOT_THINGS:
        return False
    return not any(c.dep_ in ("conj", "nummod", "appos", "relcl", "acl") for c in subj.children)


def _written(subj: Token) -> str | None:
    """The subject's phrase as written ('RJR's executives'), its 'the' in small letters; None when it
    holds a word a stem may not print or a word that leaves the group unsure, or is long."""
    words = [t for t in subj.subtree if t.i == subj.i or _kept(t, subj)]
    if len(words) != len(list(subj.subtree)) or len(words) > _LONGEST or any(_unsure(t, subj) for t in words):
        return None
    text = subj.doc[words[0].i:words[-1].i + 1].text
    return text[:1].lower() + text[1:] if words[0].lower_ == "the" else text


def _kept(t: Token, subj: Token) -> bool:
    """A word of the subject's phrase a stem may print: no pronoun, no number, no punctuation."""
    return t.dep_ in _KEPT_DEPS and t.pos_ not in ("PRON", "PUNCT", "NUM")


def _unsure(t: Token, subj: Token) -> bool:
    """A determiner, possessive or plural inside the phrase that leaves the group unsure or dangling."""
    if t.lower_ in _UNSURE_DETERMINERS and t.dep_ in ("det", "amod", "predet", "poss"):
        return True
    return t.i != subj.i and t.tag_ in _PLURAL_TAGS


def _named_again(span: Span, they: Token, name: str) -> bool:
    """The sentence writes the group's noun itself or another 'they' ('They told rescuers'): no stem
    could print the name once and read plainly."""
    head = name.split()[-1].lower()
    return any(t.lower_ == head or t.lower_ == "they" and t.i != they.i for t in span)


def _contracted(tok: Token) -> bool:
    """'They're', 'they've': the group's name in its place would not read."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return nxt is not None and not tok.whitespace_ and nxt.lower_ in _CLITICS
