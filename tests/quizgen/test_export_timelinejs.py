"""TimelineJS3 JSON export, checked with jsonschema-rs against Knight Lab's documented format."""
from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path

import jsonschema_rs
import lxml.html
import pytest

from quizgen.export import export_lesson
from quizgen.model import Event

try:
    from .test_export_formats import NAMES, sample_lesson
except ImportError:
    from test_export_formats import NAMES, sample_lesson

SCHEMA = json.loads((Path(__file__).parents[1] / "data" / "timelinejs" /
                     "timelinejs3.schema.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def doc():
    return json.loads(export_lesson(sample_lesson(), "timelinejs"))


def html_text(fragment: str) -> str:
    return lxml.html.fragment_fromstring(fragment, create_parent="div").text_content()


def test_document_matches_the_timelinejs_format(doc):
    """The JSON validates against the TimelineJS3 format; the schema rejects a bad date."""
    validator = jsonschema_rs.validator_for(SCHEMA)
    validator.validate(doc)
    broken = json.loads(json.dumps(doc))
    broken["events"][0]["start_date"]["month"] = 13
    assert not validator.is_valid(broken)


def test_dates_carry_only_the_known_precision(doc):
    """Year events have no month or day, month events no day; events come in date order."""
    assert [e["start_date"] for e in doc["events"]] == [
        {"year": 2021}, {"year": 2022, "month": 2, "day": 24},
        {"year": 2022, "month": 6, "day": 15}, {"year": 2022, "month": 7}]


def test_text_is_escaped_html(doc):
    """Headlines and text are HTML (TimelineJS inserts them as such) that reads as the article."""
    headlines = [e["text"]["headline"] for e in doc["events"]]
    assert headlines[0] == "Trade rose &lt;sharply&gt; &amp; fast"
    assert html_text(headlines[0]) == "Trade rose <sharply> & fast"
    assert html_text(doc["title"]["text"]["headline"]) == "Xi & Putin: a \u201ccall\u201d <Zoë>"
    assert NAMES[0] in headlines[3]


def test_evidence_sentence_and_future_mark(doc):
    """Each slide's text quotes its evidence sentence; a future event says it is expected."""
    texts = [html_text(e["text"]["text"]) for e in doc["events"]]
    assert texts[1] == "Russia invaded Ukraine on Feb. 24."
    assert texts[3].startswith("Expected") and texts[3].endswith("next month.")


def test_unique_ids_are_distinct_and_url_safe():
    """Repeated or odd event ids still give distinct ids usable in a URL fragment."""
    lesson = sample_lesson()
    same = Event(id="e 1/ü", date=dt.date(2020, 5, 1), precision="month", label="X",
                 time_text="May 2020", sentence_id=0)
    doc = json.loads(export_lesson(dataclasses.replace(lesson, events=(same, same)), "timelinejs"))
    ids = [e["unique_id"] for e in doc["events"]]
    assert len(set(ids)) == 2
    jsonschema_rs.validator_for(SCHEMA).validate(doc)


def test_span_events_get_an_end_date():
    """An event with date_end gets end_date at the same precision."""
    lesson = sample_lesson()
    span = Event(id="s", date=dt.date(1990, 1, 1), precision="year", label="War", time_text="1990-94",
                 sentence_id=0, date_end=dt.date(1994, 1, 1))
    doc = json.loads(export_lesson(dataclasses.replace(lesson, events=(span,)), "timelinejs"))
    assert doc["events"][0]["end_date"] == {"year": 1994}
