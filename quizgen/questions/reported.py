"""Attributed true/false statements from reported speech: 'X said (that) CLAUSE', 'CLAUSE, X said' give
'According to X, CLAUSE.' (True) and, where a value of the clause can be swapped, its false twin.

The true_false generator states a reported clause only when it would also stand as a fact (it names
something, nothing inside quotation marks); a claim whose speaker the article names needs no such anchor:
the statement tests what that speaker said. The statement and its swap are true_false's own.
"""
from __future__ import annotations

import dataclasses

from ..clauses import names_its_speaker
from ..model import Question
from .context import Context, question, word_count
# true_false's readers of a clause: one way to state it, to name its speaker and to falsify it
from .true_false import (false_twin, misleads, plain_claim, reporter_prefix, reported_by, speaker_mention, stated,
                         swappable, true_statement, with_prefix)

# words of the statement with its prefix; of the claim alone ('Naruhito has been educated' lost its 'as ...')
_SHORTEST, _LONGEST, _SHORTEST_CLAIM = 6, 26, 5


def generate(ctx: Context) -> list[Question]:
    """'According to X, ...' statements (True, and a false twin) on claims of named speakers."""
    out: list[Question] = []
    for s in ctx.parsed.sentences:
        for clause in ctx.clauses.get(s.id, []):
            made = _attributed(ctx, clause)
            if made is not None:
                out.extend(_pair(ctx, clause, *made))
    return out


def _attributed(ctx: Context, clause) -> tuple[str, str] | None:
    """The clause as its named speaker's claim, and the 'According to X,' prefix; None when true_false
    states it already, nobody is named, or the claim cannot stand alone."""
    reporter = reported_by(clause.verb)
    if reporter is None or len(clause.body) < 2 or names_its_speaker(clause):
        return None       # 'According to Mark Jensen, Mark Jensen had worked ...' says the speaker twice
    prefix = reporter_prefix(ctx, clause, reporter)
    if not prefix or _name_cut_from_title(ctx, clause, reporter) or not _claim_stands_alone(ctx, clause) \
            or true_statement(ctx, clause) is not None:
        return None
    claim = stated(clause, ctx.doc)
    text = with_prefix(prefix, claim, ctx.doc)
    return (text, prefix) if word_count(claim) >= _SHORTEST_CLAIM and _SHORTEST <= word_count(text) <= _LONGEST \
        else None


def _name_cut_from_title(ctx: Context, clause, reporter) -> bool:
    """'Minister of Health Jane Roe': the tagger took the title's last words into the
    person's name, and 'According to Health Jane Roe' would print them."""
    subj = next((c for c in reporter.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    sp = speaker_mention(ctx, clause.sentence_id, subj) if subj is not None else None
    start = getattr(sp, "start", 0)
    return sp is not None and sp.kind == "PERSON" and 0 < start < len(ctx.doc) and ctx.doc[start - 1].lower_ == "of"


def _claim_stands_alone(ctx: Context, clause) -> bool:
    """A claim a learner reads whole: true_false's plain claim without its need of a name, and no
    clause the realiser would cut or misstate."""
    return not misleads(ctx.doc, clause, clause.subject + clause.body + clause.fronted) and \
        plain_claim(ctx, clause, anchored=False)


def _pair(ctx: Context, clause, true_text: str, prefix: str) -> list[Question]:
    """The true statement and, when a value can be swapped, its false twin; both test the swapped value."""
    ments = swappable(ctx, clause, clause.sentence_id)
    # nothing to swap: the statement tests who said it, the fact a who-said question on the sentence asks
    fact = ments[0].text if ments else prefix.removeprefix("According to ").rstrip(",").removeprefix("the ")
    true_q = question("true_false", true_text, "True", clause.sentence_id, choices=("True", "False"),
                      focus="fact", fact=fact)
    false_q = false_twin(ctx, clause, ments, true_text, prefix) if ments else None
    if false_q is None:
        return [true_q]
    # each is the other's twin: the bank keeps one of them, and the quiz may trade it for the other
    false_q = dataclasses.replace(false_q, fact=false_q.fact or fact)
    return [dataclasses.replace(true_q, twin=false_q), dataclasses.replace(false_q, twin=true_q)]
