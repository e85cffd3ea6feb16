"""A step within a day that closes the main clause ('Police arrested the suspect two hours later.')
dates the clause on the day its paragraph told last, as a step opening the sentence does (issue 11)."""
from __future__ import annotations

import datetime as dt

import pytest

from quizgen.article import parse_article
from quizgen.pipeline import analyse


def _events(text: str) -> list[tuple[dt.date, str]]:
    parsed = analyse(parse_article(f"Title: Story\nPublished: 2023-11-03\n\n{text}"))
    return [(e.date, e.label) for e in parsed.events]


SHOTS = "A gunman opened fire at a mall in Dover on Tuesday. "


@pytest.mark.parametrize("told, label", [
    ("Police arrested the suspect two hours later.", "Police arrested the suspect"),
    ("Police arrested the suspect about an hour later.", "Police arrested the suspect"),
    ("Two firefighters were hurt minutes later.", "Two firefighters were hurt"),
])
def test_a_closing_step_takes_the_day_told_before(told: str, label: str) -> None:
    assert (dt.date(2023, 10, 31), label) in _events(SHOTS + told)


@pytest.mark.parametrize("text", [
    SHOTS + "Police arrested the suspect 20 hours later.",             # may be the next day
    SHOTS + "\nPolice arrested the suspect minutes later.",            # another paragraph
    "The council will vote on the plan on Tuesday. Police arrested the suspect minutes later.",   # a plan's day
    SHOTS + "The man who called police minutes later was praised.",    # not the main clause's step
])
def test_no_day_for_a_step_that_may_leave_the_day(text: str) -> None:
    assert all("suspect" not in label and "called" not in label for _, label in _events(text))
