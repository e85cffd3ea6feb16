"""A question stem as the reference pass leaves it, read the same way by the name-in-full tests."""
from __future__ import annotations

from quizgen.model import Question
from quizgen.questions.references import settle_references


def settled(ctx, kind: str, prompt: str, answer: str, words: str) -> str:
    sid = next(s.id for s in ctx.parsed.sentences if words in s.text)
    choices = ("True", "False") if kind == "true_false" else ()
    q = Question("q", kind, prompt, answer, sid, choices=choices)
    out = settle_references(ctx, [q])
    return out[0].prompt if out else ""
