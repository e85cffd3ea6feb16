"""Timeline labels name a subject the article tied to exactly one name ('the 81-year-old leader'), and
leave 'the company' or 'the team' as written when the article named two (issue 11)."""
from __future__ import annotations

import pytest

from quizgen import build_lesson


def _labels(body: str) -> list[str]:
    return [e.label for e in build_lesson(f"Title: Test story\nPublished: 2021-11-06\n\n{body}\n").events]


def test_aged_leader_is_the_one_person_of_that_age() -> None:
    labels = _labels("Marta Olsen, 81, handed power to her deputy Ivo Brandt on Tuesday, officials said. "
                     "The 81-year-old leader underwent heart surgery in July 2006 and has rarely spoken since.")
    assert "Marta Olsen underwent heart surgery" in labels
    assert not any(label.startswith("The 81-year-old") for label in labels)


@pytest.mark.parametrize("body", [
    # two people of that age: either may be meant
    "Maria Lopez, 81, and John Carter, 81, met in Boston on Tuesday. "
    "The 81-year-old leader underwent heart surgery in July 2006.",
    # nobody given that age: no guess at the one person named
    "Maria Lopez met John Carter in Boston on Tuesday. The 64-year-old leader underwent heart surgery in July 2006.",
])
def test_aged_leader_unnamed_when_unsure(body: str) -> None:
    labels = _labels(body)
    assert not any("surgery" in label and label.startswith(("Maria", "John")) for label in labels)


@pytest.mark.parametrize("body", [
    "Acme Corp and Beta Industries announced a merger on Monday. "
    "The company said on Tuesday that it would close three plants.",
    "Acme Corp sued Beta Industries on Monday. The company said on Tuesday that it would close three plants.",
])
def test_company_of_two_is_not_named(body: str) -> None:
    labels = _labels(body)
    assert not any(label.startswith(("Acme", "Beta")) and "plants" in label for label in labels)


def test_company_of_one_is_still_named() -> None:
    labels = _labels("Acme Corp reported a loss of $40 million on Tuesday. Analysts had expected a smaller "
                     "loss. The company said it would cut 2,000 jobs in March.")
    assert any(label.startswith("Acme") and label.endswith("will cut 2,000 jobs") for label in labels)


def test_team_of_two_sorts_keeps_its_bare_noun() -> None:
    labels = _labels("A navy dive team and a local police team searched the river. "
                     "The team arrived on Saturday before dawn.")
    assert not any("police team arrived" in label or "dive team arrived" in label for label in labels)


def test_two_countries_are_the_two_named() -> None:
    labels = _labels("Chile and Peru signed a trade pact in Lima on Monday. "
                     "The two countries agreed in March to open a joint border post.")
    assert "Chile and Peru agreed to open a joint border post" in labels


def test_two_countries_of_three_stay_unnamed() -> None:
    labels = _labels("Chile, Peru and Bolivia met in Lima on Monday. "
                     "The two countries agreed in March to open a joint border post.")
    assert not any(label.startswith(("Chile and", "Peru and")) and "border post" in label for label in labels)
