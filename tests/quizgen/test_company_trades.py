"""'The airline' is the one company named before only when that company may be an airline (issue 12):
not a maker the article calls so or shows building, not a name of another trade, and not when another
name before it shows an airline the tagger did not take for a company."""
from __future__ import annotations

import pytest

from quizgen import nlp
from quizgen.referents import only_company_before


def _resolved(text: str, noun: str) -> str | None:
    doc = nlp.parse(text)
    return only_company_before([t for t in doc if t.lower_ == noun][-1])


@pytest.mark.parametrize("text", [
    "A passenger jet built by Boeing crashed near the coast of Kenya on Monday. The airline said all 90 passengers had been rescued.",
    "Planemaker Boeing said its jets were safe. The airline said on Monday that it would ground its fleet.",
    "Harbor Bank cut 200 jobs on Monday. The airline said storms had closed two airports.",
])
def test_the_airline_is_not_a_company_of_another_trade(text):
    assert _resolved(text, "airline") is None


@pytest.mark.parametrize("text, noun, name", [
    ("Delta Air Lines cut 200 flights on Monday. The airline said storms had closed two airports.", "airline", "Delta Air Lines"),
    ("Qantas cut 200 flights on Monday. The airline said storms had closed two airports.", "airline", "Qantas"),
    ("Acme Corp. cut 200 jobs on Monday. The company said storms had closed two plants.", "company", "Acme"),
])
def test_a_company_that_may_be_of_the_trade_is_still_named(text, noun, name):
    assert _resolved(text, noun) == name
