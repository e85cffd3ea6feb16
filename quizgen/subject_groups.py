"""Subject 'they's a stem may write as the group they stand for (issue 12): 'Rescuers reached the village.
They found ...' -> 'Rescuers found ...', only when the sentence before has one plural group as its main
subject and speaks of no other plural thing; a quotation, a second candidate or a vague group leaves it."""
from __future__ import annotations

from spacy.tokens import Span, Token

from .wordlists import word_set

_PLURAL_TAGS = ("NNS", "NNPS")
_NOT_THINGS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})
# 'some of', 'thousands', 'these', 'their': a group that is a part, a vague count or points back itself
_UNSURE_DETERMINERS = word_set("partitive_words") | word_set("vague_quantities") | word_set("pointing_determiners")
# the words of a subject's phrase the stem keeps: its 'the', adjectives, names and 'of'/'from' phrases
_KEPT_DEPS = frozenset({"det", "amod", "compound", "prep", "pobj", "poss", "case", "nmod"})
_CLITICS = ("'re", "’re", "'ve", "’ve", "'d", "’d", "'ll", "’ll")
_LONGEST = 6        # words of a group's name a stem may carry


def tied_groups(spans: list[Span], quoted: frozenset[int]) -> dict[int, str]:
    """Token index of each subject 'they' the article ties to one plural group -> the group's words."""
    tied: dict[int, str] = {}
    for k in range(1, len(spans)):
        span, prev = spans[k], spans[k - 1]
        they = _plain_they(span, quoted)
        if they is None or any(t.i in quoted for t in prev):
            continue
        subj = next((c for c in prev.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        name = tied.get(subj.i) if subj is not None else None
        name = name or _group_name(subj, prev)
        if name is not None and not _named_again(span, they, name):
            tied[they.i] = name
    return tied


def _plain_they(span: Span, quoted: frozenset[int]) -> Token | None:
    """The main clause's subject 'they' of the article's own words, with no noun or pronoun before it
    and no other 'they'/'them'/'their' in the sentence that may mean someone else."""
    they = next((t for t in span if t.lower_ == "they" and t.dep_ in ("nsubj", "nsubjpass")), None)
    if they is None or they.head.dep_ != "ROOT" or they.i in quoted or _contracted(they):
        return None
    if any(t.pos_ in ("NOUN", "PROPN", "PRON") and t.ent_type_ not in _NOT_THINGS
           for t in span.doc[span.start:they.i]):
        return None
    return they


def _group_name(subj: Token | None, prev: Span) -> str | None:
    """The words of the sentence's main subject when it is one plural group, written out plainly, and
    the sentence names no other plural thing ('Rescuers reached the villagers': either may be 'they')."""
    if subj is None or subj.tag_ not in _PLURAL_TAGS or subj.ent_type_ in _NOT_THINGS:
        return None
    own = {t.i for t in subj.subtree}
    if any(c.dep_ in ("conj", "nummod", "appos", "relcl", "acl") for c in subj.children):
        return None     # 'Anna and her brothers', 'two hikers', 'residents, who ...': no plain group
    if any(t.tag_ in _PLURAL_TAGS and t.i not in own and t.ent_type_ not in _NOT_THINGS for t in prev):
        return None
    words = [t for t in subj.subtree if t.i == subj.i or _kept(t, subj)]
    if len(words) != len(own) or len(words) > _LONGEST or any(_unsure(t, subj) for t in words):
        return None
    text = " ".join(t.text for t in words)
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
