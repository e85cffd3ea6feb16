"""Yearless dates inside a retold past take the story's year; ordinary news keeps reading them near publication."""
from __future__ import annotations

import pytest

from quizgen import find_times


def _values(text: str, published: str) -> dict[str, str]:
    return {t.text: t.value for t in find_times(text, published=published)}


RETOLD = ("Old council minutes released this week show how the bridge plan nearly failed.\n\n"
          "The mayor raised her doubts about the bridge with the engineer in the autumn of 1971.\n\n"
          "On November 9 the engineer wrote to her that the doubts were groundless.\n\n"
          "In early December she gave way and signed the order.\n\n"
          "The bridge opened in June 1973, after the engineer retired in April.\n\n"
          "Her doubts still echo in the debate about the bridge today, nearly 50 years later.")


@pytest.mark.parametrize("words, value", [
    ("November 9", "1971-11-09"),          # the paragraph before named the story's year, in the past
    ("early December", "1971-12"),         # carried on by the yearless date just read in it
    ("April", "1973-04"),                  # the same sentence's 'June 1973'
    ("nearly 50 years later", "2021"),     # from the story's year, no later than the telling
])
def test_a_yearless_date_in_a_retold_past_is_in_the_storys_year(words, value):
    assert _values(RETOLD, "2021-12-30")[words] == value


@pytest.mark.parametrize("text, published, words, value", [
    # the present came back ('On Monday'): March is the telling's
    ("The firm was set up in 1986.\nOn Monday it said profits fell in March.", "2014-12-29", "March", "2014-03"),
    # a year in a subordinate clause frames nothing
    ("While the town signed the contract in 1995, work stalled.\nIn March the mayor resigned.", "2010-08-14",
     "March", "2010-03"),
    # the end of a span is not a step of the story
    ("In 1987 the board approved a buyback.\nThe firm bought 90,000 shares through Sept. 29.", "1989-10-30",
     "Sept. 29", "1989-09-29"),
    # a day the text already told of in another year is that landmark again
    ("Since the flood struck on June 3, roads have stayed shut.\nIn June 2018, engineers warned the council.\n"
     "Officials were surprised by the flood on June 3.", "2021-07-10", "June 3", "2021-06-03"),
    # a pluperfect backstory is no retold past
    ("He had moved to the coast in May 1998.\nThe trip in November was his last, police said.", "2000-01-28",
     "November", "1999-11"),
])
def test_news_keeps_yearless_dates_near_publication(text, published, words, value):
    assert _values(text, published)[words] == value
