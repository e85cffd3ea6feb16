"""A past act told within a day's occasion ('voted in Thursday's referendum', 'fell in Monday's
trading') is that day's happening, labelled by its clause, not by the occasion noun alone."""
from __future__ import annotations

import datetime as dt

import pytest

from quizgen.article import parse_article
from quizgen.pipeline import analyse


def _events(text: str) -> list[tuple[dt.date, str]]:
    parsed = analyse(parse_article(f"Title: Story\nPublished: 2023-11-03\n\n{text}"))
    return [(e.date, e.label) for e in parsed.events]


@pytest.mark.parametrize("text, day, label", [
    ("The island has voted to join the trade pact in Thursday's referendum. Officials met on Friday.",
     dt.date(2023, 11, 2), "The island has voted to join the trade pact in Thursday's referendum"),
    ("Shares of Acme fell 5 percent in Monday's trading. Officials met on Friday.",
     dt.date(2023, 10, 30), "Shares of Acme fell 5 percent in Monday's trading"),
    ("Three people were killed in Tuesday's fire at the market. Officials met on Friday.",
     dt.date(2023, 10, 31), "Three people were killed in Tuesday's fire at the market"),
])
def test_the_act_takes_the_occasions_day(text: str, day: dt.date, label: str) -> None:
    assert (day, label) in _events(text)


@pytest.mark.parametrize("text, word", [
    ("Tom Berg said he was tired in Tuesday's interview. Officials met on Thursday.", "said"),  # a saying
    ("Police did not comment at Monday's briefing. Officials met on Thursday.", "Police"),    # a denial
    ("The man injured in Tuesday's fire was released. Officials met on Thursday.", "injured"),  # a description
])
def test_no_act_for_plans_denials_or_descriptions(text: str, word: str) -> None:
    assert all(word not in label for _, label in _events(text))
