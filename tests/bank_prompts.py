"""The prompts of a whole question bank built from a short text, read the same way by the stem tests."""
from __future__ import annotations

from quizgen import build_lesson


def bank_prompts(text: str, published: str | None = None) -> list[str]:
    """Every question's prompt; `published` adds a header line when the text has none."""
    if published:
        text = f"Published: {published}\n\n{text}"
    return [q["prompt"] for q in build_lesson(text).to_dict()["questions"]]
