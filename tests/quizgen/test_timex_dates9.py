"""Tagger readings fixed on the dates9 branch (issue 11): a bare month right after publication's, told in a
past clause, is the coming one; a weekday in a 'with X doing' absolute takes the sentence's tense, not that of
an infinitive it hangs from; two consecutive years qualifying one noun ('his 2020 and 2021 disclosures') are a span."""
from __future__ import annotations

import datetime as dt

import pytest

from quizgen import build_lesson, find_times


def _tag(text: str, published: str) -> dict[str, tuple[str, str]]:
    return {t.text: (t.type, t.value) for t in find_times(text, published=published)}


@pytest.mark.parametrize("text, published, span, value", [
    # the month right after publication's, bare, qualifying what a past clause tells of: the coming one
    # (news writes last year's month with its year or 'last')
    ("The ministry announced a cut in fuel exports in March.", "2021-02-17", "March", "2021-03"),
    ("Traders placed orders to open the first session for June deliveries.", "2021-05-28", "June", "2021-06"),
    # ... but not the past verb's own month, nor when the words before it point back
    ("The bank answered in March.", "2021-02-17", "March", "2020-03"),
    ("Prices have fallen since March.", "2021-02-17", "March", "2020-03"),
    ("The mayor resigned last March.", "2021-02-17", "last March", "2020-03"),
    # a month of this year before publication's stays this year's
    ("The mayor resigned in January.", "2021-12-03", "January", "2021-01"),
    # a month further ahead, bare in a past clause, is still last year's
    ("The mayor resigned in May.", "2021-02-17", "May", "2020-05"),
])
def test_bare_month_in_a_past_clause(text: str, published: str, span: str, value: str) -> None:
    assert _tag(text, published).get(span) == ("DATE", value)


def test_weekday_in_a_with_absolute_takes_the_sentences_tense() -> None:
    # published on a Thursday: the vanguard arrived on Wednesday, the day before, whatever 'to shield' says
    text = ("Ten states voted for a relief force to shield the island, with the vanguard of Chile's contingent "
            "arriving Wednesday, diplomats said.")
    assert _tag(text, "2021-06-17").get("Wednesday") == ("DATE", "2021-06-16")


def _event_spans(text: str, published: str) -> list[tuple]:
    return [(e.date, e.date_end) for e in build_lesson(text, published=published).events]


def test_two_consecutive_years_qualifying_one_noun_are_one_span() -> None:
    # 'her 2019 and 2020 tax returns': one thing over both years, dated by its start
    spans = _event_spans("The auditor found errors on her 2019 and 2020 tax returns.", "2023-05-02")
    assert spans == [(dt.date(2019, 1, 1), dt.date(2020, 1, 1))]


def test_two_years_told_as_when_stay_two_dates() -> None:
    spans = _event_spans("The club won the league in 2019 and 2020.", "2023-05-02")
    assert (dt.date(2019, 1, 1), None) in spans and (dt.date(2020, 1, 1), None) in spans
