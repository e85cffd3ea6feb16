"""A comparison date inside a clause ('the fewest since 1959', 'levels not seen since 1959') is the
claim's yardstick, not when it happened: another date's label keeps it, and it dates no event."""
from __future__ import annotations

import pytest

from quizgen import build_lesson


def _events(text: str, published: str) -> list[tuple[str, str]]:
    return [(e.date.isoformat(), e.label) for e in build_lesson(text, published=published).events]


@pytest.mark.parametrize("text, published, expected", [
    # a superlative measured against a year: without 'since 1961' the label says the fewest ever
    ("In 2019, the bakery sold the fewest loaves in its home town since 1961.", "2020-02-03",
     [("2019-01-01", "The bakery sold the fewest loaves in its home town since 1961")]),
    # a reduced relative 'not seen since ...': cut there, the clause ends on 'to levels not seen'
    ("Ticket prices climbed last year to levels not seen since 1987.", "2020-02-03",
     [("2019-01-01", "Ticket prices climbed to levels not seen since 1987")]),
    # a ranked noun's participle: 'the highest level recorded since ...'
    ("Last year bread prices climbed to the highest level recorded since 1951.", "2020-02-03",
     [("2019-01-01", "Bread prices climbed to the highest level recorded since 1951")]),
    # 'its first title since ...' on a noun
    ("Last year the rowing club won its first league title since 1994.", "2020-02-03",
     [("2019-01-01", "The rowing club won its first league title since 1994")]),
])
def test_comparison_date_stays_in_the_other_dates_label(text, published, expected):
    assert _events(text, published) == expected


@pytest.mark.parametrize("text, published, expected", [
    # a state's start is no yardstick: 'since 1901' is left out of the 2005 hiring's label
    ("The mill has been independent since 1901, and in 2005 it hired 300 weavers.", "2020-02-03",
     [("2005-01-01", "The mill hired 300 weavers")]),
    # a series since a date ('rallies held since May') is no yardstick: its start stays an event
    ("Fans marched at many rallies held since early May.", "2020-02-03",
     [("2019-05-01", "Many rallies were held")]),
])
def test_other_since_dates_still_left_out(text, published, expected):
    assert _events(text, published) == expected
