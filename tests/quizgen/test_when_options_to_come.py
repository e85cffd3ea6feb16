"""The year options of a clause still to come are the writing year and later: 'When does the council
expect to open the library?' keyed 2020 in a 2020 story, beside 2012 and 2017, is answered by tense
alone (judged: edited, rule 7)."""
from __future__ import annotations

import re

import pytest

from quizgen.questions import multiple_choice

PUBLISHED = "2020-02-03"

BODY = ("The town council expects to open the new library in 2020, the mayor said on Monday. "
        "The old library was built in 1998 and was repaired in 2012. "
        "Its roof was damaged by a storm in 2017, and the reading room closed in 2019.")


def _years(choices) -> list[int]:
    return [int(re.search(r"\d{4}", c).group()) for c in choices]


@pytest.mark.slow
def test_year_options_of_a_plan_are_not_past_years(context_of):
    asked = [q for q in multiple_choice.generate(context_of(BODY))
             if q.prompt.startswith("When") and "open" in q.prompt]
    assert asked, "no when question on the plan"
    for q in asked:
        assert q.answer == "2020"
        assert min(_years(q.choices)) >= 2020, q.choices


@pytest.mark.slow
def test_year_options_of_a_past_happening_stay_past(context_of):
    asked = [q for q in multiple_choice.generate(context_of(BODY))
             if q.prompt.startswith("When") and "repaired" in q.prompt]
    for q in asked:
        assert max(_years(q.choices)) <= 2020, q.choices
