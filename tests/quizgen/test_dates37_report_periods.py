"""Event dates of business reports (dates37): the year-ago quarter after 'compared with' a figure, the year-ago
quarter read from a period's end day, the fiscal quarter after the one reported, the quarter a warning is of,
a gapped clause's month, a revised figure's months, and the month a told figure covers."""
from __future__ import annotations

import datetime as dt

import pytest

from quizgen.article import parse_article
from quizgen.pipeline import analyse

D = dt.date


def _parsed(text: str, published: str):
    return analyse(parse_article(f"Title: Results\nPublished: {published}\n\n{text}"))


def _events(text: str, published: str = "2005-10-20") -> list[tuple[str, dt.date, str, str]]:
    return [(e.time_text, e.date, e.precision, e.label) for e in _parsed(text, published).events]


def _times(text: str, published: str = "2005-10-20") -> dict[str, tuple[dt.date, str]]:
    return {t.text: (t.date, t.precision) for t in _parsed(text, published).times}


def test_compared_base_in_year_ago_quarter_dates_no_event():
    text = ("For the three months ended Sept. 30, the toy maker earned $41 million, compared with $52 million, "
            "in the year-ago quarter.")
    assert "the year-ago quarter" not in [t for t, *_ in _events(text)]


def test_year_ago_quarter_alone_keeps_its_date():
    text = "The toy maker earned $41 million in the third quarter. In the year-ago quarter, it earned $52 million."
    assert ("the year-ago quarter", D(2004, 7, 1), "quarter") in [e[:3] for e in _events(text)]


def test_year_ago_quarter_after_an_end_day_is_a_quarter():
    text = ("For the three months ended Sept. 30, the toy maker earned $41 million. "
            "That compares with $52 million in the year-ago quarter.")
    assert _times(text)["the year-ago quarter"] == (D(2004, 7, 1), "quarter")


def test_fiscal_quarter_after_the_reported_one_is_the_next():
    text = ("The toy maker reported a 30 percent drop in fourth-quarter profits Wednesday. "
            "It warned of weak sales in its fiscal first quarter. Revenue for the quarter fell 5 percent.")
    times = _times(text)
    assert times["fourth-quarter"] == (D(2005, 7, 1), "quarter")
    assert times["fiscal first quarter"] == (D(2005, 10, 1), "quarter")
    # the outlook does not become the quarter in view
    assert times["the quarter"] == (D(2005, 7, 1), "quarter")


def test_quarter_a_warning_is_about_dates_no_warning():
    text = ("The toy maker reported a 30 percent drop in fourth-quarter profits Wednesday. "
            "It warned of weak sales in its fiscal first quarter.")
    assert not any(label.endswith("warned of weak sales") for *_, label in _events(text))


def test_gapped_clause_month_gives_no_event_of_the_first_clause():
    events = _events("Factories added 90,000 jobs in May and far fewer in April than first thought.", "2011-06-03")
    assert ("May", D(2011, 5, 1)) in [(t, d) for t, d, *_ in events]
    assert "April" not in [t for t, *_ in events]


def test_revised_figure_months_date_no_revision():
    events = _events("The revised job growth for March and April cut the gain by 40,000.", "2011-05-06")
    assert not any(t in ("March", "April") for t, *_ in events)


def test_figure_of_a_month_stays_dated_by_its_month():
    events = _events("Sales of new homes for March rose 5 percent to a record.", "2011-05-06")
    assert ("March", D(2011, 3, 1)) in [(t, d) for t, d, *_ in events]


@pytest.mark.parametrize("text, want", [
    ("The ministry said Friday that exports rose 4 percent in August.", (D(2013, 8, 1), "month")),
    ("The chain said Thursday that its sales for the third quarter rose 3 percent.", (D(2013, 7, 1), "quarter")),
])
def test_told_figure_is_dated_by_the_period_it_covers(text, want):
    rows = [(d, p) for _, d, p, label in _events(text, "2013-10-04") if "rose" in label]
    assert rows == [want]


def test_told_plan_is_not_moved_to_a_past_period():
    rows = _events("The ministry said Friday that it will sell the bonds in November.", "2013-10-04")
    assert rows and all(d >= D(2013, 10, 4) for _, d, *_ in rows)
