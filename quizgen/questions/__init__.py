"""Question generation: every kind, ranked; the default quiz chosen from the bank."""
from __future__ import annotations

from ..model import Question


def build_bank(parsed) -> list[Question]:
    """All good questions for the article, best first."""
    return []


def select_quiz(bank: list[Question], parsed, *, size: int = 10) -> list[str]:
    """Ids of the default quiz: balanced across kinds, spread over the article."""
    return [q.id for q in bank[:size]]
