"""'Why' questions: the cause ("because ...") or purpose ("to ...", "in order to ...") a sentence states
for its own main clause, asked with three reasons of the same form from elsewhere in the article."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Token

from ..memo import per_document
from ..model import Question
from ..phrasing import base_form
from ..clauses import ATTRIBUTION_VERBS, Clause
from ..realise import fronted_question, realise, statement
from ..wordlists import word_set
from .clauses import inside_brackets, pronoun_problem
from .context import Context, norm, question, word_count
from .distractors import shuffled
from .main_clause import main_clause, tells_main_story

KIND = "why"
PURPOSE_FOCUS = "why:purpose"     # a reason read from a bare 'to ...' (worth.quiz_doubt keeps it out of the quiz)
_REPORTING = ATTRIBUTION_VERBS
_INFINITIVE_OBJECT_VERBS = word_set("infinitive_object_verbs")
_EVENT_NOUNS = word_set("event_nouns")
_GENERIC = word_set("generic_happening_nouns")
_CONDITIONS = {"if", "unless", "whether", "lest"}
_STATIVE = word_set("stative_verbs") | word_set("wish_verbs")
QUOTE_MARKS = frozenset("\"“”‘’")
_MIN_PROMPT, _MAX_PROMPT = 4, 22        # words of the question
_MIN_REASON, _MAX_REASON = 3, 18        # words of an option


@dataclass(frozen=True)
class Reason:
    """A cause or purpose the sentence gives for its main clause."""

    clause: Clause            # the main clause, whose verb the reason hangs from
    form: str                 # "because" (a cause clause) or "to" (a purpose)
    tokens: frozenset[int]    # the reason's words in the sentence (left out of the question)
    text: str                 # the reason as an option ("because the rate is lower than ...")
    explicit: bool = True     # marked as a reason ('because', 'due to', 'in order to'), not a bare 'to ...'


def generate(ctx: Context) -> list[Question]:
    """One 'why' question per stated cause or purpose of a sentence's own main clause."""
    reasons = [r for sid in sorted(ctx.clauses) for c in ctx.clauses[sid] for r in _reasons(ctx, c)]
    out = []
    for r in reasons:
        q = _question(ctx, r, reasons)
        if q is not None:
            out.append(q)
    return out


def _reasons(ctx: Context, clause: Clause) -> list[Reason]:
    """The clause's stated cause or purpose, when the clause is the sentence's own statement (not a
    quotation, not what someone said) and the reason reads on its own."""
    v = clause.verb
    if not _own_statement(ctx, clause):
        return []
    doc = v.doc
    out = []
    for form, head, words in _reason_parts(v):
        if form == "plain to":
            if not tells_main_story(ctx, clause.sentence_id):
                continue      # a bare 'to ...' may complete the verb; trusted only on the main happening
            form, explicit = "to", False
        else:
            explicit = True
        if words & ctx.quoted or any(doc[i].text in QUOTE_MARKS for i in words) or _content_of(v, words):
            continue
        text = _reason_text(doc, form, head, words)
        if _MIN_REASON <= word_count(text) <= _MAX_REASON:
            out.append(Reason(clause, form, frozenset(words), text, explicit))
    return out


def _content_of(v: Token, words: set[int]) -> bool:
    """'because of objections that four days seemed punitive': the 'that' clause after the cause says
    what the objections were, so the cause is not why four days seemed punitive (the parser may still
    hang the phrase on the clause's verb)."""
    return any(c.dep_ == "mark" and c.lower_ in ("that", "which") and max(words) < c.i < v.i for c in v.children)


def _reason_text(doc: Doc, form: str, head: Token, words: set[int]) -> str:
    """The reason as an option, in one form whatever the sentence's wording ('due to' -> 'because of')."""
    if form == "because of":
        kept = [t.i for t in head.subtree]
    elif form == "because":
        kept = sorted(words - {head.i})
    else:
        kept = [t.i for t in head.subtree]
    text = realise(doc, [i for i in kept if not doc[i].is_punct or doc[i].text in ",%-"]).rstrip(" ,;:")
    return f"{form} {text}" if form != "to" else text


def _own_statement(ctx: Context, clause: Clause) -> bool:
    """The sentence's main clause, stated by the article itself (not quoted, not a report of speech)."""
    v = clause.verb
    if clause.quoted or v.i in ctx.quoted or v.lemma_.lower() in _REPORTING:
        return False
    if any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in _CONDITIONS for m in c.children)
           for c in v.children):
        return False      # 'If the vote passes, the council will ...': nothing has happened
    if v.dep_ == "ROOT":
        return True
    return v.dep_ == "conj" and v.head.dep_ == "ROOT"


def _reason_parts(v: Token) -> list[tuple[str, Token, set[int]]]:
    """(form, the word that introduces it, its words) for each reason hung on the verb."""
    found = [(_reason_of(v, c), c) for c in v.children]
    return [(form, head, {t.i for t in c.subtree}) for (form, head), c in
            ((f, c) for f, c in found if f is not None)]


def cause_nouns(span) -> list[Token]:
    """The nouns a sentence gives as causes ('because of the floods', 'due to injury', 'thanks to a
    strike', 'as a result of the merger'), whatever verb they hang on."""
    return [head for t in span if t.pos_ in ("VERB", "AUX")
            for form, head, _ in _reason_parts(t) if form == "because of"]


def _reason_of(v: Token, c: Token) -> tuple[str, Token] | None:
    """A dependant of the verb read as a reason: (form, the word its option is built from), or None."""
    if c.dep_ == "advcl":
        return _clause_reason(v, c)
    if c.dep_ == "npadvmod" and c.lower_ == "thanks":
        cause = _cause_after(c, "to")
        return ("because of", cause) if cause is not None else None
    if c.dep_ != "prep":
        return None
    return _phrase_reason(v, c)


def _clause_reason(v: Token, clause: Token) -> tuple[str, Token] | None:
    """A 'because' clause, or an infinitive of purpose ('closed the road to repair it')."""
    mark = next((m for m in clause.children if m.dep_ == "mark" and m.lower_ == "because"), None)
    if mark is not None:
        return "because", mark
    return ("plain to", clause) if _purpose_infinitive(v, clause) else None


def _phrase_reason(v: Token, prep: Token) -> tuple[str, Token] | None:
    """A preposition that gives a reason: 'in order to', 'because of'/'due to', 'as a result of'."""
    if prep.lower_ == "in" and prep.i > v.i and _in_order_to(prep) is not None:
        return "to", _in_order_to(prep)
    if prep.lower_ in _CAUSE_PREPS and _cause_object(prep) is not None:
        return "because of", _cause_object(prep)
    if prep.lower_ == "as" and _as_a_result_of(prep) is not None:
        return "because of", _as_a_result_of(prep)
    return None


def _cause_after(word: Token, prep: str) -> Token | None:
    """The noun of 'WORD PREP NOUN' ('thanks to a strike', 'result of the flooding'), or None."""
    p = next((c for c in word.children if c.dep_ == "prep" and c.lower_ == prep and c.i == word.i + 1), None)
    if p is None:
        return None
    return next((c for c in p.children if c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN")), None)


def _as_a_result_of(prep: Token) -> Token | None:
    """The noun of 'as a result of NOUN' (or 'as a consequence of'): the cause the sentence names."""
    result = next((c for c in prep.children if c.dep_ == "pobj" and c.lemma_.lower() in _RESULT_NOUNS), None)
    if result is None or not any(d.lower_ == "a" for d in result.children):
        return None
    return _cause_after(result, "of")


# 'as a result of', 'as a consequence of': the noun after 'of' is what caused the verb's happening
_RESULT_NOUNS = frozenset({"result", "consequence"})


# "because of X", "due to X", "owing to X": the preposition's second word, then the cause
_CAUSE_PREPS = {"because": "of", "due": "to", "owing": "to"}


def _cause_object(prep: Token) -> Token | None:
    """The noun of 'because of / due to / owing to NOUN'."""
    second = next((c for c in prep.children if c.lower_ == _CAUSE_PREPS[prep.lower_] and c.i == prep.i + 1), None)
    if second is None:
        return None
    # the parser hangs the noun on either word ("because" or "of")
    return next((c for c in (*second.children, *prep.children)
                 if c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN")), None)


def _purpose_infinitive(v: Token, inf: Token) -> bool:
    """'raised taxes to pay for the bridge': an infinitive after the verb's own words, not one that
    completes the verb ('came to end', 'denied them visas to enter')."""
    if inf.i <= v.i or inf.tag_ != "VB" or not _to_first(inf):
        return False
    if inf.left_edge.i == v.i + 1 or v.lemma_.lower() in _INFINITIVE_OBJECT_VERBS:
        return False
    before = inf.doc[inf.left_edge.i - 1]
    if before.pos_ == "NOUN" and any(c.lower_ == "the" for c in before.children):
        return False      # 'pay for the uphill battle to support ...': the infinitive says which battle
    return any(c.dep_ in ("dobj", "prep", "prt") and c.i < inf.i for c in v.children) or \
        any(c.dep_ == "auxpass" for c in v.children)


def _to_first(verb: Token) -> bool:
    """An infinitive whose first word is its own 'to' ("to pay for the bridge")."""
    return verb.left_edge.lower_ == "to" and verb.left_edge.dep_ == "aux" and verb.left_edge.head.i == verb.i


def _in_order_to(prep: Token) -> Token | None:
    """The infinitive of 'in order to ...', or None."""
    order = next((c for c in prep.children if c.dep_ == "pobj" and c.lower_ == "order"), None)
    if order is None:
        return None
    return next((c for c in order.children if c.tag_ == "VB" and _to_first(c)), None)


def _question(ctx: Context, r: Reason, reasons: list[Reason]) -> Question | None:
    """'Why did X do Y?' with the reason and three reasons of the same form from other sentences."""
    doc = ctx.doc
    asked = _without(main_clause(r.clause), r.tokens)
    head = next((doc[i] for i in asked.subject if doc[i].dep_ in ("nsubj", "nsubjpass")), None)
    if head is None or head.pos_ in ("NUM", "ADJ") or head.tag_ == "CD":
        return None       # 'thirteen more have gone missing': thirteen what?
    prompt = fronted_question(asked, doc, "Why", set(r.tokens))
    if prompt is None or not _MIN_PROMPT <= word_count(prompt) <= _MAX_PROMPT:
        return None
    if pronoun_problem(doc, sorted(asked.tokens) + sorted(r.tokens)) or \
            any(inside_brackets(doc, i) for i in asked.tokens):
        return None       # the realiser drops brackets: their words would run into the question
    options = _distractors(ctx, r, reasons, prompt)
    if len(options) < 3:
        return None
    choices = tuple(shuffled([r.text, *options], prompt))
    # a bare 'to ...' may be trivial ('to start the game') or let a wrong option be true too: bank only
    focus = "why" if r.explicit else PURPOSE_FOCUS
    return question(KIND, prompt, r.text, r.clause.sentence_id, choices=choices, focus=focus)


def _without(clause: Clause, tokens: frozenset[int]) -> Clause:
    return replace(clause, body=[i for i in clause.body if i not in tokens],
                   fronted=[i for i in clause.fronted if i not in tokens])


def _distractors(ctx: Context, r: Reason, reasons: list[Reason], prompt: str) -> list[str]:
    """Three reasons of the answer's form, none from the evidence sentence, none sharing most of its
    words with the answer or the question; the ones closest to the answer's length (no length cue)."""
    stated, made = _candidate_reasons(ctx, r, reasons, prompt)
    seen = {norm(r.text)}
    pool = []
    named = _names_in(ctx, r.tokens)
    for text in stated + made:
        if norm(text) in seen or _too_close(text, r.text, prompt, named):
            continue
        seen.add(norm(text))
        pool.append(text)
    target = word_count(r.text)
    stated_set = set(stated)
    pool.sort(key=lambda t: (t not in stated_set, abs(word_count(t) - target), t))
    return pool[:3]


def _candidate_reasons(ctx: Context, r: Reason, reasons: list[Reason], prompt: str) -> tuple[list[str], list[str]]:
    """Purposes the article states for other things, and reasons made from its other sentences."""
    sid = r.clause.sentence_id
    # another cause the article states is too often a cause of this too ('the floods', 'the landslides')
    stated = [x.text for x in reasons if x.form == "to" == r.form and x.clause.sentence_id != sid]
    if r.form == "because of":
        return stated, [t for t in _cause_nouns(ctx, sid) if not any(_overlaps(t, x.text) for x in reasons)]
    asked = _content(prompt)
    return stated, [t for c in _other_clauses(ctx, sid) if not _about_the_same(c, asked)
                    for t in [_clause_as_reason(ctx.doc, c, r.form)] if t]


def _clause_as_reason(doc: Doc, clause: Clause, form: str) -> str | None:
    """_as_reason, read once per clause and form: every why question read all the article's clauses."""
    cache = doc.user_data.setdefault("quizgen_reasons", {})
    got = cache.get((id(clause), form))
    if got is None or got[0] is not clause:
        got = cache[(id(clause), form)] = (clause, _as_reason(doc, clause, form))
    return got[1]


def _too_close(text: str, answer: str, prompt: str, named: set[str]) -> bool:
    """A wrong option that says the answer again, uses the question's words or names its people."""
    return _overlaps(text, answer) or bool(_content(text) & _content(prompt)) or \
        any(n in norm(text) for n in named)


# a phrase opening with a pronoun or 'this'/'those' leans on what came before it
_VAGUE_STARTS = word_set("subject_pronouns") | word_set("label_referring_words") | \
    word_set("first_second_person_possessives")


def _cause_nouns(ctx: Context, sid: int) -> list[str]:
    """Happenings the article names outside the evidence sentence ('the floods', 'a data breach'),
    written as causes ('because of the floods')."""
    out = []
    for s, span in zip(ctx.parsed.sentences, ctx.parsed.spans):
        if s.id == sid:
            continue
        for chunk in span.noun_chunks:
            root = chunk.root
            if root.pos_ != "NOUN" or chunk[0].lower_ in _VAGUE_STARTS or any(t.ent_type_ for t in chunk):
                continue
            if root.lemma_.lower() in _GENERIC or frame_noun(ctx, root):
                continue
            if root.lemma_.lower() in _EVENT_NOUNS or _names_happening(root):
                text = realise(ctx.doc, [t.i for t in chunk if not t.is_punct])
                out.append("because of " + text[:1].lower() + text[1:])
    return out


def frame_noun(ctx: Context, noun: Token) -> bool:
    """A happening the whole article is about ('the match' of a match report, a noun of the headline):
    as a wrong cause it is absurd or, worse, true; as a blank (cause_blank) it is a guess."""
    lemma = noun.lemma_.lower()
    title = norm(getattr(ctx.parsed.article, "title", "") or "")
    uses = _lemma_counts(ctx.doc)[lemma]
    return uses >= 3 or lemma in title.split() or noun.lower_ in title.split()


@per_document
def _lemma_counts(doc) -> Counter:
    """How often the article uses each (lower-cased) lemma: counted once, not once per noun asked about."""
    return Counter(t.lemma_.lower() for t in doc)


def _names_happening(noun: Token) -> bool:
    """A verb's -ing form used as a noun ('flooding', 'the shooting'): it names a happening."""
    lemma = noun.lemma_.lower()
    return len(lemma) > 5 and lemma.endswith("ing") and noun.tag_ in ("NN", "NNS")


def _names_in(ctx: Context, tokens: frozenset[int]) -> set[str]:
    """Every word of every name of the things the reason mentions ('elian', 'gonzalez' for 'Gonzalez's
    return'): a wrong option about the same person may be a second right one."""
    out: set[str] = set()
    for m in ctx.index.mentions:
        if m.start in tokens and m.kind in _NAMED:
            out |= {w for w in norm(f"{m.full} {m.text}").split() if len(w) > 2}
    return out


_NAMED = {"PERSON", "ORG", "COUNTRY", "CITY", "STATE", "PLACE", "MEDIA"}


def _content(text: str) -> set[str]:
    return {w for w in norm(text).split() if len(w) > 2 and w not in _FRAME_WORDS}


# words every option or stem of the kind has: not what a reason is about
_FRAME_WORDS = word_set("ranker_stopwords") | {"why", "because"}


def _about_the_same(c: Clause, asked: set[str]) -> bool:
    """A clause whose subject or verb the question names: its reason may be this one's too."""
    doc = c.verb.doc
    heads = {doc[i].lemma_.lower() for i in c.subject if doc[i].pos_ in ("NOUN", "PROPN")} | {c.verb.lemma_.lower()}
    return bool(heads & {w[:-1] if w.endswith("s") else w for w in asked} | heads & asked)


def _other_clauses(ctx: Context, sid: int) -> list[Clause]:
    """The article's own main statements outside the evidence sentence (its neighbours may explain it)."""
    return [c for s in sorted(ctx.clauses) if abs(s - sid) > 1 for c in ctx.clauses[s] if _own_statement(ctx, c)]


def _as_reason(doc: Doc, clause: Clause, form: str) -> str | None:
    """Another clause written as a reason of the given form ("because X did Y", "to do Y"), or None."""
    c = main_clause(clause)
    idxs = c.subject + c.body + c.fronted
    if c.group or any(doc[i].text in QUOTE_MARKS for i in idxs) or pronoun_problem(doc, sorted(idxs)):
        return None
    if form == "because":
        text = statement(replace(c, fronted=[]), doc).rstrip(".")
        first = doc[c.subject[0]] if c.subject else None
        if first is not None and first.pos_ != "PROPN" and not first.ent_type_:
            text = text[:1].lower() + text[1:]
        text = "because " + text
    else:
        text = _purpose(doc, c)
    return text if text and _MIN_REASON <= word_count(text) <= _MAX_REASON else None


def _purpose(doc: Doc, c: Clause) -> str | None:
    """'to' and the clause's predicate in its base form ("to uphold the ruling"); active verbs only."""
    v = c.verb
    if v.lemma_.lower() in _STATIVE or any(x.dep_ in ("auxpass", "nsubjpass") for x in v.children):
        return None
    rest = [i for i in c.body if i != v.i and not (doc[i].dep_ in ("aux", "neg") and doc[i].head.i == v.i)]
    if not rest or rest[0] < v.i or pronoun_problem(doc, rest) or not _says_what(doc, rest) or \
            any(doc[i].dep_ == "det" and doc[i].lower_ in _VAGUE_STARTS for i in rest):
        return None       # 'to win that match': which one?
    return f"to {base_form(v)} {realise(doc, rest)}".rstrip(" ,;:.")


def _says_what(doc: Doc, idxs: list[int]) -> bool:
    """The predicate has an object or a complement besides a time ('to end on Tuesday' says nothing)."""
    return any((doc[i].dep_ in _COMPLEMENTS or doc[i].dep_ == "pobj") and
               doc[i].ent_type_ not in ("DATE", "TIME") for i in idxs)


_COMPLEMENTS = ("dobj", "attr", "acomp", "dative", "oprd")


def _overlaps(a: str, b: str) -> bool:
    """Most content words of the shorter text are in the other: the same reason, or one the question gives."""
    wa, wb = _content(a), _content(b)
    small = min(len(wa), len(wb))
    return small > 0 and len(wa & wb) >= 0.6 * small
