"""A past spelled as its base ('hurt', 'cut', 'set') with a singular subject is a past, not a present that
would put its weekday ahead of publication (dates38)."""
from __future__ import annotations

import datetime as dt

import pytest

from quizgen import find_times
from quizgen.article import parse_article
from quizgen.pipeline import analyse

D = dt.date
MONDAY = "1995-03-13"


def _times(text: str, published: str = MONDAY) -> dict[str, dt.date]:
    parsed = analyse(parse_article(f"Title: Markets\nPublished: {published}\n\n{text}"))
    return {t.text: t.date for t in parsed.times}


def _values(text: str, published: str = MONDAY) -> dict[str, str]:
    return {t.text: t.value for t in find_times(text, published=published)}


@pytest.mark.parametrize("text", [
    "Heavy selling in bank shares hurt the index on Friday, traders said.",
    "The airline cut its fares on Thursday.",
    "A late rally in oil stocks put the market higher on Thursday.",
])
def test_same_form_past_with_a_singular_subject_is_past(text):
    day = "Friday" if "Friday" in text else "Thursday"
    expected = D(1995, 3, 10) if day == "Friday" else D(1995, 3, 9)
    assert _times(text)[day] == expected
    assert _values(text)[day] == expected.isoformat()


@pytest.mark.parametrize("text, day, expected", [
    ("The two airlines cut their fares on Friday.", "Friday", D(1995, 3, 10)),
    ("The board meets on Thursday to vote on the plan.", "Thursday", D(1995, 3, 16)),
    ("The new fares take effect on Thursday.", "Thursday", D(1995, 3, 16)),
])
def test_other_present_forms_keep_their_reading(text, day, expected):
    assert _times(text)[day] == expected


@pytest.mark.parametrize("text, day, value", [
    ("On Friday, the city council planned to close the old bridge.", "Friday", "1995-03-10"),
    ("The city council planned to close the old bridge on Friday.", "Friday", "1995-03-17"),
    ("The vote is planned for Friday.", "Friday", "1995-03-17"),
])
def test_a_past_plan_dated_by_on_is_the_planning_day(text, day, value):
    assert _values(text)[day] == value
