"""'the week before last' is two weeks back; 'the last week of June', 'the first week in March 2019' are
weeks of that month, not the week before publication nor the month as a whole."""
from __future__ import annotations

import pytest

from quizgen.article import parse_article
from quizgen.pipeline import analyse
from quizgen.timex import find_times


@pytest.mark.parametrize("text, written, value", [
    ("The plant closed the week before last.", "the week before last", "2021-W28"),
    ("Prices rose the month before last.", "the month before last", "2021-05"),
    ("The talks ran through the last week of June.", "the last week of June", "2021-W25"),
    ("It began in the first week of January.", "the first week of January", "2021-W01"),
    ("The vote came in the second week in March 2019.", "the second week in March 2019", "2019-W11"),
])
def test_week_phrases_are_valued(text: str, written: str, value: str) -> None:
    assert [(t.text, t.value) for t in find_times(text, published="2021-07-28")] == [(written, value)]


def test_a_week_of_a_month_dates_its_happening() -> None:
    parsed = analyse(parse_article("Title: Story\nPublished: 2021-07-28\n\nUnion leaders met the owners in "
                                   "the last week of June to settle the dispute."))
    assert [(str(e.date), e.precision) for e in parsed.events if "met" in e.label] == [("2021-06-21", "week")]
