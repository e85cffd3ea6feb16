"""A roll of one contest's results told with other verbs ('X swept the awards on Tuesday. Y won best
actor.'; 'The Owls beat the Hawks on Tuesday. Ann Lee was named MVP.') takes the first result's day
(issue 11, other acts of the same occasion)."""
from __future__ import annotations

import datetime as dt

import pytest

from quizgen.article import parse_article
from quizgen.pipeline import analyse


def _events(text: str) -> list[tuple[dt.date, str]]:
    parsed = analyse(parse_article(f"Title: Story\nPublished: 2023-11-03\n\n{text}"))
    return [(e.date, e.label) for e in parsed.events]


TUESDAY = dt.date(2023, 10, 31)


@pytest.mark.parametrize("text, label", [
    ("The play Salt Road swept the stage awards on Tuesday, winning nine prizes. Mia Holt won the prize for "
     "best actress. The crowd went home late.", "Mia Holt won the prize for best actress"),
    ("The Owls beat the Hawks 98-90 on Tuesday to win their first title. Ann Lee was named the most valuable "
     "player of the final. The crowd went home late.", "Ann Lee was named the most valuable player of the final"),
    ("Tom Reed was named best actor at the Lantern Awards on Tuesday. Mia Holt was named best actress. "
     "The crowd went home late.", "Mia Holt was named best actress"),
])
def test_another_result_of_the_contest_takes_its_day(text: str, label: str) -> None:
    assert (TUESDAY, label) in _events(text)


@pytest.mark.parametrize("text", [
    # not a result of a contest
    "The Owls beat the Hawks 98-90 on Tuesday to win their first title. Ann Lee sold the club. The crowd left.",
    # a result told as a state or of the same doer
    "The Owls beat the Hawks 98-90 on Tuesday to win their first title. The Owls were named champions. The crowd left.",
])
def test_no_day_for_other_acts_or_the_same_doer(text: str) -> None:
    events = _events(text)
    assert all("Ann Lee" not in label and "champions" not in label for _, label in events), events
