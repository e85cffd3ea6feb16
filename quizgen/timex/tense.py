"""Tense of the clause around a temporal expression (past, present, future), read from spaCy's parse."""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:                      # spaCy is loaded only when a tense is needed
    from spacy.tokens import Doc, Span, Token

_FUTURE_AUX = {"will", "'ll", "shall", "wo", "would", "'d"}
_FUTURE_LEMMAS = {"plan", "expect", "schedule", "intend", "hope", "aim", "set", "due", "prepare", "propose",
                  "decide", "agree", "promise", "pledge", "vow", "threaten", "want", "seek", "vote",
                  # a directive's infinitive comes after it: "subpoenaed him to testify on Feb. 10"
                  "order", "subpoena", "summon", "invite", "ask", "urge", "require",
                  # a court's remand or bail is till the day it names: "remanded in custody to appear on Dec. 17"
                  "remand", "bail", "summons"}


# how many steps up the parse a walk from the expression looks for the verb it hangs from
_VERB_REACH = 8


def _expression(doc: Doc | None, start: int, end: int) -> Span | None:
    """The tokens of the expression text[start:end] in `doc`; None without a parse or tokens there."""
    span = doc.char_span(start, end, alignment_mode="expand") if doc is not None else None
    return span if span is not None and len(span) else None


def tense_at(doc: Doc | None, start: int, end: int) -> str | None:
    """'PAST', 'FUTURE', 'PRESENT', 'PERFECT' (present perfect), 'PLUPERFECT' or None for the verb governing
    text[start:end]."""
    span = _expression(doc, start, end)
    if span is None:
        return None
    tok = span.root
    came_from = None                   # the child of the verb on the path: "until" in "postponed until Saturday"
    for _ in range(_VERB_REACH):
        if tok.pos_ in ("VERB", "AUX") and tok not in span:
            t = _clause_tense(tok, {came_from.lower_} if came_from is not None else set())
            if t:
                return t
            if _own_participle(tok):
                return _participle_clause_tense(tok, span)
        if tok.head is tok:
            break
        came_from = tok
        tok = tok.head
    return _sentence_tense(span.sent)


def _own_participle(tok: Token) -> bool:
    """A participle whose clause is not the tense of the verb it hangs from."""
    return tok.tag_ == "VBG" and (tok.dep_ in ("advcl", "pcomp") or _with_absolute(tok))


def _participle_clause_tense(tok: Token, span) -> str | None:
    """'with Denmark confirming Tuesday' (pcomp): the participle has no tense of its own; one that hangs
    from the noun after 'with' takes the sentence's."""
    return _sentence_tense(span.sent) if tok.dep_ == "acl" else None


def _with_absolute(tok: Token) -> bool:
    """'with the vanguard of its contingent arriving Tuesday': a participle after 'with' + its noun tells a
    circumstance of the sentence's time; the infinitive it may hang from ('voted for a force to protect
    them, with ...') does not move it ahead."""
    noun = tok.head
    return tok.dep_ == "acl" and noun.dep_ == "pobj" and noun.head.lower_ == "with"


def dates_a_noun(doc: Doc | None, start: int, end: int) -> bool:
    """'a cutback in its oil supply in September', 'the first trading day for November transactions': the
    expression qualifies a noun before any verb, so the clause's tense is the telling's, not the thing's."""
    span = _expression(doc, start, end)
    if span is None:
        return False
    tok = span.root
    for _ in range(_VERB_REACH):
        if tok.head is tok or tok.pos_ in ("VERB", "AUX") and tok not in span:
            return False
        if tok.pos_ in ("NOUN", "PROPN") and tok not in span:
            return True
        tok = tok.head
    return False


def times_main_clause(doc: Doc | None, start: int, end: int) -> bool:
    """'In 1986 she raised her concerns', 'she raised them and resigned in 1986': the expression is the time of
    the sentence's main clause, not of a subordinate one ('since testing began in 2016', 'a contract to
    build the plant in 1995', 'the rebellion that began in 1905')."""
    span = _expression(doc, start, end)
    if span is None:
        return False
    tok = span.root
    for _ in range(_VERB_REACH):
        if tok.pos_ in ("VERB", "AUX") and tok not in span:
            while tok.dep_ == "conj" and tok.head is not tok:
                tok = tok.head
            return tok.dep_ == "ROOT"
        if tok.head is tok:
            return False
        tok = tok.head
    return False


# Conjunctions of a time clause: "as soon as trading opened Monday", "once the board met Friday" ("as" alone
# is also a comment clause, "as the sheriff said Wednesday", so it counts only after "soon" or "early").
_TIME_MARKS = {"once", "when", "until", "till", "before", "after"}
_BACKSHIFTED = {"would", "could"}


def _clause_tense(v, preps: set[str]) -> str | None:
    if _bare_participle_complement(v):
        v, preps = v.head, set()     # "will have power restored by this weekend": the time of 'will have'
    t = _verb_tense(v, preps)
    return "FUTURE" if t == "PAST" and _ahead_in_reported_speech(v) else t


def _bare_participle_complement(v) -> bool:
    """'have power restored', 'get the road cleared': a participle with no auxiliary, the complement of a
    verb, has no tense of its own (a bare 'restored' would read as a past)."""
    return v.tag_ == "VBN" and v.dep_ in ("ccomp", "xcomp", "oprd") and v.head.pos_ in ("VERB", "AUX") and \
        v.head.lemma_ in ("have", "get") and not any(c.dep_ in ("aux", "auxpass") for c in v.children)


def _ahead_in_reported_speech(v) -> bool:
    """'said they would buy as soon as trading opened Monday': a past form in a time clause of a backshifted
    clause ('would', 'were likely to') is reported speech about what lies ahead, so its day lies ahead too."""
    if v.dep_ != "advcl" or not any(_time_mark(c, v) for c in v.children):
        return False
    head = v.head
    for _ in range(3):                 # "buy ... as soon as": the adverb 'soon' hangs between them
        if head.pos_ in ("VERB", "AUX"):
            return any(c.dep_ == "aux" and c.lower_ in _BACKSHIFTED for c in head.children) or _likely_to(head)
        head = head.head
    return False


def _time_mark(c, v) -> bool:
    """'once', 'when', 'until' ... or the 'as' of 'as soon as' opening the time clause `v`."""
    if c.dep_ not in ("mark", "advmod"):
        return False
    return c.lower_ in _TIME_MARKS or c.lower_ == "as" and v.head.lower_ in ("soon", "early")


def _likely_to(v) -> bool:
    """'were likely to buy', 'was expected to sell': an infinitive a past clause expected."""
    if not any(c.lower_ == "to" and c.dep_ == "aux" for c in v.children):
        return False
    h = v.head
    if h.lemma_.lower() not in ("likely", "expect", "sure", "certain", "bound"):
        return False
    past = [h, h.head] + [c for c in h.children if c.dep_ in ("aux", "auxpass")]
    return any(t.tag_ == "VBD" for t in past)


# Verbs whose date lies ahead: "expected Friday", "scheduled for May 2".
_AHEAD_LEMMAS = {"schedule", "expect", "plan", "due"}
# Verbs that move something to a later time, when the date is where it moves to: "postponed until
# Saturday", "extended to Nov. 20" (but "pushed out in February" and "set on Aug. 6" are past).
_DEFER_LEMMAS = {"postpone", "delay", "defer", "adjourn", "extend", "reschedule", "push", "move", "put", "set"}
_FORWARD_PREPS = {"until", "till", "to", "through", "into", "for", "by"}


def _verb_tense(v, preps: set[str] = frozenset()) -> str | None:
    auxes = [c for c in v.children if c.dep_ in ("aux", "auxpass")]
    words = {a.lower_ for a in auxes}
    if "to" in words and _had(v.head):
        return "PLUPERFECT"   # "had been due to expire Friday": past, even though 'expire' points ahead
    if _points_ahead(v, auxes, words, preps) and not ("on" in preps and past_plan(v, auxes)):
        return "FUTURE"          # but "protests were planned on Wednesday": the plan's day, past
    return _finite_tense(v, auxes)


def _points_ahead(v, auxes, words: set[str], preps: set[str]) -> bool:
    """'will meet', 'is to resume', 'might come', 'scheduled for', 'postponed until': the clause looks ahead."""
    if _had(v):
        return False          # "had been scheduled to expire Friday": a plan already overtaken, the day is past
    return _planned_or_moved_ahead(v, preps) or _auxiliary_ahead(v, words) or _is_to(v, auxes)


def _planned_or_moved_ahead(v, preps: set[str]) -> bool:
    """'scheduled', 'expected', or a date moved forward ('postponed until', 'set for', 'put off to')."""
    lemma = v.lemma_.lower()
    if lemma in _AHEAD_LEMMAS:
        return True
    if lemma not in _DEFER_LEMMAS:
        return False
    if lemma == "put" and not any(c.dep_ == "prt" for c in v.children):
        return False          # 'put them in control for the first time': only 'put off/back' moves a date
    # "a summit set for Washington in April": the verb's own 'for/until/to' says where it moves to
    own = {c.lower_ for c in v.children if c.dep_ == "prep" and not _agent(c)}
    return bool((preps | own) & _FORWARD_PREPS)


def _auxiliary_ahead(v, words: set[str]) -> bool:
    """'will meet', 'would come', 'might come', 'is going to': an auxiliary that looks ahead."""
    if words & _FUTURE_AUX or v.lower_ in _FUTURE_AUX:
        return True
    if words & {"might", "may", "can", "should"} and "have" not in words:
        return True           # "the group might come Tuesday", "sales should grow in the fourth quarter" ("may have left" is past)
    return "going" in words


def past_plan(verb: Token, auxes: list[Token]) -> bool:
    """'were planned', 'was scheduled', 'On Friday, the government planned to pay': a plan told in the past;
    dated by 'on' (not 'for'), its day is the day the planned happening was ('protests were planned on
    Wednesday') or the day of the planning, not one ahead."""
    if verb.lemma_.lower() not in ("plan", "schedule"):
        return False
    return verb.tag_ == "VBN" and any(a.tag_ == "VBD" for a in auxes) or verb.tag_ == "VBD" and not auxes


_BE_PRESENT = ("is", "are", "'s", "'re")
_DOER_ENTS = ("PERSON", "ORG", "NORP", "GPE")


def _agent(prep) -> bool:
    """'the record set by Tom Hale': 'by' + a doer names who did it, not a time it moves to."""
    return prep.lower_ == "by" and any(c.dep_ == "pobj" and c.ent_type_ in _DOER_ENTS for c in prep.children)


def _had(v) -> bool:
    """The verb (or the adjective's verb: 'had been due') is in the past perfect."""
    if v.dep_ in ("acomp", "xcomp") and v.pos_ == "ADJ":
        v = v.head
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ == "had" for c in v.children)


def _is_to(v, auxes) -> bool:
    """'is to resume', 'plans to visit' (the date on the infinitive) or 'are to travel' (the date on 'are')."""
    if any(a.lower_ == "to" for a in auxes) and (v.head.lemma_ in _FUTURE_LEMMAS or v.head.lower_ in _BE_PRESENT):
        return True
    return v.lower_ in _BE_PRESENT and any(
        ch.dep_ == "xcomp" and any(a.lower_ == "to" for a in ch.children) for ch in v.children)


def have_auxiliary(aux) -> bool:
    """'has', 'had', and 'having' (which the tagger leaves with the lemma 'having': 'having won on Sunday')."""
    return aux.lemma_ == "have" or aux.lower_ == "having"


def _finite_tense(v, auxes) -> str | None:
    """Past, present perfect or present, from the verb's and its auxiliaries' tags."""
    tags = {a.tag_ for a in auxes}
    have_tags = {a.tag_ for a in auxes if have_auxiliary(a)}
    if v.tag_ == "VBD" or "VBD" in tags:
        return "PAST"
    participle = _participle_tense(auxes, have_tags) if v.tag_ == "VBN" else None
    if participle:
        return participle
    if _perfect_progressive(v, auxes, have_tags):
        return "PERFECT"      # "have been searching since the Oct. 23 slaying": a present perfect too
    if past_of_same_form(v, auxes):
        return "PAST"
    if v.tag_ in ("VBZ", "VBP") or tags & {"VBZ", "VBP"}:
        return "PRESENT"
    return "PRESENT" if v.tag_ == "VBG" and v.dep_ == "ROOT" else None


def past_of_same_form(v: Token, auxes: list[Token]) -> bool:
    """'Weakness in tech stocks hurt the index on Friday': a verb whose past is spelled as its base ('hurt',
    'cut', 'set'), tagged as a present with no auxiliary, with one thing (a singular noun) for its subject:
    a present would be 'hurts', so the verb is the past."""
    if v.tag_ != "VBP" or auxes:
        return False
    subject = next((c for c in v.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.tag_ not in ("NN", "NNP") or any(c.dep_ == "conj" for c in subject.children):
        return False
    from ..phrasing import inflect_all  # imports spaCy: the web process loads this module without it
    return v.lower_ in inflect_all(v.lemma_, "VBD")


def _participle_tense(auxes, have_tags: set[str]) -> str | None:
    """A past participle's tense from its auxiliaries: 'has given' a present perfect, 'had given' or a
    bare 'given' past; None for a passive or other auxiliaries ('is given')."""
    if have_tags & {"VBZ", "VBP"}:
        return "PERFECT"      # "has given them until Tuesday" (ahead) but "have fallen since May" (past)
    return "PAST" if not auxes or have_tags else None


def _perfect_progressive(v, auxes, have_tags: set[str]) -> bool:
    """'has been rising', 'have been searching'."""
    return v.tag_ == "VBG" and bool(have_tags & {"VBZ", "VBP"}) and any(a.lower_ == "been" for a in auxes)


def _sentence_tense(sent) -> str | None:
    tags = [t for t in sent if t.pos_ in ("VERB", "AUX")]
    if any(t.lower_ in _FUTURE_AUX for t in tags):
        return "FUTURE"
    if any(t.tag_ == "VBD" for t in tags):
        return "PAST"
    if any(t.tag_ in ("VBZ", "VBP") for t in tags):
        return "PRESENT"
    return None
