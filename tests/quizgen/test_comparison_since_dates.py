"""A date a clause is compared with ('the most since June 23', 'unchanged from last year') is no
event's date: the event takes the sentence's other date, or none; the tagger still finds the date."""
from __future__ import annotations

import datetime as dt

import pytest

from quizgen import build_lesson
from quizgen.timex import find_times


def _events(text: str, published: str) -> list[tuple[str, str]]:
    return [(e.date.isoformat(), e.label) for e in build_lesson(text, published=published).events]


@pytest.mark.parametrize("text, published, expected", [
    # the parser hangs 'the most' on 'since' itself: the superlative still makes June 23 a yardstick
    ("The krona jumped 2 percent, the most since June 23.", "2016-12-07", []),
    ("Grain prices fell 3 percent, the most ever since March.", "2016-12-07", []),
    # the sentence's other date dates the jump, and the comma-set comparison leaves the label whole
    ("On Tuesday the krona jumped 2 percent, the most since June 23.", "2016-12-07",
     [("2016-12-06", "The krona jumped 2 percent")]),
    ("The krona jumped 2 percent on Tuesday, the most since June 23.", "2016-12-07",
     [("2016-12-06", "The krona jumped 2 percent")]),
    # 'unchanged from last year': last year's rate is the yardstick, the approval was last week
    ("Town councillors last week approved a water rate unchanged from last year.", "2016-12-07",
     [("2016-11-28", "Town councillors approved a water rate unchanged")]),
])
def test_comparison_date_dates_no_event(text, published, expected):
    assert _events(text, published) == expected


def test_comparison_date_is_still_tagged():
    text = "The krona jumped 2 percent, the most since June 23."
    assert [t.text for t in find_times(text, published=dt.date(2016, 12, 7))] == ["June 23"]
