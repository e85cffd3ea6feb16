"""What an article's typing leaves in a printed text ('Savings amp Loan' from '&amp;', '$ 1.18'):
wellformed.faults names it and tidy_marks mends it in a stem (issue 12, rule 1)."""
from __future__ import annotations

import pytest

from quizgen.questions.marks import tidy_marks
from quizgen.wellformed import faults


@pytest.mark.parametrize("text", [
    "Harbor Savings amp Loan Co. said it would close two branches.",
    "Why does Pratt amp Whitney plan to cut jobs at its plant?",
    "Shares of the mill rose $ 2.25 to $14 in heavy trading.",
])
def test_typing_residue_is_a_fault(text: str) -> None:
    assert "typing residue" in faults(text)


@pytest.mark.parametrize("text", [
    "The bail for the driver was set at US$ 5,000.",
    "The band's guitarist bought a new amp before the tour.",
    "Stamp and amp are short words a child can spell.",
    "Shares of the mill rose $2.25 to $14 in heavy trading.",
])
def test_plain_text_is_no_typing_residue(text: str) -> None:
    assert "typing residue" not in faults(text)


def test_tidy_marks_mends_a_bare_entity() -> None:
    assert tidy_marks("Harbor Savings amp Loan Co. closed two branches.") == \
        "Harbor Savings & Loan Co. closed two branches."
    assert tidy_marks("The guitarist bought an amp on Monday.") == "The guitarist bought an amp on Monday."
