"""The answer-key check: a question enters the bank only if its key follows from its evidence sentence.

Read with the sentence's negation, modality, attribution and scope: a "may", "outside", "not",
"denied", "if", "presumably" or "plans to" around the answer changes or kills the question, and an
option the sentence also makes true (a range's other end, the other day of "Friday and Saturday")
makes two right answers.
"""
from __future__ import annotations

import bisect
import difflib
import re

from lemminflect import getInflection
from spacy.tokens import Span, Token

from ..clauses import ATTRIBUTION_VERBS, quotation_open
from ..completeness import deictic_present, malformed, missing_part
from ..lexicon import key as lexicon_key, load as load_lexicon
from ..memo import per_article, per_document
from ..model import Question
from ..nlp import ents_in, ents_of, text_of
from ..timex.lexicon import number_value
from ..wellformed import unbalanced
from ..syntax import first_child
from ..wordlists import mapping, pattern, tagged, word_set, words as listed
from ..zoned_days import beside_zoned_day, reading_year, zoned_neighbours
from .deixis import unplaced_here
from .fragments import fragment_problem, governing_verb, time_attachment_problem
from .stated import actor_problem

_MODALS = frozenset({"may", "might", "could", "should"})
_CONDITION_MARKS = frozenset({"if", "unless", "whether", "lest"})
_APPROXIMATE_TIME = re.compile(pattern("approximate_time"), re.I)
_ATTRIBUTED_STEM = re.compile(pattern("attributed_stem"), re.I)
_QUESTION_WORD = re.compile(pattern("question_word"), re.I)


def answer_key_problem(q: Question, sentence: Span, *, time_text: str | None = None) -> str | None:
    """Why the keyed answer does not follow from the sentence (a reason a teacher can read), or None."""
    if q.type == "order_events":
        return None
    problem = _form_problem(q, sentence)
    if problem or q.type == "who_said":
        return problem or _quotation_problem(q, sentence) or _speaker_problem(q, sentence)
    anchor = _anchor_tokens(q, sentence, time_text)
    problem = _wrong_namesake(q, sentence) or _scope_problem(anchor, sentence) or _misread_or_misdated(q, sentence)
    if problem:
        return problem
    if q.type == "true_false":
        return _statement_problem(q, anchor, sentence)
    if q.type in ("when",) or q.focus in ("when", "date", "year"):
        return _time_problem(q, sentence, time_text) or _asked_verb_problem(q, sentence, anchor, time_text) \
            or _claim_problem(q, sentence) or _disputed_claim(anchor)
    return _key_problem(q, sentence, anchor)


def _statement_problem(q: Question, anchor: list[Token], sentence: Span) -> str | None:
    """A statement that drops who said or found it, or its condition, or a 'false' one that may be true."""
    # a finding or a condition left out makes a true statement say more than the text; a false one
    # (a swapped value the finding contradicts) stays false
    dropped = (_finding_problem(q, anchor, sentence) or _dropped_condition(q, sentence)) if q.answer == "True" else None
    return _attribution_problem(q, anchor, sentence) or dropped or _false_but_said(q, sentence) \
        or _nested_place_swap(q, sentence) or _dropped_turning_word(q, sentence) or _state_of_another(q, sentence) \
        or _time_of_a_lasting_state(q, sentence)


_LIMITING = word_set("limiting_adverbs")
_TURNING = word_set("turning_words")
_NEGATIONS = word_set("negation_words")


def _dropped_turning_word(q: Question, sentence: Span) -> str | None:
    """'Neither the public nor the wildlife have been affected' stated as 'the public nor the wildlife
    have been affected', 'charged with one count each of burglary and theft' as 'charged with one
    count': the statement keeps the word a negation, limit or 'each' hangs on and drops that word, so
    it says something else and neither key is safe."""
    words = set(re.findall(r"[^\W_]+(?:'t)?", q.prompt.lower()))
    for t in _main_verb(q, sentence).subtree:
        if _turns(t) and t.head.i != t.i and _head_kept(t, words) and not _said_anyway(t, words):
            return f"the statement drops '{t.text}' from '{t.head.text}'"
    return None


def _turns(t: Token) -> bool:
    """A word that changes what its head says: a negation, a limiting adverb, a distributive 'each'
    over a list ('one count each of burglary and theft'); not 'not only' nor the 'only' of it."""
    low = t.lower_
    if (low not in _LIMITING and low not in _TURNING) or _not_only(t):
        return False
    # 'one count each of burglary and theft' is two counts; 'five drives each worth $200' is five
    return low != "each" or any(c.dep_ == "conj" for c in t.subtree)


def _not_only(t: Token) -> bool:
    """'not only ... but also': the 'not' or 'only' of it, which says nothing is denied."""
    doc = t.doc
    if t.lower_ in ("not", "n't"):
        return t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "only"
    return t.lower_ == "only" and t.i > 0 and doc[t.i - 1].lower_ in ("not", "n't")


def _head_kept(t: Token, words: set[str]) -> bool:
    """The statement keeps the word the turning word hangs on, with most of its other words: not the
    same word in another clause ('Elian is finally getting time' beside '... where he is no longer a
    metaphor')."""
    if t.head.lower_ not in words:
        return False
    others = [c for c in t.head.children if c.i != t.i and not c.is_punct and c.lower_ not in _NEGATIONS]
    return 2 * sum(c.lower_ in words for c in others) >= len(others)


def _said_anyway(t: Token, words: set[str]) -> bool:
    """The statement has the word, or (for a negation) another negation in its place ('did not' as
    'didn't')."""
    low = t.lower_
    if low in words or (low == "n't" and any(w.endswith("n't") for w in words)):
        return True
    # a "nor" is no negation of its own: "the bridge nor the tunnel" lost its "neither"
    return low in _NEGATIONS and bool(words & (_NEGATIONS - {"nor"})) or (low == "n't" and "not" in words)


_STATE_VERBS = word_set("state_verbs")
_NAMED_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT", "WORK_OF_ART", "LAW", "PRODUCT"})


def _state_of_another(q: Question, sentence: Span) -> str | None:
    """'The motive of Christian Angulo is unknown' for '... of Colt Gray is unknown', 'Pamela Pak will be
    lucky to break even' for 'Wong Kwan will ...', 'Winds were the biggest problem in Minnesota': a false
    statement that swaps a name in the subject or complement of a state ('is unknown', 'is lucky', 'a
    major focus of X is ...') says of another what the article does not deny of them, so 'False' is not
    shown."""
    swap = _false_swap(q)
    toks = _find(sentence, swap[0]) if swap else []
    if not any(t.ent_type_ in _NAMED_ENTS for t in toks):
        return None
    verb = next((v for v in {t.head for t in sentence if t.dep_ in ("acomp", "attr", "oprd")}
                 if _subject_holds(v, toks)), None)
    return f"'{swap[1]}' is put in a state ('{verb.text}') the article gives of another and does not deny of it" \
        if verb is not None else None


_LASTING = word_set("lasting_verbs")
_CLOCKISH = re.compile(r"\d{1,2}[.:]\d{2}(?:[ap]\.?m\.?)?|[ap]\.?m\.?", re.I)


def _time_of_a_lasting_state(q: Question, sentence: Span) -> str | None:
    """'Two still remain inside as of 9.30am' for '... as of 11.30am': a state told as it stood at a time
    ('as of', 'remain', 'stay') may well have held at another time too, so the false time is not shown false."""
    swap = _false_swap(q)
    toks = _find(sentence, swap[0]) if swap else []
    if not toks or not all(t.ent_type_ in ("TIME", "DATE") or _CLOCKISH.fullmatch(t.text) for t in toks):
        return None
    held = _lasting_at(toks[0])
    return f"'{swap[1]}' dates a state that may have held then too ('{held}')" if held else None


def _lasting_at(first: Token) -> str | None:
    """'as of' right before the time, or the verb of a lasting state ('remain', 'stay') above it."""
    if re.search(r"\bas\s+of\s*$", text_of(first.doc)[max(0, first.idx - 8):first.idx], re.I):
        return "as of"
    verb = next((t for t in first.ancestors if t.pos_ in ("VERB", "AUX")), None)
    return verb.text if verb is not None and verb.lemma_.lower() in _LASTING else None


def _subject_holds(verb: Token, toks: list[Token]) -> bool:
    """The verb is one of state and the tokens lie inside its subject or its complement ('the biggest
    problem in Minnesota', 'the business reporter for Bear Stearns')."""
    parts = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "attr", "acomp", "oprd")]
    return verb.lemma_.lower() in _STATE_VERBS and any(
        all(p.left_edge.i <= t.i <= p.right_edge.i and not _verb_between(t, p) for t in toks) for p in parts)


def _verb_between(t: Token, top: Token) -> bool:
    """A verb on the way up from the token to `top`: 'ready to travel to Cuba' tells an act, not a state."""
    while t.i != top.i and t.head.i != t.i:
        t = t.head
        if t.i != top.i and t.pos_ in ("VERB", "AUX"):
            return True
    return False


def _deictic_time(q: Question, sentence: Span, time_text: str | None) -> str | None:
    """'When does it all seem odd?' keyed 'today': a present state dated only 'as written'."""
    written = time_text or (str(q.answer) if q.type != "when" else "")
    if written and deictic_present(_main_verb(q, sentence), _find(sentence, written)):
        return f"'{written}' only dates a present state as the article is written; there is no time to ask"
    return None


def _key_problem(q: Question, sentence: Span, anchor: list[Token]) -> str | None:
    """A named answer: another option also right, someone else's claim."""
    return _two_right_options(q, sentence) or _also_said_of_another(q, sentence) or _claim_problem(q, sentence) \
        or _disputed_claim(anchor) or _group_member_options(q, sentence, anchor)


def _asked_verb_problem(q: Question, sentence: Span, anchor: list[Token], time_text: str | None) -> str | None:
    """The verb a when-question asks about is itself hedged ('could have emerged'), an indirect
    question ('wondering how ... emerged'), or dated by another time of its own ('launched ... four
    decades ago' asked with the date of the rally): the date answers some other clause."""
    verb = _main_verb(q, sentence)
    problem = _scope_problem([verb], sentence) if verb.i != sentence.root.i else None
    if problem:
        return problem
    problem = _undatable_verb(verb, time_text or (str(q.answer) if q.type != "when" else ""))
    if problem:
        return problem
    for dated in {verb, governing_verb(anchor) or verb}:
        if sum(1 for c in dated.children if _is_date_phrase(c)) > 1:
            return f"'{dated.text}' has two times in the sentence; the date may belong to another clause"
    return _nearer_participle(q, anchor) if time_text else None


def _nearer_participle(q: Question, anchor: list[Token]) -> str | None:
    """'A list of 31 people issued by the government Thursday included X': a time written right after
    a participle phrase that modifies a noun may date that participle ('issued'), whatever the parser
    hung it on; a question about another verb is then unsure of its date."""
    first = min(anchor, key=lambda t: t.i)
    if first.i == 0:
        return None
    words = set(re.findall(r"[^\W_]+", q.prompt.lower()))
    for head in _path_up(first.doc[first.i - 1]):
        if head.i >= first.i:
            break
        if head.dep_ in ("acl", "relcl") and head.tag_ == "VBN" and head.lower_ not in words \
                and head.lemma_.lower() not in words:
            return f"the time may date '{head.text}', the participle written just before it"
    return None


_PAST_TIME = re.compile(r"\b(?:last|ago|yesterday|earlier)\b", re.I)


def _undatable_verb(verb: Token, written: str) -> str | None:
    """A present verb given a past time, or a verb inside an indirect question: no date answers it."""
    if written and _PAST_TIME.search(written) and _present(verb):
        return f"a past time ('{written}') cannot date the present '{verb.text}': it dates something else"
    if any(c.dep_ == "advmod" and c.tag_ == "WRB" for c in verb.children) or \
            any(c.lower_ in ("whether", "if") and c.dep_ == "mark" for c in verb.children):
        return f"'{verb.text}' is inside an indirect question, not a happening"
    return None


def _present(verb: Token) -> bool:
    """'is still considering', 'considers': a verb in the present tense."""
    aux = [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return verb.tag_ in ("VBZ", "VBP") or (verb.tag_ == "VBG" and any(a in ("is", "are", "am") for a in aux))


def _is_date_phrase(tok: Token) -> bool:
    """A child of a verb that dates it ('Saturday', 'four decades ago', 'on April 8')."""
    sub = list(tok.subtree)
    text = " ".join(t.text for t in sub)
    return tok.dep_ in ("npadvmod", "advmod", "prep", "tmod") and len(sub) <= 8 and \
        (any(t.ent_type_ == "DATE" for t in sub) or bool(_TIME_PHRASE.search(text)))


_TIME_PHRASE = re.compile(pattern("time_phrase"), re.I)


def _wrong_namesake(q: Question, sentence: Span) -> str | None:
    """The stem names a person whose family name the sentence gives with another first name
    ('Elian Gonzalez' asked of what 'Lazaro Gonzalez' did): the wrong person was linked."""
    if q.answer == "False":
        return None                      # a false statement swaps a name on purpose
    said = {e.text for e in ents_in(sentence) if e.label_ == "PERSON"}
    for name in re.findall(r"\b([A-Z][a-z]+)\s+([A-Z][a-z]+)\b", q.prompt):
        whole = " ".join(name)
        if whole in sentence.text:
            continue
        if any(p.split()[-1] == name[1] and p.split()[0] != name[0] and len(p.split()) > 1 for p in said):
            return f"the question names {whole}, but the sentence is about another {name[1]}"
    return None


def _disputed_claim(anchor: list[Token]) -> str | None:
    """'Russia has claimed that Ukraine was undermining ...': one side's claim is not a key."""
    claims = tagged("reporting_verbs", "claim")
    for tok in anchor:
        for head in _path_up(tok):
            if head.dep_ in ("ccomp", "parataxis") and head.head.lemma_.lower() in claims:
                return f"the sentence gives it only as a claim ('{head.head.text}')"
    return None


# ------------------------------------------------------------------------------- the checks

def _scope_problem(anchor: list[Token], sentence: Span) -> str | None:
    """Negation, modality, condition or a hedge over the words the key rests on."""
    excluding = word_set("excluding_prepositions")
    for tok in anchor:
        if tok.lower_ in excluding and tok.dep_ == "prep":
            return f"the sentence says '{tok.text}' around the answer"
        for head in _own_clause_path(tok):
            problem = next(filter(None, (_child_scope(c, head, sentence) for c in head.children)), None)
            if problem or (problem := _head_scope(head, excluding)):
                return problem
    return None


def _child_scope(child: Token, head: Token, sentence: Span) -> str | None:
    """A word under one of the answer's heads that negates, hedges or conditions it."""
    low = child.lower_
    if child.dep_ == "neg" or low in ("never", "no", "neither", "nor"):
        return f"the sentence is negated ('{child.text}')"
    if child.dep_ == "aux" and low in _MODALS:
        return f"the sentence only says it '{child.text}' happen"
    if child.dep_ == "mark" and low in _CONDITION_MARKS and head is not sentence.root:
        return f"the sentence makes it a condition ('{child.text}')"
    if child.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in _CONDITION_MARKS for g in child.children):
        return "the sentence makes it depend on a condition ('if ...')"
    if low in word_set("hedge_words") and child.dep_ in ("advmod", "amod", "acomp", "aux", "npadvmod", "prep"):
        return f"the sentence hedges it ('{child.text}')"
    return None


def _head_scope(head: Token, excluding: frozenset[str]) -> str | None:
    """One of the answer's heads is denied, excluded ('outside') or only planned."""
    if head.dep_ == "ccomp" and head.head.lemma_.lower() in word_set("denial_verbs"):
        return f"the sentence reports it as '{head.head.text}'"
    if head.lower_ in excluding and head.dep_ == "prep":
        return f"the sentence says '{head.text}' around the answer"
    if head.dep_ == "xcomp" and head.head.lemma_.lower() in word_set("plan_verbs"):
        return f"it is only planned ('{head.head.text} to {head.text}')"
    return None


def _attribution_problem(q: Question, anchor: list[Token], sentence: Span) -> str | None:
    """A statement someone made ('Wilkins said Warhol was ...') is not a fact unless the stem says who."""
    if _ATTRIBUTED_STEM.search(q.prompt):
        return None
    for tok in anchor:
        for head in _path_up(tok):
            if head.dep_ in ("ccomp", "parataxis") and head.head.lemma_.lower() in ATTRIBUTION_VERBS:
                speaker = [c for c in head.head.children if c.dep_ in ("nsubj", "nsubjpass")]
                if speaker and speaker[0].lower_ not in ("it",):
                    return f"the sentence gives it as what {speaker[0].text} {head.head.text}, not as a fact"
                if not speaker and head.head.tag_ == "VBG":      # '... was quoted as saying that ...'
                    return f"the sentence gives it as what someone was '{head.head.text}', not as a fact"
    return None


_FINDING_VERBS = word_set("finding_verbs")
_FINDING_NOUNS = word_set("finding_nouns")
_CONDITION_WORDS = word_set("condition_marks")


def _finding_problem(q: Question, anchor: list[Token], sentence: Span) -> str | None:
    """'The inspectors concluded that the pilots ignored ...' or '... according to the regulator's
    assessment' stated as 'The pilots ignored ...': whose finding it is must survive."""
    words = set(re.findall(r"[^\W_]+", q.prompt.lower()))
    # the clause the statement was taken from: the anchor's, or one holding most of its words (the
    # anchor may be the verb of finding itself when the two clauses tie)
    said = set(_content(q.prompt))
    for clause in (h for h in sentence if _found_by(h) and h.head.lower_ not in words):
        if _taken_from(clause, anchor, said):
            return f"the sentence gives it as a finding ('{clause.head.text} that ...'), the statement as a fact"
    return None if "according" in words else _according_to_finding(sentence)


def _taken_from(clause: Token, anchor: list[Token], said: set[str]) -> bool:
    """The statement comes from this clause: it holds the anchor or most of the statement's words."""
    ids = {t.i for t in clause.subtree}
    return any(t.i in ids for t in anchor) or len(said & {t.lower_ for t in clause.subtree}) >= 0.6 * len(said)


def _found_by(head: Token) -> bool:
    """A clause under a verb or noun of finding ('concluded that ...', 'the assessment that ...')."""
    over = head.head
    if head.dep_ not in ("ccomp", "acl") or over.i == head.i:
        return False
    return (over.pos_ in ("VERB", "AUX") and over.lemma_.lower() in _FINDING_VERBS) or \
        (over.pos_ == "NOUN" and over.lower_ in _FINDING_NOUNS)


def _according_to_finding(sentence: Span) -> str | None:
    """'According to the agencies' assessment, ...': the sentence rests on someone's finding."""
    for prep in (t for t in sentence if t.lower_ == "according" and t.i + 1 < len(t.doc)):
        source = [t for t in prep.doc[prep.i + 1].subtree if t.lower_ in _FINDING_NOUNS]
        if source:
            return f"the sentence gives it as someone's {source[0].text} ('according to ...'), the statement as a fact"
    return None


def _dropped_condition(q: Question, sentence: Span) -> str | None:
    """'The union warned that the drivers will strike unless ...' stated without 'unless ...': the
    statement says more than the text."""
    words = set(re.findall(r"[^\W_]+", q.prompt.lower()))
    for clause in (t for t in sentence if t.dep_ == "advcl" and t.head.lower_ in words):
        mark = _condition_mark(clause)
        if mark is not None and mark.lower_ not in words:
            cond = " ".join(t.text for t in clause.subtree if t.i > mark.i)[:60]
            return f"the statement drops the condition ('{mark.text} {cond}')"
    return None


def _claim_problem(q: Question, sentence: Span) -> str | None:
    """'According to Kacsmaryk, the redaction was approved by X': one person's claim asked as a fact
    (a ministry's or the police's account is how news reports facts, and stands)."""
    if not re.match(r"\W*according to\b", sentence.text, re.I) or re.search(r"\baccording to\b", q.prompt, re.I):
        return None
    source = [t for t in sentence[:8] if t.dep_ == "pobj" and t.head.lower_ == "to"]
    if source and source[0].ent_type_ == "PERSON":
        return f"the sentence gives it only as {source[0].text}'s account ('according to ...')"
    return None


def _time_problem(q: Question, sentence: Span, time_text: str | None) -> str | None:
    """Dates at the precision the text gives, of the clause asked about (fragments.py); a range's or a
    list's other days are also right."""
    return time_attachment_problem(q, sentence, time_text) or _time_span_problem(q, sentence, time_text) \
        or _part_of_a_span(q, sentence, time_text) or _deictic_time(q, sentence, time_text) or _quoted_relative_time(sentence, time_text or "") \
        or _contrasted_time(sentence, time_text or "")


_CONTRAST = "|".join(re.escape(w) for w in listed("contrast_prepositions"))


def _contrasted_time(sentence: Span, written: str) -> str | None:
    """'Unlike Thursday, when he was in tears, the star was composed': the time is the one the clause
    is set against, not when it happened (judged: a wrong key)."""
    if written and re.search(rf"\b(?:{_CONTRAST})\s+(?:on\s+|last\s+)?{re.escape(written)}\b", sentence.text, re.I):
        return f"the sentence sets '{written}' against the happening ('unlike ...'), not when it happened"
    return None


def _time_span_problem(q: Question, sentence: Span, time_text: str | None) -> str | None:
    """A deadline, an approximate time, one end of a range, a date listed beside another option."""
    written = time_text or ""
    if written and re.search(r"\b(?:by|until|till)\s+(?:the\s+end\s+of\s+)?" + re.escape(written), sentence.text, re.I):
        return f"the sentence gives a deadline ('by {written}'), not when it happened"
    if written and _APPROXIMATE_TIME.search(written):
        return f"the text gives only an approximate time ('{written}')"
    text = sentence.text
    if written and (_in_range(written, text) or _RANGE_INSIDE.search(written)):
        return "the sentence gives a range, not one date"
    return _listed_option(q, written, text) if written else None


def _part_of_a_span(q: Question, sentence: Span, time_text: str | None) -> str | None:
    """A when-question keyed on one of the dates the sentence joins for its happening; a blank in
    the list asks for that one date and stays."""
    written = time_text or (q.answer if isinstance(q.answer, str) else "")
    if q.type != "fill_blank" and _joined_date(written, sentence.text):
        return "the sentence gives the happening two or more dates ('Wednesday and Thursday'), not one"
    return None


_WEEKDAY = pattern("weekday_name")
_MONTH = "|".join(listed("month_names"))
_DATE_JOINT = r"\s*(?:,\s*(?:and\s+|or\s+)?|and|or|&|to|through|-|–)\s*(?:on\s+|the\s+)?"


def _joined_date(written: str, text: str) -> bool:
    """'evacuated Wednesday and Thursday', 'in 2014 and 2016', 'on March 3 and 4': the date is one of
    two or more the sentence joins for the happening; a question keyed on one alone keys part of
    the span, and the other day is as right (JUDGING.md rule 3)."""
    if not written:
        return False
    if re.search(rf"\b(?:{_WEEKDAY})\b", written, re.I):
        other = rf"(?:{_WEEKDAY})\b"
    elif re.search(rf"\b(?:{_MONTH})\b", written, re.I):
        other = rf"(?:{_MONTH})\b" + (r"|\d{1,2}(?:st|nd|rd|th)?\b(?!,? \d{4})" if re.search(r"\d", written) else "")
    elif re.fullmatch(r"(?:in\s+)?\d{4}", written.strip(), re.I):
        other = r"\d{4}\b"
    else:
        return False
    w = re.escape(written)
    return bool(re.search(rf"(?<!\w){w}{_DATE_JOINT}(?:{other})", text, re.I) or
                re.search(rf"\b(?:{other}){_DATE_JOINT}{w}(?!\w)", text, re.I))


# words that date something only from the day they were written: inside a quotation that day is the
# speaker's or an earlier report's, not the article's publication date
_RELATIVE_DAY = re.compile(pattern("relative_time") + r"|\b" + pattern("weekday_name") + r"\b", re.I)


def _quoted_relative_time(sentence: Span, written: str) -> str | None:
    """'"The river rose yesterday," a report said': a relative day inside quotation marks counts
    from when those words were first written, which the article does not give."""
    if not written or not _RELATIVE_DAY.search(written):
        return None
    toks = _find(sentence, written)
    if not toks:
        return None
    # the sentence alone: a quotation opened sentences before may be a same-day statement whose
    # 'today' the dates reader anchors right (teachers kept such a question)
    at = toks[0].idx - sentence.start_char
    if _inside_quotation(sentence.text[:at], sentence.text[at:]):
        return f"'{written}' is inside a quotation: it counts from the day those words were written, not the article's"
    return None


_STEM_RELATIVE = re.compile(pattern("stem_relative_time"), re.I)
_CALENDAR_DAY = re.compile(r"\bon (?:%s) \d{1,2}, \d{4}\b" % "|".join(listed("month_names")))


def _quoted_day_dated(q: Question, sentence: Span) -> str | None:
    """'"X passed away this morning," his agent said' asked as 'X passed away on August 12, 2014': the
    stem writes as the publication's date a relative day the sentence has only inside a quotation,
    which counts from the day the words were said (judged: a wrong key)."""
    text = sentence.text
    for m in _STEM_RELATIVE.finditer(text):
        if re.search(rf"\b{re.escape(m.group(0))}\b", q.prompt, re.I) or \
                not _inside_quotation(text[:m.start()], text[m.start():]):
            continue
        dated = [d.group(0) for d in _CALENDAR_DAY.finditer(q.prompt) if d.group(0) not in text]
        if dated:
            return f"'{m.group(0)}' is quoted: the stem's '{dated[0]}' is the article's day, not the speaker's"
    return None


def _inside_quotation(before: str, after: str) -> bool:
    """Text between an opening quotation mark before it and its closing one (which may come in a later
    sentence), or after a quotation mark opened in an earlier sentence and closed after it."""
    last = max(before.rfind("\u201c"), before.rfind("\u201d"), before.rfind('"'))
    if last >= 0:      # the last mark before it opens a quotation ('"Yesterday ...') or closes one
        mark = before[last]
        return mark == "\u201c" or (mark == '"' and (last == 0 or not before[last - 1].isalnum()
                                                     and before[last - 1] not in ".,!?;:"))
    first = re.search(r"[\u201c\u201d\"]", after)
    # the first mark after it closes a quotation: '... yesterday," she said' or a curly closing mark
    return bool(first) and (first.group() == "\u201d" or (first.group() == '"' and first.start() > 0
                                                           and not after[first.start() - 1].isspace()))


def _listed_option(q: Question, written: str, text: str) -> str | None:
    """A wrong option's date given in the sentence beside the keyed one ('on Friday and Saturday')."""
    for other in (q.choices or ()):
        if other == q.answer:
            continue
        for piece in _date_pieces(other):
            # the time phrase may hold the whole list itself ('August and September')
            if piece not in str(q.answer) and (_listed_together(written, piece, text) or _word_in(piece, written)):
                return f"the sentence also gives '{piece}', an option marked wrong"
    return None


_RANGE_INSIDE = re.compile(r"\d\s*(?:to|until|through|-|–|—)\s*\d|\b(?:and|to|through)\b.*\b\d{4}\b", re.I)


def _word_in(piece: str, text: str) -> bool:
    """The piece written in the text as words of their own."""
    return bool(re.search(rf"(?<!\w){re.escape(piece)}(?!\w)", text, re.I))


def _in_range(written: str, text: str) -> bool:
    """'from 1980 to 2012', 'between May 27 and June 2', 'May 27 - June 2': the date is one end of a span."""
    w = re.escape(written)
    end = r"[\w.,' ]{1,25}?"
    return bool(re.search(rf"\bfrom\s+(?:{w}\s+(?:to|until|till|through)\b|{end}\s+(?:to|until|till|through)\s+{w})"
                          rf"|\bbetween\s+(?:{w}\s+and\b|{end}\s+and\s+{w})"
                          rf"|{w}\s*(?:-|–|—)\s*{_RANGE_END}|{_RANGE_END}\s*(?:-|–|—)\s*{w}", text, re.I))


# what stands on the other side of a dash when the dash joins a range ('May 27 - June 2', '1998–2001',
# 'Monday - Friday', '2019-present'); a dash before 'the busiest day of the week' sets off an aside
_RANGE_END = rf"(?:\d|{pattern('weekday_name')}|(?:{'|'.join([*listed('month_names'), *listed('month_abbreviations')])})\b|present\b|now\b|today\b)"


def _listed_together(a: str, b: str, text: str) -> bool:
    """'Friday and Saturday', 'Friday, Saturday': two values the sentence states side by side."""
    a, b = re.escape(a), re.escape(b)
    joint = r"\s*(?:,|and|or|&|to|through|-|–)\s*(?:on\s+|the\s+)?"
    return bool(re.search(rf"(?<!\w)(?:{a}{joint}{b}|{b}{joint}{a})(?!\w)", text, re.I))


def _two_right_options(q: Question, sentence: Span) -> str | None:
    """Another option that the evidence sentence states beside the answer ('Friday and Saturday')."""
    if not q.choices or q.type == "true_false":
        return None
    text = sentence.text.lower()
    answer = str(q.answer).lower()
    for other in q.choices:
        low = other.lower()
        if low == answer or len(low) < 3:
            continue
        if re.search(r"(?<!\w)" + re.escape(low) + r"(?!\w)", text) and low not in answer and answer not in low:
            if re.search(re.escape(answer) + r"\s*(?:,|and|or|&)\s*(?:the\s+)?" + re.escape(low), text) or \
                    re.search(re.escape(low) + r"\s*(?:,|and|or|&)\s*(?:the\s+)?" + re.escape(answer), text):
                return f"the sentence names '{other}' together with the answer"
    return None


def _quotation_problem(q: Question, sentence: Span) -> str | None:
    """Only real quotations: quoted words of some length, inside quotation marks in the sentence."""
    m = re.search(r"[“\"](.+?)[”\"]", q.prompt)
    if not m:
        return None
    quoted = m.group(1).strip(" …,.")
    if len(quoted.split()) < 4:
        return "a few quoted words are a scare quote, not a quotation"
    toks = _find(sentence, quoted.split("…")[0].strip())
    if toks and not any(t.pos_ in ("VERB", "AUX") for t in toks):
        return "the quoted words are a phrase without a verb, not something said"
    core = quoted.split("…")[0].strip()[:40]
    text = sentence.text
    at = text.find(core) if core else -1
    if at < 0 or not ("“" in text or '"' in text or "”" in text):
        return None                      # a quotation that runs over from an earlier sentence
    before, after = text[:at], text[at:]
    inside = quotation_open(before)
    closes_later = after.count("”") > after.count("“") or after.count('"') % 2 == 1   # opened in an earlier sentence
    if not inside and not closes_later:
        return "the words are the reporter's, not inside the quotation marks"
    return None


def _form_problem(q: Question, sentence: Span) -> str | None:
    """Options that are not whole phrases, a garbled question, a number that is one side of a count,
    a question built on a fragment of its sentence (fragments.py)."""
    return _option_problem(q) or _prompt_problem(q) or _part_of_a_count(q, sentence) \
        or fragment_problem(q, sentence) or actor_problem(q, sentence) or _incomplete_text(q, sentence)


_BLANK = "_____"


def _incomplete_text(q: Question, sentence: Span) -> str | None:
    """The stem or statement re-words its clause without a core part ('When does X chair?' of 'X
    chairs the board') or is no well-formed clause of its own (completeness.py)."""
    if q.type in ("who_said", "order_events"):
        return None
    text = q.prompt.replace(_BLANK, str(q.answer)) if q.type == "fill_blank" else q.prompt
    # a false statement swaps a word: the true one, in the explanation, counts as printed
    kept = (q.explanation or "") if q.type == "true_false" else str(q.answer)
    problem = malformed(text) if text.rstrip().endswith("?") else None
    return problem or missing_part(sentence, text, kept)


def _option_problem(q: Question) -> str | None:
    """Every option a well-formed phrase: brackets and quotation marks closed, no dangling end."""
    opts = [o for o in (q.choices or ()) if o not in ("True", "False")]
    if q.type == "fill_blank" and isinstance(q.answer, str):
        opts.append(q.answer)
    for o in opts:
        problem = _broken_option(o)
        if problem:
            return problem
    answer = str(q.answer)
    if q.type == "multiple_choice" and " and " not in answer and any(" and " in o for o in opts if o != answer):
        return "an option joins two names with 'and', the answer is one"
    return None


def _broken_option(o: str) -> str | None:
    """An option with an unclosed bracket or quotation (wellformed.unbalanced), or a dangling end."""
    text = o.strip()
    if not text or unbalanced(text):
        return f"the option '{o}' is not a whole phrase"
    if text[-1] in "(,;:-\u2013\u2014'\u2019" or text[0] in "),;:":
        return f"the option '{o}' is cut off"
    return None


_TRAILING_WH = re.compile(pattern("trailing_wh"), re.I)
_CUT_END = re.compile(pattern("statement_cut_end"), re.I)
_CLOCK = re.compile(r"\b\d{1,2}[:.]\d{2}\s*(?:a\.?m\.?|p\.?m\.?)?|\b\d{1,2}\s*(?:a\.m\.|p\.m\.|am|pm)\b", re.I)


def _prompt_problem(q: Question) -> str | None:
    """A question the realiser garbled: a second question word at its end ('Who was intercepted by
    Ealy when?'), or a date question that keeps a clock time ('On what date was it lifted 4:30 am?')."""
    if q.type in ("multiple_choice", "when") and _TRAILING_WH.search(q.prompt) and \
            len(_QUESTION_WORD.findall(q.prompt)) > 1:
        return "the question asks two things at once"
    if q.type == "true_false" and _CUT_END.search(q.prompt):
        return "the statement stops at a word that opens a clause ('... in 1989 when.')"
    if unplaced_here(q.prompt):
        return "'here' points to the place of the article's dateline, which the question does not name"
    if q.type == "when" and _CLOCK.search(q.prompt):
        return "a date question that keeps a clock time: the day may differ by time zone"
    if (q.type == "when" or q.focus in ("when", "date", "year")) and _HEDGED_TIME_STEM.search(q.prompt):
        return "a date question on something the sentence only wonders about or hedges"
    return None


# 'On what date could investigators wondering how ... have emerged?': a hedge or an indirect
# question inside a date question
_HEDGED_TIME_STEM = re.compile(pattern("hedged_time_stem"), re.I)


def _part_of_a_count(q: Question, sentence: Span) -> str | None:
    """'13 of 23 passes': a number that is one side of 'X of Y' is easily the wrong one."""
    if q.type not in ("multiple_choice", "fill_blank") or not isinstance(q.answer, str) \
            or not re.fullmatch(r"[\d,.]+", q.answer.strip()):
        return None
    a = re.escape(q.answer.strip())
    if re.search(rf"(?<![\w,.])(?:{a}\s+of\s+\d|\d[\d,.]*\s+of\s+{a})(?![\w,])", sentence.text):
        return f"the sentence gives '{q.answer}' as one side of 'X of Y'"
    return None


def _speaker_problem(q: Question, sentence: Span) -> str | None:
    """The keyed speaker asked the question the quotation answers, or spoke in another clause."""
    toks = _find(sentence, str(q.answer))
    for tok in toks:
        if tok.dep_ in ("nsubj", "nsubjpass") and (tok.head.lemma_.lower() in ("ask", "question", "wonder")
                                                   or tok.head.dep_ == "advcl"):
            return f"{q.answer} asked the question; the quoted words are someone else's answer"
    return None


def _dropped_verb_part(q: Question, sentence: Span) -> str | None:
    """A question that leaves out part of its verb ('went missing' asked as 'go', the 'was' a joined
    verb shares) is a misparse."""
    if q.type not in ("multiple_choice", "when", "true_false", "fill_blank"):
        return None
    verb = _main_verb(q, sentence)
    words = set(re.findall(r"\w+", q.prompt.lower()))
    for child in verb.children:
        part = child.dep_ in ("acomp", "prt", "oprd") or \
            (child.dep_ in ("advcl", "xcomp") and child.i == verb.i + 1 and child.tag_ in ("VBG", "VBN", "JJ"))
        if part and child.lower_ not in words and not (isinstance(q.answer, str) and child.lower_ in q.answer.lower()):
            return f"the question leaves out '{child.text}' of '{verb.text} {child.text}'"
    return _joined_verb_problem(q, sentence, verb, words)


_FINITE_TAGS = frozenset({"VBZ", "VBP", "VBD", "MD"})


def _misread_or_misdated(q: Question, sentence: Span) -> str | None:
    """A parser's slip the question is built on, or a quoted relative day the stem dates."""
    return _misread_parts(q, sentence) or _quoted_day_dated(q, sentence)


def _misread_parts(q: Question, sentence: Span) -> str | None:
    """A question built on a parser's slip: a verb's part left out, or a list that took in a subject."""
    return _dropped_verb_part(q, sentence) or _subject_read_as_list_item(q, sentence)


def _subject_read_as_list_item(q: Question, sentence: Span) -> str | None:
    """'Votes are counted in Ohio and Indiana is headed to a recount': the parser joins 'Indiana' to
    'Ohio' though it is the subject of the next verb, which has none of its own; a question that keeps
    the pair without that verb ('... counted in Ohio and Indiana', or 'Indiana' as where votes are
    counted) says what the text does not."""
    prompt = q.prompt.lower()
    for t in sentence:
        nxt = _verb_it_begins(t, sentence)
        if nxt is None:
            continue
        # the pair kept without the verb, or the verb asked of the sentence's first subject ('Ballots is headed')
        verb = nxt if nxt.pos_ == "VERB" else nxt.head
        named = _word_in(t.text.lower(), prompt) or isinstance(q.answer, str) and t.text in q.answer or \
            _word_in(verb.text.lower(), prompt)
        if named and f"{t.text} {nxt.text}".lower() not in prompt:
            return f"'{t.text}' is the subject of '{nxt.text}', not one of a list with '{t.head.text}'"
    return None


def _verb_it_begins(t: Token, sentence: Span) -> Token | None:
    """The finite verb right after a joined noun, when that verb has no subject of its own; else None."""
    nxt = t.nbor() if t.i + 1 < sentence.end else None
    if t.dep_ != "conj" or t.pos_ not in ("PROPN", "NOUN") or nxt is None or nxt.tag_ not in _FINITE_TAGS:
        return None
    verb = nxt if nxt.pos_ == "VERB" or nxt.dep_ not in ("aux", "auxpass") else nxt.head
    return None if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children) else nxt


def _joined_verb_problem(q: Question, sentence: Span, verb: Token, words: set[str]) -> str | None:
    """A verb joined to another by 'and': asked without the passive or the words they share."""
    return _shared_passive(q, sentence) or _shared_modifier(q, verb, words)


_BE_FORMS = word_set("passive_be_forms")


def _shared_passive(q: Question, sentence: Span) -> str | None:
    """'Luciani was ordained in 1935 and made a cardinal in 1973': 'made' shares the passive 'was' of
    'ordained'; asked without a form of 'be' ('When did Luciani make a cardinal?') it turns active and
    says something else."""
    if q.type not in ("multiple_choice", "when", "true_false"):
        return None
    words = re.findall(r"[\w']+", q.prompt.lower())
    for t in filter(_shares_passive, sentence):
        at = [i for i, w in enumerate(words) if w in (t.lower_, t.lemma_.lower())]
        if at and not _BE_FORMS.intersection(words[:at[0]]):
            return f"'{t.text}' shares the passive of '{t.head.text}'; the question asks it as active"
    return None


_BARE_VERB_DEPS = frozenset({"nsubj", "nsubjpass", "aux", "auxpass", "neg", "cc", "conj", "punct"})


def _shared_modifier(q: Question, verb: Token, words: set[str]) -> str | None:
    """'X have been developed' of 'X have been developed and tested in the West Bank': the verb has
    nothing of its own, and the joined verb the statement leaves out carries what both share."""
    if any(c.dep_ not in _BARE_VERB_DEPS for c in verb.children):
        return None
    for c in verb.children:
        if c.dep_ == "conj" and c.pos_ == "VERB" and not {c.lower_, c.lemma_.lower()} & words and \
                any(g.dep_ not in _BARE_VERB_DEPS for g in c.children):
            return f"the statement leaves out '{c.text}' and what '{verb.text}' shares with it"
    return None


def _shares_passive(t: Token) -> bool:
    """A verb joined to a passive one, with no subject or auxiliary of its own, in a form that can be
    a participle ('made', tagged either way; not 'gave')."""
    if t.dep_ != "conj" or t.tag_ not in ("VBN", "VBD") or not any(c.dep_ == "auxpass" for c in t.head.children):
        return False
    if any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in t.children):
        return False
    return t.lower_ in (getInflection(t.lemma_, tag="VBN") or ())


def _false_but_said(q: Question, sentence: Span) -> str | None:
    """A 'false' statement whose swapped-in value another sentence of the article states in the same
    words ('at least 50 people have been killed' is false for one state, true for the region)."""
    if q.answer != "False" or not q.explanation:
        return None
    said = set(_content(q.explanation))
    swapped = [w for w in _content(q.prompt) if w not in said]
    if not swapped:
        return None
    rest = set(_content(q.prompt)) - set(swapped)
    # its common words too: a sentence naming the same club and the swapped-in date ('interviewed the
    # club's president on November 25') says nothing of the statement's happening ('introduced coaches')
    common = rest & set(_content(" ".join(w for w in q.prompt.split() if not w[:1].isupper())))
    sentences = _sentence_words(sentence.doc)
    if any(sentences[i][0] != sentence.start and _says_it(sentences[i][1], swapped, rest, common)
           for i in _sentences_with_all(sentence.doc, swapped)):
        return "another sentence of the article says the 'false' version is true"
    return _swap_inside_name(q, said)


def _says_it(words: set[str], swapped: list[str], rest: set[str], common: set[str]) -> bool:
    """A sentence's words hold the swapped-in value with most of the statement's other words and of
    its common ones."""
    return all(w in words for w in swapped) and bool(rest) and len(rest & words) >= 0.7 * len(rest) \
        and len(common & words) >= 0.7 * len(common)


def _condition_mark(clause: Token) -> Token | None:
    """The 'if' or 'unless' that opens a subordinate clause, or None."""
    return next((g for g in clause.children if g.dep_ == "mark" and g.lower_ in _CONDITION_WORDS), None)


_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


def _nested_place_swap(q: Question, sentence: Span) -> str | None:
    """A 'false' statement that swaps a place for one the article puts inside or around it ('in
    Morocco' -> 'in Fes', a city the article puts there), or for a place of another level (a city for
    a country): the false version is true, or arguable."""
    swap = _false_swap(q)
    if swap is None or not _places(swap, sentence.doc):
        return None
    true_place, wrong = swap
    if 0 < _level(true_place) != _level(wrong) > 0 or _listed_inside(true_place, wrong) or \
            any(_written_inside(true_place, wrong, text) for text in _texts_naming(sentence.doc, true_place, wrong)):
        return f"'{wrong}' and '{true_place}' may lie one inside the other: the 'false' statement may be true"
    return None


def _places(pair: tuple[str, str], doc) -> bool:
    """Both phrases are places the article names, or one is a country or state."""
    return {_place_key(p) for p in pair} <= _article_places(doc) or any(_is_country(p) for p in pair)


@per_document
def _article_places(doc) -> frozenset[str]:
    """The places the article names, as `_place_key` writes them (read once per document)."""
    return frozenset(_place_key(e.text) for e in ents_of(doc) if e.label_ in _PLACE_LABELS)


def _false_swap(q: Question) -> tuple[str, str] | None:
    """A false statement's swap: (the article's phrase, the phrase put in its place), or None."""
    return _swapped_phrases(q.explanation.split(":", 1)[-1], q.prompt) \
        if q.answer == "False" and q.explanation else None


def _swapped_phrases(true_text: str, statement: str) -> tuple[str, str] | None:
    """The one phrase a false statement puts in place of the true one, without articles, or None."""
    a, b = true_text.split(), statement.split()
    ops = [o for o in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes() if o[0] != "equal"]
    if len(ops) != 1 or ops[0][0] != "replace":
        return None
    _, i1, i2, j1, j2 = ops[0]
    strip = lambda ws: re.sub(r"^(?:the\s+)|(?<=[a-z])\.$|[,;:]+$", "", " ".join(ws), flags=re.I).strip()  # noqa: E731
    return strip(a[i1:i2]), strip(b[j1:j2])


def _place_key(place: str) -> str:
    """A place name as the lists are compared: lower case, without 'the' and dots ('The U.S.' -> 'us')."""
    return re.sub(r"^the\s+|\.", "", place.strip().lower())


_LEXICON = load_lexicon()
_COUNTRIES = frozenset(_place_key(n) for c in _LEXICON.countries for n in (c.name, *c.aliases) if n.strip())
_STATES = frozenset(_place_key(n) for n in _LEXICON.state_names)


def _city_table() -> dict[str, set[str]]:
    """Each listed city's country or state (the lexicon's cities and capitals, city_regions.tsv)."""
    table: dict[str, set[str]] = {}
    pairs = [(city, _LEXICON.cities[lexicon_key(city)]) for city in _LEXICON.city_names]
    pairs += [(c.capital, c.name) for c in _LEXICON.countries] + list(mapping("city_regions").items())
    for city, area in pairs:
        if city and area:
            table.setdefault(_place_key(city), set()).add(_place_key(area))
    return table


_CITY_IN = _city_table()


def _is_country(place: str) -> bool:
    """A country or US state by the lists."""
    return _place_key(place) in _COUNTRIES or _place_key(place) in _STATES


def _level(place: str) -> int:
    """2 for a country or US state, 1 for a listed city, 0 when the lists do not tell."""
    return 2 if _is_country(place) else 1 if _place_key(place) in _CITY_IN else 0


def _listed_inside(a: str, b: str) -> bool:
    """One place is a city the lists put in the other (a country or a state)."""
    a, b = _place_key(a), _place_key(b)
    return b in _CITY_IN.get(a, ()) or a in _CITY_IN.get(b, ())


def _written_inside(a: str, b: str, text: str) -> bool:
    """A sentence nests one place in the other: 'Fes, the oldest city in Morocco', 'Kabul,
    Afghanistan', "Peru's Cuzco" (not a list: 'Lima, Quito and ...')."""
    return _nested_in_text(text, a, b)


@per_article
def _nested_in_text(text: str, a: str, b: str) -> bool:
    for inner, outer in ((a, b), (b, a)):
        x, y = re.escape(inner), re.escape(outer)
        nested = rf"(?<!\w){x}\s*,\s*(?:the\s+)?{y}(?![\w,]|\s+(?:and|or)\b)" \
            rf"|(?<!\w){x}(?:,(?:(?!\b(?:in|and|or)\b)[^.;:]){{0,60}}?)?\s+in\s+(?:the\s+)?{y}(?!\w)" \
            rf"|(?<!\w){y}['’]s\s+{x}(?!\w)"
        if re.search(nested, text, re.I):
            return True
    return False


@per_document
def _sentence_texts(doc) -> list[str]:
    """The text of each sentence of the document, read once per document."""
    text = text_of(doc)
    return [text[s.start_char:s.end_char] for s in doc.sents]


def _texts_naming(doc, a: str, b: str) -> list[str]:
    """The sentence texts holding both phrases in any case: only those can nest one in the other (running
    the nesting patterns over every sentence for every statement made long articles quadratic)."""
    a, b = a.lower(), b.lower()
    return [text for text, lower in _sentence_texts_lower(doc) if a in lower and b in lower]


@per_document
def _sentence_texts_lower(doc) -> list[tuple[str, str]]:
    """Each sentence's text and its lower-case form, read once per document."""
    return [(text, text.lower()) for text in _sentence_texts(doc)]


@per_document
def _sentence_words(doc) -> list[tuple[int, set[str]]]:
    """Each sentence of the document (its first token) with its content words, read once per document
    rather than once per statement checked."""
    text = text_of(doc)
    return [(sent.start, set(_content(text[sent.start_char:sent.end_char]))) for sent in doc.sents]


def _sentences_with_all(doc, words: list[str]) -> set[int]:
    """The places in `_sentence_words` of the sentences holding every one of the words (only those
    can say a swapped statement; reading all for each statement made long articles quadratic)."""
    having = _sentences_by_word(doc)
    found = None
    for w in words:
        found = set(having.get(w, ())) if found is None else found & having.get(w, set())
    return found or set()


@per_document
def _sentences_by_word(doc) -> dict[str, set[int]]:
    """Each content word and the places in `_sentence_words` of the sentences holding it."""
    having: dict[str, set[int]] = {}
    for i, (_, words) in enumerate(_sentence_words(doc)):
        for w in words:
            having.setdefault(w, set()).add(i)
    return having


def _swap_inside_name(q: Question, said: set[str]) -> str | None:
    """The true words swapped out sit inside a longer run of names: the entity was cut wrongly."""
    true_text = q.explanation.split(":", 1)[-1]
    # content words only: a sentence's opening 'The' before a name ('The Harbor Rowing Club') is no
    # word swapped out, whatever the swap was
    kept, meant = set(_content(q.prompt)), set(_content(true_text))
    gone = {w for w in re.findall(r"[^\W_]+", true_text) if w.lower() in meant and w.lower() not in kept}
    caps = re.findall(r"(?:[A-Z][\w'’]*\s+){3,}[A-Z][\w'’]*", true_text)
    if any(len(gone & set(re.findall(r"[^\W_]+", run))) and set(re.findall(r"[^\W_]+", run)) - gone
           for run in caps):
        return "the statement swaps part of a run of names the parser may have cut wrongly"
    return None


def _also_said_of_another(q: Question, sentence: Span) -> str | None:
    """'X also reported it': another option did the same thing a sentence or two before."""
    if not q.choices or not re.search(r"\b(?:also|too|as well)\b", sentence.text, re.I):
        return None
    doc = sentence.doc
    before = doc[max(0, sentence.start - 80):sentence.start].text.lower()
    for other in q.choices:
        if other != q.answer and len(other) > 2 and \
                re.search(r"(?<!\w)" + re.escape(other.lower()) + r"(?!\w)", before):
            return f"the sentence says 'also': '{other}' did it too"
    return None


def _group_member_options(q: Question, sentence: Span, anchor: list[Token]) -> str | None:
    """'Roberts and Wonham ... will serve in the office', after 'It will include Schwarz and Maurer':
    an answer that is one of a group the sentence lists is one of several right answers, and an
    option named in the sentence before is likely another member."""
    if not q.choices or q.type != "multiple_choice" or not _coordinated(anchor):
        return None
    if sentence.start == 0:
        return None
    near = sentence.doc[sentence.start - 1].sent.text      # the group is named before its members are
    for other in q.choices:
        # a person is named again by the family name alone ('Messrs. Schwarz and Maurer')
        last = other.split()[-1] if other.split() else ""
        if other != q.answer and len(last) > 2 and re.search(r"(?<!\w)" + re.escape(last) + r"(?!\w)", near):
            return f"the answer is one of a group the sentence lists; '{other}', named beside it, may be another"
    return None


def _coordinated(anchor: list[Token]) -> bool:
    """The answer is one name of 'X and Y' (or 'X, Y and Z') in its sentence; the parser may hang
    the second name on an apposition of the first ('Roberts, 54, treasurer, and Wonham')."""
    ids = {t.i for t in anchor}
    for t in anchor:
        if t.dep_ == "conj" and t.head.i not in ids:
            return True
        if any(c.i not in ids and c.dep_ == "conj" and _joined_by_apposition(c, t) for c in t.subtree):
            return True
    return False


def _joined_by_apposition(conj: Token, name: Token) -> bool:
    """A conjunct of the same kind as the name, reached from it through appositions alone."""
    if name.ent_type_ and conj.ent_type_ != name.ent_type_:
        return False
    head = conj.head
    while head.i != name.i:
        if head.dep_ not in ("appos", "conj") or head.head.i == head.i:
            return False
        head = head.head
    return True


# ----------------------------------------------------------------------------------- helpers

def _content(text: str) -> list[str]:
    """Lower-cased words of a text that carry meaning (no function words)."""
    stop = word_set("english_function_words")
    return [w for w in re.findall(r"[^\W_]+", text.lower()) if w not in stop and w not in ("article", "says")]


def _anchor_tokens(q: Question, sentence: Span, time_text: str | None) -> list[Token]:
    """The tokens of the sentence the key rests on: the answer, the date, or the main verb."""
    target = None
    if q.type == "when" or q.focus in ("when", "date", "year"):
        target = time_text
    elif isinstance(q.answer, str) and q.type != "true_false":
        target = q.answer
    if target:
        toks = _find(sentence, target)
        if toks:
            return toks
    return [_main_verb(q, sentence)]


def _find(sentence: Span, phrase: str) -> list[Token]:
    i = sentence.text.find(phrase)
    if i < 0:
        i = sentence.text.lower().find(phrase.lower())
    if i < 0:
        return []
    span = sentence.doc.char_span(sentence.start_char + i, sentence.start_char + i + len(phrase),
                                  alignment_mode="expand")
    return list(span) if span is not None else []


def _main_verb(q: Question, sentence: Span) -> Token:
    """The verb of the clause a statement was taken from: the sentence verb sharing most words with it."""
    words = set(re.findall(r"\w+", q.prompt.lower()))
    best, best_n = sentence.root, -1
    for tok in sentence:
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ not in ("aux", "auxpass"):
            sub = [t for t in tok.subtree if not t.is_punct]
            hit = sum(1 for t in sub if t.lower_ in words)
            n = hit - 0.5 * (len(sub) - hit)          # the smallest clause that holds the statement
            if n > best_n:
                best, best_n = tok, n
    return best


def _own_clause_path(tok: Token) -> list[Token]:
    """The path up to the root, stopping at a joined clause with a subject of its own: 'The men were
    not termed suspects, and officials played down ...' does not negate what the officials did."""
    out = []
    for head in _path_up(tok):
        out.append(head)
        if head.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children):
            break
    return out


def _path_up(tok: Token) -> list[Token]:
    """The token and its heads up to the sentence root (the scope that can negate or hedge it)."""
    out = [tok]
    while out[-1].head is not out[-1] and len(out) < 40:
        out.append(out[-1].head)
    return out


def _date_pieces(option: str) -> list[str]:
    """The parts of a date option that could be written in the sentence ('Saturday', 'March 3')."""
    pieces = [option]
    m = re.match(r"([A-Z][a-z]+ \d{1,2}), \d{4}$", option)
    if m:
        pieces.append(m.group(1))
    m = re.match(r"([A-Z][a-z]+) \d{4}$", option)     # 'September 2019' written 'In August and September'
    if m:
        pieces.append(m.group(1))
    return pieces


# ------------------------------------------------------------------ the article beside the sentence

_DATE_FOCUS = frozenset({"when", "date", "year", "time"})
# how many words of the stem another sentence must share to tell the same happening
_SAME_HAPPENING_WORDS = 3


def key_holds(q: Question, parsed) -> bool:
    """The answer-key check: the keyed answer follows from the evidence sentence as written, and the
    rest of the article does not make another option right."""
    if not 0 <= q.sentence_id < len(parsed.spans):
        return False
    events = {e.id: e for e in parsed.events}
    time_text = events[q.event_ids[0]].time_text if q.event_ids and q.event_ids[0] in events else None
    return answer_key_problem(q, parsed.spans[q.sentence_id], time_text=time_text) is None and \
        article_key_problem(q, parsed) is None


def article_key_problem(q: Question, parsed) -> str | None:
    """Why the key is unsafe given the rest of the article, or None: a date question whose happening
    another sentence dates otherwise ('Yesterday X received VIP attention at the fair' beside 'X was a VIP
    guest at the fair this weekend' makes 'two days ago' right too), or a wrong option the article
    says the same of ('the office of the chairman will include Messrs. Schwarz and Maurer')."""
    if not 0 <= q.sentence_id < len(parsed.sentences):
        return None
    if q.type == "when" or q.focus in _DATE_FOCUS:
        return _dated_otherwise(q, parsed) or _day_in_two_zones(q, parsed)
    return _day_in_two_zones(q, parsed) or _figure_said_otherwise(q, parsed) or _reading_said_otherwise(q, parsed) or \
        (_option_said_alike(q, parsed) if q.type == "multiple_choice" else None)


_YEAR = re.compile(pattern("year_number"))


def _day_in_two_zones(q: Question, parsed) -> str | None:
    """A day key, or a false statement's swapped day, one day from a day the article writes beside a
    time zone ('landed on Sunday' beside '8:15 p.m. Saturday EST'): in the other zone the happening
    fell on the other day, so both are right (zoned_days)."""
    text, year = text_of(parsed.doc), reading_year(parsed)
    if q.type == "true_false":
        swap = _false_swap(q)
        unsafe = swap is not None and zoned_neighbours(text, swap[0], swap[1], year)
    else:
        unsafe = isinstance(q.answer, str) and beside_zoned_day(text, q.answer, year)
    return "the article gives the happening's time in two time zones: the day one apart is right too" \
        if unsafe else None


def _figure_said_otherwise(q: Question, parsed) -> str | None:
    """A figure key another sentence contradicts: a different figure hung on the same verb and counted
    thing, in a sentence holding every name the stem gives ('How many passengers were injured?' keyed
    'fifteen' beside 'injuring at least 13'; 'Analysts expected $_____ per share' beside another
    company's 'analysts expected $1.21 per share'). The stem does not say which, so either may be right."""
    value = _figure_value(str(q.answer))
    own = _find(parsed.spans[q.sentence_id], str(q.answer)) if value is not None else []
    frame = _figure_frame(own) if own else None
    if frame is None or _report_kept(own, q.prompt):
        return None
    names = _stem_marks(q.prompt)
    figures, spans_of = _figures_by_frame(parsed)
    for i in spans_of.get(frame[:2], ()):
        span = parsed.spans[i]
        other = _other_figure(figures[i], frame, value, names) if i != q.sentence_id and \
            all(_word_in(n, span.text) for n in names) else None
        if other is not None:
            return f"the article also gives '{other.text}' for the same figure, and the stem does not say which"
    return None


_READINGS = word_set("scale_reading_nouns")
# how near two readings of one scale must be to be two sources' figures for one thing (7.5 and 7.7)
_READING_NEAR = 0.1


def _reading_said_otherwise(q: Question, parsed) -> str | None:
    """A blank or option keyed on a scale reading ('The earthquake of magnitude _____ struck') when the
    article gives another near figure for the same reading ('the magnitude of the first quake was
    7.7', from another agency): both are right (judged: a wrong key)."""
    keyed = _keyed_reading(q, parsed)
    if keyed is None:
        return None
    num, value, reading = keyed
    for tok in parsed.doc:
        if _near_other_reading(tok, num, value, reading, q.prompt):
            return f"the article also gives '{tok.text}' for the {reading}"
    return None


def _keyed_reading(q: Question, parsed) -> tuple[Token, str, str] | None:
    """(figure token, its value, scale noun) when the question's key is a figure of its sentence that
    reads a scale ('magnitude 7.5'); None otherwise, and for true/false, whose answer is no figure."""
    value = _figure_value(str(q.answer)) if q.type != "true_false" else None
    own = _find(parsed.spans[q.sentence_id], str(q.answer)) if value is not None else []
    num = next((t for t in own if t.like_num), None)
    reading = _reading_of(num) if num is not None else None
    return (num, value, reading) if reading is not None else None


def _near_other_reading(tok: Token, num: Token, value: str, reading: str, prompt: str) -> bool:
    """Another figure than the key, not shown in the prompt, for the same scale and within
    _READING_NEAR of the key: a second right answer. A far figure is another event's reading."""
    other = _figure_value(tok.text) if tok.like_num and tok.i != num.i else None
    return other not in (None, value) and tok.text not in prompt and _reading_of(tok) == reading and \
        abs(float(other) - float(value)) <= _READING_NEAR * max(float(other), float(value))


def _reading_of(num: Token) -> str | None:
    """The scale noun a figure is a reading of ('magnitude 7.5', 'a 7.5-magnitude quake', 'a magnitude
    of 7.5', 'the magnitude ... was 7.7'), or None."""
    head = num.head
    if num.dep_ in ("nummod", "appos", "compound", "npadvmod") and head.lemma_.lower() in _READINGS:
        return head.lemma_.lower()
    if num.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in _READINGS:
        return head.head.lemma_.lower()
    return _subject_reading(num) if num.dep_ == "attr" else None


def _subject_reading(num: Token) -> str | None:
    """'the magnitude ... was 7.7': the scale noun that is the subject of the figure's 'be', or None."""
    subject = first_child(num.head, "nsubj")
    if subject is not None and subject.lemma_.lower() in _READINGS:
        return subject.lemma_.lower()
    return None


def _figures_by_frame(parsed) -> tuple[list[list], dict[tuple, list[int]]]:
    """Each sentence span's figures as (token, value, frame), and for each verb and unit the spans
    holding a figure hung on them, in order: built once per article, so a figure question reads only
    the sentences that can contradict it (reading them all made long articles quadratic)."""
    spans = parsed.spans
    known = parsed.doc.user_data.get("quizgen_figures_by_frame")
    if known is not None and len(known[0]) == len(spans):
        return known
    figures = [[(tok, _figure_value(tok.text), _figure_frame([tok])) for tok in span if tok.like_num]
               for span in spans]
    spans_of: dict[tuple, list[int]] = {}
    for i, found in enumerate(figures):
        for frame in dict.fromkeys(f[:2] for _, _, f in found if f is not None):
            spans_of.setdefault(frame, []).append(i)
    known = parsed.doc.user_data["quizgen_figures_by_frame"] = (figures, spans_of)
    return known


def _stem_marks(prompt: str) -> set[str]:
    """The stem's names and figures ('Zacks', 'on $2.06 billion in revenue'): they say which figure it
    asks, so a sentence lacking one tells of something else."""
    return {w for w in re.findall(r"[^\W_]+", prompt)[1:] if w[:1].isupper()} | \
        set(re.findall(r"\d+(?:[.,]\d+)*", prompt))


def _other_figure(figures: list, frame: tuple, value: str, shown: set[str]) -> Token | None:
    """A figure of a span's (token, value, frame) list, other than `value`, hung on the same verb and
    unit as the key's; not one the stem shows itself ('raise $_____, $180, or $360' asks for none of those)."""
    for tok, other, its_frame in figures:
        if tok.text not in shown and other not in (None, value) and _same_frame(frame, its_frame):
            return tok
    return None


def _report_kept(toks: list[Token], prompt: str) -> bool:
    """The figure is what someone said, and the stem keeps the saying ('Early reports said _____
    passengers were hurt'): it asks for the reported figure, which the other one does not contradict."""
    verb = governing_verb(toks)
    said = verb.head if verb is not None and verb.dep_ == "ccomp" else None
    return said is not None and said.lemma_.lower() in ATTRIBUTION_VERBS and _word_in(said.text, prompt)


def _figure_value(text: str) -> str | None:
    """The first number a text writes ('at least 13' -> '13', 'fifteen' -> '15'); None for none or a year."""
    for w in text.split():
        v = number_value(w.strip("$%,()").lower())
        if v not in (None, "X"):
            return None if _YEAR.fullmatch(w) else v
    return None


def _figure_frame(toks: list[Token]) -> tuple[str, str, str | None] | None:
    """The verb a figure hangs from and the thing it counts ('fifteen passengers were injured' ->
    ('injure', 'passenger'); 'injuring at least 13' -> ('injure', None))."""
    num = next((t for t in toks if t.like_num), None)
    verb = governing_verb(toks) if num is not None else None
    if verb is None:
        return None
    counted = num.head if num.dep_ in ("nummod", "quantmod", "compound") and num.head.pos_ in ("NOUN", "SYM") else None
    return verb.lemma_.lower(), _unit(num), counted.lemma_.lower() if counted is not None else None


_SCALES = word_set("figure_scale_words")


def _unit(num: Token) -> str:
    """What a figure is written in: '$1.21 per share' -> '$ per share', '$2.06 billion' -> '$ billion'
    (revenue beside earnings per share is no second answer for either)."""
    doc = num.doc
    before = doc[num.i - 1].text if num.i > 0 and doc[num.i - 1].tag_ == "$" else ""
    after = [t.lower_ for t in doc[num.i + 1:num.i + 3]]
    if after and after[0] in _SCALES:
        after = after if after[0] == "per" else after[:1]
        return " ".join([before, *after]).strip()
    return before


_STATIVE_VERBS = word_set("stative_verbs")


def _same_frame(a: tuple, b: tuple | None) -> bool:
    """The same verb and unit, counting the same thing or a thing left unsaid; 'be' and 'have' tell
    no happening ('has 19 members', 'were absent'), so under them the thing counted must be named alike."""
    if b is None or a[:2] != b[:2]:
        return False
    if a[0] in _STATIVE_VERBS:
        return a[2] is not None and a[2] == b[2]
    return a[2] is None or b[2] is None or a[2] == b[2]


# a wrong option whose own clause shares this many of the stem's common words is said alike
_SAID_ALIKE_WORDS = 3


def _option_said_alike(q: Question, parsed) -> str | None:
    """A wrong option the article puts in a clause sharing the stem's common words: it may be right too."""
    stem = _happening_words(q.prompt)
    plain = _common_words(q.prompt, stem)
    numbers = {w for w in stem if any(ch.isdigit() for ch in w)}
    if re.search(r"\d", str(q.answer)):
        return None       # a figure: the same kind of figure of another subject is no second answer
    for other in q.choices or ():
        if other != q.answer and len(other) >= 3 and _said_alike(parsed, q.sentence_id, other, plain, numbers):
            return f"the article says much the same of '{other}', an option marked wrong"
    return None


def _said_alike(parsed, sentence_id: int, option: str, plain: set[str], numbers: set[str]) -> bool:
    """Another sentence puts the option in a clause with enough of the stem's common words and all its
    numbers ('scored 169 runs' is not said of the 176 asked)."""
    for i in _spans_holding(parsed, option):
        common, every = _option_clause_words(parsed, i, option) if i != sentence_id else (set(), set())
        if common and len(plain & common) >= _SAID_ALIKE_WORDS and numbers <= every:
            return True
    return False


def _option_clause_words(parsed, i: int, option: str) -> tuple[set[str], set[str]]:
    """The common and all happening words of the clause the option stands in, in sentence span i; kept
    per article, as the same options are offered in many questions."""
    known = parsed.doc.user_data.setdefault("quizgen_option_clause_words", {})
    got = known.get((i, option))
    if got is None:
        toks = _find(parsed.spans[i], option)
        got = known[(i, option)] = (_clause_words(toks, common_only=True), _clause_words(toks)) if toks \
            else (set(), set())
    return got


def _spans_holding(parsed, option: str) -> list[int]:
    """The indices of the sentence spans whose text holds the option, in order: one search of the
    whole text instead of building and searching every sentence's text (quadratic on long articles)."""
    text, spans = text_of(parsed.doc), parsed.spans
    starts = parsed.doc.user_data.get("quizgen_span_starts")
    if starts is None or len(starts) != len(spans):
        starts = parsed.doc.user_data["quizgen_span_starts"] = [sp.start_char for sp in spans]
    found: set[int] = set()
    at = text.find(option)
    while at >= 0:
        i = bisect.bisect_right(starts, at) - 1
        while i >= 0 and at + len(option) <= spans[i].end_char and at >= spans[i].start_char:
            found.add(i)      # spans in order, but a sentence may overlap the next one: look back
            i -= 1
        at = text.find(option, at + 1)
    return sorted(found)


def _common_words(prompt: str, stem: set[str]) -> set[str]:
    """The stem's happening words the prompt writes in lower case: common words, not names."""
    return stem & {w for w in re.findall(r"[^\W_]+", prompt) if w.islower()}


def _dated_otherwise(q: Question, parsed) -> str | None:
    """A date question whose happening another sentence dates otherwise."""
    own = [t for t in parsed.times if t.sentence_id == q.sentence_id and t.date is not None]
    # 'really' in 'did the sky go really dark' tells no happening apart
    stem = _happening_words(q.prompt) - _DEGREE_ADVERBS
    plain = _common_words(q.prompt, stem)
    if not own or len(stem) < _FEWEST_STEM_WORDS:
        return None
    return _other_date_of(q, parsed, own, stem, plain)


_DEGREE_ADVERBS = word_set("degree_adverbs")
# a stem of two common words ('the sky ... dark') tells its happening when another clause has both
_FEWEST_STEM_WORDS = 2


def _other_date_of(q: Question, parsed, own: list, stem: set[str], plain: set[str]) -> str | None:
    """The first time of another sentence that dates the question's happening otherwise, as a reason."""
    words_of, by_word = _time_words(parsed)
    # only a time whose clause shares a stem word can match: look at those alone, in article order
    for n in sorted({n for w in stem for n in by_word.get(w, ())}):
        t = parsed.times[n]
        if t.sentence_id == q.sentence_id:
            continue
        found = _dates_alike_otherwise(t, words_of[n], own, stem, plain)
        if found is not None:
            return found
    return None


def _time_words(parsed) -> tuple[dict[int, set[str]], dict[str, list[int]]]:
    """The clause words of each dated time of the article (by its place in `parsed.times`) and the
    times by word, read once per article: every date question compared them all anew."""
    cached = parsed.doc.user_data.get("quizgen_time_words")
    if cached is not None and cached[0] is parsed.times:
        return cached[1], cached[2]
    words_of: dict[int, set[str]] = {}
    by_word: dict[str, list[int]] = {}
    for n, t in enumerate(parsed.times):
        if t.date is None:
            continue
        words_of[n] = _clause_words(_tokens_of(parsed.doc, t))
        for w in words_of[n]:
            by_word.setdefault(w, []).append(n)
    parsed.doc.user_data["quizgen_time_words"] = (parsed.times, words_of, by_word)
    return words_of, by_word


def _dates_alike_otherwise(t, words: set[str], own: list, stem: set[str], plain: set[str]) -> str | None:
    """What makes another sentence's time a second date of the question's happening: it ends the same
    span from another start, or it dates a clause sharing enough of the stem's words (`words`: the
    happening words of the clause the time dates); None otherwise."""
    if any(_moved_span_end(t, o) for o in own) and plain & words:
        return f"another sentence gives the span otherwise ('{t.text}')"
    if any(_same_time(t, o) for o in own):
        return None
    if _tells_same_happening(stem & words, stem, plain):
        return f"another sentence dates the same happening otherwise ('{t.text}')"
    return None


def _tells_same_happening(shared: set[str], stem: set[str], plain: set[str]) -> bool:
    """Enough of the stem's words shared, common words among them; or a stem of common words alone
    that the other clause holds whole."""
    enough = len(shared) >= _SAME_HAPPENING_WORDS or shared == stem == plain
    return enough and 2 * len(shared) >= len(stem) and bool(shared & plain or len(shared) >= _SAME_BY_NAMES)


# names alone ('Yoon Suk Yeol') recur across an article's happenings: shared names tell the same
# happening only when there are many of them, else a common word must be shared too ('headquarters')
_SAME_BY_NAMES = 5


def _happening_words(text: str) -> set[str]:
    """The words of a text that tell a happening apart: content words of three letters or more, numbers."""
    skip = word_set("question_stem_words")
    return {w for w in _content(text) if (len(w) >= 3 or w.isdigit()) and w not in skip}


# joined clauses of their own, not what the time phrase dates
_OTHER_CLAUSE_DEPS = frozenset({"conj", "parataxis", "ccomp", "advcl", "relcl"})


def _clause_words(toks: list[Token], common_only: bool = False) -> set[str]:
    """The happening words (`common_only`: those not written as names) of the clause some words belong to ('Mohamed received VIP attention' for the
    'Yesterday' of 'Yesterday Mohamed received VIP attention ... and tomorrow he plans ...', not the second)."""
    verb = governing_verb(toks) if toks else None
    if verb is None:
        return set()
    words: list[str] = []
    stack = [verb]
    while stack:
        tok = stack.pop()
        if not common_only or tok.text.islower():
            words.append(tok.text)
        stack.extend(c for c in tok.children if not _other_clause(c))
    return _happening_words(" ".join(words))


def _other_clause(c) -> bool:
    """A clause joined to the dated one that the time phrase does not date: one with a subject of its own
    ('and tomorrow he plans ...'); a verb sharing the subject ('and was able to meet ...') shares the time."""
    if c.dep_ not in _OTHER_CLAUSE_DEPS or c.pos_ not in ("VERB", "AUX"):
        return False
    return c.dep_ != "conj" or any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in c.children)


def _tokens_of(doc, t) -> list[Token]:
    """The tokens of a time expression (its offsets are into the body, which the parse shares)."""
    span = doc.char_span(t.start, t.end, alignment_mode="expand")
    return list(span) if span is not None else []


def _moved_span_end(a, b) -> bool:
    """Two spans with one end in common and the other different ('from 2004 to 2009' beside 'from 2006 to
    2009'): the article gives the same stretch two ways, and either start is right."""
    if a.date_end is None or b.date_end is None:
        return False
    return (a.date == b.date) != (a.date_end == b.date_end)


_GRAIN = {"day": 3, "week": 2, "weekend": 2, "month": 2, "season": 1, "quarter": 1, "half": 1, "year": 1}


def _same_time(a, b) -> bool:
    """Two resolved times that can name the same moment: equal at the coarser precision of the two, one
    inside the other's span, or too coarse (a decade) or unknown to tell apart."""
    for x, y in ((a, b), (b, a)):
        if x.date_end is not None and x.date <= y.date <= x.date_end:
            return True
    if a.precision not in _GRAIN or b.precision not in _GRAIN:
        return True
    grain = min(_GRAIN[a.precision], _GRAIN[b.precision])
    if grain == 2 and {a.precision, b.precision} & {"week", "weekend"}:
        return a.date.isocalendar()[:2] == b.date.isocalendar()[:2]
    if grain == 1 and {a.precision, b.precision} & {"season", "quarter", "half"}:
        return abs((a.date - b.date).days) < 190      # a season or half-year against a month: roughly
    key = {1: lambda d: d.year, 2: lambda d: (d.year, d.month), 3: lambda d: d}[grain]
    return key(a.date) == key(b.date)
