"""A date that is a yardstick or another clause's does not date the main clause: 'the fewest since 1961',
a gerund after 'since', a perfect participle, a game's quarter, and a comparison year before 'the year'."""
from __future__ import annotations

import pytest

from quizgen import build_lesson


def _events(text: str, published: str) -> list[tuple[str, str]]:
    return [(e.date.isoformat(), e.label) for e in build_lesson(text, published=published).events]


@pytest.mark.parametrize("text", [
    # the superlative's 'since' year is the last time it was that low, not the selling
    "Ford sold the fewest cars in its home market since 1961.",
    "Ford sold the fewest cars in its home market since 1961, the company said.",
])
def test_since_year_after_a_superlative_dates_nothing(text):
    assert _events(text, "2008-12-05") == []


@pytest.mark.parametrize("text", [
    # 2015 is the winning's, not the earning's
    "The Dane earned $900,000 and 500 points, his first win since winning the Dutch Open in 2015.",
    "The Dane earned $900,000, having won the Dutch Open in 2015.",
])
def test_date_of_a_gerund_or_participle_dates_its_own_happening(text):
    assert _events(text, "2022-10-10") == [("2015-01-01", "The Dane won the Dutch Open")]


def test_quarter_of_a_game_report_is_no_quarter_of_the_year():
    text = ("The Eagles beat the Giants 24-17 on Sunday. Hurts threw a touchdown pass. The quarterback was "
            "sacked twice. The Eagles built a big lead in the first quarter.")
    assert _events(text, "2022-12-05") == [("2022-12-04", "The Eagles beat the Giants")]


def test_quarter_of_an_earnings_report_stays():
    text = "Acme reported a third-quarter profit of $2 billion on Tuesday. Profit in the second quarter rose 5 percent."
    assert ("2022-04-01", "Profit rose 5 percent") in _events(text, "2022-10-20")


@pytest.mark.parametrize("text, expected", [
    ("Car sales rose in 2008. They totaled 13.2 million for the year, down from 16.1 million in 2007. "
     "Dealers cut 20,000 jobs in the year.", ("2008-01-01", "Dealers cut 20,000 jobs")),
    ("Profit in 2008 was higher than in 2007. The firm hired 300 people during the year.",
     ("2008-01-01", "The firm hired 300 people")),
])
def test_the_year_after_a_comparison_year_is_the_story_year(text, expected):
    assert expected in _events(text, "2009-01-06")


def test_date_after_a_dated_reduced_relative_is_the_main_clause():
    """'set last year by Tom Hale' keeps its own date; 'on Sunday' is the breaking's, and 'by' + a
    doer is no deadline that would put Sunday ahead."""
    events = _events("Dubois broke the tournament's scoring record set last year by Tom Hale on Sunday.", "2022-10-10")
    assert [d for d, _ in events] == ["2021-01-01", "2022-10-09"]
    assert events[1][1].startswith("Dubois broke")


def test_since_date_of_a_clause_beside_a_superlative_stays():
    """'the first city where ...: Since June, X has charged': 'first' is another clause's, the charging
    began in June."""
    text = ("The approval would make Tempe the first city where two companies operate taxis: Since June, "
            "Cruise has charged for rides in areas of the city.")
    assert [d for d, _ in _events(text, "2023-05-04")] == ["2022-06-01"]


def test_one_date_of_a_reduced_relative_stays_its_own():
    """'charged in the June 3, 2001, robbery': one date, the charging's, not a second one for the main verb."""
    text = "Police now seek two former guards charged in the June 3, 2001, robbery of a bank in Leeds."
    assert not any(label.startswith("Police") for _, label in _events(text, "2003-06-07"))
