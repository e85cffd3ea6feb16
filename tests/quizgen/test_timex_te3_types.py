"""TIME, DURATION and extent rules of the temporal tagger (TE3 all-types figure): each case fails without its rule."""
from __future__ import annotations

import pytest

from quizgen import find_times


def _tagged(text: str, published: str, calendar: bool = False) -> dict[str, tuple[str, str]]:
    return {t.text: (t.type, t.value) for t in find_times(text, published=published, calendar=calendar)}


COUNTED_DAYS = [
    # a copula ties the counted day to the text's own day ...
    ("Rain fell on the camp again. Today is the fifth day of the siege.", "the fifth day", ("DATE", "2021-06-10")),
    ("Shelling went on. It's the third day of the offensive on the town.", "the third day", ("DATE", "2021-06-10")),
    # ... or to the date named right before it
    ("Students marched Monday. Monday was the second day of the strike.", "the second day", ("DATE", "2021-06-07")),
]


@pytest.mark.parametrize("text, expression, tagged", COUNTED_DAYS)
def test_a_counted_day_tied_to_a_date_is_that_day(text, expression, tagged):
    assert _tagged(text, "2021-06-10").get(expression) == tagged


NOT_FROM_NOW = [
    # 'the last year of his term' is not last year, 'the last day of the drill' not the past day
    ("The mayor resigned in the last year of his term.", "the last year"),
    ("The navy fired missiles on the last day of the drill.", "the last day"),
    ("The deal was signed in the last month of 2019.", "the last month"),
]


@pytest.mark.parametrize("text, expression", NOT_FROM_NOW)
def test_a_unit_counted_within_a_happening_is_no_period_of_now(text, expression):
    assert expression not in _tagged(text, "2021-06-10")


def test_a_counted_day_with_nothing_to_tie_it_stays_untagged():
    assert "the first day" not in _tagged("Voters lined up on the first day of the election.", "2021-06-10")


TONIGHT = [
    ("Polls close at 8:00 tonight across the state.", "8:00 tonight", "2021-06-10T20:00"),
    ("The council votes tonight at 9:15, aides said.", "tonight at 9:15", "2021-06-10T21:15"),
    # a written a.m. stays in the morning
    ("The curfew ends at 5 a.m. tonight, officials said.", "5 a.m. tonight", "2021-06-10T05:00"),
]


@pytest.mark.parametrize("text, expression, value", TONIGHT)
def test_a_clock_said_of_tonight_is_in_the_evening(text, expression, value):
    assert _tagged(text, "2021-06-10")[expression] == ("TIME", value)


DAYS_LATER = [
    # TimeML (TimeBank) tags days counted from the story's event as a DURATION ...
    ("The plant closed on May 3. Three days later, the firm sold it.", "Three days later", ("DURATION", "P3D"),
     ("DATE", "2021-05-06")),
    ("The plant closed on May 3. A few days later, rivals moved in.", "A few days later", ("DURATION", "PXD"),
     ("DATE", "FUTURE_REF")),
    ("Talks failed on May 3. A day earlier, trucks had crossed.", "A day earlier", ("DURATION", "P1D"),
     ("DATE", "2021-05-02")),
]


@pytest.mark.parametrize("text, expression, timeml, calendar", DAYS_LATER)
def test_days_later_are_a_duration_in_timeml_and_a_day_on_the_calendar(text, expression, timeml, calendar):
    assert _tagged(text, "2021-06-10")[expression] == timeml
    assert _tagged(text, "2021-06-10", calendar=True)[expression] == calendar


def test_a_year_earlier_stays_a_date():
    # ... while 'a year earlier', a results comparison, stays the year-back date
    assert _tagged("Sales rose to $9 million from $8 million a year earlier.", "2021-06-10")["a year earlier"][0] == \
        "DATE"
