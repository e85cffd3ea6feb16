"""One body or person under two names is never two options of one question."""
from __future__ import annotations

import pytest

from quizgen.questions import multiple_choice, who_said
from quizgen.questions.distractors import distinct, same_thing


@pytest.mark.parametrize("a, b, kind", [
    ("CDC", "Centers for Disease Control and Prevention", "ORG"),      # stops before 'and Prevention'
    ("RIDOH", "Rhode Island Department of Health", "ORG"),              # keeps the 'of'
    ("Director Bong", "Bong Joon Ho", "PERSON"),                        # a title and one name
    ("Oleg Psyuk", "Oleh Psiuk", "PERSON"),                             # one name spelled two ways
])
def test_two_names_of_same_thing(a, b, kind):
    assert same_thing(a, b, kind) and same_thing(b, a, kind)


@pytest.mark.parametrize("a, b, kind", [
    ("UN", "United Nations Children's Fund", "ORG"),       # two letters: no early stop
    ("NBC", "National Basketball Association", "ORG"),
    ("RHD", "Rivertown Medical Center", "ORG"),
    ("Mark Lee", "Mary Lea", "PERSON"),
    ("Harry Kane", "Hernan Dario Gomez", "PERSON"),
])
def test_different_referents_stay_apart(a, b, kind):
    assert not same_thing(a, b, kind)


def test_distinct_keeps_the_first_name_of_each():
    got = distinct("Lakeside Water Board", ["CDC", "Centers for Disease Control and Prevention", "Tarn Council"],
                   "ORG")
    assert got == ["CDC", "Tarn Council"]


BODY = ("The Rivertown Health Department (RHD) said on Monday that flu cases fell for the second week.\n\n"
        "\"While we are encouraged that this week's numbers show a decline, flu remains widespread in the "
        "county,\" the RHD said in a statement.\n\n"
        "The Centers for Disease Control and Prevention reported similar declines across the state last "
        "week. The CDC urged residents to get vaccinated before the holidays.\n\n"
        "The Rivertown Medical Center opened a second clinic on Friday.")


@pytest.mark.slow
def test_a_body_and_its_short_name_are_not_both_options(context_of):
    qs = [q for q in who_said.generate(context_of(BODY)) if "encouraged" in q.prompt]
    assert qs
    for q in qs:
        assert not {"CDC", "Centers for Disease Control and Prevention"} <= set(q.choices)


CHOICE_BODY = ("The Rivertown Health Department closed three flu clinics on Monday after cases fell for a "
               "second week.\n\n"
               "The Centers for Disease Control and Prevention reported similar declines across the state last "
               "week. The CDC urged residents to get vaccinated before the holidays.\n\n"
               "The Rivertown School District said attendance had recovered.")


@pytest.mark.slow
def test_a_multiple_choice_never_offers_a_body_twice(context_of):
    for q in multiple_choice.generate(context_of(CHOICE_BODY)):
        assert not {"CDC", "Centers for Disease Control and Prevention"} <= set(q.choices), q.prompt
