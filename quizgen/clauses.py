"""The clause model, built once per article by `pipeline.analyse`: each verb's frame (subject, negation,
modality, condition, tense, reporting frame, quotation) and each sentence's asserted clauses."""
from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from types import MappingProxyType

from spacy.tokens import Doc, Span, Token

from .inner_punct import comma_between_kept, in_word_hyphen, without_loose_commas
from .model import Sentence
from .memo import per_document
from .nlp import ents_in, text_of
from .syntax import SUBJECT_DEPS, after_comma, attachment, joined_verb, paired_second
from .person_names import introduced_as_spokesperson
from .phrasing import inflect_all
from .small_clauses import reduced_passive
from .timex.tense import have_auxiliary, past_of_same_form, past_plan
from .wordlists import tagged, word_set

QUOTE_MARKS = set("\"'\u201c\u201d\u2018\u2019`") | {"``", "''"}
# Children dropped when a clause is simplified: side remarks, not the main fact.
_DROP = {"appos", "relcl", "advcl", "parataxis", "discourse", "intj", "meta", "dep", "preconj"}
_SUBJ_PRON = word_set("subject_pronouns")
_POSS_PRON = {"his", "her", "its", "their"}
_SENT_ADVERBS = word_set("sentence_adverbs")
_CLAUSE_OPENING_PREPS = word_set("sequence_bound_preps")
_STANCE = word_set("stance_adverbs")
_CLOSE_AFTER = word_set("close_after_words")   # 'soon', 'shortly' (after ...): closeness to a side clause
PEOPLE_NOUNS = word_set("people_nouns")
COUNTRY_NOUNS = {"country", "nation", "government"}
_OPINION_MODALS = word_set("opinion_modals")
_NOBODY = word_set("nobody_words")
# Verbs that report speech: their clause says nothing without what was said ("clause"); with the verbs
# whose reported clause is the happening ("content"), the verbs that frame another clause.
REPORTING_VERBS = tagged("reporting_verbs", "clause")
SAYING_VERBS = REPORTING_VERBS | tagged("reporting_verbs", "content")
QUOTING_VERBS = tagged("reporting_verbs", "quote")      # the verbs that attribute a quotation to a speaker
# the verbs that give what follows as someone's statement, not the article's fact
ATTRIBUTION_VERBS = tagged("reporting_verbs", "attribution")


# --------------------------------------------------------------------------- the model
@dataclass(frozen=True)
class Clause:
    """A verb with its subject and the parts of the sentence that belong to its main fact."""

    verb: Token
    subject: list[int]                 # token indices of the (simplified) subject
    body: list[int]                    # the rest after the subject, in order (verb included)
    fronted: list[int]                 # adjuncts written before the subject ("On Sept. 7,")
    sentence_id: int
    quoted: bool = False
    group: dict[int, str] = field(default_factory=dict)   # token index -> replacement text ("the two leaders")
    group_span: dict[int, int] = field(default_factory=dict)  # replacement start -> end (exclusive)

    @property
    def tokens(self) -> list[int]:
        return sorted(set(self.subject) | set(self.body) | set(self.fronted))


@dataclass(frozen=True)
class Frame:
    """What the parse says of one verb's clause, for every stage that asks."""

    subject: Token | None          # its subject, or the one it shares with the verb it completes
    negated: bool                  # 'did not file', 'No one was hurt'
    hypothetical: bool             # 'could face', 'would be': a possibility (modality)
    conditional: bool              # inside an if-/unless-/as-if clause
    future: bool                   # 'will meet', 'is expected to fly' (tense)
    reporting: Token | None        # the verb of saying this clause is the content of ('said' of 'X said Y fell')
    quoted: bool                   # written inside quotation marks


@dataclass(frozen=True)
class ArticleClauses:
    """The article's clauses, read by events and questions alike; nothing writes into it."""

    quoted: frozenset[int] = frozenset()            # token indices inside quotation marks
    # by_sentence: sentence id -> its asserted clauses (what questions ask about)
    by_sentence: Mapping[int, tuple[Clause, ...]] = field(default_factory=lambda: MappingProxyType({}))
    frames: Mapping[int, Frame] = field(default_factory=lambda: MappingProxyType({}))   # verb index -> its frame

    def frame(self, verb: Token) -> Frame:
        """The frame of a verb (of any token the parse hung a clause on)."""
        got = self.frames.get(verb.i)
        return got if got is not None else frame_of(verb, self.quoted)

    def attached(self, phrase: Span | None) -> Token | None:
        """The verb (or, failing that, the sentence root) a phrase such as a date modifies."""
        return attachment(phrase)

    def future(self, verb: Token | None) -> bool:
        """Does the verb's clause speak of the future (its frame's tense)? False without a verb."""
        return verb is not None and self.frame(verb).future

    def quoting(self, span: Span) -> list[tuple[Token, Token]]:
        """The sentence's verbs of saying outside quotation marks, with their subject: who speaks there."""
        return list(quoting_verbs(span, self.quoted))


def opens_text(t: Token) -> bool:
    """The word opens its sentence, a quotation, or what follows a colon: a capital there says nothing
    of a name."""
    return t.is_sent_start or t.i > 0 and (t.doc[t.i - 1].text in QUOTE_MARKS or t.doc[t.i - 1].text == ":")


def build_clauses(doc: Doc, sentences: list[Sentence], spans: list[Span],
                  named_before: Callable[[int, str], list[str]], referent: Referent | None = None) -> ArticleClauses:
    """Every verb's frame and every sentence's asserted clauses, with "the two leaders" given the
    names the article gave them (`named_before(sentence_id, coarse)`) and a speaker's "it"/"he" of what
    they said its name (`referent`); clauses it cannot name go."""
    quoted = quoted_tokens(doc)
    frames = {t.i: frame_of(t, quoted) for t in doc if t.pos_ in ("VERB", "AUX") and t.dep_ not in ("aux", "auxpass")}
    by_sentence: dict[int, tuple[Clause, ...]] = {}
    for s, span in zip(sentences, spans):
        named = []
        for c in clauses_of(span, s.id, quoted, referent):
            groups = group_names(c, doc, named_before)
            if groups is not None:
                named.append(replace(c, group={**c.group, **groups[0]}, group_span={**c.group_span, **groups[1]}))
        by_sentence[s.id] = tuple(named)
    return ArticleClauses(quoted=quoted, by_sentence=MappingProxyType(by_sentence), frames=MappingProxyType(frames))


def frame_of(verb: Token, quoted: frozenset[int]) -> Frame:
    """The frame of one verb's clause."""
    return Frame(subject=subject_of(verb), negated=negated(verb), hypothetical=hypothetical(verb),
                 conditional=conditional(verb), future=is_future(verb), reporting=reporting_frame(verb),
                 quoted=verb.i in quoted)


# --------------------------------------------------------------------------- subject, negation, modality
def subject_of(verb: Token) -> Token | None:
    """The verb's subject token, or the one it shares with the verb it is coordinated with or completes."""
    t = verb
    for _ in range(4):
        for c in t.children:
            if c.dep_ in ("nsubj", "nsubjpass", "expl"):
                return _name_after_role(c) or c
        if t.dep_ == "conj" and (stranded := _stranded_subject(t)) is not None:
            return stranded
        if t.dep_ in ("conj", "xcomp") and t.head != t:
            t = t.head
            continue
        break
    return None


def _stranded_subject(verb: Token) -> Token | None:
    """'Hirohito announced that Japan lost the war and Akihito, his son, addressed the nation', misparsed
    with 'Akihito' joined to 'the war': a name after 'and', set off by an apposition between commas right
    before a joined verb with no subject of its own, is that verb's subject."""
    opening = _apposition_opening(verb)
    if opening is None:
        return None
    doc = verb.doc
    name, joint = doc[opening.i - 1], doc[opening.i - 2]
    between = doc[opening.i + 1:verb.i - 1]
    ok = name.pos_ == "PROPN" and name.dep_ == "conj" and name.ent_type_ in ("PERSON", "ORG") and \
        joint.dep_ == "cc" and any(t.pos_ == "NOUN" for t in between) and not any(t.pos_ == "VERB" for t in between)
    return name if ok else None


def _apposition_opening(verb: Token) -> Token | None:
    """The comma opening a short phrase set off by commas right before the verb (', his son,'), or None."""
    doc = verb.doc
    if verb.i < 5 or doc[verb.i - 1].text != ",":
        return None
    opening = next((t for t in reversed(doc[max(0, verb.i - 7):verb.i - 1]) if t.text == ","), None)
    return opening if opening is not None and 2 <= opening.i <= verb.i - 3 else None


def _name_after_role(subj: Token) -> Token | None:
    """'The Oscar-nominated director Mara Leduc was discovered', misparsed as two subjects: the name
    right after the role noun is who the clause is about (the role's own words may hold a stray name)."""
    name = next((c for c in subj.head.children if c.dep_ == subj.dep_ and c.i > subj.i), None)
    if name is None or subj.pos_ != "NOUN" or name.pos_ != "PROPN" or subj.right_edge != subj:
        return None          # 'the epidemics in Angola, and Uganda caused': a list's last name, no role's
    if name.left_edge.i != subj.i + 1:
        return None
    return name


def own_subject(verb: Token) -> Token | None:
    """The verb's own subject, also when the parser hung it on an auxiliary ('The shops stayed shut')."""
    heads = [verb, *(c for c in verb.children if c.dep_ in ("aux", "auxpass"))]
    return next((c for h in heads for c in h.children if c.dep_ in SUBJECT_DEPS), None)


def negated(verb: Token) -> bool:
    """'did not file', 'No one was in custody', 'never arrived': a state that did not happen."""
    if any(c.dep_ == "neg" for c in verb.children):
        return True
    subj = own_subject(verb)
    if subj is None:
        return False
    if subj.lower_ in _NOBODY or (subj.lower_ == "one" and any(c.lower_ == "no" for c in subj.children)):
        return True
    return any(c.dep_ == "det" and c.lower_ == "no" for c in subj.children)


def if_marked(verb: Token) -> bool:
    """The verb's own clause opens with 'if' or 'unless'."""
    return any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in verb.children)


def hypothetical(verb: Token) -> bool:
    """'could face', 'might be', 'would be substantial': a possibility, not a happening.

    'would' + a verb of action stays: it reports a plan seen from the past ('said it would release')."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    for a in auxes:
        low = a.lower_
        if low in ("would", "wo"):
            if verb.lemma_ == "be" or if_marked(verb):
                return True
            continue
        if low in _OPINION_MODALS:
            return True
    return False


_CONDITIONAL_MARKS = {"if", "unless", "whether", "lest"}


def conditional(tok: Token) -> bool:
    """True when the token's clause, or a clause above it, is an if-/unless-/as-if clause."""
    h = tok
    for _ in range(30):
        marks = [c for c in h.children if c.dep_ == "mark"]
        if any(m.lower_ in _CONDITIONAL_MARKS for m in marks):
            return True
        if any(m.lower_ == "as" and m.nbor(1).lower_ in ("if", "though") for m in marks
               if m.i + 1 < len(m.doc)) or _in_case_opened(h):
            return True
        if h.head.i == h.i:
            return False
        h = h.head
    return False


def _in_case_opened(v: Token) -> bool:
    """'presiding in case his vote was needed': a clause whose subject follows 'in case' holds only on
    that condition; the parser reads 'in case' as a phrase of the verb before, and the clause as a fact."""
    subj = own_subject(v)
    first = subj.left_edge.i if subj is not None and subj.i < v.i else None
    return first is not None and first >= 2 and \
        [t.lower_ for t in v.doc[first - 2:first]] == ["in", "case"]


def auxiliaries(v: Token) -> list[Token]:
    """The auxiliaries before the verb ("has been" in "has been bought")."""
    return [c for c in v.children if c.dep_ in ("aux", "auxpass") and c.i < v.i]


# --------------------------------------------------------------------------- tense
_FUTURE_AUX = word_set("future_auxiliaries")
_FUTURE_HEADS = word_set("future_head_verbs")
_TENSE_REPORTING = tagged("reporting_verbs", "tense")


def is_future(verb: Token | None) -> bool:
    """Does the clause speak of the future ("will meet", "is expected to fly", "ends on Feb. 28")?"""
    if verb is None:
        return False
    t = verb
    for _ in range(6):
        decided = _future_by_form(t)
        if decided is not None:
            return decided
        if _prospective_infinitive(t):
            return True
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
    if any(a.tag_ == "VBD" or have_auxiliary(a) for a in auxes):
        return False
    if _present_plan(t, auxes):
        return True
    return _future_by_tense(t, auxes)


def _prospective_infinitive(t: Token) -> bool:
    """'has made the decision to travel on Thursday', 'has a plan to open in May': an infinitive
    completing the object of a present or present-perfect clause tells what is still to come
    (after a past clause, 'made the decision to travel on Thursday', it may have come already)."""
    to = any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children)
    if t.dep_ != "acl" or t.tag_ != "VB" or not to or t.head.dep_ != "dobj":
        return False
    return _present_or_perfect(t.head.head)


def _present_or_perfect(verb: Token) -> bool:
    """'has made', 'have', 'makes': a present or present-perfect verb with no modal."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if not auxes:
        return verb.tag_ in ("VBZ", "VBP")
    return all(a.tag_ != "MD" for a in auxes) and any(a.lemma_ == "have" and a.tag_ in ("VBZ", "VBP") for a in auxes)


def _counterfactual(verb: Token) -> bool:
    """'if it would help', 'would have been': a hypothetical, not a plan."""
    return if_marked(verb) or any(c.lower_ == "have" and c.dep_ == "aux" for c in verb.children)


def _future_auxiliary(t: Token, auxes: list[Token]) -> bool:
    lower = {a.lower_ for a in auxes}
    # "would release ... on Monday": the future seen from the reporting
    return bool(lower & _FUTURE_AUX) or "would" in lower and not _counterfactual(t)


def _planned_passive(t: Token, auxes: list[Token]) -> bool:
    """"was expected on Sunday", "is scheduled for April 2" (but 'were planned on Wednesday' is the
    day the planned happening was)."""
    return t.lemma_ in _FUTURE_HEADS and t.tag_ == "VBN" and any(a.lemma_ == "be" for a in auxes) and \
        not (past_plan(t, auxes) and _dated_by_on(t))


def _dated_by_on(t: Token) -> bool:
    """'planned on Wednesday': the verb has a date after 'on'."""
    return any(c.dep_ == "prep" and c.lower_ == "on" and any(g.ent_type_ == "DATE" for g in c.children) for c in t.children)


def _present_plan(t: Token, auxes: list[Token]) -> bool:
    """"is expected to", "are scheduled to", "is due to"."""
    return t.lemma_ in _FUTURE_HEADS and (any(a.tag_ in ("VBZ", "VBP") for a in auxes) or
                                          t.head.lemma_ == "be" and t.head.tag_ in ("VBZ", "VBP"))


def _future_by_tense(t: Token, auxes: list[Token]) -> bool | None:
    if past_of_same_form(t, auxes):
        return False  # "Weakness in tech stocks hurt the index on Friday": a past spelled as the base
    if t.tag_ in ("VBZ", "VBP") and t.lemma_ not in _TENSE_REPORTING and t.lemma_ not in ("be", "have"):
        return True   # "the changeover period ends on Feb. 28"
    if t.tag_ == "VBG" and any(a.lemma_ == "be" and a.tag_ in ("VBZ", "VBP") for a in auxes):
        return True   # "are meeting on Tuesday"
    if t.tag_ in ("VBD",) or t.tag_ == "VBN" and not auxes:
        return False
    return None


# --------------------------------------------------------------------------- reporting frame, quotation
def reporting_verb(tok: Token) -> bool:
    """'said', 'confirmed', 'reported': a finite verb that frames what someone said."""
    return tok.pos_ == "VERB" and tok.tag_ in ("VBD", "VBZ", "VBP") and tok.lemma_ in SAYING_VERBS


def reporting_frame(verb: Token) -> Token | None:
    """The verb of saying whose content the clause is ('said' of 'Castro said the mother was kidnapped')."""
    return verb.head if verb.dep_ == "ccomp" and reporting_verb(verb.head) else None


def quoting_verbs(span: Span, quoted: frozenset[int]) -> Iterator[tuple[Token, Token]]:
    """Verbs of saying written outside the quotation marks, with their subject (also outside)."""
    for t in span:
        if t.lemma_.lower() not in QUOTING_VERBS or t.pos_ not in ("VERB", "AUX") or t.i in quoted:
            continue
        subj = [c for c in t.children if c.dep_ in ("nsubj", "nsubjpass") and c.i not in quoted]
        if subj:
            yield t, subj[0]


_OPEN_MARKS = {"\u201c", "``"}
_CLOSE_MARKS = {"\u201d", "''"}
_DOUBLE_MARKS = _OPEN_MARKS | _CLOSE_MARKS | {'"'}


@per_document
def quoted_tokens(doc: Doc) -> frozenset[int]:
    """Indices of the tokens inside double quotation marks, across sentences, reset at each paragraph.

    A mark is read as opening or closing from the spaces around it, so a misdirected closing mark
    ("developed steadily.\u201c") still closes the quotation. Kept with the document: label and
    referent checks ask for every sentence, and reading the whole text each time grew with its square.
    """
    text = text_of(doc)
    inside = False
    out = set()
    for t in doc:
        if t.is_space and "\n" in t.text:
            inside = False
            continue
        if t.text in _DOUBLE_MARKS:
            inside = _inside_after_mark(text, t, inside)
            continue
        if inside:
            out.add(t.i)
    return frozenset(out)


def quotation_open(before: str) -> bool:
    """Text that leaves a double quotation open at its end: more opening marks than closing ones, or an
    odd number of straight ones (a question's wording, where no parse says which marks pair)."""
    return before.count("\u201c") > before.count("\u201d") or before.count('"') % 2 == 1


def _inside_after_mark(text: str, t: Token, inside: bool) -> bool:
    """Whether the text after a double quotation mark is quoted: the spaces around the mark decide
    first, then the mark's own direction; a straight mark with no clue toggles."""
    prev = text[t.idx - 1] if t.idx > 0 else " "
    nxt = text[t.idx + len(t.text)] if t.idx + len(t.text) < len(text) else " "
    if (prev.isspace() or prev in "([\u2014\u2013-:") and not nxt.isspace():
        return True
    if (nxt.isspace() or nxt in ".,;:!?)\u2014") and not prev.isspace():
        return False
    if t.text in _OPEN_MARKS:
        return True
    if t.text in _CLOSE_MARKS:
        return False
    return not inside


# --------------------------------------------------------------------------- asserted clauses
def clauses_of(span: Span, sentence_id: int, quoted: frozenset[int] = frozenset(),
               referent: Referent | None = None) -> list[Clause]:
    """Every clause of the sentence whose verb has a subject we can name and that states what
    happened (finite, not negated, not under a condition)."""
    out = []
    for v in span:
        if not _is_clause_verb(v):
            continue
        s, named, named_span = _clause_subject(v, span, referent)
        if s is None or not _asserted(v) or paired_second(v):
            continue      # the second verb of 'destroyed or damaged 300 homes' is said with the first
        subject = _subject_tokens(s)
        body, fronted = _own_body_and_fronted(v, s, bool(named))
        if _unsound_body(span, v, body):
            continue
        body = _without_last_coordinator(span.doc, body)
        if cut_short(span.doc, subject + body + fronted, v.i) or dangling_coordinator(span.doc, subject + body, bool(fronted)) \
                or _lost_small_clause(v, body):
            continue
        out.append(Clause(verb=v, subject=subject, body=sorted(body), fronted=sorted(fronted),
                          sentence_id=sentence_id, quoted=v.i in quoted, group=named, group_span=named_span))
    return out


# whom a pronoun means, as a self-contained phrase ('it' -> 'Ohio Steel Corp.'), or None
Referent = Callable[[Token, Span], "str | None"]
_SPEAKER_PRONOUNS = frozenset({"he", "she", "it", "they"})


def _own_body_and_fronted(v: Token, s: Token, speaker_named: bool) -> tuple[list[int], list[int]]:
    """The clause's body and fronted words; a speaker's pronoun clause keeps nothing before its subject
    ('said on Thursday it would buy ...': the day is when it was said, whatever the parse hangs it on)."""
    body, fronted = _pair_body_and_fronted(v, s)
    return (body, []) if speaker_named else (body, fronted)


def _clause_subject(v: Token, span: Span,
                    referent: Referent | None) -> tuple[Token | None, dict[int, str], dict[int, int]]:
    """The clause's named subject, or a speaker's pronoun with the name to write for it (as a clause's
    `group` and `group_span`)."""
    s = _named_subject(v)
    if s is not None:
        return s, {}, {}
    pron, named = speaker_subject(v, span, referent)
    return pron, named, ({pron.i: pron.i + 1} if pron is not None else {})


def speaker_subject(v: Token, span: Span, referent: Referent | None) -> tuple[Token | None, dict[int, str]]:
    """The pronoun subject of what a named speaker said of itself ('Ohio Steel said it would cut 400
    jobs'), with the speaker's name to write for it; (None, {}) when the resolver means someone else, the
    speaker is no name, or the one told could be meant as well ('told Smith he would ...')."""
    pair = _speaking_of_itself(v) if referent is not None else None
    if pair is None:
        return None, {}
    pron, speaker = pair
    name = referent(pron, span) or _sole_name_before(pron, speaker, span)
    if name is None or speaker.text not in name.split():
        return None, {}
    return pron, {pron.i: name}


# the kinds of name a pronoun may stand for
_PRONOUN_KINDS = {"he": ("PERSON",), "she": ("PERSON",), "it": ("ORG", "GPE")}


def _sole_name_before(pron: Token, speaker: Token, span: Span) -> str | None:
    """The speaker's name when the resolver gives none ('Moscow announced Friday it will ...'): the
    speaker is a name of the pronoun's kind and the sentence names no other such before the pronoun."""
    kinds = _PRONOUN_KINDS.get(pron.lower_, ())
    before = [e for e in ents_in(span) if e.end <= pron.i and e.label_ in kinds]     # span.ents reads every entity
    if len(before) != 1 or not before[0].start <= speaker.i < before[0].end:
        return None
    return before[0].text


def _speaking_of_itself(v: Token) -> tuple[Token, Token] | None:
    """(pronoun subject, named speaker) of a reported clause whose subject may be its speaker."""
    rep = reporting_frame(v)
    subj = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
    if rep is None or len(subj) != 1 or subj[0].lower_ not in _SPEAKER_PRONOUNS:
        return None
    speaker = _named_subject(rep)
    if speaker is None or speaker.pos_ != "PROPN" or _told_alike(rep, subj[0]):
        return None
    return subj[0], speaker


def names_its_speaker(clause: Clause) -> bool:
    """The clause's subject is a pronoun written as its speaker's name ('Ohio Steel said it would ...')."""
    return len(clause.subject) == 1 and clause.subject[0] in clause.group and \
        clause.verb.doc[clause.subject[0]].lower_ in _SPEAKER_PRONOUNS


def _told_alike(rep: Token, pron: Token) -> bool:
    """The verb of saying has an object of the pronoun's number ('told Smith he', 'told the unions
    they'): the pronoun may mean the one told."""
    plural = pron.lower_ == "they"
    told = [c for c in rep.children if c.dep_ in ("dobj", "dative")]
    return any((c.tag_ in ("NNS", "NNPS")) == plural for c in told)


def _kept_subtree(tok: Token, keep_root: bool = True) -> list[int]:
    """The token's subtree without side remarks, quote marks and loose punctuation."""
    out = []
    marks: list[Token] = []      # commas and hyphens kept only if the words on both sides are

    def walk(t: Token, top: bool):
        if not top and t.dep_ in _DROP and not (_completes_participle(t) or embedded_question(t)
                                                  or needed_infinitive(t) or _negating(t) or _close_apposition(t)):
            return
        if t.text in QUOTE_MARKS or _elided_number_pair(t) or (not top and misread_clause_opener(t)):
            return
        if t.is_punct and t.tag_ != "HYPH" and t.text not in ("%", "$", "&") and not _comma_in_date(t):
            marks.append(t)
            return
        out.append(t.i)
        for c in t.children:
            walk(c, False)

    walk(tok, keep_root)
    kept = set(out)
    out += [t.i for t in marks if in_word_hyphen(t) or comma_between_kept(t, kept)]
    return sorted(out)


def misread_clause_opener(t: Token) -> bool:
    """'after the bank, citing the crisis, said it ...': the parser reads the clause's conjunction as a
    preposition and the clause's subject as its object, so a kept 'after the bank' cuts a clause short."""
    if t.dep_ != "prep" or t.lower_ not in _CLAUSE_OPENING_PREPS:
        return False
    end = t.right_edge.i
    if end + 1 >= t.sent.end or t.doc[end + 1].text != ",":
        return False
    return any(_subjectless_finite_verb(v) for v in t.doc[end + 2:t.sent.end])


def _subjectless_finite_verb(v: Token) -> bool:
    """A past or present verb joined without 'and' and without a subject of its own ('..., said it was')."""
    return v.tag_ in ("VBD", "VBZ", "VBP") and v.dep_ in ("conj", "ROOT") and \
        not any(c.dep_ in SUBJECT_DEPS or c.dep_ in ("cc", "expl") for c in v.children) and \
        not (v.i > 0 and v.doc[v.i - 1].dep_ == "cc")


def _elided_number_pair(t: Token) -> bool:
    """'are dead and more than 300 injured': the parser makes '300' a conjunct of 'dead' and hangs its
    own word ('injured') elsewhere, so the kept pair would read 'are dead and more than 300'; the
    number and its 'and' go (the clause states the first figure whole)."""
    def elided(c: Token) -> bool:
        return c.dep_ == "conj" and c.pos_ == "NUM" and c.head.pos_ in ("ADJ", "VERB")
    return elided(t) or (t.dep_ == "cc" and any(elided(c) for c in t.head.children if c.i > t.i))


def _close_apposition(t: Token) -> bool:
    """'Internet phone service Skype', 'Alabama coach Nick Saban': a name set beside its noun without a
    comma says which one; without it the noun is left vague ('to buy Internet phone service')."""
    return t.dep_ == "appos" and t.pos_ == "PROPN" and t.head.i < t.i and t.left_edge.i == t.head.i + 1 \
        and t.head.pos_ == "NOUN" and t.left_edge.pos_ == "PROPN" and t.ent_type_ not in _PLACE_ENTS


# 'the capital Kabul': a place named beside its noun may go, the noun still says where
_PLACE_ENTS = frozenset({"GPE", "LOC", "FAC", "NORP"})


def _completes_participle(t: Token) -> bool:
    """'to survive stronger winds' in "stages built to survive stronger winds": without it the
    participle dangles, so it is kept."""
    h = t.head
    return t.dep_ in ("advcl", "xcomp") and h.i != t.i and h.dep_ == "acl" and h.tag_ in ("VBN", "VBG") and \
        any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children)


_TIME_NOUNS = word_set("time_nouns")


def needed_infinitive(t: Token) -> bool:
    """An infinitive the parser hangs as a side clause that the words before it need."""
    return _time_to_do(t) or for_to_complement(t)


def _time_to_do(t: Token) -> bool:
    """'gives Akihito four years to abdicate': an infinitive that says what a stretch of time is for;
    without it 'four years' says nothing (hung on the noun or on the verb)."""
    if t.dep_ not in ("relcl", "acl", "advcl") or t.left_edge.lower_ != "to" or t.left_edge.i == 0:
        return False
    before = t.doc[t.left_edge.i - 1]
    return before.lemma_.lower() in _TIME_NOUNS and (before.i == t.head.i or
                                                    (before.head.i == t.head.i and before.dep_ == "dobj"))


def for_to_complement(t: Token) -> bool:
    """'called for Vacco to revive the office': a 'for ... to' infinitive the parser hangs on the verb as
    a side clause, though the verb ('call for', 'wait for') needs it."""
    return t.dep_ == "advcl" and t.head.pos_ == "VERB" and \
        any(c.dep_ == "mark" and c.lower_ == "for" and c.i == t.head.i + 1 for c in t.children) and \
        any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children)


_WH_OPENERS = frozenset({"how", "what", "which", "whose"})


def embedded_question(t: Token) -> bool:
    """'questioned how much of an impact the package will have': the parser hangs the verb of an
    embedded question on its noun as if a relative clause; without it the object stops at 'impact'."""
    if t.dep_ != "relcl" or any(c.tag_ in ("WDT", "WP", "WP$", "WRB") or c.lower_ == "that" for c in t.children):
        return False
    a = t.head
    for _ in range(4):
        edge = a.left_edge
        if edge.lower_ in _WH_OPENERS and edge.tag_ in ("WRB", "WDT", "WP", "WP$") and edge.i < t.head.i:
            return True
        if a.head.i == a.i or a.dep_ not in ("pobj", "prep", "dobj", "npadvmod"):
            return False
        a = a.head
    return False


def _comma_in_date(t: Token) -> bool:
    """The comma of "June 23, 2001" belongs to the date."""
    doc = t.doc
    return t.text == "," and t.ent_type_ in ("DATE", "TIME") and t.ent_iob_ == "I" and \
        t.i + 1 < len(doc) and doc[t.i + 1].ent_iob_ == "I" and doc[t.i + 1].ent_type_ == t.ent_type_


def _is_clause_verb(v: Token) -> bool:
    """A verb heading a main, reported, coordinated or adverbial clause (never an xcomp)."""
    if v.pos_ not in ("VERB", "AUX") or not _heads_a_clause(v):
        return False
    if v.dep_ == "ROOT" and any(c.dep_ == "mark" and c.lower_ == "that" for c in v.children):
        return False      # '... objections from partners that four days seemed punitive': a noun's content
    return not (v.pos_ == "AUX" and v.lemma_ != "be") and not _misread_verb(v)


def _misread_verb(v: Token) -> bool:
    """A participle or an ellipsis verb the parser read as a finite verb with a subject of its own."""
    return set_off_participle(v) or reduced_passive(v) or _elliptical(v) or _comma_participle(v)


# what an ellipsis verb may keep and still say nothing ('as did three Democrats on the panel')
_ELLIPSIS_PARTS = frozenset({"nsubj", "nsubjpass", "mark", "punct", "cc", "conj", "advmod", "prep", "npadvmod"})


def _elliptical(v: Token) -> bool:
    """'..., as did three Democrats', 'so was the mayor': 'do' or 'be' before its subject standing for a
    verb of the clause before, with no object or complement of its own; told alone it asks 'How many
    Democrats did?'."""
    subj = own_subject(v)
    if v.lemma_ not in ("do", "be") or subj is None or subj.i < v.i or v.i == 0:
        return False
    # 'as', 'than', 'so', 'nor' right before the verb: 'Among the dead was a child' is no ellipsis
    return v.doc[v.i - 1].lower_ in _ELLIPSIS_OPENERS and all(c.dep_ in _ELLIPSIS_PARTS for c in v.children)


_ELLIPSIS_OPENERS = word_set("ellipsis_openers")


def _comma_participle(v: Token) -> bool:
    """'won the women's marathon, staged between Marathon and Athens': a bare past participle after the
    object and a comma, joined by no 'and', describes that object (the marathon was staged); the
    parser's reading as the subject's second verb asks who 'staged'."""
    if v.dep_ != "conj" or v.i < 2 or v.doc[v.i - 1].text != "," or not _bare_participle(v):
        return False
    before = v.doc[v.i - 2]
    joined = any(c.dep_ == "cc" and v.head.i < c.i < v.i for c in v.head.children)
    return not joined and before.pos_ in ("NOUN", "PROPN") and before.head.i != v.i


def _bare_participle(v: Token) -> bool:
    """A past form that can be a participle, with no object, complement, subject or 'and' of its own; a
    regular '-ed' form is its own participle whatever lemma the tagger gives it ('staged': 'stag')."""
    if v.tag_ not in ("VBD", "VBN") or any(c.dep_ in _ACTIVE_PARTS for c in v.children):
        return False
    return v.lower_.endswith("ed") or v.lower_ in inflect_all(v.lemma_, "VBN")


# an object, complement or subject of its own marks a finite verb ('arrived, met the mayor')
_ACTIVE_PARTS = frozenset({"dobj", "dative", "ccomp", "xcomp", "nsubj", "nsubjpass", "aux", "auxpass", "attr",
                           "acomp", "oprd", "cc", "conj"})


def _heads_a_clause(v: Token) -> bool:
    """The verb's link is a clause's: main, reported, joined or adverbial, or a misread main clause."""
    return v.dep_ in ("ROOT", "ccomp", "conj", "advcl") or misread_main_clause(v)


def misread_main_clause(v: Token) -> bool:
    """'After days of listening to victims describe the abuse, doctor Larry Nassar turned to the court':
    the parser takes the opening phrase's verb for the main one and hangs the real main clause on its
    object as a relative clause; a relative clause opened by a comma and a named subject, with no
    relative word, is that main clause (a relative clause of a name after a comma takes 'who' or 'which')."""
    if v.dep_ != "relcl" or v.tag_ not in ("VBD", "VBZ"):
        return False
    subj = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
    return len(subj) == 1 and subj[0].tag_ == "NNP" and subj[0].i < v.i and _opened_by_comma(v, subj[0])


def _opened_by_comma(v: Token, subj: Token) -> bool:
    """The clause's subject comes right after a comma that follows the noun the clause hangs on, and no
    relative word ('which', 'who', 'that') comes before the verb."""
    if not after_comma(subj) or subj.left_edge.i <= v.head.i:
        return False
    return not any(c.tag_ in ("WDT", "WP", "WP$", "WRB") or c.lower_ == "that" for c in v.subtree if c.i < v.i)


def set_off_participle(v: Token) -> bool:
    """'Nashua Corp., rumored a takeover target for months, said ...': a participle set off by commas
    between a subject and its verb, which the parser may read as the subject's own past-tense verb
    (who rumored what?). The verb follows the subject and a comma and is joined after a comma to a
    second verb of the same subject: no sentence sets its own verb off from its subject so."""
    if v.tag_ not in ("VBD", "VBN") or v.i < 2 or v.nbor(-1).text != "," or not _comma_after_subject(v):
        return False
    return any(c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and v.doc[c.i - 1].text == ","
               and own_subject(c) is None for c in v.children)


def _comma_after_subject(v: Token) -> bool:
    """The verb's own subject ends with the comma right before it, and the verb has no auxiliary."""
    subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.i > v.i or any(c.dep_ in ("aux", "auxpass") for c in v.children):
        return False
    return subj.right_edge.i in (v.i - 2, v.i - 1)


def _named_subject(v: Token) -> Token | None:
    """The clause's one subject, when it is not a pronoun or a wh-word."""
    subj = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subj and _shares_head_subject(v):
        subj = [c for c in v.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    if len(subj) != 1:
        return None
    s = subj[0]
    if s.lower_ in _SUBJ_PRON or s.tag_ in ("WDT", "WP", "EX"):
        return None
    return s


def _shares_head_subject(v: Token) -> bool:
    """A verb joined to the main verb shares its subject ("X made judgments ... and promoted peace"),
    unless a reported clause or another subject's clause sits in between: then the verb more likely
    belongs to that clause."""
    return v.dep_ == "conj" and (v.head.dep_ == "ROOT" or misread_main_clause(v.head)) \
        and v.head.pos_ in ("VERB", "AUX") and \
        not any(c.dep_ == "ccomp" and c.i < v.i for c in v.head.children) and not _subject_between(v)


def _subject_between(v: Token) -> bool:
    """'The dispute took a turn Monday when the mayor called X a disgrace and said ...': a clause with
    its own subject between the first verb and its conjunct, whose verb the conjunct may share; the
    parser hangs the conjunct on the first verb, but whose subject it takes is unsure."""
    head = v.head
    for t in v.doc[head.i + 1:v.i]:
        if t.pos_ in ("VERB", "AUX") and t.dep_ in ("advcl", "relcl", "ccomp", "conj") and t.head.i < v.i and \
                any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ not in ("WDT", "WP") for c in t.children):
            return True
    return False


def _asserted(v: Token) -> bool:
    """A finite verb, not negated, not hypothetical: the clause states something that happened."""
    aux = auxiliaries(v)
    finite = aux[0].tag_ in ("MD", "VBZ", "VBP", "VBD") if aux else v.tag_ in ("VBZ", "VBP", "VBD")
    if not finite:
        return False
    if any(c.dep_ == "neg" for c in v.children) or _small_clause(v, aux):
        return False      # questions about what did not happen confuse learners
    return not conditional(v)      # "If Margaret said a beam would hold, ...": nothing happened


_SMALL_CLAUSE_HEADS = word_set("small_clause_verbs")


def _small_clause(v: Token, aux: list[Token]) -> bool:
    """'would see large companies immediately empowered': the object clause of a verb of seeing or
    causing, read by the tagger as a past tense, is no finite clause of its own."""
    return v.dep_ == "ccomp" and not aux and v.head.lemma_.lower() in _SMALL_CLAUSE_HEADS and \
        not any(c.dep_ == "mark" for c in v.children)


# 'when' opening a time clause ('where' may open a quoted claim: 'where "China is pursuing ..."')
_SUBORDINATING_WH = frozenset({"when", "whenever"})


def _subject_tokens(s: Token) -> list[int]:
    """The subject's words, without a participle clause hanging from it; a phrase the subject sets off
    with a comma keeps its closing comma ('A team of scientists, from X, is ...', not 'from X is')."""
    participles = {x.i for a in s.children if a.dep_ == "acl" and a.tag_ in ("VBN", "VBG") or _aside_on(a)
                   for x in a.subtree} | _subordinator_in_subject(s)
    return _with_closing_comma(s, without_loose_commas(s.doc, [i for i in _kept_subtree(s) if i not in participles]))


def _subordinator_in_subject(s: Token) -> set[int]:
    """'when Rovers defender Tom Elkin was judged': the clause's 'when' the parser hung inside its subject."""
    first = s.left_edge
    return {first.i} if first.tag_ == "WRB" and first.lower_ in _SUBORDINATING_WH else set()


def _aside_on(a: Token) -> bool:
    """', especially regarding the war in Iraq,': a phrase set off by commas that a focusing adverb opens
    comments on the subject; it does not say which one it is (', including the Dharahara Tower,' names
    some of them, and stays)."""
    opens = a.left_edge
    set_off = opens.i > 0 and a.doc[opens.i - 1].text == ","
    return a.dep_ == "prep" and set_off and opens.dep_ == "advmod" and opens.i < a.i


def _with_closing_comma(s: Token, out: list[int]) -> list[int]:
    """The subject with the comma after it when its last comma opens a phrase of its noun
    ('scientists, from X') that runs to the subject's end."""
    after = out[-1] + 1 if out else len(s.doc)
    if after < len(s.doc) and s.doc[after].text == "," and _set_off_to_end(s, out):
        return out + [after]
    return out


def _set_off_to_end(s: Token, out: list[int]) -> bool:
    last = next((i for i in reversed(out) if s.doc[i].text == ","), None)
    if last is None or last + 1 >= len(s.doc):
        return False
    phrase = s.doc[last + 1]
    return phrase.head.i == s.i and phrase.dep_ in ("prep", "appos", "amod") and phrase.right_edge.i == out[-1]


def _body_and_fronted(v: Token, s: Token) -> tuple[list[int], list[int]]:
    """The verb's kept dependants: those after the subject (body) and those before it (fronted)."""
    body = [v.i]
    fronted: list[int] = []
    for c in v.children:
        if _dropped_child(c, v, s):
            continue
        part = _kept_subtree(c)
        if c.i < s.i and c.dep_ not in ("aux", "auxpass"):
            fronted += part
        else:
            body += part
    kept = set(body)
    doc = v.doc
    # a comma of one part before words of another ('in Spain, nearly a decade ago')
    body += [i for i in range(min(kept), max(kept)) if i not in kept and comma_between_kept(doc[i], kept)]
    return body, fronted


def _pair_body_and_fronted(v: Token, s: Token) -> tuple[list[int], list[int]]:
    """The verb's kept dependants; of the first verb of a pair ('destroyed or severely damaged 300
    homes'), also the 'or' and the second verb with its own, which complete both."""
    body, fronted = _body_and_fronted(v, s)
    second = joined_verb(v)
    if second is None:
        return body, fronted
    more, front = _body_and_fronted(second, s)
    joints = [t.i for t in v.doc[v.i + 1:second.i]]
    return sorted({*body, *joints, *more}), sorted({*fronted, *front})


def _negating(t: Token) -> bool:
    """'neither the public nor ...': the 'neither' of 'neither ... nor' says no; without it the clause
    says yes ('the public nor the resources have been affected')."""
    return t.dep_ == "preconj" and t.lower_ == "neither"


def _dropped_child(c: Token, v: Token, s: Token) -> bool:
    """A dependant that is not part of the clause's main fact."""
    if c.i == s.i or (c.dep_ in _DROP and not needed_infinitive(c)) or \
            c.dep_ in ("cc", "conj", "mark", "punct", "nsubj", "nsubjpass"):
        return True
    # the quoted content of "..., the readout said": not this clause's fact
    return c.text in QUOTE_MARKS or _side_remark(c) or (c.dep_ == "ccomp" and v.dep_ == "ROOT" and c.i < v.i) \
        or _misplaced_part(c, v)


def _misplaced_part(c: Token, v: Token) -> bool:
    """A word the parser hung on the verb that belongs to a side clause or opens the verb's own."""
    return _before_its_mark(c, v) or _opening_wh(c, v) or _orphan_clock_mark(c) or _relative_of_cut_noun(c, v)


def _opening_wh(c: Token, v: Token) -> bool:
    """'... ended in a penalty when X was adjudged to have fouled Y': the 'when' the parser gives the side
    clause as an adverb is its subordinator; kept, the clause told alone opens 'When, X was ...'."""
    return c.dep_ == "advmod" and c.tag_ == "WRB" and c.lower_ in _SUBORDINATING_WH and \
        v.dep_ in ("advcl", "relcl") and c.i == v.left_edge.i


def _orphan_clock_mark(c: Token) -> bool:
    """'rose modestly after the report was released at 8:30 a.m.': an 'a.m.' the parser hung on the verb,
    away from its clock figure in a side clause; kept alone it ends the clause 'rose modestly a.m.'."""
    figure = c.doc[c.i - 1] if c.i > 0 else None
    return c.lower_ in _CLOCK_MARKS and figure is not None and figure.tag_ == "CD" and figure not in c.subtree


def _relative_of_cut_noun(c: Token, v: Token) -> bool:
    """'scrambling to get to safety as rivers burst their banks, swollen from days of heavy rain that in some
    areas came close to 2 feet': a 'that' clause right after a noun of a side clause is that noun's
    relative clause, which the parser read as the verb's complement; kept, it hangs off the wrong noun."""
    first = c.left_edge
    if c.dep_ != "ccomp" or first.lower_ not in ("that", "which") or first.i == 0:
        return False
    noun = c.doc[first.i - 1]
    if noun.pos_ not in ("NOUN", "PROPN") or noun.i < v.i:
        return False
    path = [noun, *noun.ancestors]
    return any(a.dep_ in _SIDE_CLAUSES for a in path[:path.index(v)]) if v in path else False


_SIDE_CLAUSES = frozenset({"advcl", "relcl", "parataxis"})     # clauses a cut leaves out of the verb's fact


def _before_its_mark(c: Token, v: Token) -> bool:
    """'(identified) soon after the photos were posted': an adverb before the clause's 'after' says how
    the clause stands to the one it hangs from; the clause told alone has no place for it ('When were
    the photos posted online soon?')."""
    return c.dep_ == "advmod" and (any(m.dep_ == "mark" and c.i < m.i for m in v.children) or _before_side_mark(c, v))


def _before_side_mark(c: Token, v: Token) -> bool:
    """'dropped 19% soon (after the numbers hit)': the parser hung the adverb of closeness on the verb, but it
    leads the side clause's 'after', and goes with that clause ('By how much did the stock drop soon?',
    judged edit); a manner adverb ('rose sharply after ...') is the verb's own and stays."""
    nxt = c.doc[c.i + 1] if c.i + 1 < len(c.doc) else None
    return c.lower_ in _CLOSE_AFTER and nxt is not None and nxt.dep_ == "mark" and nxt.head.dep_ == "advcl" \
        and nxt.head.head == v


def _side_remark(c: Token) -> bool:
    """'however', 'according to ...', ', the lowest in a decade': a comment on the fact, not the fact."""
    if _comment_adverb(c) or _comment_adverb_phrase(c):
        return True
    if c.dep_ == "prep" and c.lower_ == "according":
        return True
    return c.dep_ == "npadvmod" and c.pos_ == "ADJ" and after_comma(c)


def _comment_adverb(c: Token) -> bool:
    """A sentence adverb ('however', 'additionally'), or the writer's stance adverb opening the sentence
    ('Certainly the mayor wants ...'), which moved to the end would read tacked on ('Who wants ... certainly?')."""
    return c.dep_ == "advmod" and (c.lower_ in _SENT_ADVERBS or (c.lower_ in _STANCE and c.is_sent_start))


def _comment_adverb_phrase(c: Token) -> bool:
    """'Unfortunately for the hosts,': the 'for' phrase the parser hung on the verb goes with its adverb."""
    before = c.doc[c.i - 1] if c.i > 0 else None
    return c.lower_ == "for" and c.dep_ == "prep" and before is not None and _comment_adverb(before) and \
        before.head.i == c.head.i


_CONTENT_DEPS = {"ccomp", "xcomp"}


def _report_without_content(verb: Token, body: list[int]) -> bool:
    """True for a reporting verb whose reported content is not part of the clause."""
    kept = set(body)
    if any(c.dep_ == "ccomp" and c.i not in kept and not _relative_of_cut_noun(c, verb) for c in verb.children):
        return True       # the quotation before "..., X said" was left out
    if verb.lemma_.lower() not in REPORTING_VERBS:
        return False
    return not any(c.dep_ in _CONTENT_DEPS and c.i in kept for c in verb.children)


# A participle or infinitive needs what completes it: "with stages built" lost "to survive ...".
_COMPLEMENT_DEPS = {"advcl", "xcomp", "ccomp", "dobj", "oprd", "acomp", "agent", "prep"}


def cut_short(doc: Doc, idxs, own: int = -1) -> bool:
    """True when a kept verb form other than the clause's own verb lost the words that complete it:
    a participle modifying a noun ("stages built" of "stages built to survive stronger winds") or a
    verb whose object or complement clause was dropped as a side remark. The clause's own verb (`own`)
    may lose a side clause as a main verb does ('and attempted an apology, saying ...')."""
    kept = set(idxs)
    return any(_lost_complement(doc[i], kept, i == own) for i in kept)


def _lost_complement(t: Token, kept: set[int], own: bool) -> bool:
    """A kept verb form of cut_short's kinds lost a word that completes it (`own`: the clause's verb)."""
    if t.pos_ != "VERB" or t.dep_ not in ("acl", "amod", "pcomp", "xcomp", "conj"):
        return False
    if t.dep_ == "amod" and t.i < t.head.i:
        return False      # "a reported $12 million": a participle before its noun stands alone
    return any(c.dep_ in _COMPLEMENT_DEPS and c.i not in kept and not (own and _side_participle(c))
               for c in t.children)


def _side_participle(c: Token) -> bool:
    """', saying ...', ', killing ...': a participle clause set off by a comma, a side remark the verb
    does without (an infinitive, 'doing its best to stop them', is not)."""
    return c.dep_ == "advcl" and c.tag_ == "VBG" and after_comma(c)


# --------------------------------------------------------------------------- group names
def dangling_coordinator(doc: Doc, idxs: list[int], tail: bool = False) -> bool:
    """'sent IBM Corp. and in 1977', 'Saban, Meyer and recently participated': a kept 'and'/'or' whose
    following conjunct was left out (the parser hung it elsewhere), with words after it (`tail`: words
    moved to the end will follow): the list lost a member. A last 'and' with nothing after it is
    left out by the realiser; a verb's goes with the joined verb's own clause."""
    kept = set(idxs)
    last = max(kept, default=-1)
    return any(doc[i].dep_ == "cc" and (i < last or tail) and _lost_its_conjunct(doc[i], kept) for i in kept)


def _lost_its_conjunct(cc: Token, kept: set[int]) -> bool:
    head = cc.head
    if head.i not in kept or head.pos_ in ("VERB", "AUX"):
        return False
    return not any(c.dep_ == "conj" and c.i > cc.i and c.i in kept for c in head.children) and \
        not _joins_a_kept_conjunct(cc.doc, cc.i, kept)


def _joins_a_kept_conjunct(doc: Doc, cc: int, kept: set[int]) -> bool:
    """'received the invitation and currently 190 universities have accepted ...': the parser hung the
    'and' on a noun, but the kept words after it make up a joined clause, so nothing is lost."""
    nxt = next((j for j in range(cc + 1, max(kept) + 1) if j in kept), None)
    t = doc[nxt] if nxt is not None else None
    for _ in range(12):
        if t is None or t.i < cc or t.i not in kept:
            return False
        if t.dep_ == "conj":
            return True
        t = t.head if t.head.i != t.i else None
    return False


def _unsound_body(span: Span, v: Token, body: list[int]) -> bool:
    """'Festival director X said in a statement.': what was said was cut away; 'the merger of Warner
    Communications Inc. and Time Inc.' with 'Time Inc.' hung elsewhere: a list lost its last member."""
    return _lost_last_conjunct(span, body) or _report_without_content(v, _without_last_coordinator(span.doc, body)) \
        or _quotation_after_colon(span, body) or _inverted_attribution(v) or _clock_cut(span, body) \
        or _took_next_subject(span, body) or _distance_without_bearing(body, span.doc)


def _distance_without_bearing(body: list[int], doc: Doc) -> bool:
    """'landed on Hainan, about 400 miles (southwest of Hong Kong)': a distance kept without the place it
    is measured from says nothing ('... Hainan, about 400 miles.')."""
    kept = set(body)
    for i in body:
        t = doc[i]
        if t.ent_type_ != "QUANTITY" or t.pos_ != "NOUN":
            continue
        if any(c.i not in kept and c.i > t.i and _places_from(c) for c in t.children):
            return True
    return False


def _places_from(c: Token) -> bool:
    """A phrase under a distance naming where it is measured from ('southwest of Hong Kong', 'from Kabul')."""
    return any(x.dep_ == "prep" and x.lower_ in ("of", "from") and
               any(g.dep_ == "pobj" and g.ent_type_ in ("GPE", "LOC", "FAC") for g in x.children)
               for x in c.subtree)


def _took_next_subject(span: Span, body: list[int]) -> bool:
    """'The Dow closed at 10,365 as the S&P 500 (plunged 106 points)': the clause ends on a noun right
    before a finite verb the parser left without a subject; the noun is that verb's subject, and the
    statement without the verb ('... as the S&P 500.') says nothing."""
    nxt = max(body) + 1
    doc = span.doc
    if nxt >= span.end or doc[nxt - 1].pos_ not in ("NOUN", "PROPN", "NUM") or \
            doc[nxt - 1].ent_type_ in ("DATE", "TIME"):
        return False          # 'was on Sunday declared the winner': a date is no one's subject
    verb = doc[nxt]
    return verb.pos_ == "VERB" and verb.tag_ in ("VBD", "VBZ", "VBP") and \
        not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)


_CLOCK_MARKS = frozenset({"am", "pm", "a.m.", "p.m."})


def _clock_cut(span: Span, body: list[int]) -> bool:
    """'struck at 11.50 (am local time on March 28)': the parser took 'am' for a verb, so the clause ends
    on a clock figure without its 'am' ('The quake struck at 11.50.')."""
    last = max(body)
    doc = span.doc
    return last + 1 < span.end and doc[last].like_num and doc[last + 1].lower_ in _CLOCK_MARKS


def _comma_joined_report(v: Token) -> bool:
    """A reporting verb joined to the clause before it by a bare comma (', reported the Associated
    Press'), with no 'and' or 'but' before it: joined by a conjunction it is a second act of the
    subject, not an attribution."""
    if v.dep_ != "conj" or not reporting_verb(v) or v.i == 0 or v.doc[v.i - 1].text != ",":
        return False
    return not any(c.dep_ == "cc" for c in v.head.children if c.i < v.i)


def _inverted_attribution(v: Token) -> bool:
    """'The junta declared a ceasefire, reported the Associated Press.': a reporting verb after a comma,
    joined by no 'and', with its source after it, tells who reported the sentence; the parser made the
    source its object and the first clause's subject its own ('The junta reported the Associated Press')."""
    if not _comma_joined_report(v):
        return False
    source = next((c for c in v.children if c.dep_ in ("dobj", "nsubj") and c.i > v.i), None)
    return source is not None and source.ent_type_ in ("ORG", "PERSON", "NORP")


def _quotation_after_colon(span: Span, body: list[int]) -> bool:
    """'pledged to the new leaders: "I'm ready to work with you all."': what was pledged or said is the
    quotation after the colon; the clause without it says nothing."""
    last = max(body)
    return last + 2 < span.end and span.doc[last + 1].text == ":" and span.doc[last + 2].text in QUOTE_MARKS


def _lost_last_conjunct(span: Span, body: list[int]) -> bool:
    """The clause ends on an 'and' whose conjunct, the rest of the sentence, has no verb: a list member
    the parser hung elsewhere, not a next clause; without it the statement names one of two."""
    last = max(body)
    if span.doc[last].dep_ != "cc":
        return False
    rest = span.doc[last + 1:span.end]
    return any(t.is_alpha for t in rest) and not any(t.pos_ in ("VERB", "AUX") for t in rest)


def _without_last_coordinator(doc: Doc, body: list[int]) -> list[int]:
    """'named Alito a US attorney in New Jersey and': an 'and' (with its comma) that ends the clause
    because the parser hung the next clause's subject on it goes."""
    out = sorted(body)
    if not out or doc[out[-1]].dep_ != "cc":
        return body
    out.pop()
    if out and doc[out[-1]].text == ",":
        out.pop()
    return out


def _lost_small_clause(v: Token, body: list[int]) -> bool:
    """'the console sent its rivals scrambling', 'sent IBM and others scrambling': the word after the
    object completes it (the parser made it a clause of its own); without it the statement says
    something else ('the console sent its rivals in 1985')."""
    kept = set(body)
    return any(c.dep_ in ("advcl", "conj") and c.i > v.i and c.i not in kept and
               not any(m.dep_ in ("mark", "aux", "auxpass", "punct") for m in c.children) and
               _object_complement(v, c) for c in v.children)


def completes_object(v: Token, c: Token) -> bool:
    """A word group hung on the verb that completes its object ('sent its rivals scrambling'), which a
    statement of the verb's clause must keep."""
    return c.dep_ in ("advcl", "conj") and c.i > v.i and \
        not any(m.dep_ in ("mark", "aux", "auxpass", "punct", "cc") for m in c.children) and _object_complement(v, c)


def _object_complement(v: Token, c: Token) -> bool:
    """The left-out verb `c` reads the verb's object as its subject: it has a subject of its own right
    after the verb (no object), or it is a participle right after the verb's object."""
    objects = [o for o in v.children if o.dep_ == "dobj"]
    if not objects:
        return any(s.dep_ == "nsubj" and s.left_edge.i == v.i + 1 for s in c.children)
    return c.tag_ in ("VBG", "VBN") and any(o.right_edge.i + 1 == c.left_edge.i and _ends_on_itself(o)
                                            for o in objects)


def _ends_on_itself(o: Token) -> bool:
    """The object's last word belongs to its own noun phrase, not to a phrase or clause inside it
    ('his decision to impose ... to the Assembly initiating ...': the participle goes with 'Assembly')."""
    t = o.right_edge
    while t.i != o.i and t.head.i != t.i:
        if t.dep_ in ("prep", "pobj", "acl", "relcl") and not _of_a_name(t, o):
            return False
        t = t.head
    return True


def _of_a_name(t: Token, o: Token) -> bool:
    """'residents of Dorna': a name in an 'of' phrase on the object itself, which no participle after it
    describes (people and places do not 'rush into the streets' of their own in such a sentence)."""
    of = t if t.dep_ == "prep" else t.head
    return of.lower_ == "of" and of.head.i == o.i and t.doc[o.right_edge.i].pos_ == "PROPN" and \
        all(w.dep_ in ("prep", "pobj", "compound", "det") for w in of.subtree if w.i != of.i)


def group_names(clause: Clause, doc: Doc,
                named_before: Callable[[int, str], list[str]]) -> tuple[dict[int, str], dict[int, int]] | None:
    """"the two leaders" -> the names the article gave them, as (start -> text, start -> end) for the
    clause's `group` and `group_span`; None when a group of the clause cannot be named."""
    group: dict[int, str] = {}
    group_span: dict[int, int] = {}
    kept = set(clause.tokens)
    for i in clause.tokens:
        t = doc[i]
        if not _counted_group(t):
            continue
        if t.dep_ == "poss":
            return None
        names = _group_names(t, clause.sentence_id, named_before)
        if len(names) < 2:
            return None
        sub = sorted(x.i for x in t.subtree if x.i in kept)
        if any(doc[x].dep_ == "poss" or doc[x].lower_ in _POSS_PRON for x in sub if x != t.i):
            return None
        start = min(sub)
        # keep a following "of state" inside the replaced phrase ("the two heads of state")
        group[start] = f"{names[-2]} and {names[-1]}"
        group_span[start] = max(sub) + 1
    return group, group_span


def _counted_group(t: Token) -> bool:
    """A plural noun counted as a pair: "the two leaders", "both countries"."""
    if t.pos_ != "NOUN" or t.tag_ not in ("NNS",):
        return False
    dets = {c.lower_ for c in t.children if c.dep_ in ("det", "nummod", "predet")}
    return bool({"two", "both"} & dets)


def _group_names(t: Token, sentence_id: int, named_before: Callable[[int, str], list[str]]) -> list[str]:
    """The names earlier in the article that a group of people or of countries stands for; [] otherwise."""
    lemma = t.lemma_.lower()
    if lemma in PEOPLE_NOUNS:
        # a spokesperson reports on the pair ('Ernst said the two leaders ...') and is never one of them
        return [n for n in named_before(sentence_id, "person")
                if not introduced_as_spokesperson(text_of(t.doc), n)]
    if lemma in COUNTRY_NOUNS:
        return named_before(sentence_id, "country")
    return []


def quoted_after_object(c: Token, verb: Token) -> bool:
    """'X announced the death of Y with these words: "He has gone home"': a quotation set after the
    verb's own object and a colon is the wording of what was announced, not what was announced."""
    obj = next((o for o in verb.children if o.dep_ == "dobj" and o.pos_ in ("NOUN", "PROPN") and o.i < c.i), None)
    if obj is None or c.dep_ not in ("ccomp", "parataxis"):
        return False
    between = verb.doc[obj.right_edge.i + 1:c.left_edge.i + 1]
    return any(t.text == ":" for t in between) and any(t.text in QUOTE_MARKS for t in between)


def joined_to_date(noun: Token) -> bool:
    """'named X the winner on Friday and Russia offered its support': the parser joined the name to the
    date before it; no date and a name are one list, so the name is the next verb's subject."""
    return noun.dep_ == "conj" and noun.head.ent_type_ in ("DATE", "TIME") and noun.ent_type_ not in ("DATE", "TIME")
