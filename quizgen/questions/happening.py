"""'What did X do?' / 'What happened to X?' on the main happening of the lead or of a headline sentence:
the deed as the answer, and deeds of other actors of the article, in the same form, as wrong options."""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from ..clauses import ATTRIBUTION_VERBS, Clause
from ..phrasing import base_form, inflect
from ..realise import realise
from ..wordlists import word_set
from ..model import Question
from .clauses import inside_brackets, pronoun_problem
from .context import Context, norm, question, word_count
from .distractors import shuffled
from .main_clause import main_clause, tells_main_story

KIND = "multiple_choice"
FOCUS = "what:deed"
_REPORTING = ATTRIBUTION_VERBS
_STOP = word_set("ranker_stopwords")
# a doer the deed is asked of: a name, or a common noun of someone who acts ('the jury', 'the coach')
_ACTORS = word_set("actor_nouns") | word_set("roles") | word_set("person_role_nouns") | word_set("org_role_nouns")
_ACTOR_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
# a state is no deed: 'was the winner', 'had a chance'
_STATIVE = word_set("stative_verbs")
_QUOTE_MARKS = frozenset("\"“”‘’")
_MIN_DEED, _MAX_DEED = 2, 12        # words of an option
_SUBJECT_DEPS = frozenset({"nsubj"})
# what may not hang on the verb of a deed asked on its own: a negation, an auxiliary ('may close'; see
# _FORM_DEPS for 'has closed' and 'was closed'), a clause or infinitive the deed needs
_NOT_PLAIN = frozenset({"neg", "aux", "auxpass", "nsubjpass", "ccomp", "xcomp", "csubj"})
# what each form of the deed has on its verb, which the plain past may not: its auxiliary, its subject
_FORM_DEPS = {"past": frozenset(), "perfect": frozenset({"aux"}), "passive": frozenset({"auxpass", "nsubjpass"})}


# a verb of a clause with a subject of its own ('X closed ...', '..., and Y opened ...', '..., after Z left')
_OWN_CLAUSE = frozenset({"ROOT", "conj", "advcl"})


@dataclass(frozen=True)
class Deed:
    """What an actor did, in one clause: its subject's words and the deed as a phrase in the past."""

    clause: Clause
    subject: str
    head: str                 # the subject's head word, lower-cased: whose deed it is
    text: str                 # 'closed the border crossing at Busia'
    when: str = ""            # a date written before the subject ('on Friday'), asked with the deed
    named: bool = False       # the doer is named ('Lehman'), not described ('the firm', who may be Lehman)
    sort: str = ""            # the kind of the first name or number in the deed ('GPE' of 'faced Panama'):
                              # a bare 'made a change' may be true of the asked actor too, and an option
                              # naming a person beside ones naming a country stands out
    passive: bool = False     # what was done to the subject ('was arrested ...'): asked 'What happened to X?'


def generate(ctx: Context) -> list[Question]:
    """One question per main happening of the lead or of a headline sentence, when the article has
    three deeds of other actors, in the same form, to offer beside it."""
    deeds = [d for sid in sorted(ctx.clauses) for c in ctx.clauses[sid] for d in [_deed(ctx, c)] if d]
    out = []
    for d in deeds:
        if d.clause.verb.dep_ != "ROOT" or not d.named or not d.sort or \
                not tells_main_story(ctx, d.clause.sentence_id):
            continue      # a side clause's deed is only a wrong option; 'the firm' may be any firm
        q = _question(d, deeds)
        if q is not None:
            out.append(q)
    return out


def _deed(ctx: Context, clause: Clause) -> Deed | None:
    """The clause's deed, when the article itself states that its named or described actor did it (or,
    in the passive, that it was done to it) in the past, in words that read on their own."""
    v, doc = clause.verb, ctx.doc
    form = _plain_form(ctx, clause)
    if form is None:
        return None
    c = main_clause(clause)
    head = _subject_head(doc, c, v, _SUBJECT_DEPS | _FORM_DEPS[form])
    if head is None or not _actor(head):
        return None
    body = _deed_body(c, v, form)
    if not _reads_alone(doc, c, body):
        return None
    text = _deed_text(doc, v, body, form)
    subject = realise(doc, c.subject)
    if not _MIN_DEED <= word_count(text) <= _MAX_DEED or not subject:
        return None
    when = realise(doc, c.fronted).strip(" ,") if c.fronted else ""
    named = head.pos_ == "PROPN" or head.ent_type_ in _ACTOR_ENTS
    sort = next((doc[i].ent_type_ for i in body if i != v.i and doc[i].ent_type_), "")
    return Deed(clause, subject, head.lemma_.lower(), text, when[:1].lower() + when[1:], named, sort,
                form == "passive")


def _plain_form(ctx: Context, clause: Clause) -> str | None:
    """The verb's form (see _form) when the clause is the article's own plain statement of a deed: not
    quoted, not a group, not a report or a state, and with no dependant that colours it for its form."""
    v = clause.verb
    form = _form(v)
    if clause.quoted or v.i in ctx.quoted or clause.group or form is None or \
            v.lemma_.lower() in _REPORTING | _STATIVE:
        return None
    allowed = _FORM_DEPS[form]
    if v.dep_ not in _OWN_CLAUSE or any(c.dep_ in _NOT_PLAIN - allowed for c in v.children):
        return None
    return form


def _deed_body(c: Clause, v: Token, form: str) -> list[int]:
    """The clause's words from the deed's verb on; a passive deed starts at its 'was'/'were' ('was
    arrested on Monday')."""
    start = min([a.i for a in v.children if a.dep_ == "auxpass"] + [v.i]) if form == "passive" else v.i
    return [i for i in c.body if i >= start]


def _subject_head(doc: Doc, c: Clause, v: Token, deps: frozenset[str]) -> Token | None:
    """The head word of the clause's subject that hangs on the verb itself, or None."""
    return next((doc[i] for i in c.subject if doc[i].dep_ in deps and doc[i].head.i == v.i), None)


def _deed_text(doc: Doc, v: Token, body: list[int], form: str) -> str:
    """The deed in the article's words, without its closing punctuation."""
    # 'has passed a law' is told as the deed it reports, 'passed a law', like the other options
    past = inflect(base_form(v), "VBD") if form == "perfect" else None
    return realise(doc, body, {v.i: (v.i + 1, past)} if past else None).rstrip(" ,;:.")


def _form(v) -> str | None:
    """'past' ('closed'), 'perfect' ('has closed', a deed done, as the leads of news stories tell
    it; not 'has been', a state) or 'passive' ('was arrested', 'were killed'); None for any other."""
    aux = [c for c in v.children if c.dep_ in ("aux", "auxpass")]
    if v.tag_ == "VBD":
        return "past"
    if v.tag_ != "VBN" or v.lemma_.lower() == "be" or len(aux) != 1 or aux[0].tag_ not in ("VBZ", "VBP", "VBD"):
        return None
    if aux[0].dep_ == "aux" and aux[0].lemma_.lower() == "have" and aux[0].tag_ != "VBD":
        return "perfect"
    return "passive" if aux[0].dep_ == "auxpass" and aux[0].lower_ in ("was", "were") else None


def _actor(head) -> bool:
    """A subject that does things: a person, a body, a country, or a noun of someone who acts."""
    if head.pos_ == "PROPN" or head.ent_type_ in _ACTOR_ENTS:
        return head.ent_type_ in _ACTOR_ENTS or not head.ent_type_
    return head.pos_ == "NOUN" and head.lemma_.lower() in _ACTORS


def _reads_alone(doc: Doc, c: Clause, body: list[int]) -> bool:
    """The deed is one run of the sentence after the subject (the option is the article's own
    words), with no quotation, no bracket and no pronoun the learner cannot resolve."""
    words = [i for i in body if not doc[i].is_punct]
    if not words or words != list(range(words[0], words[-1] + 1)):
        return False
    idxs = c.subject + body
    # the deed is an option on its own, away from its subject: it must not lean on it ('her new song')
    return not (any(doc[i].text in _QUOTE_MARKS for i in idxs) or pronoun_problem(doc, idxs)
                or pronoun_problem(doc, body) or any(inside_brackets(doc, i) for i in idxs))


def _question(d: Deed, deeds: list[Deed]) -> Question | None:
    """'What did the council do?' with the deed and three deeds of other actors closest to its length."""
    subject = d.subject if _proper_start(d) else d.subject[:1].lower() + d.subject[1:]
    ask = f"What happened to {subject}" if d.passive else f"What did {subject} do"
    prompt = f"{ask} {d.when}".rstrip() + "?"
    if word_count(prompt) > 16:
        return None
    others = _wrong_deeds(d, deeds)
    if len(others) < 3:
        return None
    choices = tuple(shuffled([d.text, *others], prompt))
    return question(KIND, prompt, d.text, d.clause.sentence_id, choices=choices, focus=FOCUS)


def _proper_start(d: Deed) -> bool:
    doc = d.clause.verb.doc
    first = doc[d.clause.subject[0]]
    return first.pos_ == "PROPN" or bool(first.ent_type_)


def _wrong_deeds(d: Deed, deeds: list[Deed]) -> list[str]:
    """Deeds of other named actors of other sentences, naming a thing of the answer's kind: not the
    same doer, nor the answer's words past its verb ('faced Panama' beside 'faced South Korea' is
    another deed), so none is a second right option ('the firm earned ...' may be the asked
    company's own deed); the three closest to the answer's length (no length cue)."""
    mine = _content(_past_verb(d.text)) | _content(d.subject)
    seen = {norm(d.text)}
    pool = []
    for o in deeds:
        if not o.named or o.sort != d.sort or not _same_form(o, d) or o.clause.sentence_id == d.clause.sentence_id \
                or o.head == d.head or _content(o.subject) & _content(d.subject):
            continue
        if norm(o.text) in seen or _content(_past_verb(o.text)) & mine:
            continue
        seen.add(norm(o.text))
        pool.append(o.text)
    target = word_count(d.text)
    pool.sort(key=lambda t: (abs(word_count(t) - target), t))
    return pool[:3]


def _same_form(o: Deed, d: Deed) -> bool:
    """Deeds done beside deeds done, and 'was fined' beside 'was arrested', never beside 'were
    killed' (the number of the verb would point at the answer)."""
    return o.passive == d.passive and (not d.passive or o.text.split()[0] == d.text.split()[0])


def _past_verb(text: str) -> str:
    return text.split(" ", 1)[1] if " " in text else ""


def _content(text: str) -> set[str]:
    return {w for w in norm(text).split() if len(w) > 2 and w not in _STOP}
