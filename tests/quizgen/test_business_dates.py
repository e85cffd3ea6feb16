"""Dates in business and wire news that are not the time of their clause's happening: comparison bases,
forecast periods, record dates, changes measured since a day; and fiscal quarters and periods ended on a day."""
from __future__ import annotations

import datetime as dt

import pytest

from quizgen.article import parse_article
from quizgen.pipeline import analyse

D = dt.date


def _events(text: str, published: str) -> list[tuple[str, dt.date, str, str]]:
    parsed = analyse(parse_article(f"Title: Results\nPublished: {published}\n\n{text}"))
    return [(e.time_text, e.date, e.precision, e.label) for e in parsed.events]


def _texts(text: str, published: str = "1991-10-24") -> list[str]:
    return [t for t, *_ in _events(text, published)]


@pytest.mark.parametrize("text, gone", [
    # the earlier period is only the yardstick of a change measured now
    ("Net income at the steel maker rose 12% in the third quarter from a year earlier.", "a year earlier"),
    ("Quarterly profit at the bakery has risen this year over comparable periods in 1990.", "1990"),
    ("Orders at the shipyard fell 8% from the year-ago period.", "the year-ago period"),
    # a forecast or a stance is not dated at the period it talks about
    ("Analysts expect a loss next year for the shipyard.", "next year"),
    ("An analyst at a brokerage firm cut her estimate for next year to $3 a share.", "next year"),
    ("The chairman said Tuesday that he is cautious about next year.", "next year"),
    # the record date says who is paid, not when anything happens
    ("The bakery will pay the dividend Dec. 15 to holders of record Nov. 15.", "Nov. 15"),
    # the date of a base amount after 'from'
    ("Profit rose to $6 million from $5 million in the year-earlier quarter.", "the year-earlier quarter"),
    # the end of a past state: nothing the clause says happened then
    ("Mrs. Green served as mayor until 1974.", "1974"),
    # a change measured since a day is no happening of that day
    ("Since Monday, the bakery's shares have gained nearly 6%.", "Monday"),
])
def test_a_yardstick_date_gives_no_event(text, gone):
    assert gone not in _texts(text)


@pytest.mark.parametrize("text, kept", [
    # the year-ago period itself: what happened in it is dated there
    ("In the year-ago period, the bakery earned $3.1 million.", "the year-ago period"),
    # a plan under a forecast verb keeps its date
    ("The bakery expects to complete the sale next year.", "next year"),
    # the thing expected is due then
    ("Judges will rule on the appeal, which is expected next month.", "next month"),
    # an activity begun on the date is a happening of that date
    ("Since 1985 the library has lent schools over 3,000 old maps.", "1985"),
    # the payment date of the same sentence stays
    ("The bakery will pay the dividend Dec. 15 to holders of record Nov. 15.", "Dec. 15"),
    # a future stay until a date is a plan
    ("The ambassador will remain in the capital until March 3.", "March 3"),
    # 'a record' is not a record date
    ("Earnings at the airline soared 20% to a record in the fiscal second quarter.", "the fiscal second quarter"),
])
def test_a_happening_date_is_kept(text, kept):
    assert kept in _texts(text)


def test_a_fiscal_quarter_told_as_done_is_the_latest_quarter_ended():
    """A company's fiscal first quarter is not January-March: reported in October, it is the quarter
    that ended in September, and 'the quarter' after it is the same one."""
    events = _events("Earnings at the airline soared in the fiscal first quarter. "
                     "During the quarter, the airline sold 3 million shares to a partner.", "1991-10-24")
    assert [(t, d, p) for t, d, p, _ in events] == [("the fiscal first quarter", D(1991, 7, 1), "quarter"),
                                                    ("the quarter", D(1991, 7, 1), "quarter")]


def test_the_end_day_of_a_quarter_is_the_quarters():
    """'For the quarter ended Sept. 30, X earned ...': one event, at quarter precision."""
    events = _events("For the quarter ended Sept. 30, the bakery earned $4 million.", "1991-10-24")
    assert [(t, d, p) for t, d, p, _ in events] == [("the quarter", D(1991, 7, 1), "quarter")]


def test_a_period_ended_on_a_day_dates_no_clause():
    """'the six months ended Aug. 12': the day only ends the period the profit covers; judges mark a result
    dated to it wrong ('earned over the fiscal year that ended Sept. 30, not on that day'), so no event."""
    events = _events("The grocer posted a profit of $3 million for the six months ended Aug. 12.", "1991-10-24")
    assert events == []


def test_an_ordinal_second_of_a_named_period_is_no_clock_offset():
    """'the second quarter of 1990', 'the fiscal second quarter' count quarters of a year; 'a second
    later' is within a day already dated (and a game's bare 'second quarter' stays off the timeline)."""
    assert _texts("Sales at the grocer rose in the second quarter of 1990.") == ["the second quarter of 1990"]
    assert _texts("Earnings at the airline soared 20% in the fiscal second quarter.") == ["the fiscal second quarter"]
    assert _texts("The home side scored a touchdown in the second quarter.", "2016-02-08") == []


def test_a_date_after_before_and_a_gerund_is_the_gerunds():
    """'bought 5% of the stock before selling its stake in early March': March is the selling, done by
    the main clause's subject, not the buying."""
    events = _events("The fund bought 5% of the grocer's stock before selling its stake in early March.", "1991-10-24")
    assert [(t, label) for t, _, _, label in events] == [("early March", "The fund sold its stake")]


def test_a_gerund_after_before_keeps_a_future_main_clause_future():
    events = _events("The ferry will undergo repairs before sailing on Nov. 30.", "1991-10-24")
    assert [label for *_, label in events] == ["The ferry will sail"]


def test_a_gerund_after_a_present_main_clause_is_past():
    """'needs care after losing his mother last November': the losing, in the past."""
    events = _events("The boy needs care after losing his mother last November.", "2000-01-13")
    assert [label for *_, label in events] == ["The boy lost his mother"]


def test_a_date_in_a_reason_gerund_is_not_the_main_clauses():
    """'criticised the mayor for failing to repair the bridge in 1992': 1992 is not the criticism's."""
    assert "1992" not in _texts("On Sunday the candidate criticised the mayor for failing to repair the bridge in 1992.",
                                "1998-10-26")
