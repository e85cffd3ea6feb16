"""A past saying at a public occasion ('said at a news conference on Friday') dates the occasion itself."""
from __future__ import annotations

import datetime as dt

import pytest

from quizgen import build_lesson

PUBLISHED = "1989-10-28"        # a Saturday: 'Friday' is Oct. 27, 'Tuesday' Oct. 24


def _labels(text: str) -> dict[str, dt.date]:
    return {e.label: e.date for e in build_lesson(text, published=PUBLISHED).events}


@pytest.mark.parametrize("text, label, date", [
    ("As Fire Chief Dana Wells said at a news conference on Friday, all of the injured workers "
     "are expected to recover.", "Dana Wells spoke at a news conference", dt.date(1989, 10, 27)),
    ("The museum will reopen in the spring, Mayor Tom Reyes said at a briefing on Tuesday.",
     "Tom Reyes spoke at a briefing", dt.date(1989, 10, 24)),
    ("\u201cThe river is rising faster than we planned for,\u201d Engineer Lucy Hart said in an online "
     "webinar on Oct. 3.", "Lucy Hart spoke in an online webinar", dt.date(1989, 10, 3)),
])
def test_saying_at_an_occasion_is_dated(text: str, label: str, date: dt.date) -> None:
    labels = _labels(text)
    assert any(k.endswith(label) and d == date for k, d in labels.items()), labels


@pytest.mark.parametrize("text", [
    "He said at a news conference on Friday that nothing was decided.",
    "The governor will speak at a rally on Friday.",
    "Pat Lee did not say at the hearing on Tuesday whether the plant would close.",
])
def test_no_occasion_event(text: str) -> None:
    """An unnamed speaker, a saying still to come, a saying denied: no 'spoke at' event."""
    assert not any(" spoke " in k for k in _labels(text)), _labels(text)
