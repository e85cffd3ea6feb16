"""A year that ends the name of a contest or gathering ('At Worlds 2014', 'at the World Cup 2010') dates
what happened there; a year after a product's name ('Windows 2000') still dates nothing."""
from __future__ import annotations

import datetime as dt

import pytest

from quizgen.article import parse_article
from quizgen.pipeline import analyse


def _events(text: str) -> list[tuple[dt.date, str]]:
    parsed = analyse(parse_article(f"Title: Story\nPublished: 2023-11-19\n\n{text}"))
    return [(e.date, e.label) for e in parsed.events]


@pytest.mark.parametrize("text, year, label", [
    ("At Worlds 2014, the Korean team was beaten by a Chinese side.", 2014,
     "The Korean team was beaten by a Chinese side"),
    ("At the World Cup 2010, Spain beat the Netherlands.", 2010, "Spain beat the Netherlands"),
    ("At Wimbledon 2019, Djokovic beat Federer in the final.", 2019, "Djokovic beat Federer in the final"),
])
def test_a_year_ending_an_event_name_dates_its_clause(text: str, year: int, label: str) -> None:
    assert (dt.date(year, 1, 1), label) in _events(text)


@pytest.mark.parametrize("text", [
    "The phone maker launched Windows 2000 in the spring.",
    '"This quarter shows that Vista and Office 2000 are doing fine," the analyst said.',
    "Strong sales of Office 2000 helped the company beat forecasts, analysts said.",
])
def test_a_product_year_stays_no_date(text: str) -> None:
    assert all(d.year != 2000 for d, _ in _events(text))


def test_a_year_after_a_sentence_opener_still_dates() -> None:
    assert any(d.year == 2000 for d, _ in _events("In 2000, the phone maker launched a new operating system."))
