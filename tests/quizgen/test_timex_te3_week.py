"""DATE values for 'the past week'."""
from __future__ import annotations

import pytest

from quizgen import find_times


def _values(text: str, published: str) -> dict[str, str]:
    return {t.text: t.value for t in find_times(text, published=published)}


PAST_SEVEN_DAYS = [
    # told on a Thursday or later, most of the seven days just gone lie in the publication's own week
    ("The shop lost a few tenants in the past week.", "2011-10-06", "the past week", "2011-W40"),
    ("Prices have climbed over the last week.", "2011-10-07", "the last week", "2011-W40"),
]


@pytest.mark.parametrize("text, published, expression, value", PAST_SEVEN_DAYS)
def test_the_past_week_is_the_seven_days_up_to_publication(text, published, expression, value):
    assert _values(text, published)[expression] == value

