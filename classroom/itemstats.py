"""Per-question statistics as Moodle's quiz statistics report computes them, on first attempts.

Facility index: the mean fraction of the mark learners got on the question (for right/wrong
questions, the share who got it right). Discrimination index: the correlation between the mark
on the question and the mark on the rest of the quiz (the total without this question), so a
question does not correlate with itself. Moodle shows both as percentages; we keep fractions.
"""
from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

FACILITY_HIGH = 0.9     # nearly everyone right: the question teaches little
FACILITY_LOW = 0.2      # nearly everyone wrong: unclear, or the key is wrong
DISCRIMINATION_LOW = 0.2
# With one or two answers facility can only be 0, 0.5 or 1: every question would look very easy or
# very hard. Like Moodle, we judge a question only once enough students have answered it.
MIN_ANSWERS_TO_FLAG = 5


@dataclass(frozen=True)
class AttemptMarks:
    """One learner's first attempt: question id -> mark (1.0 or 0.0) for each question asked."""

    learner_id: int
    marks: dict[int, float]

    @property
    def total(self) -> float:
        return sum(self.marks.values())


@dataclass
class ItemStats:
    question_id: int
    attempts: int
    facility: float | None
    discrimination: float | None
    flags: list[str] = field(default_factory=list)

    @property
    def flagged(self) -> bool:
        return bool(self.flags)

    @property
    def enough_answers(self) -> bool:
        return self.attempts >= MIN_ANSWERS_TO_FLAG

    @property
    def note(self) -> str:
        """What the statistics can say about the question, in words."""
        if not self.enough_answers:
            return (f"too few answers to judge ({self.attempts} of the {MIN_ANSWERS_TO_FLAG} needed)")
        return ", ".join(self.flags) or "ok"


def first_attempts(attempts: Iterable[tuple[int, object]]) -> list:
    """The first of each learner's attempts, given (learner id, attempt) pairs in time order."""
    seen: set[int] = set()
    firsts = []
    for learner_id, attempt in attempts:
        if learner_id not in seen:
            seen.add(learner_id)
            firsts.append(attempt)
    return firsts


def correlation(xs: Sequence[float], ys: Sequence[float]) -> float | None:
    """Pearson's r, or None when either side does not vary (or there are fewer than two pairs)."""
    n = len(xs)
    if n < 2:
        return None
    mx, my = sum(xs) / n, sum(ys) / n
    sxy = sum((x - mx) * (y - my) for x, y in zip(xs, ys))
    sxx = sum((x - mx) ** 2 for x in xs)
    syy = sum((y - my) ** 2 for y in ys)
    if sxx <= 1e-12 or syy <= 1e-12:
        return None
    return sxy / math.sqrt(sxx * syy)


def item_statistics(attempts: Sequence[AttemptMarks]) -> dict[int, ItemStats]:
    """Facility and discrimination for every question that appears in the attempts, with flags."""
    question_ids: list[int] = []
    for a in attempts:
        for qid in a.marks:
            if qid not in question_ids:
                question_ids.append(qid)
    stats: dict[int, ItemStats] = {}
    for qid in question_ids:
        item, rest = [], []
        for a in attempts:
            if qid in a.marks:
                item.append(a.marks[qid])
                rest.append(a.total - a.marks[qid])
        facility = sum(item) / len(item) if item else None
        discrimination = correlation(item, rest)
        found = flags(facility, discrimination) if len(item) >= MIN_ANSWERS_TO_FLAG else []
        stats[qid] = ItemStats(qid, len(item), facility, discrimination, found)
    return stats


def flags(facility: float | None, discrimination: float | None) -> list[str]:
    """Why a question deserves a look, in words; empty when it is within sensible bounds."""
    out = []
    if facility is not None and facility > FACILITY_HIGH:
        out.append("very easy")
    if facility is not None and facility < FACILITY_LOW:
        out.append("very hard")
    if discrimination is not None and discrimination < DISCRIMINATION_LOW:
        out.append("low discrimination")
    return out
