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


NAMED_AGAIN = ("Harbor Mills shares rose 4% on Tuesday in Boston after Acme Corp. said it would buy a stake. "
               "The shares have gained nearly 12% since Monday. "
               "Coastal Air, a Harbor Mills subsidiary, lost $20 million in the third quarter. "
               "The Harbor Mills subsidiary was only beginning to get back on its feet during the quarter.")


def test_a_bare_description_takes_the_articles_fuller_name(context_of):
    ctx = context_of(NAMED_AGAIN)
    prompts = [q.prompt for q in true_false.generate(ctx)]
    gained = [p for p in prompts if "have gained" in p]
    assert gained and all(p.startswith("Harbor Mills shares") for p in gained)
    feet = [q for q in true_false.generate(ctx) if "back on its feet" in q.prompt]
    assert feet and all(q.prompt.startswith("Coastal Air was") or q.answer == "False" for q in feet)


def test_a_swap_inside_a_description_is_not_hidden_by_its_name(context_of):
    ctx = context_of(NAMED_AGAIN)
    for q in true_false.generate(ctx):
        if q.answer == "False":
            assert q.prompt not in {t.prompt for t in true_false.generate(ctx) if t.answer == "True"}
            assert q.prompt[:-1] not in NAMED_AGAIN


@pytest.mark.parametrize("text, expected", [
    ("Zenith shares rose. The shares fell 3%.", "Zenith shares"),
    ("Coastal Air, a Zenith subsidiary, lost money. The subsidiary was weak.", "Coastal Air"),
    ("Its shares rose 4% in Boston. The shares fell 3% later.", None),      # the earlier one names nothing
    ("Zenith shares rose. The shares of Acme fell 3%.", None),              # says whose already
    ("The other Zenith shares rose. The shares fell 3%.", None),            # 'other' ones are others
])
def test_earlier_named_form(parse, text, expected):
    from quizgen.referents import earlier_named_form
    doc = parse(text)
    last = [t for t in doc if t.lower_ in ("shares", "subsidiary")][-1]
    got = earlier_named_form(last)
    assert (got[1] if got else None) == expected


def test_a_long_apposition_of_the_source_is_left_out(context_of):
    ctx = context_of("The museum showed 40 paintings by Warhol in Boston on Friday. The paintings were all donated "
                     "by the Harbor Foundation, according to Karen Wills, assistant professor of art and curator "
                     "of the exhibit.")
    donated = [q.prompt for q in true_false.generate(ctx) if "donated" in q.prompt and q.answer == "True"]
    assert donated == ["According to Karen Wills, the paintings were donated by the Harbor Foundation."]


@pytest.mark.parametrize("text, expected", [
    ("The new law gives the king three years to step down.", "The new law gives the king three years to step down."),
    ("The mayor called for the council to close the bridge.", "The mayor called for the council to close the bridge."),
])
def test_a_clause_keeps_the_infinitive_its_verb_or_time_needs(parsed_of, text, expected):
    parsed = parsed_of(text)
    assert statement(parsed.clauses.by_sentence[0][0], parsed.doc) == expected


def test_the_main_clause_keeps_a_for_to_complement(parsed_of):
    from quizgen.questions.main_clause import main_clause
    parsed = parsed_of("The mayor called for the council to close the bridge on Monday, after a truck hit it.")
    clause = main_clause(parsed.clauses.by_sentence[0][0])
    assert statement(clause, parsed.doc) == "The mayor called for the council to close the bridge on Monday."


def test_a_true_false_figure_names_its_company(context_of):
    """'Net income fell' in a statement: the company the sentence before is about owns it."""
    ctx = context_of("Zenith Mills Inc. reported its results on Monday. Net income fell 5% to $40 million in "
                     "the third quarter.")
    texts = [q.prompt for q in true_false.generate(ctx)]
    assert any(t.startswith("Zenith Mills’ net income fell") for t in texts), texts
    assert not any(t.startswith("Net income") for t in texts)
