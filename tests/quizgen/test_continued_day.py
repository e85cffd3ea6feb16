"""A sentence that sets its day at its front ('On Friday, ...') opens a narration of that day: the
past act of the next sentence of its paragraph is of that day too, unless that sentence has a time of
its own, moves on ('Later', 'Since then'), describes a thing the first acted on, or tells a saying or
a state."""
from __future__ import annotations

import datetime as dt

import pytest

from quizgen.article import parse_article
from quizgen.pipeline import analyse

FRIDAY = dt.date(2023, 10, 27)


def _events(text: str) -> list[tuple[dt.date, str]]:
    parsed = analyse(parse_article(f"Title: Story\nPublished: 2023-11-02\n\n{text}"))
    return [(e.date, e.label) for e in parsed.events]


@pytest.mark.parametrize("text, label", [
    ("On Friday, the river burst its banks. Rescue teams evacuated 300 families from the valley.",
     "Rescue teams evacuated 300 families from the valley"),
    ("But on Friday, the old bridge collapsed. Divers pulled two drivers from the water.",
     "Divers pulled two drivers from the water"),
])
def test_the_next_sentence_tells_the_same_day(text: str, label: str) -> None:
    assert (FRIDAY, label) in _events(text)


@pytest.mark.parametrize("text, label", [
    # the day ends its sentence: no narration opened
    ("The river burst its banks on Friday. Rescue teams evacuated 300 families.",
     "Rescue teams evacuated 300 families"),
    # a thing the first sentence acted on, described
    ("On Friday, a judge upheld the ordinance. The ordinance banned smoking in parks.",
     "The ordinance banned smoking in parks"),
    # moved on in time
    ("On Friday, the river burst its banks. Later, rescue teams evacuated 300 families.",
     "Rescue teams evacuated 300 families"),
    # a new paragraph
    ("On Friday, the river burst its banks.\n\nRescue teams evacuated 300 families.",
     "Rescue teams evacuated 300 families"),
    # a saying
    ("On Friday, the river burst its banks. The mayor said the town was safe.", "The mayor said the town was safe"),
])
def test_no_day_carried_to_the_next_sentence(text: str, label: str) -> None:
    assert all(lab != label for _, lab in _events(text))
