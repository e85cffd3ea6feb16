"""Weak true/false statements and trivia blanks kept out (JUDGING.md rules 6 and 8): a phrase that
picks from a set it never names ('Each amount'), ..."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, vague", [
    ("Each amount is the equivalent of three months of meals.", True),
    ("Both sides signed the deal in Geneva on Monday.", True),
    ("Such cases are rare in the county.", True),
    ("Each amount of the fee covers three months of meals.", False),
    ("Both Orbix and Lumen signed the deal in Geneva on Monday.", False),
    ("Each week the council meets in Geneva.", False),
])
def test_a_phrase_picking_from_an_unnamed_set_is_unresolved(parse, text, vague):
    from quizgen.questions.clauses import unresolved_definite

    doc = parse(text)
    assert unresolved_definite(doc, [t.i for t in doc], lambda w: True) is vague
