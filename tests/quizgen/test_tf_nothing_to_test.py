"""True/false statements with nothing to test (a common noun given an adjective, no figure or date),
and the capital a quotation's first word keeps after 'According to X,'."""
from __future__ import annotations

import pytest

_DESCRIPTIONS = ("The Orbix team beat Calvera 2-1 in Lyon on Sunday. "
                 "The cold crowd at Lyon Stadium grew restless. "
                 "The small bakery on Rue Verte in Lyon is modest. "
                 "Ticket sales at Lyon Stadium remained high at 90 percent. "
                 "Ann Lee is confident about the Lyon final.")


@pytest.mark.parametrize("verb, empty", [
    ("grew", True),          # a crowd's mood
    ("is", True),            # a shop described
    ("remained", False),     # a figure to check
    ("beat", False),         # a happening
])
def test_a_common_noun_given_an_adjective_states_nothing(context_of, verb, empty):
    from quizgen.questions import true_false

    ctx = context_of(_DESCRIPTIONS)
    clauses = [c for cs in ctx.clauses.values() for c in cs if c.verb.text == verb and c.verb.i < len(ctx.doc)]
    assert clauses, verb
    first = min(clauses, key=lambda c: c.verb.i)
    assert true_false.only_describes(first) is empty


@pytest.mark.parametrize("text, statement, expected", [
    ('"Voters have sent a clear message to the council," lawyer Ann Lee said on Monday.',
     "Voters have sent a clear message to the council.", "According to X, voters have sent"),
    ('Nurse Ann Lee said: "Clinics are the first place to go for a vaccine."',
     "Clinics are the first place to go for a vaccine.", "According to X, clinics are"),
    ('"Orbix will defend its interests," said Ann Lee.',
     "Orbix will defend its interests.", "According to X, Orbix will"),
])
def test_a_quotation_opening_word_goes_lower_case_after_the_source(parse, text, statement, expected):
    from quizgen.questions.true_false import with_prefix

    assert with_prefix("According to X,", statement, parse(text)).startswith(expected)
