"""A happening told on a later day that names its own earlier day ('were hurt in Monday's fire, the
council said Tuesday') is dated by its own day, not by the day of the telling."""
from __future__ import annotations

from quizgen import build_lesson


def _events(body: str) -> list[tuple[str, str]]:
    lesson = build_lesson("Title: A short story\nPublished: 2019-03-14\n\n" + body)
    return [(e.date.isoformat(), e.label) for e in lesson.events]


def test_told_happening_keeps_its_own_day():
    events = _events("At least 30 people were hurt in Monday's fire, the council said on Tuesday. "
                     "The market reopened on Thursday.")
    assert ("2019-03-11", "At least 30 people were hurt in Monday's fire") in events
    assert not any(d == "2019-03-12" for d, _ in events)


def test_day_after_a_sequence_word_does_not_date_the_told_happening():
    # 'after Sunday's storm' bounds the repairs; they stay at the day they were told
    events = _events("Crews repaired 40 power lines after Sunday's storm, the utility said Tuesday. "
                     "The market reopened on Thursday.")
    assert not any(d == "2019-03-10" for d, _ in events)
