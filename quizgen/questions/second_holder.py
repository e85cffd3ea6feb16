"""A second right answer from elsewhere in the article (JUDGING.md rule 3): the keyed name is the subject
of a predicate ('Lorvia and all visitors are covered by the rule') that another sentence states of
another name of the same kind ('teams from Castia and Pelmar, which are covered'). Asking who or what
is covered then has more than one right answer."""
from __future__ import annotations

from spacy.tokens import Span, Token

from ..clauses import SAYING_VERBS
from ..model import Question
from ..syntax import subject_head
from ..wordlists import word_set

_ASKED = frozenset({"fill_blank", "multiple_choice"})
_NAMED = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})
_PLAIN = word_set("stative_verbs") | word_set("linking_verbs") | word_set("auxiliary_lemmas")


def second_holder(q: Question, sentence: Span) -> str | None:
    """Another name of the answer's kind that the article gives the answer's predicate, or None."""
    if q.type not in _ASKED or not isinstance(q.answer, str):
        return None
    root = _answer_root(sentence, q.answer)
    if root is None or root.ent_type_ not in _NAMED:
        return None
    verb, voice = _predicate(root)
    return _other_holder(verb, voice, root, q.answer.lower()) if verb is not None else None


def _other_holder(verb: Token, voice: str, root: Token, answer: str) -> str | None:
    """The first name of the root's kind, not part of the answer, that another use of the verb (same
    lemma, same part of speech) says its thing of."""
    frame = _frame(verb)
    for w in verb.doc:
        if w.i == verb.i or w.pos_ != verb.pos_ or not _same_frame(frame, _frame(w)):
            continue
        other = next((t for t in _holders(w, voice) if t.ent_type_ == root.ent_type_ and t.ent_iob_ == "B"
                      and t.text.lower() not in answer), None)
        if other is not None:
            return _entity_text(other)
    return None


def _answer_root(sentence: Span, answer: str) -> Token | None:
    i = sentence.text.find(answer)
    if i < 0:
        return None
    span = sentence.doc.char_span(sentence.start_char + i, sentence.start_char + i + len(answer),
                                  alignment_mode="expand")
    return span.root if span is not None else None


def _predicate(root: Token) -> tuple[Token | None, str]:
    """The verb the answer is (a conjunct of) the subject of, and the subject's relation, when the
    verb says something of it (not a verb of saying, not a bare 'be' or 'have')."""
    h = subject_head(root)
    if h is None or h.dep_ not in ("nsubj", "nsubjpass") or h.head.i == h.i:
        return None, ""
    verb = h.head
    lemma = verb.lemma_.lower()
    if lemma in SAYING_VERBS or lemma in _PLAIN or verb.pos_ not in ("VERB", "ADJ"):
        return None, ""
    return verb, h.dep_


def _frame(verb: Token) -> tuple[str, str, str]:
    """The verb's lemma, the lemma of the verb it takes ('tried to stop': 'stop'), and the lemma of
    the object of the last of them ('agreed to sell a stake': 'stake')."""
    inner = next((c for c in verb.children if c.dep_ == "xcomp"), None)
    last = inner if inner is not None else verb
    obj = next((c.lemma_.lower() for c in last.children if c.dep_ == "dobj"), "")
    return verb.lemma_.lower(), inner.lemma_.lower() if inner is not None else "", obj


def _same_frame(a: tuple[str, str, str], b: tuple[str, str, str]) -> bool:
    """The same predicate: same verbs, and the same object where both have one."""
    return a[:2] == b[:2] and (not a[2] or not b[2] or a[2] == b[2])


def _holders(verb: Token, voice: str) -> list[Token]:
    """The tokens of what the verb says its thing of: its subject of the same voice, or the noun a
    relative or reduced clause of it hangs on ('teams from A and B, which are covered')."""
    out = [t for c in verb.children if c.dep_ == voice for t in c.subtree]
    if _hangs_on_noun(verb, voice):
        inner = {t.i for t in verb.subtree}
        out.extend(t for t in verb.head.subtree if t.i not in inner)
    return out


def _hangs_on_noun(verb: Token, voice: str) -> bool:
    """'teams, which are covered' (a relative clause with its own subject of that voice), or 'teams
    covered by it' (a past participle after its noun, passive)."""
    if verb.dep_ in ("relcl", "acl") and any(c.dep_ == voice for c in verb.children):
        return True
    return verb.dep_ == "acl" and voice == "nsubjpass" and verb.tag_ == "VBN"


def _entity_text(t: Token) -> str:
    end = t.i + 1
    while end < len(t.doc) and t.doc[end].ent_iob_ == "I":
        end += 1
    return t.doc[t.i:end].text
