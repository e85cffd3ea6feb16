"""A capitalised season after a capitalised name word is a surname ('spokesman Al Summer said'), not a
season; a season led by a date word ('Last Winter', 'In Spring') stays a date."""
from __future__ import annotations

import datetime as dt

from quizgen import build_lesson, find_times


def _texts(text: str) -> list[str]:
    return [t.text for t in find_times(text, published=dt.date(2019, 3, 14))]


def test_season_after_a_first_name_is_a_surname():
    assert _texts("The county's spokesman Al Summer said the road would reopen.") == []
    assert _texts("Park ranger Jo Winter counted the geese.") == []


def test_season_led_by_a_date_word_stays_a_date():
    assert _texts("Last Winter was very cold.") == ["Last Winter"]
    assert _texts("The dam was finished in Spring 2016.") == ["Spring 2016"]


def test_surname_season_dates_no_event():
    lesson = build_lesson("Title: A short story\nPublished: 2019-03-14\n\nThe county's spokesman Al Summer "
                          "said the road would reopen soon. The bridge collapsed on Saturday.")
    assert [e.date.isoformat() for e in lesson.events] == ["2019-03-09"]
