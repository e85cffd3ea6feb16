"""A past participle after 'found/left/saw X' ('police found the clerk shot dead') is X's passive state, not
a clause with X as its doer: the parser's ccomp reading would ask 'Who shot dead?'; one after a noun may put
that noun at a time ('a vote set for June 10')."""
from __future__ import annotations

from spacy.tokens import Token

from .phrasing import inflect_all
from .wordlists import word_set

_FINDING = word_set("object_state_verbs")
# these also take a finite clause without 'that' ('reported profit jumped 45%'): there only a form that is
# no past tense ('taken', 'shown') marks the participle
_ALSO_FINITE = word_set("object_state_verbs_also_finite")
# a complement or object of the participle's own marks an active past verb ('found the firm ignored warnings')
_ACTIVE_MARKS = frozenset({"dobj", "xcomp", "ccomp", "aux", "auxpass", "mark", "dative"})
_SCHEDULING = word_set("scheduling_verbs")


def scheduling_participle(t: Token) -> bool:
    """'a final vote set (for June 10)', 'a meeting scheduled (next month)': a participle on a noun that
    puts the noun at a time."""
    return t.dep_ == "acl" and t.tag_ == "VBN" and t.lemma_ in _SCHEDULING


def reduced_passive(v: Token) -> bool:
    """The verb is a bare past participle whose 'subject' is the object of a finding verb right before it."""
    if v.dep_ != "ccomp" or v.tag_ not in ("VBD", "VBN") or v.head.lemma_ not in _FINDING:
        return False
    if v.text.lower() not in inflect_all(v.lemma_, "VBN") or any(c.dep_ in _ACTIVE_MARKS for c in v.children):
        return False
    if v.head.lemma_ in _ALSO_FINITE and v.text.lower() in inflect_all(v.lemma_, "VBD"):
        return False
    return _object_of_head(v)


def _object_of_head(v: Token) -> bool:
    """The participle's parsed subject stands right after the finding verb, as its object would."""
    subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj is not None and v.head.i < subj.i < v.i and subj.left_edge.i == v.head.i + 1
