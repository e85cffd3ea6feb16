"""Tagger shapes fixed on the dates7 branch (issue 11): possessive months, spelled counts that are no year,
fractions of years back, weekday habits with a part of the day, and a perfect conjunct keeping no past date."""
from __future__ import annotations

import datetime as dt

import pytest

from quizgen import find_times
from quizgen.article import parse_article
from quizgen.pipeline import analyse

PUB = "2024-03-13"          # a Wednesday


def _tag(text: str, published: str = PUB) -> dict[str, tuple[str, str]]:
    return {t.text: (t.type, t.value) for t in find_times(text, published=published)}


@pytest.mark.parametrize("text, span, type_, value", [
    # a possessive month is a date, as 'December’s' with a curly apostrophe already was
    ("Officials revised December's jobless figures.", "December", "DATE", "2023-12"),
    ("Last May's vote was close.", "Last May", "DATE", "2023-05"),
    # a possessive after 'Friday to' is no range end: the month is placed on its own
    ("After a revision Friday to December's figures, hiring looks strong.", "December", "DATE", "2023-12"),
    # a year and a half back lands on a month
    ("The mill closed a year and a half ago.", "a year and a half ago", "DATE", "2022-09"),
    ("The mill closed two and a half years ago.", "two and a half years ago", "DATE", "2021-09"),
    ("The mill closed a decade and a half ago.", "a decade and a half ago", "DATE", "2009"),
    ("Rescuers came a minute and a half later.", "a minute and a half later", "DURATION", "PT1M30S"),
    # a weekday's part of the day as a habit
    ("The market opens on Friday evenings.", "Friday evenings", "SET", "XXXX-WXX-5TEV"),
    ("The choir sings every Sunday morning.", "every Sunday morning", "SET", "XXXX-WXX-7TMO"),
])
def test_shape(text: str, span: str, type_: str, value: str) -> None:
    assert _tag(text).get(span) == (type_, value)


@pytest.mark.parametrize("text", [
    "April's brother opened the shop.",                      # a given name's possessive
    "Two thousand people marched through the town.",         # a count, not the year 2000
    "The walls have stood for more than two thousand years.",
    "Two thousand of them signed the letter.",
])
def test_no_date(text: str) -> None:
    assert all(t.type != "DATE" or not t.value.startswith(("2000", "2023-04", "2024-04"))
               for t in find_times(text, published=PUB)), _tag(text)


@pytest.mark.parametrize("text, span, value", [
    ("In two thousand the dam was finished.", "two thousand", "2000"),
    ("Plans for the year two thousand were drawn up.", "the year two thousand", "2000"),
    ("In two thousand and eight the bank failed.", "two thousand and eight", "2008"),
])
def test_spelled_year_still_a_year(text: str, span: str, value: str) -> None:
    assert _tag(text)[span] == ("DATE", value)


def test_a_perfect_conjunct_keeps_no_past_date() -> None:
    """'was launched in May 2020 but has sold ...': the sales run to now; only the launch has the month."""
    parsed = analyse(parse_article("Title: Story\nPublished: 2024-03-13\n\n"
                                   "The Orbit scooter was launched in May 2020 but has already sold two million units "
                                   "across Europe."))
    dated = [(e.date, e.label) for e in parsed.events if e.date == dt.date(2020, 5, 1)]
    assert any("launched" in label for _, label in dated), dated
    assert not any("sold" in label for _, label in dated), dated


def test_a_dated_preposition_ending_the_text_does_not_crash() -> None:
    """'... will meet China in 1999' with no full stop: the date's preposition ends the document."""
    from quizgen import build_lesson
    build_lesson("The minister will meet China in 1999", published=dt.date(2000, 1, 1))
