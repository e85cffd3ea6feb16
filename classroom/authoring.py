"""What teachers change: lessons from pasted articles, edited events and questions, classes, assignments."""
from __future__ import annotations

import datetime as dt
import re
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import quizgen
import quizgen.kinds
from quizgen import model as qmodel

from .extensions import db
from .lessons import create_lesson, sorted_events, unique_slug
from .models import Assignment, Attempt, Classroom, Event, Lesson, Question, Response, ReviewItem, User

_HTML_HINT = re.compile(r"<\s*(html|body|article|p|div|br|h[1-6]|span|section|main)\b[^>]*>", re.I)
JOIN_CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"   # no 0/O or 1/I: read aloud in class
JOIN_CODE_LENGTH = 6


class AuthoringError(ValueError):
    """Something the teacher can fix, with a message saying how."""


# ---------------------------------------------------------------------------------- new lessons

@dataclass
class CleanArticle:
    text: str
    title: str | None
    was_html: bool


def looks_like_html(text: str) -> bool:
    """Pasted page source rather than plain text (a few tags are enough to tell)."""
    return len(_HTML_HINT.findall(text)) >= 2


def clean_article(text: str) -> CleanArticle:
    """Plain article text: HTML is reduced to its main text with trafilatura; plain text is kept."""
    text = text.replace("\r\n", "\n").strip()
    if not looks_like_html(text):
        return CleanArticle(text, None, False)
    import trafilatura

    body = trafilatura.extract(text, include_comments=False, include_tables=False, favor_precision=True)
    if not body or not body.strip():
        raise AuthoringError("This looks like HTML, but no article text could be found in it. "
                             "Copy the article's text from the page instead, or paste the whole page source.")
    meta = trafilatura.extract_metadata(text)
    return CleanArticle(body.strip(), getattr(meta, "title", None) if meta else None, True)


def generate_lesson(owner_id: int, *, text: str, title: str | None, source: str | None,
                    published: dt.date | None, progress: Callable[[str], None] | None = None) -> Lesson:
    """Clean the article, run quizgen and add the result as a draft lesson of `owner_id` (not committed).

    Runs in a lesson job (classroom/jobs.py); `progress` receives quizgen's stage names.
    """
    import quizgen          # here, not at the top: web processes never import spaCy

    article = clean_article(text)
    title = (title or "").strip() or article.title
    try:
        generated = quizgen.build_lesson(article.text, title=title or None, source=(source or "").strip() or None,
                                         published=published, progress=progress)
    except quizgen.QuizgenError as e:
        raise AuthoringError(str(e)) from e
    lesson = create_lesson(generated, slug=unique_slug(generated.title), status="draft", owner_id=owner_id)
    db.session.flush()
    return lesson


def set_status(lesson: Lesson, status: str) -> None:
    """Publish (students can see it) or return to draft; a lesson needs a quiz to be published."""
    if status == "published" and not lesson.quiz_questions:
        raise AuthoringError("Put at least one question in the quiz before publishing.")
    lesson.status = status


# ---------------------------------------------------------------------------------------- events

def save_event(lesson: Lesson, event: Event | None, data: dict[str, Any]) -> Event:
    """Add an event or correct one; a changed date records that the teacher set it."""
    if event is None:
        event = Event(lesson=lesson, position=len(lesson.events), key="", rule="added by the teacher")
        db.session.add(event)
    elif (event.date, event.precision) != (data["date"], data["precision"]) and not event.rule.startswith("set by"):
        event.rule = f"set by the teacher (the engine had read it as {event.date.isoformat()}: {event.rule})"
    event.date = _start_of(data["date"], data["precision"])
    event.precision = data["precision"]
    event.label = data["label"].strip()
    event.time_text = (data.get("time_text") or "").strip()
    event.sentence_id = data["sentence_id"] if data.get("sentence_id", -1) >= 0 else None
    event.edited = True
    return event


# how many months a period of each month-counted precision starts on a multiple of
_MONTH_STEPS = {"month": 1, "quarter": 3, "half": 6, "year": 12, "decade": 120, "century": 1200}


def _start_of(date: dt.date, precision: str) -> dt.date:
    """A period is stored as its first day, as quizgen does: a week from its Monday, a season from
    the first day of its month (winter from December), a month, quarter, year or decade from its first."""
    if precision == "week":
        return date - dt.timedelta(days=date.weekday())
    if precision == "season":
        months = date.year * 12 + date.month - 1 - date.month % 3
        return dt.date(months // 12, months % 12 + 1, 1)
    step = _MONTH_STEPS.get(precision)
    if step is None:
        return date
    months = (date.year * 12 + date.month - 1) // step * step
    return dt.date(months // 12, months % 12 + 1, 1)


# ------------------------------------------------------------------------------------- questions

def question_in_use(question: Question) -> bool:
    """Has any learner answered or been shown this question (published lessons may be open in a tab)?"""
    if question.lesson.is_published:
        return True
    return db.session.execute(
        db.select(Response.id).filter_by(question_id=question.id).limit(1)).first() is not None


def question_values(kind: str, prompt: str, choices: list[str], answer: str, accept: list[str],
                    explanation: str) -> dict[str, Any]:
    """The stored shape of a question, per kind."""
    prompt = prompt.strip()
    shape = quizgen.kinds.answer_form(kind)
    if shape == "order":
        return dict(type=kind, prompt=prompt, choices=list(choices), answer=list(choices), accept=[],
                    explanation=explanation)
    if shape == "true_false":
        return dict(type=kind, prompt=prompt, choices=["True", "False"], answer=answer, accept=[],
                    explanation=explanation)
    if shape == "text":
        return dict(type=kind, prompt=prompt, choices=None, answer=answer, accept=accept,
                    explanation=explanation)
    return dict(type=kind, prompt=prompt, choices=list(choices), answer=answer, accept=[],
                explanation=explanation)


def save_question(lesson: Lesson, question: Question | None, values: dict[str, Any], *,
                  sentence_id: int | None, in_quiz: bool) -> Question:
    """Add a question, or change one. A question learners may have seen is not changed in place:
    the old row is archived (their attempts and statistics keep reading it) and a new version
    takes its place, so an edit never rewrites an answer already given."""
    replaced = None
    if question is None:
        live = lesson.live_questions
        row = Question(lesson=lesson, position=(max((q.position for q in live), default=-1) + 1),
                       key="", score=0.0, focus="", event_ids=[])
    elif question_in_use(question) and _changes(question, values, sentence_id):
        row = Question(lesson=lesson, position=question.position, key=question.key, focus=question.focus,
                       score=question.score, event_ids=list(question.event_ids or []))
        row.previous_id = question.id     # lets a regrade reach attempts of every version
        question.archived, question.in_quiz = True, False
        replaced = question
    else:
        row = question
    for name, value in values.items():
        setattr(row, name, value)
    row.sentence_id = sentence_id
    row.in_quiz = in_quiz
    row.edited = True
    row.review_note = None                # the teacher has looked at it
    db.session.add(row)
    if replaced is not None:
        db.session.flush()
        # Mistakes due for review come back as the corrected question.
        db.session.execute(db.update(ReviewItem).where(ReviewItem.question_id == replaced.id)
                           .values(question_id=row.id))
    return row


def _changes(question: Question, values: dict[str, Any], sentence_id: int | None) -> bool:
    return any(getattr(question, k) != v for k, v in values.items()) or question.sentence_id != sentence_id


def delete_question(question: Question) -> None:
    """Remove a question from the lesson (archived if anyone may have answered it)."""
    if question_in_use(question):
        question.archived, question.in_quiz = True, False
    else:
        db.session.delete(question)


def move_question(lesson: Lesson, question: Question, steps: int) -> None:
    """Swap a question with its neighbour above (-1) or below (+1) among the quiz's questions
    (or among the bank's, for a question not in the quiz)."""
    live = sorted(lesson.live_questions, key=lambda q: (q.position, q.id))
    for i, q in enumerate(live):     # positions made distinct first: generated ones may tie
        q.position = i
    group = [q for q in live if q.in_quiz == question.in_quiz]
    i = group.index(question)
    j = i + steps
    if 0 <= j < len(group):
        group[i].position, group[j].position = group[j].position, group[i].position


def to_quizgen(lesson: Lesson, *, quiz_only: bool = True) -> qmodel.Lesson:
    """The lesson as the teacher has made it, as a quizgen Lesson (for the exporters)."""
    sentences = tuple(qmodel.Sentence(s["id"], s["text"], s["start"], s["end"], s.get("paragraph", 0))
                      for s in lesson.sentences or ())
    events = tuple(qmodel.Event(e.key or f"t{e.id}", e.date, e.precision, e.label, e.time_text,
                                e.sentence_id if e.sentence_id is not None else -1, rule=e.rule,
                                future=e.future, date_end=e.date_end)
                   for e in sorted_events(lesson))
    rows = lesson.quiz_questions if quiz_only else lesson.live_questions
    questions = tuple(qmodel.Question(
        f"q{q.id}", q.type, q.prompt,
        tuple(q.answer) if isinstance(q.answer, list) else q.answer,
        q.sentence_id if q.sentence_id is not None else -1,
        choices=tuple(q.choices) if q.choices is not None else None, focus=q.focus or "",
        score=q.score or 0.0, accept=tuple(q.accept or ()), event_ids=tuple(q.event_ids or ()),
        explanation=q.explanation or "") for q in rows)
    return qmodel.Lesson(title=lesson.title, published=lesson.published, source=lesson.source,
                         text=lesson.text, sentences=sentences, events=events, questions=questions,
                         quiz=tuple(q.id for q in questions), url=lesson.url, generator=lesson.generator)


def export_gaps(lesson: Lesson) -> list[str]:
    """What each question export leaves out and why, in words for the review page."""
    from quizgen.export import EXPORT_FORMATS, export_with_report

    generated = to_quizgen(lesson)
    numbers = {q.id: n for n, q in enumerate(generated.questions, start=1)}
    gaps = []
    for fmt in ("gift", "moodle", "qti"):
        for qid, why in export_with_report(generated, fmt)[1]:
            gaps.append(f"{EXPORT_FORMATS[fmt]['label']}: question {numbers.get(qid, qid)} left out ({why}).")
    return gaps


# -------------------------------------------------------------------------- classes, assignments

def new_join_code() -> str:
    """A short code no class has yet (6 characters from 31: about 900 million codes)."""
    while True:
        code = "".join(secrets.choice(JOIN_CODE_ALPHABET) for _ in range(JOIN_CODE_LENGTH))
        if db.session.execute(db.select(Classroom.id).filter_by(join_code=code)).first() is None:
            return code


def normalize_join_code(code: str) -> str:
    """What a student types, as stored: upper case, spaces and dashes dropped."""
    return re.sub(r"[\s-]+", "", code).upper()


def create_classroom(teacher: User, name: str) -> Classroom:
    classroom = Classroom(name=name.strip(), teacher_id=teacher.id, join_code=new_join_code())
    db.session.add(classroom)
    return classroom


def assignable_lessons(teacher: User) -> list[Lesson]:
    """Published lessons a teacher may set: their own, and the shared ones nobody owns (the seeds)."""
    return list(db.session.execute(
        db.select(Lesson).filter(Lesson.status == "published",
                                 (Lesson.owner_id == teacher.id) | Lesson.owner_id.is_(None))
        .order_by(Lesson.created.desc())).scalars())


def create_assignment(classroom: Classroom, lesson: Lesson, due: dt.date | None) -> Assignment:
    """Set a lesson for a class; due at the end of the due day (UTC)."""
    due_at = (dt.datetime.combine(due, dt.time(23, 59), tzinfo=dt.timezone.utc) if due else None)
    assignment = Assignment(classroom=classroom, lesson=lesson, due_at=due_at)
    db.session.add(assignment)
    return assignment


def assignment_attempts(assignment: Assignment) -> list[Attempt]:
    """Submitted attempts that count for an assignment, oldest first: made for it, or at its
    lesson by a member of its class without naming an assignment (started from the lesson page)."""
    from .models import Learner

    return list(db.session.execute(
        db.select(Attempt).join(Learner, Learner.id == Attempt.learner_id)
        .filter(Attempt.lesson_id == assignment.lesson_id, Attempt.submitted.is_not(None),
                (Attempt.assignment_id == assignment.id)
                | (Attempt.assignment_id.is_(None) & (Learner.classroom_id == assignment.classroom_id)))
        .order_by(Attempt.submitted, Attempt.id)).scalars())
