"""A story that tells of its own publication day and then names the weekday after it bare: that weekday is
the day after publication (the story was updated or filed for the next day), not six days back."""
from __future__ import annotations

import pytest

from quizgen import build_lesson, find_times


def _values(text: str, published: str, word: str) -> list[str]:
    return [t.value for t in find_times(text, published=published) if t.text.startswith(word)]


@pytest.mark.parametrize("text, published, word, value", [
    # published Monday: the blaze began Monday, so 'Tuesday evening' is the next day
    ("A brush fire broke out Monday afternoon near the reservoir. Crews widened the evacuation zone Tuesday "
     "evening as the flames moved east.", "2022-05-02", "Tuesday", "2022-05-03"),
    # published Friday: the arrest was Friday, the hospital spoke on Saturday
    ("Police arrested the driver Friday night after a long search. A hospital spokesman said Saturday that "
     "the man was in fair condition.", "2021-06-04", "Saturday", "2021-06-05"),
    # a possessive of that next day is the same day, already past when the update was written
    ("The storm reached the island Monday morning. Tuesday's floods cut the only road to the port.",
     "2022-05-02", "Tuesday", "2022-05-03"),
    # the publication weekday may come after the one it moves
    ("The toll rose to 40 on Monday, the ministry said. The storm struck the coast on Sunday.", "2023-03-05",
     "Monday", "2023-03-06"),
])
def test_the_weekday_after_publication_is_read_ahead(text, published, word, value):
    assert [v[:10] for v in _values(text, published, word)] == [value]


@pytest.mark.parametrize("text, published, word, value", [
    # the text never names Monday: six days back stays a possibility the tense decides
    ("The council approved the budget Tuesday, its chairman said.", "2022-05-02", "Tuesday", "2022-04-26"),
    # a dateline with the month is not the story telling of its day
    ("Monday, May 2, 2022. The council approved the budget Tuesday, its chairman said.", "2022-05-02",
     "Tuesday", "2022-04-26"),
    # 'last Tuesday' is said outright
    ("The fire broke out Monday. Crews had cleared the brush last Tuesday.", "2022-05-02", "last Tuesday",
     "2022-04-26"),
])
def test_other_weekdays_six_days_back_stay_behind(text, published, word, value):
    assert _values(text, published, word) == [value]


def test_the_next_day_dates_the_timeline_event():
    text = ("A brush fire broke out Monday afternoon near the reservoir, forcing hundreds of residents to leave. "
            "Firefighters stopped the fire's advance on Tuesday evening, the county said.")
    events = [(e.date.isoformat(), e.label) for e in build_lesson(text, published="2022-05-02").events]
    assert "2022-04-26" not in [d for d, _ in events]
