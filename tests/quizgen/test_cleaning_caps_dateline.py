"""A dateline in capitals whose dash the page lost ('NEW YORK Enron became') is set aside; an acronym
subject that is no listed place ('NASA said') stays the subject."""
from __future__ import annotations

import pytest

from quizgen import build_lesson


def _lesson(body: str):
    return build_lesson(f"Title: Test story\nPublished: 2021-11-06\n\n{body}\n")


@pytest.mark.parametrize("body, place, start", [
    ("NEW YORK Acme Corp. filed for bankruptcy on Sunday, and its shares collapsed.", "NEW YORK", "Acme Corp."),
    ("TAMPA, Fla. The local team made the playoffs on Sunday after a long drought.", "TAMPA", "The local team"),
])
def test_dashless_caps_dateline_is_set_aside(body, place, start):
    lesson = _lesson(body)
    assert lesson.dateline == place
    assert lesson.sentences[0].text.startswith(start)
    assert lesson.events and all(place not in e.label for e in lesson.events)


@pytest.mark.parametrize("body", [
    "NASA said on Monday that the probe had reached the outer planet.",
    "FIFA Officials met on Monday to discuss the new rules.",
])
def test_acronym_subject_is_no_dateline(body):
    lesson = _lesson(body)
    assert lesson.dateline is None
    assert lesson.sentences[0].text == body
