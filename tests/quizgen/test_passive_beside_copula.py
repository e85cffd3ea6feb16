"""'were second best as they were beaten 2-1 by the visitors on Sunday': the parser hangs the passive's
'by' phrase and the date on the state's 'be'; the date is the passive's, the match lost that day."""
from __future__ import annotations

import datetime as dt

from quizgen.article import parse_article
from quizgen.pipeline import analyse


def _events(text: str) -> list[tuple[dt.date, str]]:
    parsed = analyse(parse_article(f"Title: Story\nPublished: 2024-07-14\n\n{text}"))
    return [(e.date, e.label) for e in parsed.events]


def test_the_passive_match_result_is_dated() -> None:
    text = ("Denmark outplayed Sweden to win the Nordic Cup for the first time thanks to a goal from Anna Holm.\n\n"
            "Marta Lind's Eagles, the reigning European champions, were second best as they were beaten 1-0 "
            "by the Danes in front of 40,000 fans at Parken Stadium on Sunday.\n\nSweden were seeking a third title.")
    assert any(date == dt.date(2024, 7, 14) and "beaten" in label for date, label in _events(text))
