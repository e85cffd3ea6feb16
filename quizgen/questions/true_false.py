"""True-false statements: a clause as the article says it, or with one fact swapped for a wrong one."""
from __future__ import annotations

import dataclasses
import re

from ..index import NAME_KINDS
from ..lexicon import key
from ..model import Question
from ..realise import statement
from ..wordlists import pattern, tagged, word_set
from .clauses import pronoun_problem, unresolved_definite
from .context import Context, phrase_in, question, word_count
from .distractors import org_noun, stable_hash
from .main_clause import main_clause, tells_main_story

_SWAP_ORDER = {"PERSON": 0, "COUNTRY": 0, "ORG": 1, "MEDIA": 1, "CITY": 1, "STATE": 1, "PLACE": 2,
               "DATE": 2, "NUMBER": 3, "MONEY": 3, "PERCENT": 3, "DURATION": 3, "QUANTITY": 4, "TIME": 3}


def generate(ctx: Context) -> list[Question]:
    out: list[Question] = []
    for s in ctx.parsed.sentences:
        for clause in ctx.clauses.get(s.id, []):
            made = true_statement(ctx, clause)
            if made is None and tells_main_story(ctx, s.id):
                # a long lead sentence: its main happening stated without the side clauses
                clause = main_clause(clause)
                made = true_statement(ctx, clause)
            if made is None:
                continue
            true_text, prefix = made
            ments = _swappable(ctx, clause, s.id)
            want_false = bool(ments) and stable_hash("tf", true_text) % 2 == 0
            q = None
            if want_false or (ments and len(out) % 2 == 1):
                q = _false(ctx, clause, ments, true_text, prefix)
            if q is None:
                q = question("true_false", true_text, "True", s.id, choices=("True", "False"), focus="fact")
            if ments:
                # the value a false version would swap is the fact this statement tests
                q = dataclasses.replace(q, fact=q.fact or ments[0].text)
            out.append(q)
    return out


def true_statement(ctx: Context, clause) -> tuple[str, str] | None:
    """The clause as a true statement (and its 'According to X,' prefix), when it makes a good one."""
    doc = ctx.doc
    idxs = clause.subject + clause.body + clause.fronted
    group_tokens = {i for a, b in clause.group_span.items() for i in range(a, b)}
    if pronoun_problem(doc, sorted(idxs), group_tokens) or _opinion(clause.verb):
        return None
    prefix = ""
    if not stands_as_fact(ctx, clause):
        # words inside quotation marks are a claim, not a fact: they make a statement only
        # with the speaker named ("According to the Foreign Ministry, ...")
        prefix = _attribution(ctx, clause)
        if not prefix:
            return None
    true_text = with_prefix(prefix, statement(clause, doc))
    n = word_count(true_text)
    if n < 6 or n > 26 or len(clause.body) < 2:
        return None
    return true_text, prefix


def _swappable(ctx: Context, clause, sentence_id: int) -> list:
    """Mentions inside the clause a false statement may swap, in the order they are tried."""
    toks = set(clause.tokens)
    ments = [m for m in ctx.index.by_sentence.get(sentence_id, [])
             if set(range(m.start, m.end)) <= toks and m.kind in _SWAP_ORDER and not m.modifier]
    ments.sort(key=lambda m: (_SWAP_ORDER[m.kind], m.start))
    return ments


def with_prefix(prefix: str, text: str) -> str:
    if not prefix:
        return text
    first = text.split(" ", 1)[0]
    if first in ("The", "A", "An") or (first.isalpha() and first[1:].islower() and
                                        first.lower() not in ("i",) and not _proper_start(text)):
        text = text[:1].lower() + text[1:]
    return f"{prefix} {text}"


def _proper_start(text: str) -> bool:
    """'China ...', 'Xi Jinping ...' keep their capital; 'Since ...' does not."""
    first = text.split(" ", 1)[0].strip(",")
    return first.lower() not in _FUNCTION_WORDS


_FUNCTION_WORDS = word_set("statement_bad_openers")


def _attribution(ctx: Context, clause) -> str:
    """'According to X,' for a quoted clause the article attributes to a named speaker, or ''."""
    doc = ctx.doc
    toks = clause.tokens
    if not (clause.quoted or any(i in ctx.quoted for i in toks)):
        return ""
    sp = ctx.speaker_of(clause.sentence_id)
    if sp is None or not _plain(ctx, clause, quoted_ok=True):
        return ""
    if phrase_in(sp.text, " ".join(doc[i].text for i in toks)):
        return ""      # "According to Xi, Xi said ...": the speaker is in the statement already
    name = sp.full
    if sp.kind in ("ORG", "MEDIA") and not name.lower().startswith("the "):
        name = "the " + name
    return f"According to {name},"


_OPINION_MODALS = word_set("opinion_modals")
_HEDGE_VERBS = word_set("hedge_verbs")
_HEDGE_ADVERBS = word_set("hedge_adverbs")
_SIMILE = {"like", "as if", "as though"}


def _opinion(verb) -> bool:
    """'... should raise red signals', 'can crumble': a judgement, a guess or a possibility, not a fact."""
    chain = [verb, *([verb.head] if verb.dep_ in ("xcomp", "conj") else [])]
    if any(c.dep_ == "aux" and c.lower_ in _OPINION_MODALS for v in chain for c in v.children):
        return True
    return any(v.lemma_.lower() in _HEDGE_VERBS and any(c.dep_ in ("xcomp", "ccomp") for c in v.children)
               for v in chain)


def stands_as_fact(ctx: Context, clause) -> bool:
    """A clause a learner can judge true or false on its own, as a fact the article states.

    Not: words inside quotation marks (someone's claim, image or metaphor), a simile ("moved like a
    boat"), a hedge ("reportedly", "appeared to"), what someone asked or hoped for ("asked that
    donations go to ..."), or a statement with nothing to anchor it: it must name something (a name,
    a number or a date) and every "the ..." in it must be clear on its own.
    """
    toks = clause.tokens
    if clause.quoted or any(i in ctx.quoted for i in toks):
        return False
    return _plain(ctx, clause)


_WISH_VERBS = word_set("wish_verbs")


def _plain(ctx: Context, clause, quoted_ok: bool = False) -> bool:
    doc = ctx.doc
    toks = clause.tokens
    v = clause.verb
    if v.dep_ in ("ccomp", "xcomp") and v.head.lemma_.lower() in _WISH_VERBS:
        return False
    if _hedged(doc, toks):
        return False
    group = {i for a, b in clause.group_span.items() for i in range(a, b)}
    in_names = {i for m in ctx.index.by_sentence.get(clause.sentence_id, []) for i in range(m.start, m.end)
                if i in set(toks)}
    if not (in_names or group):
        return False
    return not unresolved_definite(doc, toks, ctx.seen_before(clause.sentence_id), in_names | group)


def _hedged(doc, toks: list[int]) -> bool:
    """A comparison ("like", "as if") or a hedge adverb: the clause does not state a plain fact."""
    words = [doc[i].lower_ for i in toks]
    text = " ".join(words)
    if any(doc[i].lower_ == "like" and doc[i].pos_ in ("ADP", "SCONJ") for i in toks) or \
            " as if " in f" {text} " or " as though " in f" {text} ":
        return True
    return any(w in _HEDGE_ADVERBS for w in words)


def _false(ctx: Context, clause, ments, true_text: str, prefix: str = "") -> Question | None:
    doc = ctx.doc
    v = clause.verb
    for m in ments:
        if _person_fixed(doc, clause, m):
            continue
        w = _wrong_value(ctx, m, v.lemma_.lower())
        if w is None or _may_hold_too(ctx, m, w):
            continue
        text = with_prefix(prefix, statement(clause, doc, value_swap(doc, m, w)))
        if text == true_text or not _not_true_elsewhere(ctx, text, w, v.lemma_.lower(), clause.sentence_id):
            continue
        if phrase_in(m.text, text) and not phrase_in(m.text, w):
            continue      # the true value is still in the statement
        return question("true_false", text, "False", clause.sentence_id, choices=("True", "False"),
                        focus="fact", explanation=f"The article says: {true_text}", fact=m.text)
    return None


_RELATIVE_TIME = re.compile(pattern("relative_time_word"), re.I)
# a place written as the area around it: '{0}' is the place
_AREA_OF = pattern("area_of_place")


def _may_hold_too(ctx: Context, m, wrong: str) -> bool:
    """A swap a reader could defend as true: a place the story's place lies in ('Buffalo' for its
    suburb 'Amherst', the headline's city), another person of the same family name, a relative
    time ('yesterday' for 'last month') that may overlap the true one."""
    if m.kind in ("CITY", "PLACE", "STATE"):
        title = getattr(getattr(ctx.parsed, "article", None), "title", "") or ""
        text = ctx.doc.text
        return phrase_in(wrong, title) or bool(re.search(_AREA_OF.format(re.escape(wrong)), text, re.I))
    if m.kind == "PERSON":
        return wrong.split()[-1] == m.text.split()[-1]
    if m.kind in ("DATE", "TIME"):
        return bool(_RELATIVE_TIME.search(wrong) or _RELATIVE_TIME.search(m.text))
    return False


def _person_fixed(doc, clause, m) -> bool:
    """A person the statement cannot swap for another without a wrong title or pronoun."""
    if m.kind != "PERSON":
        return False
    if m.start > 0 and (_is_title(doc[m.start - 1]) or _role_noun(doc[m.start - 1])):
        return True       # "Archbishop Desmond Tutu", "dictator Fulgencio Batista": another name keeps the role
    # "Wade Carter said ... her bookings": the pronoun still points at the true person
    return any(doc[i].lower_ in _GENDERED for i in clause.tokens if i >= m.end)


def _wrong_value(ctx: Context, m, verb_lemma: str) -> str | None:
    """One wrong name or value to put in the mention's place, or None."""
    if m.kind not in NAME_KINDS:
        wrong = ctx.picker.values(m, 1)
        return wrong[0] if wrong else None
    if m.full != m.text:
        return None
    # an organisation from a word list reads as absurd in a statement ("the state's Bank
    # of England"): swap only with names the article itself uses
    wrong = ctx.picker.names(m, 3, verb_lemma=verb_lemma, article_only=m.kind in ("ORG", "MEDIA"))
    if m.kind == "ORG":
        # a college for a trust reads as nonsense: only an organisation of the same type
        wrong = [w for w in wrong if org_noun(w) == org_noun(m.text)]
    return wrong[0] if wrong else None


def value_swap(doc, m, w: str) -> dict[int, tuple[int, str]]:
    """The realiser's replacement of just the mention's value by `w`, keeping the article's own
    qualifiers ("about", "more than")."""
    a, b = m.start, m.end
    span_text = doc[a:b].text
    lead = span_text[: span_text.find(m.text)] if m.text in span_text else ""
    return {a + len(lead.split()): (b, w)}


_GENDERED = word_set("gendered_pronouns")
_TITLE_WORDS = tagged("title_words", "statement")


def _role_noun(tok) -> bool:
    """'dictator' in 'dictator Fulgencio Batista': a lower-case common noun naming the person's role."""
    return tok.pos_ == "NOUN" and tok.text.islower() and tok.dep_ in ("compound", "nmod", "appos")


def _is_title(tok) -> bool:
    return tok.lower_ in _TITLE_WORDS


def _not_true_elsewhere(ctx: Context, text: str, wrong: str, verb_lemma: str, sentence_id: int) -> bool:
    """The swapped statement must not be something another sentence of the article says."""
    wk = key(wrong)
    for s, span in zip(ctx.parsed.sentences, ctx.parsed.spans):
        if s.id == sentence_id:
            continue
        if wk and f" {wk} " in f" {ctx.index.sent_keys[s.id]} " and \
                any(t.lemma_.lower() == verb_lemma for t in span):
            return False
    return True
