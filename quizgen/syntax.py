"""Dependency-parse helpers: the clause a phrase belongs to, its tense, and short clause labels."""
from __future__ import annotations

from spacy.tokens import Span, Token

from .wordlists import tagged, word_set

_FUTURE_AUX = word_set("future_auxiliaries")
_FUTURE_HEADS = word_set("future_head_verbs")
_REPORTING = tagged("reporting_verbs", "tense")


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


def _conditional(verb: Token) -> bool:
    """'if it would help', 'would have been': a hypothetical, not a plan."""
    return any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in verb.children) or \
        any(c.lower_ == "have" and c.dep_ == "aux" for c in verb.children)


def is_future(verb: Token | None) -> bool:
    """Does the clause speak of the future ("will meet", "is expected to fly", "ends on Feb. 28")?"""
    if verb is None:
        return False
    t = verb
    for _ in range(6):
        decided = _future_by_form(t)
        if decided is not None:
            return decided
        if t.dep_ in ("xcomp", "conj", "acomp") and t.head != t:
            t = t.head
            continue
        return False
    return False


def _future_by_form(t: Token) -> bool | None:
    """What this verb's own form says (True: future, False: not), or None: ask the verb it hangs from."""
    auxes = [c for c in t.children if c.dep_ in ("aux", "auxpass")]
    if _future_auxiliary(t, auxes) or _planned_passive(t, auxes):
        return True
    if any(a.tag_ == "VBD" or a.lemma_ == "have" for a in auxes):
        return False
    if _present_plan(t, auxes):
        return True
    return _future_by_tense(t, auxes)


def _future_auxiliary(t: Token, auxes: list[Token]) -> bool:
    lower = {a.lower_ for a in auxes}
    # "would release ... on Monday": the future seen from the reporting
    return bool(lower & _FUTURE_AUX) or "would" in lower and not _conditional(t)


def _planned_passive(t: Token, auxes: list[Token]) -> bool:
    """"was expected on Sunday", "is scheduled for April 2"."""
    return t.lemma_ in _FUTURE_HEADS and t.tag_ == "VBN" and any(a.lemma_ == "be" for a in auxes)


def _present_plan(t: Token, auxes: list[Token]) -> bool:
    """"is expected to", "are scheduled to", "is due to"."""
    return t.lemma_ in _FUTURE_HEADS and (any(a.tag_ in ("VBZ", "VBP") for a in auxes) or
                                          t.head.lemma_ == "be" and t.head.tag_ in ("VBZ", "VBP"))


def _future_by_tense(t: Token, auxes: list[Token]) -> bool | None:
    if t.tag_ in ("VBZ", "VBP") and t.lemma_ not in _REPORTING and t.lemma_ not in ("be", "have"):
        return True   # "the changeover period ends on Feb. 28"
    if t.tag_ == "VBG" and any(a.lemma_ == "be" and a.tag_ in ("VBZ", "VBP") for a in auxes):
        return True   # "are meeting on Tuesday"
    if t.tag_ in ("VBD",) or t.tag_ == "VBN" and not auxes:
        return False
    return None
