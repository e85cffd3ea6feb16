"""Statements cut from a sentence are whole English (JUDGING.md rule 1): no subordinator left in front,
no 'a.m.' left without its clock figure, no relative clause hung on the wrong noun, no ellipsis verb
('Two Democrats did.'), no participle read as the subject's verb, no condition ('in case ...') stated as
a fact, and no hyphenated modifier split ('the based company')."""
from __future__ import annotations

import pytest

from quizgen.questions import true_false as tf


def _statements(context_of, text: str) -> dict[str, str | None]:
    """Each clause's verb -> its true statement (None when no statement is made of it)."""
    ctx = context_of(text)
    out: dict[str, str | None] = {}
    for clauses in ctx.clauses.values():
        for c in clauses:
            made = tf.true_statement(ctx, c)
            out[c.verb.text] = made[0] if made else None
    return out


@pytest.mark.parametrize("text, verb, expected", [
    # the 'when' of a side clause read as the clause's own adverb
    ("The match swung in the second half when Rovers' Tom Elkin was judged to have tripped Sam Ortiz, "
     "and Ortiz scored from the spot.", "judged", "Rovers' Tom Elkin was judged to have tripped Sam Ortiz."),
    # ... or hung inside the subject
    ("The game turned in the second half when Rovers defender Tom Elkin was judged to have tripped Sam "
     "Ortiz, and Ortiz scored from the spot.", "judged",
     "Rovers defender Tom Elkin was judged to have tripped Sam Ortiz."),
    # an 'a.m.' hung on the main verb, its figure in the side clause that is cut
    ("Shares of Harbor Foods rose sharply after the figures were released at 8:30 a.m. Eastern time.", "rose",
     "Shares of Harbor Foods rose sharply."),
    # a 'that' clause of the cut side clause's noun ('rain that ... came close to 10 inches')
    ("Across northern Ohio, farmers have been scrambling to reach safety as streams burst their banks, swollen "
     "from days of steady rain that in some places came close to 10 inches over a 72-hour period.",
     "scrambling", "Across northern Ohio, farmers have been scrambling to reach safety."),
])
def test_a_cut_statement_is_whole(context_of, text, verb, expected):
    assert _statements(context_of, text)[verb] == expected


@pytest.mark.parametrize("text, verb", [
    ("All council Republicans opposed the budget. as did two Democrats: Sens. Ann Hale and Bo Reyes.", "did"),
    ("All council Republicans opposed the budget, as did two Democrats on the finance committee.", "did"),
    ("Maria Costa of Portugal won the men's cycling race, staged between Lagos and the old harbour of Faro.",
     "staged"),
    ("With the mayor waiting nearby in case his signature was needed to approve the deal, the council "
     "passed the budget by 7-2.", "needed"),
])
def test_no_clause_is_made_of_an_ellipsis_a_participle_or_a_condition(parsed_of, text, verb):
    parsed = parsed_of(text)
    made = [c.verb.text for clauses in parsed.clauses.by_sentence.values() for c in clauses]
    assert "opposed" in made or "passed" in made or "won" in made
    assert verb not in made


def test_a_clause_after_in_case_is_conditional(parsed_of):
    parsed = parsed_of("The mayor waited nearby in case his signature was needed.")
    needed = next(t for t in parsed.doc if t.text == "needed")
    assert parsed.clauses.frame(needed).conditional is True


def test_a_participle_with_its_own_object_stays_a_verb(parsed_of):
    parsed = parsed_of("Maria Costa won the race on Sunday, beat the champion and thanked the crowd.")
    verbs = [c.verb.text for c in parsed.clauses.by_sentence[0]]
    assert "won" in verbs and "beat" in verbs


def test_a_hyphenated_modifier_stays_whole_in_the_fuller_name(context_of):
    ctx = context_of("The Portland-based company reported a loss on Monday. The company earned $12 million, "
                     "or 8 cents per share, excluding a one-time charge.")
    clause = next(c for c in ctx.clauses[1] if c.verb.text == "earned")
    assert tf.stated(clause, ctx.doc).startswith("The Portland-based company earned $12 million")


def test_an_inverted_be_with_its_place_is_no_ellipsis(parsed_of):
    parsed = parsed_of("Among the dead was a five-year-old boy from Leeds.")
    assert "was" in [c.verb.text for c in parsed.clauses.by_sentence[0]]
