"""Corrections that reach every question: event edits rebuild (or flag) the questions built on the
event, and a changed answer key can regrade past attempts with the history kept in each snapshot."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from quizgen.model import shift_date     # not quizgen.dates: it imports spaCy, which web processes never load

from . import authoring
from .charts import format_date
from .extensions import db
from .models import Attempt, Event, Learner, Lesson, Question, Response, utcnow
from .progress import is_correct

_PRECISION_RANK = {"year": 0, "month": 1, "day": 2}
TIMELINE_KINDS = ("when", "order_events")


# ---------------------------------------------------------------------------------- event edits

@dataclass(frozen=True)
class EventState:
    """What an event said before the teacher's correction."""

    key: str
    date: dt.date
    precision: str
    label: str

    @classmethod
    def of(cls, event: Event) -> EventState:
        return cls(event.key, event.date, event.precision, event.label)

    def changes(self, event: Event) -> str:
        """The correction in words: 'date May 6, 2024 → May 9, 2024; label "A" → "B"'."""
        parts = []
        if (self.date, self.precision) != (event.date, event.precision):
            parts.append(f"date {format_date(self.date, self.precision)} → "
                         f"{format_date(event.date, event.precision)}")
        if self.label != event.label:
            parts.append(f"label “{self.label}” → “{event.label}”")
        return "; ".join(parts)


def questions_built_on(lesson: Lesson, event_key: str) -> list[Question]:
    """The live timeline questions made from the event with this quizgen key."""
    if not event_key:
        return []           # events the teacher added have no key: no question was built on them
    return [q for q in lesson.live_questions
            if q.type in TIMELINE_KINDS and event_key in (q.event_ids or [])]


@dataclass
class Propagation:
    rebuilt: list[Question]
    flagged: list[Question]

    def summary(self) -> str:
        parts = []
        if self.rebuilt:
            parts.append(f"{len(self.rebuilt)} question{'s' if len(self.rebuilt) != 1 else ''} built on it "
                         "updated to match")
        if self.flagged:
            parts.append(f"{len(self.flagged)} flagged for you to check")
        return ("; ".join(parts) + ".") if parts else ""


def propagate_event_edit(lesson: Lesson, event: Event, before: EventState) -> Propagation:
    """Bring every question built on `event` in line with its correction.

    A generated question is rebuilt from the corrected events (an in-use question is replaced by
    a new version, as any edit is, so past attempts keep what they were asked). A question the
    teacher edited by hand is left as it is and flagged with the reason.
    """
    result = Propagation([], [])
    what = before.changes(event)
    if not what:
        return result
    for q in questions_built_on(lesson, before.key):
        reason = None
        values = None
        if q.edited:
            reason = (f"The event “{event.label}” was corrected ({what}). You had edited this question, "
                      "so it was not rebuilt: check its wording and answer.")
        else:
            values, problem = rebuild_values(lesson, q, relabelled=before.label != event.label)
            if values is None:
                reason = (f"The event “{event.label}” was corrected ({what}), and this question could not be "
                          f"rebuilt: {problem}. Edit it or take it out of the quiz.")
        if reason is not None:
            q.review_note = reason
            result.flagged.append(q)
            continue
        if _differs(q, values):
            row = authoring.save_question(lesson, q, values, sentence_id=q.sentence_id, in_quiz=q.in_quiz)
            row.edited = False                       # still the generator's question, only corrected
            row.event_ids = values["event_ids"]
            result.rebuilt.append(row)
    return result


def flag_for_deleted_event(lesson: Lesson, event: Event) -> list[Question]:
    """Flag the questions built on an event that is being deleted (they still name it)."""
    flagged = questions_built_on(lesson, event.key)
    for q in flagged:
        q.review_note = (f"The event “{event.label}” was deleted, but this question is built on it. "
                         "Edit the question or take it out of the quiz.")
    return flagged


def _differs(q: Question, values: dict[str, Any]) -> bool:
    return any(getattr(q, k) != v for k, v in values.items())


def rebuild_values(lesson: Lesson, q: Question, *,
                   relabelled: bool = False) -> tuple[dict[str, Any] | None, str]:
    """The question's stored values rebuilt from today's events, or (None, why not)."""
    events = {e.key: e for e in lesson.events if e.key}
    missing = [k for k in q.event_ids or [] if k not in events]
    if missing:
        return None, "an event it is built on is no longer on the timeline"
    if q.type == "when":
        return _rebuild_when(q, events[q.event_ids[0]], relabelled, lesson.text or "")
    return _rebuild_order(q, [events[k] for k in q.event_ids])


def _rebuild_when(q: Question, event: Event, relabelled: bool,
                  article: str) -> tuple[dict[str, Any] | None, str]:
    old_answer = q.answer if isinstance(q.answer, str) else ""
    prompt = q.prompt
    old_precision = _precision_of(old_answer)
    if event.precision != old_precision or relabelled:
        prompt = _when_prompt(_common_start(event.label, article), event.precision)
        if not prompt:
            return None, "its new label does not make a “when” question"
    answer = format_date(event.date, event.precision)
    choices = list(q.choices or [])
    if event.precision == old_precision:
        # keep the other options, unless one of them is now the right date
        others = [c for c in choices if c != old_answer and c != answer]
    else:
        others = []
    wanted = (len(choices) if len(choices) >= 2 else 4) - 1
    others = others[:wanted]
    k = 1
    while len(others) < wanted and k < 24:
        for sign in (1, -1):
            option = format_date(shift_date(event.date, event.precision, sign * k), event.precision)
            if option != answer and option not in others and len(others) < wanted:
                others.append(option)
        k += 1
    spot = choices.index(old_answer) if old_answer in choices else 0
    spot = min(spot, len(others))
    new_choices = others[:spot] + [answer] + others[spot:]
    return (dict(type="when", prompt=prompt, choices=new_choices, answer=answer, accept=[],
                 explanation=q.explanation or "", event_ids=[event.key]), "")


def _when_prompt(label: str, precision: str) -> str:
    """The engine's own wording for a "when" question ('' when it cannot make one)."""
    try:
        from quizgen.questions.timeline import label_question
    except ImportError:          # the engine reorganised: flag for the teacher rather than guess
        return ""
    return label_question(label, precision) or ""


def _common_start(label: str, article: str) -> str:
    """'Builders started it' -> 'builders started it' (in a question the word is no longer first),
    unless the article writes the word with a capital inside a sentence (a name: 'Ana Ruiz')."""
    first, _, rest = label.partition(" ")
    if not first[:1].isupper() or first == "I":
        return label
    if re.search(rf"(?<![.!?\n])\s{re.escape(first)}\b", article):
        return label
    return first[:1].lower() + first[1:] + (" " + rest if rest else "")


def _precision_of(formatted: str) -> str:
    """Which precision a date written by format_date has ('1990', 'May 1990', 'May 6, 1990')."""
    if formatted.isdigit():
        return "year"
    return "day" if "," in formatted else "month"


def _rebuild_order(q: Question, events: list[Event]) -> tuple[dict[str, Any] | None, str]:
    ordered = sorted(events, key=lambda e: (e.date, _PRECISION_RANK.get(e.precision, 2)))
    for a, b in zip(ordered, ordered[1:]):
        if _overlap(a, b):
            return None, (f"“{a.label}” and “{b.label}” now fall on the same "
                          f"{'day' if 'day' in (a.precision, b.precision) else a.precision}, so their order "
                          "cannot be checked")
    labels = [e.label for e in ordered]
    if len(set(labels)) != len(labels):
        return None, "two of its events now have the same label"
    renamed = {old: e.label for old, e in zip(_labels_by_event(q), events)}
    choices = [renamed.get(c, c) for c in q.choices or []]
    if sorted(choices) != sorted(labels):
        choices = list(labels)
    if choices == labels:           # never show the answer as the starting order
        choices = choices[1:] + choices[:1]
    return (dict(type="order_events", prompt=q.prompt, choices=choices, answer=labels, accept=[],
                 explanation=q.explanation or "", event_ids=[e.key for e in ordered]), "")


def _labels_by_event(q: Question) -> list[str]:
    """The question's labels in event_ids order (event_ids follow the answer order)."""
    return list(q.answer) if isinstance(q.answer, list) else []


def _overlap(a: Event, b: Event) -> bool:
    def span(e: Event) -> tuple[tuple, tuple]:
        if e.precision == "year":
            return (e.date.year, 0, 0), (e.date.year, 13, 0)
        if e.precision == "month":
            return (e.date.year, e.date.month, 0), (e.date.year, e.date.month, 32)
        day = (e.date.year, e.date.month, e.date.day)
        return day, day
    (a0, a1), (b0, b1) = span(a), span(b)
    return not (a1 < b0 or b1 < a0)


# --------------------------------------------------------------------------------------- regrade

def lineage(question: Question) -> list[int]:
    """The ids of this question and of every earlier version it replaced."""
    ids, seen = [], set()
    row: Question | None = question
    while row is not None and row.id not in seen:
        ids.append(row.id)
        seen.add(row.id)
        row = db.session.get(Question, row.previous_id) if row.previous_id else None
    return ids


@dataclass
class MarkChange:
    attempt: Attempt
    position: int
    learner: Learner
    given: Any
    was: bool
    now: bool


@dataclass
class RegradePlan:
    question: Question
    answers: int                 # past answers to this question (any version)
    changes: list[MarkChange]
    skipped: int = 0             # answers naming an option this version no longer has

    @property
    def up(self) -> int:
        return sum(1 for c in self.changes if c.now)

    @property
    def down(self) -> int:
        return sum(1 for c in self.changes if not c.now)


def regrade_plan(question: Question) -> RegradePlan:
    """Every submitted answer to any version of `question`, marked again with today's key."""
    ids = lineage(question)
    rows = db.session.execute(
        db.select(Response, Attempt).join(Attempt, Attempt.id == Response.attempt_id)
        .filter(Response.question_id.in_(ids), Attempt.submitted.is_not(None))
        .order_by(Attempt.submitted, Attempt.id)).all()
    changes = []
    skipped = 0
    for response, attempt in rows:
        snap = attempt.questions[response.position]
        if not comparable(question, response.answer):
            skipped += 1            # an option since renamed: today's key cannot judge it fairly
            continue
        now = is_correct(_with_key(snap, question), response.answer)
        if now != response.correct:
            changes.append(MarkChange(attempt, response.position, attempt.learner, response.answer,
                                      response.correct, now))
    return RegradePlan(question, len(rows), changes, skipped)


def comparable(question: Question, given: Any) -> bool:
    """Can an answer given to an earlier version be marked with this version's key? Not when it
    names an option this version no longer has (the teacher fixed a typo in an option, renamed
    an event): marking it again would turn right answers wrong."""
    if given is None or question.type == "fill_blank":
        return True
    if question.type == "order_events":
        return isinstance(given, list) and sorted(given) == sorted(question.answer or [])
    return given in (question.choices or [])


def _with_key(snap: dict[str, Any], question: Question) -> dict[str, Any]:
    return {**snap, "answer": question.answer, "accept": list(question.accept or [])}


def apply_regrade(plan: RegradePlan, *, by: str = "the teacher", when: dt.datetime | None = None) -> int:
    """Change the marks the plan lists; each snapshot keeps both marks and the key it had."""
    when = when or utcnow()
    for change in plan.changes:
        attempt = change.attempt
        snaps = [dict(s) for s in attempt.questions]
        snap = snaps[change.position]
        history = list(snap.get("regrades", []))
        history.append({"at": when.isoformat(), "by": by, "was_correct": change.was,
                        "now_correct": change.now, "answer_before": snap.get("answer"),
                        "accept_before": list(snap.get("accept", [])),
                        "score_before": attempt.score})
        snaps[change.position] = {**_with_key(snap, plan.question), "regrades": history}
        attempt.questions = snaps              # a new list: the JSON column sees the change
        response = db.session.execute(db.select(Response).filter_by(
            attempt_id=attempt.id, position=change.position)).scalar_one()
        response.correct = change.now
        attempt.score = (attempt.score or 0) + (1 if change.now else -1)
    return len(plan.changes)


def has_past_answers(question: Question) -> bool:
    """Has any learner submitted an answer to this question or an earlier version of it?"""
    return db.session.execute(
        db.select(Response.id).join(Attempt, Attempt.id == Response.attempt_id)
        .filter(Response.question_id.in_(lineage(question)), Attempt.submitted.is_not(None))
        .limit(1)).first() is not None


def key_changed(before: Question, after: Question) -> bool:
    """Did an edit change what counts as right (the answer, or the accepted answers)?"""
    return before.answer != after.answer or list(before.accept or []) != list(after.accept or [])
