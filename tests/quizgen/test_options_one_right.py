"""Exactly one right option: no wrong date the article also gives for the asked state, no body cut from a
person's title offered as a speaker, other names of a blanked country accepted, no year swapped beside
'so far'."""
from __future__ import annotations

import pytest

from quizgen.index import build_index
from quizgen.questions import multiple_choice, true_false
from quizgen.questions.also_true_dates import told_on
from quizgen.questions.fill_blank import accepted

pytestmark = pytest.mark.slow

PUBLISHED = "2021-03-09"

SHELTERS = ("Hundreds of families in the northern valley waited out the storm in school gyms Tuesday, "
            "driven from their homes by rising water. "
            "The river first spilled over its banks Saturday. "
            "More than 900 people were in school gyms as of late Monday, the mayor said. "
            "Crews cleared fallen trees from the main road on Sunday.")


def test_a_day_the_same_state_is_told_is_never_a_wrong_option(context_of):
    ctx = context_of(SHELTERS)
    asked = [q for q in multiple_choice.generate(ctx) if q.answer == "Tuesday"]
    assert asked, "the when-question on the gyms is made"
    for q in asked:
        assert "Monday" not in q.choices      # 'were in school gyms as of late Monday': also right
        assert len(q.choices) == 4


def test_a_day_of_another_happening_may_stay_an_option(context_of):
    ctx = context_of(SHELTERS)
    asked = [q for q in multiple_choice.generate(ctx) if q.answer == "Saturday"]
    for q in asked:
        assert len(q.choices) == 4


@pytest.mark.parametrize("value, told, expected", [
    ("Sunday", {"late sunday"}, True),
    ("Sunday", {"sunday"}, True),
    ("Sunday", {"monday"}, False),
])
def test_told_on_reads_a_weekday_inside_a_date(value, told, expected):
    assert told_on(value, told) is expected


TITLED = ("Police are looking for a man who broke into a pharmacy on Friday, according to "
          "Victoria Police Chief Ann Dorsey. Store owner Mark Feld said the door was forced open.")


def test_a_police_force_before_a_title_is_no_person(parsed_of):
    kinds = {m.text: m.kind for m in build_index(parsed_of(TITLED)).mentions}
    assert kinds.get("Victoria Police") != "PERSON"
    assert kinds.get("Ann Dorsey") == "PERSON"


@pytest.mark.parametrize("answer, article, expected", [
    ("Britain", "Britain voted. Lawmakers want the U.K. to stay.", {"U.K.", "the U.K."}),
    ("U.S.", "The U.S. said so. The United States agreed.", {"United States"}),
    ("U.S.", "The U.S. said so. Bank of America agreed.", set()),          # 'America' inside a name
    ("Britain", "Britain voted. Voters in England stayed home.", set()),   # a part is not the whole
])
def test_a_blanked_country_accepts_its_other_names_in_the_article(answer, article, expected):
    assert set(accepted(answer, answer, article)) == expected


RUNNING = ("Factories in the region added 4,200 jobs in May, the trade group reported on Tuesday. "
           "The average monthly job gain at the region's factories for 2020 so far is 52,000, close to "
           "the 50,000 average for 2019. Wages rose 2 percent.")


def test_a_year_marked_so_far_is_never_swapped(context_of):
    ctx = context_of(RUNNING, "2020-06-02")
    false = [q for q in true_false.generate(ctx) if q.answer == "False" and "so far" in q.prompt]
    assert false, "a false statement is made of the sentence"
    assert all("2020 so far" in q.prompt for q in false)     # a figure of the clause is swapped instead
