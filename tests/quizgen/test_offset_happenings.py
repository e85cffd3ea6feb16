"""A happening placed by its distance from another that the article dates on one day ('A day before the
crash', 'Hours after the explosion', 'The day after the vote') takes its day from that one; with no such
day, two of them, or hours that may pass midnight, it stays undated."""
from __future__ import annotations

import pytest

from quizgen.article import parse_article
from quizgen.pipeline import analyse


def _dated(text: str, published: str = "2021-07-28") -> dict[str, str]:
    parsed = analyse(parse_article(f"Title: Story\nPublished: {published}\n\n{text}"))
    return {e.label: str(e.date) for e in parsed.events}


def _day_of(text: str, word: str) -> set[str]:
    return {day for label, day in _dated(text).items() if word in label}


@pytest.mark.parametrize("text, word, day", [
    ("A cargo plane crashed on Tuesday near the harbor. A day before the crash, the carrier had grounded "
     "two older jets for checks.", "grounded", "2021-07-26"),
    ("The brewery sold its bottling plant on July 12. Two days after the sale, the union called a strike "
     "at the plant.", "strike", "2021-07-14"),
    ("A gas tank exploded at a depot on Monday. Hours after the explosion, firefighters evacuated the "
     "nearby homes.", "evacuated", "2021-07-26"),
    ("Lawmakers voted on the budget on July 9. The day after the vote, the governor signed the bill.",
     "signed", "2021-07-10"),
])
def test_an_offset_counts_from_the_dated_happening(text: str, word: str, day: str) -> None:
    assert _day_of(text, word) == {day}


@pytest.mark.parametrize("text, word", [
    # the other happening is dated nowhere
    ("A day before the crash, the carrier had grounded two older jets for checks.", "grounded"),
    # two days for it: which one is meant is not known
    ("A cargo plane crashed on Tuesday near the harbor. Another plane crashed on Friday in the hills. "
     "A day before the crash, the carrier had grounded two older jets for checks.", "grounded"),
    # hours after a happening of the night may be the next day
    ("Gunmen attacked a bank in the city on Wednesday night. Seven hours after the attack, police "
     "freed the hostages.", "freed"),
    # 'days' without a count names no number of days
    ("A cargo plane crashed on Tuesday near the harbor. Days after the crash, the carrier grounded two "
     "older jets for checks.", "grounded"),
])
def test_no_day_without_one_dated_happening(text: str, word: str) -> None:
    assert not _day_of(text, word)


def test_an_owners_happening_is_found_by_its_verb() -> None:
    text = "The old singer died on June 3. Two fans came to the house the day after his death."
    assert _day_of(text, "came") == {"2021-06-04"}


def test_no_day_after_publication() -> None:
    parsed = analyse(parse_article("Title: Story\nPublished: 2021-07-28\n\nVoters elected a new mayor on "
                                   "Tuesday. Two days after the election, the mayor named a new cabinet."))
    assert [t.text for t in parsed.times] == ["Tuesday"]


def test_an_offset_from_a_happening_dated_in_its_own_phrase() -> None:
    assert _day_of("Police arrested two men a day after the June 23 shooting at the mall.", "arrested") == \
        {"2021-06-24"}
    assert not _day_of("A red car was seen near the mall in the weeks before the June 23 shooting.", "seen")
