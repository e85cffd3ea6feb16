"""An adverb right after a verb with no object says where it went ('move away', 'walked away'): when
its own phrase is left out of a label (a date, or a phrase cut for length) it stays, or the label ends
on a bare verb, judged cut off; 'was up (from ...)' still goes with its phrase (issue 11)."""
from __future__ import annotations

from quizgen.article import parse_article
from quizgen.pipeline import analyse


def _labels(text: str) -> list[str]:
    parsed = analyse(parse_article(f"Title: Story\nPublished: 2023-11-03\n\n{text}"))
    return [e.label for e in parsed.events]


def test_a_cut_infinitive_keeps_its_adverb() -> None:
    labels = _labels("Acme announced on Friday that it is time for customers to move away from its old phone.")
    assert any(label.endswith("to move away") for label in labels), labels


def test_an_adverb_before_a_date_stays() -> None:
    labels = _labels("The senator walked away on Monday from the talks on the new budget bill in the capital.")
    assert any(label.startswith("The senator walked away") for label in labels), labels


def test_an_adverb_of_a_copula_still_goes() -> None:
    labels = _labels("Sales were up on Tuesday from $100 million a year earlier.")
    assert all(not label.endswith(" up") for label in labels), labels


def test_a_date_inside_the_adverb_phrase_cuts_nothing() -> None:
    # '10-year-old' inside 'from the 10-year-old phone' is no date 'away' points at
    labels = _labels("Acme announced on Friday that it is time for customers to move away from the 10-year-old phone.")
    assert any(label.endswith("to move away") for label in labels), labels


def test_a_comparative_without_its_than_phrase_still_goes() -> None:
    labels = _labels("The firm's report on Friday showed that it is moving even faster than expected to cut costs next year.")
    assert all(not label.endswith("faster") for label in labels), labels
