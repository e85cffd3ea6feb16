"""The lesson's data model (quizgen.model): the JSON shape of every record and the dates readers see."""
from __future__ import annotations

import datetime as dt
import json

import pytest

from conftest import fake_lesson
from quizgen.cleaning import SetAside
from quizgen.model import Event, Sentence, TimeExpression, Unresolved, format_date


@pytest.mark.parametrize("precision, written", [
    ("day", "June 15, 2022"), ("month", "June 2022"), ("year", "2022"),
])
def test_format_date_at_its_precision(precision, written):
    assert format_date(dt.date(2022, 6, 15), precision) == written


def test_records_become_plain_json():
    s = Sentence(0, "They met.", 0, 9, paragraph=2)
    t = TimeExpression("in May", 0, 3, 9, dt.date(2022, 5, 1), "month", "month as written")
    e = Event("e1", dt.date(2022, 5, 1), "month", "They met", "in May", 0, date_end=dt.date(2022, 5, 31))
    u = Unresolved("one day", 0, "no calendar date")
    assert s.to_dict() == {"id": 0, "text": "They met.", "start": 0, "end": 9, "paragraph": 2}
    assert t.to_dict()["date"] == "2022-05-01" and t.to_dict()["date_end"] is None
    assert e.to_dict()["date_end"] == "2022-05-31" and e.to_dict()["future"] is False
    assert u.to_dict() == {"text": "one day", "sentence_id": 0, "reason": "no calendar date"}


def test_lesson_json_round_trips_and_orders_the_quiz():
    lesson = fake_lesson()
    data = json.loads(json.dumps(lesson.to_dict()))
    assert data["published"] == "2024-05-08" and data["quiz"] == list(lesson.quiz)
    assert [q["id"] for q in data["questions"]] == [q.id for q in lesson.questions]
    assert [q.id for q in lesson.quiz_questions] == list(lesson.quiz)
    assert "dateline" not in data and "set_aside" not in data      # only when cleaning found any


def test_cleaning_fields_appear_when_something_was_set_aside():
    from dataclasses import replace
    lesson = replace(fake_lesson(), dateline="DETROIT", agency="Reuters",
                     set_aside=(SetAside("dateline", "DETROIT (Reuters) -"),))
    data = lesson.to_dict()
    assert (data["dateline"], data["agency"]) == ("DETROIT", "Reuters")
    assert data["set_aside"] == [{"kind": "dateline", "text": "DETROIT (Reuters) -"}]


def test_records_are_frozen():
    with pytest.raises(AttributeError):
        fake_lesson().title = "changed"
