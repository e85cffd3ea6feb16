"""'the second quarter' is a quarter of the year like the first or third (its 'second' is no clock
step); a quarter in a sentence telling play in a game is the game's, never a quarter of the year."""
from __future__ import annotations

import datetime as dt

import pytest

from quizgen.article import parse_article
from quizgen.pipeline import analyse


def _events(text: str, published: str = "2011-08-25") -> list[tuple[str, dt.date, str]]:
    parsed = analyse(parse_article(f"Title: Results\nPublished: {published}\n\n{text}"))
    return [(e.time_text, e.date, e.label) for e in parsed.events]


@pytest.mark.parametrize("text, label", [
    ("The cable company lost 238,000 subscribers in the second quarter.", "The cable company lost 238,000 subscribers"),
    ("Sales at the grocer rebounded in the second quarter.", "Sales at the grocer rebounded"),
])
def test_a_bare_second_quarter_is_a_quarter_of_the_year(text: str, label: str) -> None:
    assert ("the second quarter", dt.date(2011, 4, 1), label) in _events(text)


@pytest.mark.parametrize("text", [
    "The home side scored a touchdown in the third quarter.",
    "The visitors threw an interception in the first quarter.",
    "After the second quarter, a singer performed the halftime show.",
])
def test_a_game_quarter_is_no_quarter_of_the_year(text: str) -> None:
    assert _events(text, "2016-02-08") == []
