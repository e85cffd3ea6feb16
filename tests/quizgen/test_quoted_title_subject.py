"""A title in quotation marks as a clause's subject ('"Harbor Lights" won best picture on Sunday')
is a name, not a speaker's words: the clause is a timeline event (issue 11, the article's main news)."""
from __future__ import annotations

import datetime as dt

import pytest

from quizgen.article import parse_article
from quizgen.pipeline import analyse


def _events(text: str) -> list[tuple[dt.date, str]]:
    parsed = analyse(parse_article(f"Title: Story\nPublished: 2023-11-03\n\n{text}"))
    return [(e.date, e.label) for e in parsed.events]


TUESDAY = dt.date(2023, 10, 31)


@pytest.mark.parametrize("text, words", [
    ('"Harbor Lights" won best picture at the Lantern Awards on Tuesday.', "won best picture at the Lantern Awards"),
    ("The musical “Salt Road” swept the stage awards on Tuesday, winning nine prizes.", "swept the stage awards"),
])
def test_a_quoted_title_subject_gives_an_event(text: str, words: str) -> None:
    events = _events(text)
    assert any(day == TUESDAY and words in label for day, label in events), events


def test_a_speakers_words_are_still_no_event() -> None:
    events = _events('"The season went well," Haines said on Tuesday.')
    assert all("season" not in label for _, label in events), events
