"""A 'will' forecast dated by its own time inside a saying is printed as the forecast, not as the saying
(which did not happen on that date); a saying dated by its own day keeps its speaker (issue 11)."""
from __future__ import annotations

from quizgen.article import parse_article
from quizgen.pipeline import analyse


def _labels(text: str) -> list[str]:
    parsed = analyse(parse_article(f"Title: Story\nPublished: 2030-11-03\n\n{text}"))
    return [e.label for e in parsed.events]


def test_a_forecast_dated_in_its_own_clause_drops_the_saying() -> None:
    labels = _labels("Mr. Holt said the price wars will continue through next year.")
    assert "The price wars are expected to continue" in labels, labels


def test_a_fronted_forecast_takes_its_subjects_number() -> None:
    labels = _labels("Capital spending in 2031 will rise slightly, Ms. Garner said.")
    assert "Capital spending is expected to rise slightly" in labels, labels


def test_a_saying_dated_by_its_own_day_keeps_its_speaker() -> None:
    labels = _labels("Acme Corp said Tuesday that the new factory will open in Ohio.")
    assert any(label.startswith("Acme Corp said") for label in labels), labels


def test_a_forecast_about_a_pronoun_keeps_its_saying() -> None:
    labels = _labels("Acme Corp said it will open a new factory next year.")
    assert not any("expected to" in label for label in labels), labels
