"""DATE values for 'the past week' and for decades counted back or on ('a decade ago')."""
from __future__ import annotations

import pytest

from quizgen import find_times


def _values(text: str, published: str) -> dict[str, str]:
    return {t.text: t.value for t in find_times(text, published=published)}


PAST_SEVEN_DAYS = [
    # told on a Thursday or later, most of the seven days just gone lie in the publication's own week
    ("The shop lost a few tenants in the past week.", "2011-10-06", "the past week", "2011-W40"),
    ("Prices have climbed over the last week.", "2011-10-07", "the last week", "2011-W40"),
]


@pytest.mark.parametrize("text, published, expression, value", PAST_SEVEN_DAYS)
def test_the_past_week_is_the_seven_days_up_to_publication(text, published, expression, value):
    assert _values(text, published)[expression] == value



DECADES_BACK = [
    # ten years back from a known year is a year, not the decade it falls in
    ("The browser shipped nearly a decade ago with the new system.", "2011-03-08", "nearly a decade ago", "2001"),
    ("The bridge opened two decades ago.", "2011-03-08", "two decades ago", "1991"),
    ("The mill was founded a century ago.", "1999-05-01", "a century ago", "1899"),
    ("The mill opened in 1962. Two decades later, it closed.", "1999-05-01", "Two decades later", "1982"),
]


@pytest.mark.parametrize("text, published, expression, value", DECADES_BACK)
def test_decades_back_from_a_year_are_a_year(text, published, expression, value):
    assert _values(text, published)[expression] == value
