"""A crisis is a happening like a war or a flood: one its date names ('after the 1997 Asian financial crisis',
'the oil crisis of 1973') goes on the timeline as the happening it names."""
from __future__ import annotations

import datetime as dt

import pytest

from quizgen.article import parse_article
from quizgen.pipeline import analyse


def _events(text: str) -> list[tuple[dt.date, str]]:
    parsed = analyse(parse_article(f"Title: Story\nPublished: 2023-11-06\n\n{text}"))
    return [(e.date, e.label) for e in parsed.events]


@pytest.mark.parametrize("text, year, label", [
    ("The fund was set up after the 1997 Asian financial crisis.", 1997, "The 1997 Asian financial crisis took place"),
    ("Prices soared after the oil crisis of 1973.", 1973, "The oil crisis of 1973 took place"),
])
def test_a_dated_crisis_is_a_happening(text: str, year: int, label: str) -> None:
    assert (dt.date(year, 1, 1), label) in _events(text)
