"""'In how many countries ...?', 'By how much did X rise?', 'What share of the vote did X win?', 'What share
of voters stayed home?': a number of a clause asked with its unit or counted noun, where multiple_choice asks
only a subject's or an object's count."""
from __future__ import annotations

import re

from ..clauses import Clause
from ..index import Mention
from ..model import Question
from ..realise import realise
from ..wordlists import word_set
from .clauses import inside_brackets, pronoun_problem
from .context import Context, phrase_in, question
from .distractors import qualified, shuffled
# multiple_choice's readers of a clause: how a value is asked, and the checks of the stem it makes
from .multiple_choice import (Ask, asked_per_mention, counted_phrase, counted_words, in_clause_chain, only_det,
                              readable_prompt)

KIND = "multiple_choice"
_COUNT_PREPS = word_set("count_prepositions")
_AMOUNT_PREPS = word_set("amount_prepositions")
_AMOUNTS = frozenset({"MONEY", "PERCENT", "QUANTITY"})
_NUMBERS = _AMOUNTS | {"NUMBER"}
# verbs of an amount going up or down ('fell 2 percent'): the bare amount after one is the change
_CHANGE_VERBS = word_set("amount_change_verbs")


def generate(ctx: Context) -> list[Question]:
    """One question per number of a clause that a preposition or a share ('52 percent of ...') carries."""
    return asked_per_mention(ctx, _for_number, _NUMBERS)


def _for_number(ctx: Context, clause: Clause, m: Mention) -> Question | None:
    doc = ctx.doc
    ment = set(range(m.start, m.end))
    if m.modifier or not ment <= set(clause.tokens) or inside_brackets(doc, m.start):
        return None       # '(130 kph)' restates another unit: a conversion, not reading
    if _subject_of_joined_verbs(doc[m.start:m.end].root, clause):
        return None
    ask = _ask(doc, clause, m, ment)
    if ask is None:
        return None
    prompt = readable_prompt(doc, clause, ask)
    return _with_options(ctx, clause, m, ask, prompt) if prompt else None


def _subject_of_joined_verbs(root, clause: Clause) -> bool:
    """'74% of the oil had either been captured, burned or skimmed': the number is the subject of joined
    verbs, so it counts them all; a question on the first verb alone would key a wrong figure."""
    verb = clause.verb
    if root.dep_ not in ("nsubj", "nsubjpass") or root.head.i != verb.i:
        return False
    return any(c.dep_ == "preconj" for c in verb.children) or any(
        c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and
        not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children) for c in verb.children)


def _ask(doc, clause: Clause, m: Mention, ment: set[int]) -> Ask | None:
    """How the number is asked by the role its words play, or None."""
    root = doc[m.start:m.end].root
    if m.kind == "NUMBER" and root.dep_ == "nummod":
        return _ask_count_after_preposition(doc, clause, ment, root)
    if m.kind == "PERCENT":
        share = _ask_share(doc, clause, ment, root)
        if share is not None:
            return share
    if m.kind in _AMOUNTS:
        return _ask_amount(doc, clause, ment, root) or _ask_bare_change(doc, clause, ment, root)
    return None


def _clause_preposition(root, clause: Clause, preps: frozenset[str]):
    """The preposition of the clause's verb chain whose only object is `root`, or None."""
    prep = root.head
    if root.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in preps:
        return None
    if any(c.i != root.i for c in prep.children) or not in_clause_chain(prep.head, clause.verb):
        return None
    return prep


def _ask_count_after_preposition(doc, clause: Clause, ment: set[int], root) -> Ask | None:
    """'... in 45 countries': 'In how many countries ...?' (the counted noun is asked with its number)."""
    counted = counted_phrase(doc, clause, root)
    prep = _clause_preposition(counted[0], clause, _COUNT_PREPS) if counted is not None else None
    if prep is None:
        return None
    unit = counted[1]
    return Ask("front", f"{prep.lower_} how many {realise(doc, counted_words(doc, root, unit, ment))}", unit | {prep.i})


def _ask_amount(doc, clause: Clause, ment: set[int], root) -> Ask | None:
    """'rose by 5 percent', 'was sold for $2 million': 'By how much ...?', 'For how much ...?'."""
    prep = _clause_preposition(root, clause, _AMOUNT_PREPS)
    if prep is None:
        return None
    unit = {t.i for t in root.subtree} & set(clause.tokens)
    return Ask("front", f"{prep.lower_} how much", unit | {prep.i}) if only_det(doc, unit - ment) else None


def _ask_bare_change(doc, clause: Clause, ment: set[int], root) -> Ask | None:
    """'Emissions fell 2 percent': 'By how much did emissions fall?' (the amount right after a verb of
    going up or down, without the 'by' that _ask_amount reads)."""
    verb = root.head
    if root.dep_ not in ("npadvmod", "dobj") or verb.lemma_.lower() not in _CHANGE_VERBS or root.i < verb.i or \
            not in_clause_chain(verb, clause.verb):
        return None
    unit = {t.i for t in root.subtree} & set(clause.tokens)
    if not only_det(doc, unit - ment) or _other_figures(doc, set(clause.tokens) - unit):
        return None
    return Ask("front", "by how much", unit)


_FIGURES = frozenset({"MONEY", "PERCENT", "CARDINAL", "QUANTITY"})


def _other_figures(doc, toks: set[int]) -> bool:
    """Figures left in the stem: the change's ends ('rose to $8.47 billion from $8.18 billion') would let
    the learner work the answer out, and a second change ('and just 1.92 percent after ...') garbles it."""
    return any(doc[i].like_num and doc[i].ent_type_ in _FIGURES for i in toks)


def _ask_share(doc, clause: Clause, ment: set[int], root) -> Ask | None:
    """'won 52 percent of the vote': 'What share of the vote did X win?' (the object, or after 'for')."""
    of = _share_of(root)
    unit = {t.i for t in root.subtree} & set(clause.tokens)
    whole = {t.i for t in of.subtree} if of is not None else set()
    if not _askable_whole(doc, whole, unit, ment):
        return None
    wh = f"what share {realise(doc, sorted(whole))}"
    if root.dep_ in ("nsubj", "nsubjpass") and root.head.i == clause.verb.i:
        return Ask("inplace", extra={min(unit): (max(unit) + 1, wh)})     # 'What share of voters stayed home?'
    if root.dep_ == "dobj" and in_clause_chain(root.head, clause.verb):
        return Ask("front", wh, unit)
    prep = _clause_preposition(root, clause, frozenset({"for"}))
    return Ask("front", f"for {wh}", unit | {prep.i}) if prep is not None else None


def _askable_whole(doc, whole: set[int], unit: set[int], ment: set[int]) -> bool:
    """The 'of ...' a share is of can go into the question word: it is all the share's phrase says besides
    the number, names what it speaks of ('of these' does not), and carries no aside ('of the stories, more
    than 9,000 of them, written by ...' garbles the stem)."""
    if not whole or not whole <= unit or not only_det(doc, unit - ment - whole) or \
            pronoun_problem(doc, sorted(whole)):
        return False
    return not any(doc[i].text in ",;:(" for i in whole)


def _share_of(root):
    """The one 'of ...' a percentage is a share of ('of the vote'), or None."""
    of = [c for c in root.children if c.dep_ == "prep" and c.lower_ == "of"]
    return of[0] if len(of) == 1 else None


def _with_options(ctx: Context, clause: Clause, m: Mention, ask: Ask, prompt: str) -> Question | None:
    """The question with the number as written and three values of the same unit from the article."""
    answer = qualified(m.text, m.qualifier)
    if phrase_in(answer, prompt) or phrase_in(m.text, prompt):
        return None
    dis = [qualified(d, m.qualifier) for d in ctx.picker.values(m, 3)]
    if not _fit_options(dis, prompt):
        return None
    focus = "how many" if "how many" in (ask.wh or "") else "number"
    return question(KIND, prompt, answer, clause.sentence_id, choices=tuple(shuffled([answer, *dis], prompt)),
                    focus=focus)


def _fit_options(dis: list[str], prompt: str) -> bool:
    """Three options the stem does not write out; a share's options none above 100 percent (a giveaway)."""
    if len(dis) < 3 or any(phrase_in(d, prompt) for d in dis):
        return False
    return "what share" not in prompt.lower() or not any(_more_than_whole(d) for d in dis)


def _more_than_whole(option: str) -> bool:
    """'250 percent' as a share of something."""
    number = re.search(r"\d[\d,]*(?:\.\d+)?", option)
    return number is not None and float(number.group().replace(",", "")) > 100
