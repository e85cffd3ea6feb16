"""Timeline labels that say nothing about what happened (issue 11): 'Joe Biden made the suggestion',
'A study in the journal took place', 'The drama began'. `label_shape` names the shape of a label
parsed alone (bench/empty_label_shapes.py counts the judges' verdicts per shape); the label stage
mends a label of a shape judged bad from its own sentence, or marks it as saying nothing."""
from __future__ import annotations

from collections.abc import Callable, Sequence

from spacy.tokens import Doc, Span, Token

from .completeness import reparse
from .realise import HARD_LABEL_WORDS, Resolver, finish, np_text, realise
from .unnamed_subjects import unsaid_subject
from .wordlists import tagged, word_set

_CONTENT_NOUNS = word_set("content_nouns")            # 'the suggestion', 'the claim'
_LIGHT_VERBS = word_set("light_verbs") | tagged("bare_statement_words", "act")   # 'made', 'released'
_ONSET_VERBS = word_set("bare_onset_verbs")           # 'began', 'emerged', 'reached (out)'
_DESCRIBING = word_set("describing_verbs")            # 'described how', 'pointed out that'
_TAKING_PLACE = word_set("taking_place_verbs")        # 'took place', 'occurred'
_PUBLISHED = word_set("published_work_nouns")         # 'a study (in Nature)'
_FORECAST = word_set("forecast_words")                # 'is projected to', 'is expected to'
_MAYBE = word_set("opinion_modals")                  # 'could', 'would', 'might'
_CHANGES = word_set("amount_change_verbs")           # 'risen', 'doubled'
_FIGURES = ("MONEY", "PERCENT", "CARDINAL", "ORDINAL", "QUANTITY")
_SUBJECTS = ("nsubj", "nsubjpass", "expl", "csubj")
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


def taken_place(root: Token) -> bool:
    """'A study took place', 'The attack occurred': a noun said to have taken place."""
    lemma = root.lemma_.lower()
    place = any(c.dep_ == "dobj" and c.lower_ == "place" for c in root.children)
    return lemma in _TAKING_PLACE and (lemma != "take" or place)


def light_abstract(root: Token) -> Token | None:
    """'Joe Biden made the suggestion', 'X released a statement': the object of a light verb is a noun of
    saying with nothing saying its content (no clause, no 'that', no quotation); that noun, else None."""
    if root.lemma_.lower() not in _LIGHT_VERBS or _child(root, ("ccomp", "xcomp")) is not None:
        return None
    obj = _child(root, ("dobj",))
    return obj if obj is not None and obj.lemma_.lower() in _CONTENT_NOUNS and not _told(obj) else None


def _child(tok: Token, deps: tuple[str, ...]) -> Token | None:
    return next((c for c in tok.children if c.dep_ in deps), None)


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
    return root.lemma_.lower() in _FORECAST and root.tag_ == "VBN" and _child(root, ("xcomp",)) is not None


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


def passive(root: Token) -> bool:
    return any(c.dep_ == "auxpass" for c in root.children)


def taken_place_bare(root: Token) -> bool:
    """'The announcement took place', 'The accident occurred': taking place said of a noun with no name,
    number or phrase saying which."""
    subj = next((c for c in root.children if c.dep_ in _SUBJECTS), None)
    return taken_place(root) and subj is not None and subj.pos_ == "NOUN" and not any(
        t.pos_ in ("PROPN", "NUM") or t.dep_ in ("prep", "relcl", "acl", "poss") for t in subj.subtree if t is not subj)


def empty_saying(root: Token) -> bool:
    """A saying whose content the label leaves out: 'X made the claim', 'Y described how the family had
    issues' (light_abstract or saying_how)."""
    return light_abstract(root) is not None or saying_how(root)


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
           ("took_place", taken_place), ("empty_saying", empty_saying), ("forecast", forecast), ("perfect", perfect),
           ("progressive", progressive), ("copula_state", copula_state), ("copula", copula), ("bare_onset", bare_onset),
           ("bare_verb", bare_verb), ("passive", passive))


# Shapes that judges called bad in at least 80 % of at least 8 judged labels (bench/empty_label_shapes.py:
# progressive 28 of 34, copula_state 29 of 32, empty_saying 12 of 14): what is left of such a label after
# mending says nothing about what happened.
_EMPTY = {"progressive": "tells an ongoing activity, not a happening",
          "copula_state": "tells a state, not a happening",
          "empty_saying": "tells that something was said, not what"}


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
        return _place_taker_told(root, span, blocked, referents) or label
    obj = light_abstract(root)
    return (_content_told(root, obj, verb, blocked) if obj is not None and verb is not None else "") or label


def _place_taker_told(root: Token, span: Span, blocked: set[int], referents: Resolver) -> str:
    """'X took place' told by the noun's own participle in the sentence, or as a work's publishing."""
    own = _own_verb_told(root, span.sent, blocked | set(range(span.start, span.end)), referents)
    return own or _published_in(root)


def _content_told(root: Token, obj: Token, verb: Token, blocked: set[int]) -> str:
    """'Hillary Clinton made the claim during an event' -> '... made the claim that Russia hacked ...':
    the clause or 'that' phrase the sentence gives the noun, put after the noun; '' without one, or
    when the label would run past a headline's hard length."""
    said = next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_ == obj.lemma_), None)
    content = _child(said, ("acl", "relcl", "ccomp")) if said is not None else None
    if content is None:
        return ""
    told = _words(content, blocked)
    doc = root.doc
    text = finish(f"{doc[:obj.right_edge.i + 1].text} {told} {doc[obj.right_edge.i + 1:].text}")
    return text if len(text.split()) <= HARD_LABEL_WORDS and empty_shape(text) == "" else ""


def _words(head: Token, blocked: set[int]) -> str:
    """The words of a token's phrase, without the blocked ones (the date's)."""
    return realise(head.doc, [t.i for t in head.subtree if t.i not in blocked], headline=True)


def _own_verb_told(root: Token, sent: Span, blocked: set[int], referents: Resolver) -> str:
    """'A study in Nature Climate Change took place' of 'a study published Monday in Nature Climate
    Change': the participle the sentence gives the noun tells its happening ('A study was published in
    Nature Climate Change'); '' when the sentence gives it none."""
    noun = _same_noun(_child(root, _SUBJECTS), sent)
    acl = next((c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"), None) if noun is not None else None
    if acl is None:
        return ""
    name = np_text(noun, blocked | {t.i for t in acl.subtree}, referents)
    done = _words(acl, blocked)
    text = finish(f"{name} {_be(root, noun)} {done}") if name and done else ""
    return text if 3 <= len(text.split()) <= HARD_LABEL_WORDS else ""


def _published_in(root: Token) -> str:
    """'A study in Nature Climate Change took place' -> 'A study was published in Nature Climate Change':
    a written work 'in' a publication was published there; '' for other nouns, or a planned one."""
    subj = _child(root, _SUBJECTS)
    where = _in_phrase(subj) if subj is not None and subj.lemma_.lower() in _PUBLISHED else None
    if where is None or _child(root, ("aux",)) is not None:
        return ""
    inside = {t.i for t in where.subtree}
    name = realise(root.doc, [t.i for t in subj.subtree if t.i not in inside], headline=True)
    text = finish(f"{name} {'were' if subj.tag_ == 'NNS' else 'was'} published {_words(where, set())}")
    return text if len(text.split()) <= HARD_LABEL_WORDS else ""


def _in_phrase(noun: Token) -> Token | None:
    return next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "in"), None)


def _same_noun(subj: Token | None, sent: Span) -> Token | None:
    """The sentence's noun a label's subject was made from (the first of its lemma)."""
    return next((t for t in sent if t.pos_ == "NOUN" and t.lemma_ == subj.lemma_), None) if subj is not None else None


def _be(root: Token, noun: Token) -> str:
    """'will be' for a planned 'will take place', else 'was' or 'were' agreeing with the noun."""
    if _child(root, ("aux",)) is not None and any(c.tag_ == "MD" for c in root.children):
        return "will be"
    return "were" if noun.tag_ == "NNS" else "was"


def left_out(labels: Sequence[tuple[str, tuple, bool]]) -> list[bool]:
    """For each (label, date, is_lead) of a timeline, whether it is left off: a label of an empty shape
    (`empty_shape`) goes where another event, of no empty shape, tells its date, unless it is the lead's.
    A date's only event and the lead's stay, as a lost date costs the timeline more than a weak line
    (events._fitted keeps them alike); `review_notes` tells the teacher why to edit them."""
    empty = [bool(empty_shape(label)) for label, _, _ in labels]
    told = {date for (_, date, _), e in zip(labels, empty) if not e}
    return [e and date in told and not lead for e, (_, date, lead) in zip(empty, labels)]


# Shapes judged bad in at least 70 % of at least 8 judged labels (bare_onset 28 of 39, took_place_bare 19
# of 25): demoted, not dropped; the teacher's review notes them.
_WEAK = {"bare_onset": "says only that something began or came, not what",
         "took_place_bare": "says only that an unnamed happening took place"}


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
