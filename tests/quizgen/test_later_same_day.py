"""A sentence opened by a step within a day ('Hours later, ...', 'Ten minutes later, ...') tells a
happening of the day its paragraph dated last; a step that may pass midnight, or one after another
date or in another paragraph, takes no date."""
from __future__ import annotations

import datetime as dt

import pytest

from quizgen.article import parse_article
from quizgen.pipeline import analyse


def _events(text: str, published: str = "2023-11-02") -> list[tuple[str, dt.date, str]]:
    parsed = analyse(parse_article(f"Title: Story\nPublished: {published}\n\n{text}"))
    return [(e.time_text, e.date, e.label) for e in parsed.events]


@pytest.mark.parametrize("text, step, label", [
    ("Police arrested a driver on Friday. Hours later, the mayor resigned.", "Hours later", "The mayor resigned"),
    ("On Friday, the guards opened the gate. The crowd walked to the square. Ten hours later, the army "
     "closed the road.", "Ten hours later", "The army closed the road"),
    ("Police arrested a driver on Friday. But just minutes later, the council met.", "just minutes later",
     "The council met"),
    ("Police arrested a driver on Friday. A few hours later, the mayor resigned.", "A few hours later",
     "The mayor resigned"),
])
def test_a_step_within_the_day_takes_the_day_told_before(text: str, step: str, label: str) -> None:
    assert (step, dt.date(2023, 10, 27), label) in _events(text)


@pytest.mark.parametrize("text", [
    # twenty hours may reach the next day
    "Police arrested a driver on Friday. Twenty hours later, the mayor resigned.",
    # a new paragraph starts a scene of its own
    "Police arrested a driver on Friday.\n\nHours later, the mayor resigned.",
    # a second step counts from the first: the hours may add up past midnight
    "Police arrested a driver on Friday. Hours later, the guards left. Hours later, the mayor resigned.",
    # the day told before is a plan, not a day that has passed
    "Police will question the driver on Friday. Hours later, the mayor resigned.",
    # a month is no day to step within
    "Police arrested a driver in March. Hours later, the mayor resigned.",
])
def test_no_day_to_step_within(text: str) -> None:
    assert not any(label == "The mayor resigned" for _, _, label in _events(text))
