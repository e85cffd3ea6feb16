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


GRADE_COLUMNS = ["learner", "finished", "score", "max", "percent", "best_score", "best_percent", "attempts",
                 "first_submitted_utc", "late", "revised"]


def grade_rows(res: Results) -> list[list[Any]]:
    """One row per learner, first attempt's score as numbers (never "4/9", which spreadsheets read
    as a date): score, max, percent; then the best attempt, how many, when, late, regraded."""
    rows = []
    due = res.assignment.due_at
    for row in res.learners:
        first, best = row.first, row.best
        rows.append([
            row.learner.display_name, "yes" if row.finished else "no",
            first.score if first else None, first.max_score if first else None,
            round(first.percent, 1) if first and first.percent is not None else None,
            best.score if best else None,
            round(best.percent, 1) if best and best.percent is not None else None,
            len(row.attempts),
            first.submitted.replace(tzinfo=None, microsecond=0) if first else None,
            "yes" if row.late(due) else "no",
            "yes" if any(s.get("regrades") for a in row.attempts for s in a.questions) else "no"])
    return rows


ITEM_COLUMNS = ["number", "question", "type", "answers", "facility", "discrimination", "flags"]


def item_rows(res: Results) -> list[list[Any]]:
    """The item statistics table, numbers as numbers (empty when there is no value)."""
    return [[q.number, q.prompt, q.type, q.stats.attempts,
             round(q.stats.facility, 3) if q.stats.facility is not None else None,
             round(q.stats.discrimination, 3) if q.stats.discrimination is not None else None,
             q.stats.note] for q in res.questions]


RESPONSE_COLUMNS = ["learner", "attempt", "submitted_utc", "question_number", "question_type", "question",
                    "answer", "right_answer", "mark", "regraded"]


def response_rows(res: Results) -> list[list[Any]]:
    """One row per student and question, for every attempt that counts for the assignment."""
    from .authoring import assignment_attempts
    from .management import responses_rows

    return responses_rows(res.assignment, assignment_attempts(res.assignment))


def to_csv(columns: list[str], rows: list[list[Any]]) -> str:
    """A CSV a spreadsheet opens as it should: numbers bare, dates ISO 8601, text guarded."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(columns)
    for row in rows:
        writer.writerow([_csv_cell(v) for v in row])
    return out.getvalue()


def _csv_cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, (int, float)):
        return value
    if isinstance(value, dt.datetime):
        if value.tzinfo is not None:
            value = value.astimezone(dt.timezone.utc)
        return value.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(value, list):
        value = " → ".join(str(v) for v in value)
    return _spreadsheet_safe(str(value))


def to_xlsx(sheets: list[tuple[str, list[str], list[list[Any]]]]) -> bytes:
    """The same tables as an Excel workbook: typed cells, so nothing is re-read as a date."""
    from openpyxl import Workbook

    book = Workbook()
    book.remove(book.active)
    for title, columns, rows in sheets:
        sheet = book.create_sheet(title[:31])
        sheet.append(columns)
        for row in rows:
            sheet.append([_xlsx_cell(v) for v in row])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _xlsx_cell(value: Any) -> Any:
    if isinstance(value, dt.datetime) and value.tzinfo is not None:
        return value.astimezone(dt.timezone.utc).replace(tzinfo=None, microsecond=0)   # columns say UTC
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list):
        value = " → ".join(str(v) for v in value)
    if isinstance(value, str):
        return _spreadsheet_safe(value)
    return value


def grades_csv(res: Results) -> str:
    """The grades table as CSV (see grade_rows)."""
    return to_csv(GRADE_COLUMNS, grade_rows(res))


def _spreadsheet_safe(text: str) -> str:
    """Names starting with = + - @ would run as formulas in a spreadsheet: quote them."""
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text
