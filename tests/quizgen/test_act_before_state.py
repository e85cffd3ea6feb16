"""A present state that follows a dated act told by 'after' + gerund ('The Owls are champions after
beating the Hawks on Tuesday') still dates the act: the main news of a results story (issue 11)."""
from __future__ import annotations

import datetime as dt

from quizgen.article import parse_article
from quizgen.pipeline import analyse


def _events(text: str) -> list[tuple[dt.date, str]]:
    parsed = analyse(parse_article(f"Title: Story\nPublished: 2023-11-03\n\n{text}"))
    return [(e.date, e.label) for e in parsed.events]


def test_the_act_a_state_follows_is_dated() -> None:
    events = _events("Leeds are league champions after beating Derby 2-0 on Tuesday.")
    assert (dt.date(2023, 10, 31), "Leeds beat Derby 2-0") in events, events


def test_a_present_state_alone_is_still_no_event() -> None:
    events = _events("The Owls are league champions with a win on Tuesday.")
    assert all("are league champions" not in label for _, label in events), events
