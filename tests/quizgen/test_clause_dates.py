"""A date belongs to the clause it modifies: an infinitive, a relative clause or a noun of its own is
not the main clause, so the main clause is not dated with it, nor is a "when" question asked of it."""
from __future__ import annotations

import pytest

from quizgen import build_lesson


def _events(text: str, published: str) -> list[tuple[str, str]]:
    return [(e.date.isoformat(), e.label) for e in build_lesson(text, published=published).events]


@pytest.mark.parametrize("text, published, expected", [
    # the date is the trip's, not the decision's; the trip is still to come
    ("The mayor of the town has made the decision to fly to Lisbon on Thursday, his aide said.",
     "2023-05-02", [("2023-05-04", "The mayor of the town will fly to Lisbon")]),
    # 'announced plans to open ... next year': the opening is next year, not the announcement
    ("The bakery announced plans to open a shop in Leeds next year.", "2023-05-02",
     [("2024-01-01", "The bakery will open a shop in Leeds")]),
])
def test_date_of_a_planned_infinitive_dates_the_plan(text, published, expected):
    assert _events(text, published) == expected


@pytest.mark.parametrize("text, published, kept", [
    # 2040 is the target of the promise, which was made in 2018
    ("Orbis Mining pledged in 2018 to be free of coal by 2040.", "2023-05-02",
     ["2018-01-01"]),
    # 'next month' is the festival's: a past act is dated by no date to come
    ("The two singers cemented their places as favourites at the festival next month with wins on Sunday.",
     "2023-05-02", ["2023-04-30"]),
    # '35 years ago' dates the founding in the relative clause, not the naming
    ("Paul Hart was named chief executive of the company Adams co-founded 35 years ago.", "2023-05-02", []),
])
def test_date_of_another_clause_does_not_date_the_main_clause(text, published, kept):
    assert [d for d, _ in _events(text, published)] == kept



def test_date_a_happening_is_scheduled_for_is_the_happening():
    """'A meeting ... was scheduled for next month': next month is the meeting's, not the scheduling's."""
    events = _events("A review meeting on the new bus line was scheduled for next month.", "2023-05-02")
    assert events == [("2023-06-01", "A review meeting on the new bus line will take place")]
