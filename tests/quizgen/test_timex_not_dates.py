"""Numbers, names and idioms that look like dates but name none: house numbers, debts named by their
maturity, plans named by a target year, 'at the end of the day' (ultimately), 'the current period';
and a happening moved 'from Tuesday to Friday' is dated on the new day, not across both."""
from __future__ import annotations

import pytest

from quizgen import build_lesson, find_times


def _values(text: str, published: str = "2024-05-08") -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in find_times(text, published=published)]


NOT_A_YEAR = [
    # a house number before a street's name and type
    ("A woman, 34, of 1875 Maple Drive was charged on Monday.", [("Monday", "2024-05-06")]),
    ("The owner of 1862 Ninth St. sold it in 2019.", [("2019", "2019")]),
    ("Smoke rose from 1966 West Harbor Avenue.", []),
    ("Police said the owner of 1951 Birch Court fled.", []),
    # a debt named by the year it falls due
    ("The airline's 2027 bonds slid further.", []),
    ("The firm's 2029 notes were downgraded on Tuesday.", [("Tuesday", "2024-05-07")]),
    # a cohort named by its year
    ("The Class of 2031 met the mayor on Tuesday.", [("Tuesday", "2024-05-07")]),
    # a plan named by its target year
    ("Ministers praised the 2040 Agenda for cleaner rivers.", []),
    # an award named 'of the Year' or 'of the Month' is a title, not the current period
    ("Best Song of the Year went to a folk duo from Ohio.", []),
    ("The goalkeeper was named Player of the Month on Sunday.", [("Sunday", "2024-05-05")]),
    ("Exports fell later in the year.", [("the year", "2024")]),
]


@pytest.mark.parametrize("text, expected", NOT_A_YEAR)
def test_a_number_in_an_address_or_a_name_is_no_year(text, expected):
    assert _values(text) == expected


STILL_A_YEAR = [
    ("In 1998 Main Street flooded.", [("1998", "1998")]),
    ("The 1999 Elm Street fire killed three.", [("1999", "1999")]),
    ("A 2016 Supreme Court ruling still stands.", [("2016", "2016")]),
    ("The 2012 bond sale drew few buyers.", [("2012", "2012")]),
]


@pytest.mark.parametrize("text, expected", STILL_A_YEAR)
def test_a_year_before_a_capitalised_name_or_a_debt_sale_stays_a_year(text, expected):
    assert _values(text) == expected


def test_at_the_end_of_the_day_set_off_by_a_comma_is_the_idiom():
    assert _values("At the end of the day, the voters will choose.") == []
    assert _values("Markets dipped at the end of the day.") == [("the end of the day", "2024-05-08")]


def test_the_current_period_names_no_quarter():
    assert _values("Margins in the current period shrank.") == [("current", "PRESENT_REF")]


def test_a_weekday_moved_to_is_the_date_and_no_span():
    events = build_lesson("The hearing was postponed from Monday to Thursday.", published="2024-05-08").events
    assert [(e.date.strftime("%A"), e.date_end) for e in events] == [("Thursday", None)]


MOVES = [
    ("Organisers moved the concert from June 14 to June 21.", "June 21"),
    ("The launch was brought forward from August 9 to August 2.", "August 2"),
    ("The vote has been pushed back from 2025 to 2026.", "2026"),
]


@pytest.mark.parametrize("text, new_date", MOVES)
def test_a_move_from_one_date_to_another_keeps_only_the_new_one(text, new_date):
    times = build_lesson(text, published="2024-05-08").times
    assert [(t.text, t.date_end) for t in times] == [(new_date, None)]


PROGRAMME_NOT_DAY = [
    # a broadcaster's programme named by a weekday and a part of the day
    ("The singer told CBS Sunday Morning that he was saddened.", []),
    ("The singer spoke on NBC's Sunday Night show.", []),
    ("The crew rested on Sunday morning.", [("Sunday morning", "2024-05-05")]),
]


@pytest.mark.parametrize("text, expected", PROGRAMME_NOT_DAY)
def test_a_programme_named_by_a_weekday_is_no_date(text, expected):
    assert _values(text) == expected
