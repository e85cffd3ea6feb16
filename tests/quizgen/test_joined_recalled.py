"""The clauses joined to an act that takes an earlier sentence's day ('... on Sunday. Ann Ray won best
actor, and Ben Cole won best actress.') share that day, as clauses joined to a dated act do (issue 11)."""
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
    # a roll of results of one occasion (events_recall.parallel_act)
    ("The film Harbor Lights won best picture at the Lantern Awards on Tuesday. Ann Ray won best actor "
     "for Dust, and Ben Cole won best director for Salt.", "Ben Cole won best director for Salt"),
    # the happening named again (events_recall.named_happening_act)
    ("A strong earthquake shook the hill towns on Tuesday. The quake cut power to 9,000 homes and "
     "destroyed two bridges.", "The quake destroyed two bridges"),
    # the lead's actor going on (events_recall.continued_act)
    ("A jury found Tom Reed liable for the crash on Tuesday. The jury awarded the family $5 million and "
     "ordered Reed to pay costs.", "The jury ordered Tom Reed to pay costs"),   # named in full (lone_names)
])
def test_a_clause_joined_to_a_recalled_act_takes_its_day(text: str, label: str) -> None:
    assert (TUESDAY, label) in _events(text)


def test_a_joined_clause_with_a_time_of_its_own_keeps_it() -> None:
    events = _events("A strong earthquake shook the hill towns on Tuesday. The quake cut power to 9,000 homes, "
                     "and crews later rebuilt two bridges.")
    assert all("bridges" not in label or day != TUESDAY for day, label in events), events
