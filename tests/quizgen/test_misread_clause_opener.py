"""'after the firm, citing ..., said it ...': the parser reads the clause's conjunction 'after' as a
preposition with the clause's subject as its object; a label keeping 'after the firm' cuts the
clause short ('... provided emergency funding after the bank?' in a quiz stem)."""
from __future__ import annotations

from quizgen.article import parse_article
from quizgen.pipeline import analyse


def _labels(text: str) -> list[str]:
    parsed = analyse(parse_article(f"Title: Story\nPublished: 2023-11-05\n\n{text}"))
    return [e.label for e in parsed.events]


def test_a_clause_opened_by_after_is_not_kept_as_a_phrase() -> None:
    labels = _labels("The Bank of Canada provided emergency funding to mortgage lender Maple Trust on Friday "
                     "after the bank, citing the global credit squeeze triggered by the housing crisis, said "
                     "it was unable to line up loans from other lenders.")
    assert labels and all(not label.endswith("after the bank") for label in labels), labels


def test_a_real_after_phrase_stays() -> None:
    labels = _labels("The council closed the old bridge on Friday after the storm, and said it would reopen "
                     "it next spring.")
    assert any("after the storm" in label for label in labels), labels
