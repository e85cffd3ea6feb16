"""wellformed: a linking phrase moved to the end ('... fell for example.') and an embedded 'how'
question printed as a statement ('... relied on loans how heavily.') are no well-formed English."""
from __future__ import annotations

import pytest

from quizgen.wellformed import faults, garbled


@pytest.mark.parametrize("text, flagged", [
    ("Ticket sales at the small theatre dropped for example.", True),
    ("The orchard sold its apples to the cannery by contrast.", True),
    ("How much did the new ferry cost for its first 40 trips by comparison?", True),
    ("The bakery raised its prices on the other hand.", True),
    ("Ticket sales, for example, dropped at the small theatre.", False),
    ("The orchard sold apples; the farm, by contrast.", False),
    ("For example, ticket sales at the small theatre dropped.", False),
    ("The mayor wrote, \u201cticket sales dropped for example.\u201d", False),
])
def test_a_linking_phrase_tacked_on_the_end(text: str, flagged: bool) -> None:
    assert ("linking phrase tacked on" in faults(text)) == flagged


@pytest.mark.parametrize("text, flagged", [
    ("The town council relied upon bank loans how heavily.", True),
    ("The ferry company charged its passengers how much.", True),
    ("The town council did not say how much.", False),
    ("The town council showed how.", False),
    ("How heavily did the town council rely upon bank loans?", False),
])
def test_a_how_question_printed_as_a_statement(text: str, flagged: bool) -> None:
    assert ("question word at the end" in faults(text)) == flagged


def test_a_plain_statement_stays_well_formed() -> None:
    assert garbled("The town council relied heavily upon bank loans in 2019.") is None
