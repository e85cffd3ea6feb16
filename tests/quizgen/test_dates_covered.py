"""Dates from the issue-11 review of judged timelines (sets 17-28): a year that is the period a plan
covers, or a fiscal or school year, is not the calendar year of the clause's happening."""
from __future__ import annotations

import datetime as dt

from quizgen.article import parse_article
from quizgen.pipeline import analyse


def _events(title: str, published: str, text: str) -> list:
    return analyse(parse_article(f"Title: {title}\nPublished: {published}\n\n{text}")).events


def test_a_year_describing_a_forecast_does_not_date_raising_it() -> None:
    text = "Corvel Foods posted a loss on Monday. Corvel lowered its 2019 sales forecast to $2 billion."
    events = _events("Corvel posts loss", "2019-08-06", text)
    assert [e.label for e in events if e.time_text == "2019"] == []


def test_a_fiscal_year_is_not_the_calendar_year() -> None:
    text = "Norvik Power said Tuesday that it will sell its shipping arm in fiscal 2021."
    events = _events("Norvik to sell shipping arm", "2021-02-09", text)
    assert [e.time_text for e in events] == ["Tuesday"]


def test_a_school_year_span_is_not_two_calendar_years() -> None:
    text = ("The Elmdale board voted Wednesday to merge two schools. "
            "Pupils of both schools will share one building in the 2022-23 school year.")
    events = _events("Elmdale board merges schools", "2021-11-18", text)
    assert [(e.date, e.time_text) for e in events] == [(dt.date(2021, 11, 17), "Wednesday")]


def test_a_year_of_a_happening_still_dates_it() -> None:
    text = "The Elmdale choir won the regional contest in 2019 and sang at the state fair in 2020."
    events = _events("Elmdale choir", "2021-11-18", text)
    assert [e.date.year for e in events] == [2019, 2020]


def test_a_figure_told_for_a_fiscal_year_keeps_the_year() -> None:
    text = "Norvik Power said Tuesday that its revenue was $4.2 billion in fiscal 2020."
    events = _events("Norvik revenue", "2021-02-09", text)
    assert (dt.date(2020, 1, 1), "year") in [(e.date, e.precision) for e in events]


def test_next_years_budget_is_not_dated_next_year() -> None:
    text = "The Dunmore mayor said Monday that the town faces a deficit. Next year's budget begins July 1."
    events = _events("Dunmore deficit", "2009-02-10", text)
    assert [e.time_text for e in events if e.precision == "year"] == []


def test_an_academic_year_written_after_its_noun_is_not_two_calendar_years() -> None:
    text = "Trustees of Elm College announced a tuition rise of 3 percent for the academic year 2015-16."
    events = _events("Elm College tuition", "2015-03-04", text)
    assert [e.time_text for e in events] == []
