"""A running toll ('The fire has killed 11 people', '11 have died so far') counts the dead up to the
telling: it is no happening of the harm's day, and keeps only a day the text gives it (issue 11)."""
from __future__ import annotations

import datetime as dt

import pytest

from quizgen.article import parse_article
from quizgen.pipeline import analyse


def _events(text: str) -> list[tuple[dt.date, str]]:
    parsed = analyse(parse_article(f"Title: Story\nPublished: 2023-11-03\n\n{text}"))
    return [(e.date, e.label) for e in parsed.events]


TUESDAY, THURSDAY = dt.date(2023, 10, 31), dt.date(2023, 11, 2)
HARM = "A truck bomb exploded near a busy bus station on Tuesday. "


@pytest.mark.parametrize("toll", [
    "The blast has killed 11 people.",
    "At least 11 people have died.",
    "So far 11 workers were killed in the blast.",
])
def test_an_undated_running_toll_takes_no_day(toll: str) -> None:
    events = _events(HARM + toll)
    assert all("11" not in label for _, label in events), events


@pytest.mark.parametrize("toll, label", [
    ("So far 11 people have been killed, police said on Thursday.", "So far 11 people have been killed"),
    ("Eleven people have now died, police said on Thursday.", "Eleven people have died"),
])
def test_a_toll_told_as_running_keeps_its_telling_day(toll: str, label: str) -> None:
    assert (THURSDAY, label) in _events(HARM + toll)


def test_a_plain_perfect_toll_told_later_is_the_harms() -> None:
    # judged: 'At least 89 people have died' told Monday after Sunday's tornado is Sunday's toll
    assert (TUESDAY, "Eleven people have died") in _events(HARM + "Eleven people have died, police said on Thursday.")


def test_a_toll_of_the_harm_itself_still_takes_its_day() -> None:
    assert (TUESDAY, "Two workers were killed") in _events(HARM + "Two workers were killed.")
    assert (TUESDAY, "Eleven people were killed") in _events(HARM + "Eleven people were killed, police said on Thursday.")
