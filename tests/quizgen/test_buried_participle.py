"""A date on an -ing participle that describes a noun inside another noun's prepositional phrase
('came amid anger over crowds of fans gathering outside over the weekend') dates that participle's
happening, told as a clause of the noun it describes, not the main clause's."""
from __future__ import annotations

import datetime as dt

import pytest

from quizgen.article import parse_article
from quizgen.pipeline import analyse


def _events(text: str) -> list[tuple[dt.date, str]]:
    parsed = analyse(parse_article(f"Title: Story\nPublished: 2021-05-10\n\n{text}"))
    return [(e.date, e.label) for e in parsed.events]


@pytest.mark.parametrize("text, main, buried", [
    ("The council has closed the city centre to cars. The mayor's decision to act, agreed at a meeting of "
     "the transport board, came amid widespread anger over long queues of traffic forming on the ring road "
     "over the weekend.", "The mayor's decision came", "queues were forming"),
    ("The league has banned away fans for a month. The ruling came after complaints about large crowds of "
     "supporters fighting outside the stadium on Saturday.", "The ruling came", "crowds"),
])
def test_the_participle_not_the_main_clause_takes_the_date(text: str, main: str, buried: str) -> None:
    events = _events(text)
    assert not any(label.startswith(main) for _, label in events)
    assert any(buried in label and day.day == 8 for day, label in events)


@pytest.mark.parametrize("text", [
    "The study warns of cuts for pupils leaving school in 2031, and for pupils leaving school in 2040.",
    "The firm faced a long inquiry into share options backdating in the late 1990s.",
])
def test_a_kind_of_thing_is_no_buried_happening(text: str) -> None:
    assert not any(label.split()[1:2] == ["were"] for _, label in _events(text))


def _needed_events(text: str) -> list[tuple[dt.date, str]]:
    parsed = analyse(parse_article(f"Title: Senate passes budget\nPublished: 2019-03-08\n\n{text}"))
    return [(e.date, e.label) for e in parsed.events]


def test_a_needed_participle_leaves_the_date_to_its_clause() -> None:
    text = ("The bill reached the tally of 60 votes needed for passage shortly after midnight, as senator "
            "after senator backed the plan.")
    labels = [label for _, label in _needed_events(text)]
    assert any(label.startswith("The bill reached") for label in labels)
    assert not any(label.startswith("60 votes were needed") for label in labels)
