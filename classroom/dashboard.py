"""An assignment's results: who finished, the score distribution, item statistics, grades as CSV."""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
from dataclasses import dataclass
from typing import Any

import plotly.graph_objects as go

from . import itemstats
from .authoring import assignment_attempts
from .charts import FONT, PALETTE
from .extensions import db
from .models import Assignment, Attempt, Learner, Question


@dataclass
class LearnerRow:
    learner: Learner
    attempts: list[Attempt]

    @property
    def first(self) -> Attempt | None:
        return self.attempts[0] if self.attempts else None

    @property
    def best(self) -> Attempt | None:
        return max(self.attempts, key=lambda a: (a.percent or 0, -a.id)) if self.attempts else None

    @property
    def finished(self) -> bool:
        return bool(self.attempts)

    def late(self, due_at: dt.datetime | None) -> bool:
        return bool(due_at and self.first and self.first.submitted > due_at)


@dataclass
class QuestionRow:
    question_id: int
    number: int
    prompt: str
    type: str
    stats: itemstats.ItemStats
    question: Question | None      # the row as it is now (None if deleted)


@dataclass
class Results:
    assignment: Assignment
    learners: list[LearnerRow]
    questions: list[QuestionRow]
    figure: dict[str, Any] | None

    @property
    def finished(self) -> int:
        return sum(1 for r in self.learners if r.finished)


def results(assignment: Assignment) -> Results:
    """Everything the dashboard shows, from the submitted attempts that count for the assignment."""
    attempts = assignment_attempts(assignment)
    by_learner: dict[int, list[Attempt]] = {}
    for a in attempts:
        by_learner.setdefault(a.learner_id, []).append(a)
    members = {l.id: l for l in assignment.classroom.learners}
    for a in attempts:   # someone who answered and then left the class still counts
        members.setdefault(a.learner_id, a.learner)
    rows = sorted((LearnerRow(l, by_learner.get(l.id, [])) for l in members.values()),
                  key=lambda r: (not r.finished, r.learner.display_name.casefold(), r.learner.id))
    firsts = itemstats.first_attempts((a.learner_id, a) for a in attempts)
    return Results(assignment, rows, question_rows(firsts), score_histogram(firsts))


def question_rows(firsts: list[Attempt]) -> list[QuestionRow]:
    """Item statistics on first attempts, in the order the quiz asked the questions."""
    marks, prompts = [], {}
    for attempt in firsts:
        correct = {r.position: r.correct for r in attempt.responses}
        per_question = {}
        for position, snap in enumerate(attempt.questions):
            qid = snap["question_id"]
            per_question[qid] = 1.0 if correct.get(position) else 0.0
            prompts.setdefault(qid, (snap["prompt"], snap["type"]))
        marks.append(itemstats.AttemptMarks(attempt.learner_id, per_question))
    stats = itemstats.item_statistics(marks)
    current = {q.id: q for q in db.session.execute(
        db.select(Question).filter(Question.id.in_(list(stats)))).scalars()} if stats else {}
    return [QuestionRow(qid, n, prompts[qid][0], prompts[qid][1], s, current.get(qid))
            for n, (qid, s) in enumerate(stats.items(), start=1)]


def score_histogram(firsts: list[Attempt]) -> dict[str, Any] | None:
    """First-attempt scores in 10-point bins (None when nobody has finished)."""
    scores = [a.percent for a in firsts if a.percent is not None]
    if not scores:
        return None
    fig = go.Figure(go.Histogram(
        x=scores, xbins={"start": 0, "end": 100.001, "size": 10}, marker={"color": PALETTE[0],
                                                                        "line": {"color": "#fff", "width": 1}},
        hovertemplate="%{x}%: %{y} learner(s)<extra></extra>", name="First attempts"))
    fig.update_layout(height=280, margin={"l": 40, "r": 10, "t": 10, "b": 45}, font={"family": FONT, "size": 13},
                      xaxis={"title": {"text": "Score on first attempt (%)"}, "range": [0, 100], "dtick": 10},
                      yaxis={"title": {"text": "Learners"}, "dtick": 1, "rangemode": "tozero"},
                      bargap=0.05, plot_bgcolor="#fff", paper_bgcolor="#fff")
    return json.loads(fig.to_json())


def grades_csv(res: Results) -> str:
    """One line per learner: name, finished, first and best score, attempts, first submitted time."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["learner", "finished", "first_score", "first_percent", "best_percent", "attempts",
                     "first_submitted_utc", "late"])
    due = res.assignment.due_at
    for row in res.learners:
        first, best = row.first, row.best
        writer.writerow([
            _spreadsheet_safe(row.learner.display_name), "yes" if row.finished else "no",
            f"{first.score}/{first.max_score}" if first else "",
            f"{first.percent:.0f}" if first and first.percent is not None else "",
            f"{best.percent:.0f}" if best and best.percent is not None else "",
            len(row.attempts),
            first.submitted.strftime("%Y-%m-%d %H:%M") if first else "",
            "yes" if row.late(due) else "no"])
    return out.getvalue()


def _spreadsheet_safe(text: str) -> str:
    """Names starting with = + - @ would run as formulas in a spreadsheet: quote them."""
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text
