"""Timeline dates on real-news wordings: spans and alternatives are one event, lengths and bounds
belong to their own clause (issue 11)."""
from __future__ import annotations

import datetime as dt

import pytest

from quizgen import build_lesson
from quizgen.timex import find_times

D = dt.date


def _dated(text: str, published: str) -> list[tuple[dt.date, dt.date | None, str]]:
    return [(e.date, e.date_end, e.time_text) for e in build_lesson(text, published=published).events]


@pytest.mark.parametrize("text, published, date, date_end", [
    # a day range inside one month
    ("The ten-day trek will take place September 11–24, the organisers said.", "2009-04-22",
     D(2009, 9, 11), D(2009, 9, 24)),
    # a span of years written with a dash
    ("Cholera spread across the northern provinces in 1996–1999, killing thousands of people.", "2010-09-01",
     D(1996, 1, 1), D(1999, 1, 1)),
    # alternatives: either month, so the span of both
    ("The new plan will be sent to parliament in April or May 2006, the minister said.", "2006-01-10",
     D(2006, 4, 1), D(2006, 5, 1)),
])
def test_span_or_alternative_is_one_event(text, published, date, date_end):
    found = _dated(text, published)
    assert [(d, e) for d, e, _ in found] == [(date, date_end)], found


@pytest.mark.parametrize("text, published, day", [
    # the length belongs to a relative clause, not to the dated one
    ("Yesterday, the council honoured a former mayor who served for 33 days in 1978.", "2022-09-05",
     D(2022, 9, 4)),
    # the length belongs to the mission expected, not to the launch
    ("The two pilots had been launched on June 5 for what was expected to be an eight-day mission.",
     "2024-08-26", D(2024, 6, 5)),
])
def test_length_of_another_clause_gives_no_end(text, published, day):
    found = _dated(text, published)
    assert (day, None) in [(d, e) for d, e, _ in found], found


def test_vague_period_said_again_as_a_day_is_that_day():
    text = ("The company sold its old ferry last month. Its new ferry will sail at the end of the month "
            "on April 29, the company said.")
    found = _dated(text, "2011-04-13")
    assert all(t != "the end of the month" for _, _, t in found), found
    assert D(2011, 4, 29) in [d for d, _, _ in found]


@pytest.mark.parametrize("published, phrase, value", [
    ("2023-05-11", "next summer", "2024-SU"),      # in May, 'this summer' is the one ahead
    ("2023-10-02", "next summer", "2024-SU"),
    ("2023-05-11", "next winter", "2023-WI"),
    ("2023-05-11", "the coming summer", "2023-SU"),
])
def test_next_season(published, phrase, value):
    (tx,) = [t for t in find_times(f"The firm expects its fleet to double by {phrase}.", published=D.fromisoformat(published))
             if t.type == "DATE"]
    assert tx.value == value


@pytest.mark.parametrize("text, published, not_a_date", [
    # a lower bound back in time names no year or decade
    ("The company started as a small research project over a decade ago.", "2023-05-11", D(2010, 1, 1)),
    ("The company started as a small research project over a decade ago.", "2023-05-11", D(2013, 1, 1)),
    # 'since' hung on 'first': the yardstick of a first, not the game's date
    ("The win was the club's fourth title and their first since 1999.", "2016-02-09", D(1999, 1, 1)),
    # a perfect passive state ended 'until last week': nothing happened then
    ("The team had been denied visas to enter the country until last week, officials said.", "2017-07-21",
     D(2017, 7, 10)),
    # a year naming a law the parser did not tag as one
    ("Baker sued the hospital under the 2020 Patient Safety Act, which gave families two years to sue.",
     "2023-05-10", D(2020, 1, 1)),
    # 'before the summer' is some time before it, not in it
    ("The ministry will publish a new list of controls before the summer, the minister said.", "2023-03-08",
     D(2023, 6, 1)),
])
def test_not_the_date_of_the_happening(text, published, not_a_date):
    assert not_a_date not in [d for d, _, _ in _dated(text, published)]


@pytest.mark.parametrize("text", [
    "A team of chemists has modelled the spread of drought over 2020 - 2070 across southern Europe.",
    "The engineers found losses of river water by 2070 exceeded a fifth of current levels.",
])
def test_done_act_is_not_dated_at_the_later_period_it_is_about(text):
    """A past or present-perfect act with a later date on it: the date is what the act is about."""
    assert D(2070, 1, 1) not in [d for d, _, _ in _dated(text, "2014-07-28")]
