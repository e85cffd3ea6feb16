"""Tagger readings fixed on the dates9 branch (issue 11): a bare month right after publication's, told in a
past clause, is the coming one; a weekday in a 'with X doing' absolute takes the sentence's tense, not that of
an infinitive it hangs from."""
from __future__ import annotations

import pytest

from quizgen import find_times


def _tag(text: str, published: str) -> dict[str, tuple[str, str]]:
    return {t.text: (t.type, t.value) for t in find_times(text, published=published)}


@pytest.mark.parametrize("text, published, span, value", [
    # the month right after publication's, bare in a past clause: the coming one (news writes last year's
    # month with its year or 'last')
    ("The ministry warned refiners of a cut in its fuel exports in March.", "2021-02-17", "March", "2021-03"),
    ("Traders placed orders to open the first session for June deliveries.", "2021-05-28", "June", "2021-06"),
    # ... but not when the words before it point back
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
