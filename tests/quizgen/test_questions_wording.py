"""Question wording (issue 12): a stem keeps what completes it and the attribution of an estimate, and
drops the connective or additive adverb that ties it to a sentence the learner does not see."""
from __future__ import annotations

import pytest

from quizgen.questions import fill_blank, true_false
from quizgen.questions.connectives import trim_edges
from quizgen.realise import statement

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text, expected", [
    ("However, the _____ will open the new bridge in May.", "The _____ will open the new bridge in May."),
    ("But _____ ought not to rush into a new deal.", "_____ ought not to rush into a new deal."),
    ("In addition, the council approved a new budget.", "The council approved a new budget."),
    ("The firm offers a bonus of six months of pay in addition.", "The firm offers a bonus of six months of pay."),
    ("The city council raised parking fees, too.", "The city council raised parking fees."),
    ("The city council raised parking fees as well.", "The city council raised parking fees."),
    # not a connective: an adverb without its comma, a name, 'not too'
    ("Still more people came to the rally.", "Still more people came to the rally."),
    ("Andersen Corp. said it was fine.", "Andersen Corp. said it was fine."),
    ("The price of the ticket was not too.", "The price of the ticket was not too."),
])
def test_edge_connectives_and_additive_tails_are_dropped(text, expected):
    assert trim_edges(text) == expected


ESTIMATE = ("Harbor Mills said Monday it would offer early retirement to 900 workers in Maine. "
            "According to Harbor Mills' estimates, only 40% of the eligible workers will accept the offer. "
            "The company is paying a bonus equal to three months of salary in addition. "
            "However, the Portland mill will stay open through 2027, the company said.")


def test_a_statement_keeps_the_attribution_of_an_estimate(context_of):
    ctx = context_of(ESTIMATE)
    prompts = [q.prompt for q in true_false.generate(ctx)]
    estimate = [p for p in prompts if "will accept the offer" in p]
    assert estimate and all(p.startswith("According to Harbor Mills' estimates,") for p in estimate)
    assert not any(p.rstrip(".").endswith("in addition") for p in prompts)


def test_an_estimate_from_a_pronoun_makes_no_statement(context_of):
    ctx = context_of("Harbor Mills said Monday it would offer early retirement to 900 workers in Maine. "
                     "According to him, only 40% of the eligible workers in Portland will accept the offer.")
    assert not [q for q in true_false.generate(ctx) if "accept the offer" in q.prompt]


def test_a_blank_drops_the_opening_connective(context_of):
    ctx = context_of(ESTIMATE)
    blanks = [q.prompt for q in fill_blank.generate(ctx) if "mill will stay open" in q.prompt]
    assert blanks and all(p.startswith("The Portland mill") for p in blanks)


def test_an_embedded_question_keeps_its_verb(parsed_of):
    parsed = parsed_of("Several analysts questioned how much of an effect the new rules will have.")
    clause = parsed.clauses.by_sentence[0][0]
    assert statement(clause, parsed.doc) == \
        "Several analysts questioned how much of an effect the new rules will have."
