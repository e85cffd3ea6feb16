"""A date inside an after/before/since phrase is that phrase's happening's, not the main clause's; a
past passive plan dated with 'on' ('were planned on Wednesday') is the day it was, not a week ahead."""
from __future__ import annotations

import datetime as dt

import pytest

from quizgen import build_lesson

D = dt.date
_PUBLISHED = "2021-06-10"      # a Thursday


def _events(text: str) -> list[tuple[dt.date, bool, str]]:
    lesson = build_lesson(f"The council met on Monday. {text}", published=_PUBLISHED)
    return [(e.date, e.future, e.label) for e in lesson.events if e.sentence_id > 0]


@pytest.mark.parametrize("text", [
    "Before the ballot on Tuesday, the growers rode through the village on Monday.",
    "After the opening of a new dam and floods on Tuesday, the growers rode through the village on Wednesday.",
])
def test_a_date_inside_a_sequence_phrase_does_not_date_a_dated_clause(text):
    assert len(_events(text)) == 1


@pytest.mark.parametrize("text, date", [
    ("After Tuesday's ballot, the growers rode through the village on Wednesday.", D(2021, 6, 9)),
    ("After the end of May, the growers rode through the village.", D(2021, 5, 1)),
])
def test_the_clause_keeps_its_own_date_or_a_period_bound(text, date):
    assert [d for d, _, _ in _events(text)] == [date]


@pytest.mark.parametrize("text, date, future", [
    ("New marches were planned on Wednesday in the port.", D(2021, 6, 9), False),
    ("The ballot is planned to take place on Wednesday.", D(2021, 6, 16), True),
])
def test_a_past_plan_on_a_day_is_that_past_day(text, date, future):
    assert [(d, f) for d, f, _ in _events(text)] == [(date, future)]


@pytest.mark.parametrize("text, label", [
    ("The rower will compete again in June, having taken the title on Sunday.", "The rower took the title"),
    ("The rower is expected to retire, having taken the title on Sunday.", "The rower took the title"),
])
def test_a_perfect_participle_beside_a_future_clause_is_past(text, label):
    assert (D(2021, 6, 6), False, label) in _events(text)


def test_a_dated_happening_noun_inside_a_sequence_phrase_keeps_its_own_event():
    events = _events("The agency was set up after the 2009 banking crisis.")
    assert [d.year for d, _, _ in events] == [2009]
