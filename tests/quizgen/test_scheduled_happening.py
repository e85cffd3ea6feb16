"""A happening put at a time in the present tense ('A vote on the bill is scheduled for June 5',
"Reed's sentencing is set for June 5") is a plan of that day: labelled by what will happen, as the
past 'was scheduled for' already was (issue 11, plans and scheduled events)."""
from __future__ import annotations

import datetime as dt

import pytest

from quizgen.article import parse_article
from quizgen.pipeline import analyse


def _events(text: str) -> list[tuple[dt.date, str]]:
    parsed = analyse(parse_article(f"Title: Story\nPublished: 2023-11-03\n\n{text}"))
    return [(e.date, e.label) for e in parsed.events]


JUNE_5 = dt.date(2024, 6, 5)
VERDICT = "A jury convicted Tom Reed of fraud on Tuesday. "


@pytest.mark.parametrize("plan, label", [
    ("A vote on the harbor bill is scheduled for June 5, 2024.", "A vote on the harbor bill will take place"),
    ("Reed's sentencing is set for June 5, 2024.", "Tom Reed will be sentenced"),
])
def test_a_present_scheduling_dates_the_happening(plan: str, label: str) -> None:
    assert (JUNE_5, label) in _events(VERDICT + plan)


def test_a_possessor_who_did_the_act_is_not_made_its_patient() -> None:
    events = _events(VERDICT + "The council's vote is scheduled for June 5, 2024.")
    assert all("council will be" not in label for _, label in events), events
