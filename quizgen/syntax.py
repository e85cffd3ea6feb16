"""Dependency-parse helpers: the verb a phrase such as a date modifies (read through `ArticleClauses.attached`),
and the first item of a list; a pair of verbs said only together."""
from __future__ import annotations

from spacy.tokens import Span, Token

# the tags of a finite verb: a past or present form, or a modal
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
# the dependencies of a clause's subject: a noun, a passive's, a dummy 'there'/'it', a clause
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})


def first_child(head: Token, *deps: str) -> Token | None:
    """The first child of `head` in one of the dependencies, or None."""
    return next((c for c in head.children if c.dep_ in deps), None)


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


def after_comma(tok: Token) -> bool:
    """The phrase `tok` heads starts right after a comma (an aside, or a clause set off from what is before)."""
    at = tok.left_edge.i - 1
    return at >= 0 and tok.doc[at].text == ","


def first_conjunct(tok: Token) -> Token:
    """The first item of the list `tok` is in ('uncle' in 'his mother, uncle and others' -> 'mother'): the
    list's first item carries its role in the sentence (subject, object, apposition)."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok


def joined_verb(v: Token) -> Token | None:
    """'destroyed or (severely) damaged 300 homes', 'killed or wounded 40 soldiers': the second verb of
    a pair sharing its subject and everything after it. The first verb has nothing of its own after
    it, so it goes only with the second ('The storm destroyed' is cut), and the second alone changes
    what was said ('damaged 300 homes' of those 'destroyed or damaged')."""
    second = _verb_conjunct(v) if v.pos_ == "VERB" else None
    if second is None or not _one_form(v, second) or _own_subject_or_auxiliary(second):
        return None
    return second if _only_joined(v, second) and _nothing_after(v) else None


def _verb_conjunct(v: Token) -> Token | None:
    return next((c for c in v.children if c.dep_ == "conj" and c.pos_ == "VERB" and c.i > v.i), None)


def _nothing_after(v: Token) -> bool:
    """The verb has no word of its own after it but the 'or' and the verb joined to it."""
    return all(c.i < v.i or c.dep_ in ("cc", "conj", "punct") for c in v.children)


def _own_subject_or_auxiliary(verb: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children)


def _only_joined(v: Token, second: Token) -> bool:
    """Only 'or'/'and' and the second verb's adverbs stand between the two ('destroyed or severely damaged')."""
    between = v.doc[v.i + 1:second.i]
    return any(t.dep_ == "cc" and t.lower_ in ("or", "and") for t in between) and \
        all(t.dep_ == "cc" or (t.dep_ == "advmod" and t.head == second) for t in between)


def paired_second(v: Token) -> bool:
    """v is the second verb of a pair (see `joined_verb`), said only together with the first."""
    return v.dep_ == "conj" and joined_verb(v.head) == v


def _one_form(v: Token, second: Token) -> bool:
    """Both verbs in one form; a past tense beside a participle counts as one (the tagger mixes them)."""
    past = ("VBD", "VBN")
    return second.tag_ == v.tag_ or (v.tag_ in past and second.tag_ in past)


def _additive(word: Token) -> bool:
    """'also', 'too', 'as well', 'in addition' modifying a verb."""
    low = word.lower_
    if word.dep_ == "advmod" and low in ("also", "too"):
        return True
    if low == "well" and any(c.lower_ == "as" for c in word.children):
        return True
    return low == "in" and any(c.dep_ == "pobj" and c.lower_ == "addition" for c in word.children)


def subject_head(tok: Token) -> Token | None:
    """The head of the subject the token is (in), climbing through its phrase ('Castia' in 'teams from
    Castia and Pelmar'), or None when the token is in no subject."""
    h = tok
    for _ in range(6):
        if h.dep_ in SUBJECT_DEPS or h.head.i == h.i or h.pos_ in ("VERB", "AUX"):
            break
        h = h.head
    return h if h.dep_ in SUBJECT_DEPS else None


def additive_subject(tok: Token) -> bool:
    """The token is (in) the subject of a verb said with 'also' / 'too' / 'as well' ('The Post also
    reported on the redactions'): someone else did the same, so asking who did it has a second answer."""
    h = subject_head(tok)
    if h is None:
        return False
    verb = h.head
    heads = [verb, *(c for c in verb.children if c.dep_ in ("aux", "auxpass"))]
    return any(_additive(c) for v in heads for c in v.children)
