"""A roll of results of one occasion ('X won A on Sunday. Y won B. Z won C.'): the next sentences that
tell the same past act of other actors, with no time of their own, are of the first act's day."""
from __future__ import annotations

import datetime as dt

import pytest

from quizgen.article import parse_article
from quizgen.pipeline import analyse

SUNDAY = dt.date(2023, 10, 29)


def _events(text: str) -> list[tuple[dt.date, str]]:
    parsed = analyse(parse_article(f"Title: Story\nPublished: 2023-10-30\n\n{text}"))
    return [(e.date, e.label) for e in parsed.events]


def test_each_parallel_act_takes_the_day() -> None:
    events = _events("The Harbor Players won the top prize at the drama festival on Sunday. "
                     "Maria Lind won the award for best actress. Tom Berg won the award for best director.")
    assert (SUNDAY, "Maria Lind won the award for best actress") in events
    assert (SUNDAY, "Tom Berg won the award for best director") in events


def test_a_race_roll_takes_the_day() -> None:
    events = _events("Anna Kovac finished first in the city marathon on Sunday. "
                     "Lena Ortiz finished second in the women's race.")
    assert (SUNDAY, "Lena Ortiz finished second in the women's race") in events


@pytest.mark.parametrize("text, label", [
    # the same actor acting again may be another time
    ("The Harbor Players won the top prize at the festival on Sunday. The Harbor Players won the prize "
     "for best set design.", "The Harbor Players won the prize for best set design"),
    # a word that sets the act at another time
    ("Maria Lind won the top prize at the festival on Sunday. Tom Berg previously won the award.",
     "Tom Berg previously won the award"),
    # another act, not the same one told again
    ("Maria Lind won the top prize at the festival on Sunday. Tom Berg praised the jury.",
     "Tom Berg praised the jury"),
    # a new paragraph
    ("Maria Lind won the top prize at the festival on Sunday.\n\nTom Berg won the award for best director.",
     "Tom Berg won the award for best director"),
])
def test_no_day_for_other_acts(text: str, label: str) -> None:
    assert all(found != label for _, found in _events(text))


def test_the_day_must_be_on_the_main_verb() -> None:
    events = _events("Maria Lind, who won the top prize on Sunday, thanked the festival. "
                     "Tom Berg thanked the organisers.")
    assert all(label != "Tom Berg thanked the organisers" for _, label in events)
