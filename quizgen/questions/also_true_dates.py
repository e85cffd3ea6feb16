"""Days the article also ties to the asked happening: offered as a wrong date, such a day is also right
('families waited in school gyms Tuesday' beside 'were in school gyms as of late Monday': Monday fits too)."""
from __future__ import annotations

from ..clauses import SAYING_VERBS
from ..wordlists import word_set

# nouns too general to tie two clauses to one happening ('people', 'thousands')
_GENERAL_NOUNS = word_set("light_nouns") | word_set("vague_quantities") | frozenset({"people", "person", "time"})
# verbs of a state that lasts ('were in shelters', 'remained in place'): told of another day, the same state
# may hold on the day asked about and on that one alike; a happening told of two days is two happenings
_STATE_VERBS = word_set("lasting_verbs") | frozenset({"be", "lie"})
_CONTENT_POS = frozenset({"NOUN", "VERB", "ADJ"})
_CLAUSE_DEPS = frozenset({"conj", "advcl", "ccomp", "xcomp", "relcl", "acl", "parataxis"})


def clause_head(tok):
    """The verb (or root) whose clause the token belongs to."""
    while tok.head.i != tok.i and tok.pos_ not in ("VERB", "AUX"):
        tok = tok.head
    return tok


def predicate_lemmas(head) -> set[str]:
    """Content lemmas of the clause of `head` outside its subject and its other clauses: what is said
    to happen or hold ('wait', 'gym' of 'Hundreds of families waited in school gyms')."""
    out: set[str] = set()
    stack = [head]
    while stack:
        t = stack.pop()
        if _worth_matching(t):
            out.add(t.lemma_.lower())
        stack.extend(c for c in t.children
                     if c.dep_ not in ("nsubj", "nsubjpass", "csubj") and c.dep_ not in _CLAUSE_DEPS)
    return out


def _worth_matching(t) -> bool:
    low = t.lemma_.lower()
    return t.pos_ in _CONTENT_POS and not t.is_stop and not t.ent_type_ and low.isalpha() and \
        low not in _GENERAL_NOUNS and low not in SAYING_VERBS


def days_also_told(doc, spans, sentence_id: int, day_names: list[str]) -> set[str]:
    """Of `day_names` ('Sunday', ...), those the article writes in a clause of a lasting state that shares
    a content word with the predicate of the asked sentence's clause."""
    if not 0 <= sentence_id < len(spans):
        return set()
    asked = _asked_predicate(spans[sentence_id], day_names[0])
    if not asked:
        return set()
    wanted = {d.lower(): d for d in day_names[1:]}
    out: set[str] = set()
    for span in spans:
        for t in span:
            if t.lower_ in wanted and _same_state(clause_head(t), asked):
                out.add(wanted[t.lower_])
    return out


def _asked_predicate(span, answer_day: str) -> set[str]:
    """The predicate lemmas of the clause the answer's day is written in (else of the sentence's root)."""
    for t in span:
        if t.lower_ == answer_day.lower():
            return predicate_lemmas(clause_head(t))
    return predicate_lemmas(span.root)


def dates_also_told(doc, answer, mentions) -> set[str]:
    """The lower-cased texts of the article's other dates (`mentions` of the answer's kind) written in a
    clause of a lasting state that shares a content word with the predicate of the answer date's clause."""
    asked = predicate_lemmas(clause_head(doc[answer.start]))
    if not asked:
        return set()
    return {m.text.lower() for m in mentions
            if m.kind == answer.kind and m.start != answer.start and _same_state(clause_head(doc[m.start]), asked)}


def _same_state(head, asked: set[str]) -> bool:
    """The clause of `head` tells a lasting state sharing a content word with the asked predicate."""
    return head.lemma_ in _STATE_VERBS and bool(predicate_lemmas(head) & asked)


def told_on(value: str, told: set[str]) -> bool:
    """The option is one of the told dates, or the weekday one of them names ('Sunday' of 'late Sunday')."""
    low = value.lower()
    return low in told or any(t.endswith(" " + low) for t in told)
