"""Timeline labels that say nothing about what happened (issue 11): 'Joe Biden made the suggestion',
'A study in the journal took place', 'The drama began'. `label_shape` names the shape of a label
parsed alone (bench/empty_label_shapes.py counts the judges' verdicts per shape); the label stage
mends a label of a shape judged bad from its own sentence, or marks it as saying nothing."""
from __future__ import annotations

from collections.abc import Callable, Sequence

from spacy.tokens import Doc, Span, Token

from .clauses import reporting_verb
from .completeness import reparse
from .realise import HARD_LABEL_WORDS, Resolver, finish, subtree_text
from .syntax import SUBJECT_DEPS, first_child
from .took_place import taken_place, told_instead
from .unnamed_subjects import unsaid_subject
from .wordlists import tagged, word_set

_CONTENT_NOUNS = word_set("content_nouns")            # 'the suggestion', 'the claim'
_LIGHT_VERBS = word_set("light_verbs") | tagged("bare_statement_words", "act")   # 'made', 'released'
_ONSET_VERBS = word_set("bare_onset_verbs")           # 'began', 'emerged', 'reached (out)'
_DESCRIBING = word_set("describing_verbs")            # 'described how', 'pointed out that'
_FORECAST = word_set("forecast_words")                # 'is projected to', 'is expected to'
_MAYBE = word_set("opinion_modals")                  # 'could', 'would', 'might'
_CHANGES = word_set("amount_change_verbs")           # 'risen', 'doubled'
_PLANS = word_set("plan_verbs")                       # 'said it plans to', 'said it is preparing to'
_TOLD_PLANS = frozenset({"be", "plan", "aim"})        # 'X plans to sell': a simple present that is news
_FIGURES = ("MONEY", "PERCENT", "CARDINAL", "ORDINAL", "QUANTITY")
# what tells a clause's content or scene: without any of these a verb says only that something was
_FILLING_DEPS = frozenset({"dobj", "dative", "attr", "acomp", "ccomp", "xcomp", "prep", "agent", "oprd",
                           "advcl", "pobj", "npadvmod", "conj"})


def label_shape(doc: Doc) -> str:
    """The shape of a label parsed alone (see bench/empty_label_shapes.py for the list)."""
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None or root.pos_ not in ("VERB", "AUX"):
        return "no_verb"
    for shape, test in _SHAPES:
        if test(root):
            return shape
    return "act"


def light_abstract(root: Token) -> Token | None:
    """'Joe Biden made the suggestion', 'X released a statement': the object of a light verb is a noun of
    saying with nothing saying its content (no clause, no 'that', no quotation); that noun, else None."""
    if root.lemma_.lower() not in _LIGHT_VERBS or first_child(root, "ccomp", "xcomp") is not None:
        return None
    obj = first_child(root, "dobj")
    return obj if obj is not None and obj.lemma_.lower() in _CONTENT_NOUNS and not _told(obj) else None


def _told(noun: Token) -> bool:
    """The noun carries what was said: a clause, an apposition, an 'of' or 'that' phrase."""
    return any(c.dep_ in ("acl", "relcl", "ccomp", "appos") or c.dep_ == "prep" and c.lower_ in ("of", "that")
               for c in noun.children)


def saying_how(root: Token) -> bool:
    """'X described how the family had issues', 'Y pointed out that 10 occurred'."""
    return root.lemma_.lower() in _DESCRIBING and any(c.dep_ == "ccomp" for c in root.children)


def bare_onset(root: Token) -> bool:
    """'The drama began', 'The New York Police Department reached out': a verb of beginning or coming
    with nothing after it but a particle or an adverb."""
    return root.lemma_.lower() in _ONSET_VERBS and bare_verb(root) and not passive(root)


def bare_verb(root: Token) -> bool:
    """A verb with no object, complement or phrase of its own: only its subject, a particle, adverbs."""
    return not any(c.dep_ in _FILLING_DEPS for c in root.children)


def forecast(root: Token) -> bool:
    """'The economy is projected to grow', 'A device will be built', 'It could close'."""
    if any(c.tag_ == "MD" for c in root.children if c.dep_ in ("aux", "auxpass")):
        return True
    return _projected(root) or root.lemma_ == "be" and any(c.lower_ == "likely" for c in root.children)


def _projected(root: Token) -> bool:
    """'is projected to grow', 'is expected to close': a verb of forecasting with what is forecast."""
    return root.lemma_.lower() in _FORECAST and root.tag_ == "VBN" and first_child(root, "xcomp") is not None


def perfect(root: Token) -> bool:
    """'Police violence has risen', 'Trump has attended': a present perfect."""
    return any(c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ in ("VBZ", "VBP") for c in root.children) and \
        root.tag_ == "VBN"


def progressive(root: Token) -> bool:
    """'The government was spending', 'They are meeting': a progressive."""
    return root.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in root.children)


def copula(root: Token) -> bool:
    """'be' as the main verb ('Sales were $8.59 billion', 'Rahami was in custody')."""
    return root.lemma_ == "be"


def copula_state(root: Token) -> bool:
    """'Rahami was in custody', 'Elian Gonzalez was in Florida': 'be' as the main verb with an adjective or
    a phrase, with no figure, rank, noun ('was the upset winner'), plan ('was to speak') or passive
    participle ('was slain') in the label: a state, no happening."""
    if root.lemma_ != "be" or any(c.dep_ in ("xcomp", "attr") or c.tag_ == "VBN" for c in root.children):
        return False
    return not any(t.like_num or t.ent_type_ in _FIGURES for t in root.doc)


def present(root: Token) -> bool:
    """'Donald Trump falls short' (after 'if'), 'The wolf arrives', 'X expects to be part of a series': a
    simple present of a verb other than 'be' with no auxiliary. On a dated line it mostly tells a habit,
    a standing state, a condition or a photo caption, not a happening of that date; a plan or aim told
    ('Toshiba plans to sell its stake') is news of its day, so it is not of this shape."""
    return root.tag_ in ("VBZ", "VBP") and root.lemma_ not in _TOLD_PLANS and \
        not any(c.dep_ in ("aux", "auxpass") for c in root.children)


def passive(root: Token) -> bool:
    return any(c.dep_ == "auxpass" for c in root.children)


def taken_place_bare(root: Token) -> bool:
    """'The announcement took place', 'The accident occurred': taking place said of a noun with no name,
    number or phrase saying which."""
    subj = first_child(root, *SUBJECT_DEPS)
    return taken_place(root) and subj is not None and subj.pos_ == "NOUN" and not any(
        t.pos_ in ("PROPN", "NUM") or t.dep_ in ("prep", "relcl", "acl", "poss") for t in subj.subtree if t is not subj)


def empty_saying(root: Token) -> bool:
    """A saying whose content the label leaves out: 'X made the claim', 'Y described how the family had
    issues' (light_abstract or saying_how)."""
    return light_abstract(root) is not None or saying_how(root)


def said_content(root: Token) -> Token | None:
    """The clause a saying label reports, with a subject of its own ('Doctors said [Slayman is
    recovering]'), when the root is a past or present verb of saying; else None."""
    content = first_child(root, "ccomp") if reporting_verb(root) else None
    return content if content is not None and first_child(content, *SUBJECT_DEPS) is not None else None


def said_now(root: Token) -> bool:
    """'Doctors said Slayman is recovering well', 'Amazon said it is buying Whole Foods', 'X says Facebook
    has improved its practices': what was said is in the present tense, how the speaker sees things as
    the article is written, not a happening of the saying's date; a plan ('will', 'plans to', 'is to',
    'is ready to') is one."""
    told = _said_verb_group(root)
    return told is not None and told[2].tag_ in ("VBZ", "VBP") and not planned_content(told[0], told[1])


def said_past_act(root: Token) -> bool:
    """'X said a warplane had attacked a convoy', 'Y said the commander left the cockpit': a saying of a
    past act (not 'was', 'had', a progressive or a modal's), whose own happening the label tells only
    second hand."""
    told = _said_verb_group(root)
    if told is None:
        return False
    content, auxes, finite = told
    return finite.tag_ == "VBD" and not _stative(content, auxes) and not planned_content(content, auxes)


def _said_verb_group(root: Token) -> tuple[Token, list[Token], Token] | None:
    """(verb, auxiliaries before it, finite word) of the clause a saying label reports, else None."""
    content = said_content(root)
    if content is None:
        return None
    auxes = [c for c in content.children if c.dep_ in ("aux", "auxpass") and c.i < content.i]
    return content, auxes, auxes[0] if auxes else content


def _stative(verb: Token, auxes: list[Token]) -> bool:
    """'was', 'had', 'were looking': a state or a progressive (a passive 'was closed' is an act)."""
    return verb.tag_ == "VBG" or verb.lemma_ in ("be", "have") and not any(a.dep_ == "auxpass" for a in auxes)


def planned_content(content: Token, auxes: list[Token]) -> bool:
    """'will close', 'plans to close', 'is to close', 'is ready to close': what was said is a plan, or a
    change told by its infinitive ('conditions appear to be deteriorating')."""
    if any(a.tag_ == "MD" for a in auxes) or content.lemma_.lower() in _PLANS:
        return True
    heads = [content, *(c for c in content.children if c.dep_ == "acomp")]
    return any(c.dep_ == "xcomp" and first_child(c, "aux") is not None for h in heads for c in h.children)


def hypothetical(root: Token) -> bool:
    """'It could close', 'They would vote', 'The economy is projected to grow': a possibility or a
    forecast, not a plan ('will') or a happening."""
    return _projected(root) or \
        any(c.tag_ == "MD" and c.lower_ in _MAYBE for c in root.children if c.dep_ in ("aux", "auxpass"))


def perfect_trend(root: Token) -> bool:
    """'Police violence has risen', 'Sales have doubled': a present perfect of a change in amount."""
    return perfect(root) and root.lemma_.lower() in _CHANGES


# tried in this order, the first that fits names the shape (a modal before a bare verb, ...)
_SHAPES = (("hypothetical", hypothetical), ("perfect_trend", perfect_trend), ("took_place_bare", taken_place_bare),
           ("took_place", taken_place), ("empty_saying", empty_saying), ("said_now", said_now),
           ("said_past_act", said_past_act), ("forecast", forecast), ("perfect", perfect),
           ("progressive", progressive), ("copula_state", copula_state), ("present", present), ("copula", copula),
           ("bare_onset", bare_onset), ("bare_verb", bare_verb), ("passive", passive))


# Shapes that judges called bad in at least 80 % of at least 8 judged labels (bench/empty_label_shapes.py:
# progressive 28 of 34, copula_state 29 of 32, empty_saying 12 of 14; bench/saying_label_shapes.py:
# said_now 18 of 19; present 69 of 82 once the shapes before it take theirs, simple presents
# of any date, planned or not): what is left of such a label after mending says nothing about what happened.
_EMPTY = {"progressive": "tells an ongoing activity, not a happening",
          "copula_state": "tells a state, not a happening",
          "empty_saying": "tells that something was said, not what",
          "said_now": "tells what someone said holds now, not a happening",
          "present": "tells a habit, state or condition in the present, not a happening"}


def empty_shape(label: str) -> str:
    """The gated empty shape of a label parsed alone ('' for none): see `_EMPTY`."""
    shape = label_shape(reparse(label)) if label else ""
    return shape if shape in _EMPTY else ""


def mended(label: str, verb: Token | None, span: Span, blocked: set[int], referents: Resolver) -> str:
    """The label with what its empty shape dropped told from its own sentence: a noun of saying with
    its clause ('X made the claim' -> 'X made the claim that Y'), 'took place' replaced by the noun's
    own verb ('A study took place' -> 'A study was published in Nature'). The label itself when it is
    of no such shape or its sentence tells no more."""
    root = next((t for t in reparse(label) if t.dep_ == "ROOT"), None) if label else None
    if root is None:
        return label
    if taken_place(root):
        return told_instead(root, span, blocked, referents) or label
    obj = light_abstract(root)
    return (_content_told(root, obj, verb, blocked) if obj is not None and verb is not None else "") or label


def _content_told(root: Token, obj: Token, verb: Token, blocked: set[int]) -> str:
    """'Hillary Clinton made the claim during an event' -> '... made the claim that Russia hacked ...':
    the clause or 'that' phrase the sentence gives the noun, put after the noun; '' without one, or
    when the label would run past a headline's hard length."""
    said = next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_ == obj.lemma_), None)
    content = first_child(said, "acl", "relcl", "ccomp") if said is not None else None
    if content is None:
        return ""
    told = subtree_text(content, blocked)
    doc = root.doc
    text = finish(f"{doc[:obj.right_edge.i + 1].text} {told} {doc[obj.right_edge.i + 1:].text}")
    return text if len(text.split()) <= HARD_LABEL_WORDS and empty_shape(text) == "" else ""


def left_out(labels: Sequence[tuple[str, tuple, bool]]) -> list[bool]:
    """For each (label, date, is_lead) of a timeline, whether it is left off: a label of an empty shape
    (`empty_shape`) goes where another event, of no empty shape, tells its date, unless it is the lead's.
    A date's only event and the lead's stay, as a lost date costs the timeline more than a weak line
    (events._fitted keeps them alike); `review_notes` tells the teacher why to edit them."""
    empty = [bool(empty_shape(label)) for label, _, _ in labels]
    told = {date for (_, date, _), e in zip(labels, empty) if not e}
    return [e and date in told and not lead for e, (_, date, lead) in zip(empty, labels)]


# Shapes judged bad in at least 70 % of at least 8 judged labels (bare_onset 28 of 39, took_place_bare 19
# of 25; bench/saying_label_shapes.py: said_past_act 12 of 16): demoted, not dropped; the teacher's review
# notes them.
_WEAK = {"bare_onset": "says only that something began or came, not what",
         "took_place_bare": "says only that an unnamed happening took place",
         "said_past_act": "tells who said something happened, not the happening itself"}


def review_notes(labels: Sequence[str], dated: Callable[[int], str]) -> list[str]:
    """A note for the teacher's review for each timeline label of an empty shape that was kept, or of a
    weak one (`dated(k)` says the date of the k-th)."""
    notes = []
    for k, label in enumerate(labels):
        doc = reparse(label) if label else None
        shape = label_shape(doc) if doc is not None else ""
        why = _EMPTY.get(shape) or _WEAK.get(shape) or (unsaid_subject(doc) if doc is not None else "")
        if why:
            notes.append(f"Timeline event of {dated(k)} '{label}' {why}: edit its label.")
    return notes
