"""Planned happenings on the timeline: a scheduled act with its own date is a planned event whose label
is the whole plan ('The ferry is due to sail'); hopes and forecasts stay out."""
from __future__ import annotations

import datetime as dt

import pytest

from quizgen import build_lesson

D = dt.date
_PUBLISHED = "2019-03-05"      # a Tuesday


def _planned(text: str) -> list[tuple[dt.date, bool, str]]:
    lesson = build_lesson(f"The harbour master spoke on Monday. {text}", published=_PUBLISHED)
    return [(e.date, e.future, e.label) for e in lesson.events if e.sentence_id > 0]


@pytest.mark.parametrize("text, date, label", [
    ("The ferry is scheduled to sail at 6 a.m. Thursday.", D(2019, 3, 7), "The ferry is scheduled to sail"),
    ("The ferry is due to sail on Thursday.", D(2019, 3, 7), "The ferry is due to sail"),
    ("The new mayor is set to resign on Friday.", D(2019, 3, 8), "The new mayor is set to resign"),
    ("The rowing club's talks are supposed to conclude in May.", D(2019, 5, 1),
     "The rowing club's talks are supposed to conclude"),
])
def test_a_scheduled_infinitive_with_its_date_is_a_planned_event(text, date, label):
    assert _planned(text) == [(date, True, label)]


@pytest.mark.parametrize("text, label", [
    ("The ferry is scheduled to sail to Oslo on Thursday.", "The ferry is scheduled to sail to Oslo"),
    ("The ferry is due to leave for Oslo at noon on Thursday.", "The ferry is due to leave for Oslo"),
])
def test_a_scheduled_infinitive_keeps_its_other_complement(text, label):
    assert [found for _, _, found in _planned(text)] == [label]


@pytest.mark.parametrize("text", [
    "She hopes to win the regatta next year.",
    "Forecasters expect heavy rain on Thursday.",
])
def test_hopes_and_forecasts_stay_off_the_timeline(text):
    assert _planned(text) == []


@pytest.mark.parametrize("text", [
    "The ferry will sail on Thursday if the storm passes.",
    "If the storm passes, the ferry will sail on Thursday.",
    "The ferry will sail on Thursday unless the storm returns.",
    "The captain said the ferry would sail on Thursday if the storm passed.",
])
def test_a_plan_on_a_condition_stays_off_the_timeline(text):
    assert _planned(text) == []


@pytest.mark.parametrize("text, label", [
    ("The ferry will sail on Thursday, the captain said.", "The ferry will sail"),
    ("The ferry sailed on Monday after the storm passed.", "The ferry sailed"),
])
def test_a_plan_or_happening_without_a_condition_stays(text, label):
    assert [found for _, _, found in _planned(text)] == [label]


@pytest.mark.parametrize("text, date, label", [
    ("Thousands of fans are expected to travel over the Easter holiday weekend.", D(2019, 4, 21),
     "Thousands of fans are expected to travel"),
    ("The choir sang in the square over the Easter holiday weekend.", D(2018, 4, 1), "The choir sang in the square"),
])
def test_a_date_naming_a_time_noun_dates_its_clause(text, date, label):
    assert [(d, found) for d, _, found in _planned(text)] == [(date, label)]


@pytest.mark.parametrize("text, label", [
    ("Rescuers met the 300 fishermen expected by the coastguard to return over the Easter holiday weekend.",
     "The 300 fishermen are expected by the coastguard to return"),
])
def test_a_planned_reduced_passive_says_the_plan_in_the_present(text, label):
    assert [found for _, _, found in _planned(text)] == [label]


@pytest.mark.parametrize("text", [
    "The harbour rules to be published in early May will decide the fees.",
    "Analysts expect the slump in ferry traffic to continue into the fourth quarter.",
    "The slump in ferry traffic is expected to continue through the summer.",
])
def test_a_subjectless_infinitive_or_a_lasting_forecast_is_no_planned_event(text):
    assert _planned(text) == []


def test_a_possessive_after_another_name_in_its_sentence_is_not_the_focus():
    text = ("Captain Olsen spoke to the crew on Monday. He said, “We remember his kindness.” Hansen's body "
            "will lie in state from Monday, with his funeral to be held on Thursday.")
    labels = [e.label for e in build_lesson(text, published=_PUBLISHED).events]
    assert not any("Olsen’s funeral" in label for label in labels), labels


@pytest.mark.parametrize("text", [
    "Sailors see calm seas into Thursday.",
    "The storm has left up in the air the fate of the balloons in the Thanksgiving Day Parade.",
])
def test_a_present_state_running_to_a_coming_date_is_no_planned_event(text):
    lesson = build_lesson(f"The storm passed on Monday. {text}", published="2019-11-26")
    assert [e.label for e in lesson.events if e.future] == []
