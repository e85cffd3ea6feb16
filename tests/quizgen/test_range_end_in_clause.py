"""A 'from' phrase lacks its 'to' end only when the 'to' belongs to the phrase itself: a 'to' inside a
clause nested in the phrase ('from the pad used to send men to the moon') is that clause's, so the
label keeping the 'from' place is complete."""
from __future__ import annotations

import datetime as dt

from quizgen.article import parse_article
from quizgen.pipeline import analyse


def _events(text: str) -> list[tuple[dt.date, str]]:
    parsed = analyse(parse_article(f"Title: Story\nPublished: 2024-03-12\n\n{text}"))
    return [(e.date, e.label) for e in parsed.events]


def test_to_of_a_nested_clause_is_no_range_end() -> None:
    text = ("The Polar Star icebreaker sailed Tuesday from the same Norwegian harbor used by whalers "
            "nearly 200 years ago to ship oil to Europe. Thousands gathered to watch.")
    assert any(date == dt.date(2024, 3, 12) and "sailed" in label for date, label in _events(text))


def test_from_without_its_to_is_still_cut() -> None:
    text = "Household savings dropped on Tuesday from 10 percent of income to 2 percent, the bank said."
    labels = [label for _, label in _events(text)]
    assert not any(label.endswith("from 10 percent of income") for label in labels)
