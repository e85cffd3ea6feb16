"""Turning a quizgen Lesson into rows, and rows back into the lesson JSON of DESIGN §3."""
from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from typing import Any

import quizgen

from flask import abort

from .extensions import db
from .models import Event, Lesson, Question

_SLUG_STRIP = re.compile(r"[^a-z0-9]+")
MAX_SLUG_LENGTH = 120          # Lesson.slug is String(120)
# C0 and C1 controls (NUL among them, which PostgreSQL refuses in text): never part of a slug.
_CONTROL_CHARS = re.compile(r"[\x00-\x1f\x7f-\x9f]")
# The engine's reason for leaving a bank question out of the quiz is kept in Question.review_note
# under this prefix, so it is told apart from a correction's note (which it never overwrites).
ENGINE_NOTE_PREFIX = "Left out of the quiz: "
MAX_NOTE_LENGTH = 1000


def plausible_slug(slug: str) -> bool:
    """False for what cannot be a stored slug (too long, control characters), before any query."""
    return 0 < len(slug) <= MAX_SLUG_LENGTH and not _CONTROL_CHARS.search(slug)


def find_lesson(slug: str, *, viewer=None) -> Lesson | None:
    """The one lookup of a lesson by slug, for every blueprint: published lessons for anyone,
    a draft only for `viewer` (a signed-in user) who owns it or is an admin; None otherwise."""
    if not isinstance(slug, str) or not plausible_slug(slug):
        return None
    lesson = db.session.execute(db.select(Lesson).filter_by(slug=slug)).scalar_one_or_none()
    if lesson is None or lesson.is_published:
        return lesson
    if viewer is not None and getattr(viewer, "is_authenticated", False) and (
            viewer.id == lesson.owner_id or getattr(viewer, "is_admin", False)):
        return lesson
    return None


def lesson_or_404(slug: str, *, viewer=None, what: str = "lesson") -> Lesson:
    """`find_lesson`, or a 404 saying which slug was not found (JSON under /api/v1, a page elsewhere)."""
    lesson = find_lesson(slug, viewer=viewer)
    if lesson is None:
        shown = _CONTROL_CHARS.sub("\uFFFD", slug[:MAX_SLUG_LENGTH])
        abort(404, f"There is no published {what} called “{shown}”.")
    return lesson


def slugify(text: str, *, max_length: int = 60) -> str:
    """A URL-safe slug from a title: ASCII, lower case, words joined by hyphens."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = _SLUG_STRIP.sub("-", ascii_text.lower()).strip("-")
    return slug[:max_length].rstrip("-") or "lesson"


def unique_slug(text: str) -> str:
    """`slugify(text)`, with -2, -3, ... appended if a lesson already has that slug."""
    base = slugify(text)
    slug, n = base, 1
    while db.session.execute(db.select(Lesson.id).filter_by(slug=slug)).first() is not None:
        n += 1
        slug = f"{base}-{n}"
    return slug


def fingerprint(generated: quizgen.Lesson) -> str:
    """A hash of everything the engine produced, to tell whether a regeneration changed anything."""
    payload = json.dumps(generated.to_dict(), sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(payload.encode()).hexdigest()


def create_lesson(generated: quizgen.Lesson, *, slug: str, status: str = "draft",
                  owner_id: int | None = None) -> Lesson:
    """Add a new lesson row (with its events and questions) to the session."""
    lesson = Lesson(slug=slug, owner_id=owner_id, status=status)
    _copy_article(lesson, generated)
    lesson.events = [_event_row(e, i) for i, e in enumerate(generated.events)]
    in_quiz = set(generated.quiz)
    lesson.questions = [_question_row(q, i, q.id in in_quiz) for i, q in enumerate(generated.questions)]
    db.session.add(lesson)
    return lesson


def refresh_lesson(lesson: Lesson, generated: quizgen.Lesson) -> bool:
    """Bring a lesson up to date with a new generation; True if anything changed.

    What a teacher edited is kept. Generated questions that are no longer produced are archived,
    not deleted, so the attempts that answered them still show what was asked.
    """
    new_print = fingerprint(generated)
    if lesson.fingerprint == new_print:
        return False
    _copy_article(lesson, generated)

    kept_events = [e for e in lesson.events if e.edited]
    lesson.events = kept_events + [_event_row(e, len(kept_events) + i)
                                   for i, e in enumerate(generated.events)]

    existing = {_signature(q.type, q.prompt, q.answer): q
                for q in lesson.questions if not q.archived and not q.edited}
    in_quiz = set(generated.quiz)
    seen: set[int] = set()
    position = 0
    for q in lesson.questions:
        if q.edited and not q.archived:
            q.position = position
            position += 1
    for gq in generated.questions:
        answer = list(gq.answer) if isinstance(gq.answer, tuple) else gq.answer
        row = existing.get(_signature(gq.type, gq.prompt, answer))
        if row is None:
            row = _question_row(gq, position, gq.id in in_quiz)
            lesson.questions.append(row)
        else:
            _fill_question(row, gq, position, gq.id in in_quiz)
            seen.add(id(row))
        position += 1
    for row in existing.values():
        if id(row) not in seen:
            row.archived = True
            row.in_quiz = False
    return True


def lesson_json(lesson: Lesson, *, answers: bool = False, bank: bool = False) -> dict[str, Any]:
    """The lesson JSON of DESIGN §3; answers only when asked (never for students before a quiz).

    `bank=True` (teachers only) is the whole bank, each question saying whether it is in the quiz
    and, when it has one, the `note` on why it was left out or needs a look."""
    questions = lesson.live_questions if bank else lesson.quiz_questions
    return {
        "slug": lesson.slug,
        "title": lesson.title,
        "published": lesson.published.isoformat() if lesson.published else None,
        "source": lesson.source,
        "url": lesson.url,
        "sentences": [{"id": s["id"], "text": s["text"], "start": s["start"], "end": s["end"]}
                      for s in lesson.sentences or ()],
        "events": [event_json(e) for e in sorted_events(lesson)],
        "questions": [question_json(q, answers=answers, review=bank) for q in questions],
    }


def event_json(e: Event) -> dict[str, Any]:
    """One event as in the lesson JSON (id is the database id, as a string)."""
    return {"id": str(e.id), "date": e.date.isoformat(),
            "date_end": e.date_end.isoformat() if e.date_end else None,
            "precision": e.precision, "label": e.label, "time_text": e.time_text,
            "sentence_id": e.sentence_id, "future": e.future}


def question_json(q: Question, *, answers: bool = False, review: bool = False) -> dict[str, Any]:
    """One question as in the lesson JSON; `answer`/`accept`/`explanation` only with answers=True;
    `in_quiz` and the review `note` (only when there is one) only with review=True (teachers)."""
    data: dict[str, Any] = {"id": str(q.id), "type": q.type, "prompt": q.prompt,
                            "choices": list(q.choices) if q.choices is not None else None,
                            "sentence_id": q.sentence_id}
    if answers:
        data.update(answer=q.answer, accept=list(q.accept or []), explanation=q.explanation)
    if review:
        data["in_quiz"] = bool(q.in_quiz)
        if q.review_note:
            data["note"] = q.review_note
    return data


def sorted_events(lesson: Lesson) -> list[Event]:
    """Events in date order (teachers may add events out of order)."""
    return sorted(lesson.events, key=lambda e: (e.date, e.position))


def _copy_article(lesson: Lesson, generated: quizgen.Lesson) -> None:
    lesson.title = (generated.title or "Untitled article")[:300]
    lesson.source = generated.source[:300] if generated.source else None
    lesson.url = generated.url[:500] if generated.url else None
    lesson.published = generated.published
    lesson.text = generated.text
    lesson.sentences = [s.to_dict() for s in generated.sentences]
    lesson.unresolved = [u.to_dict() for u in generated.unresolved]
    lesson.messages = list(generated.messages)
    lesson.generator = generated.generator
    lesson.fingerprint = fingerprint(generated)


def _event_row(e: quizgen.Event, position: int) -> Event:
    return Event(position=position, key=e.id, date=e.date, date_end=e.date_end, precision=e.precision,
                 label=e.label[:300], time_text=e.time_text[:200], sentence_id=e.sentence_id,
                 rule=e.rule, future=e.future)


def _question_row(q: quizgen.Question, position: int, in_quiz: bool) -> Question:
    row = Question()
    _fill_question(row, q, position, in_quiz)
    return row


def _fill_question(row: Question, q: quizgen.Question, position: int, in_quiz: bool) -> None:
    row.position = position
    row.key = q.id
    row.type = q.type
    row.prompt = q.prompt
    row.choices = list(q.choices) if q.choices is not None else None
    row.answer = list(q.answer) if isinstance(q.answer, tuple) else q.answer
    row.accept = list(q.accept)
    row.sentence_id = q.sentence_id
    row.focus = q.focus
    row.score = q.score
    row.in_quiz = in_quiz
    row.explanation = q.explanation
    row.event_ids = list(q.event_ids)
    if row.review_note is None or engine_note_reason(row.review_note) is not None:
        row.review_note = engine_note(q, in_quiz)      # a correction's note wins over the engine's


def engine_note(q: quizgen.Question | dict[str, Any], in_quiz: bool) -> str | None:
    """The engine's note on a question left out of the quiz, as stored in review_note; None for a
    quiz question or when the engine gave none. Reads `note` from a quizgen Question or its dict, and
    works with engines that do not write notes yet."""
    note = q.get("note") if isinstance(q, dict) else getattr(q, "note", "")
    note = " ".join(_CONTROL_CHARS.sub(" ", str(note or "")).split())[:MAX_NOTE_LENGTH]
    if in_quiz or not note:
        return None
    # the engine may open its note with the same words as our prefix ("Left out: it asks ...")
    if note.lower().startswith("left out:"):
        note = note[len("left out:"):].strip()
        note = note[:1].upper() + note[1:]
    return ENGINE_NOTE_PREFIX + note


def engine_note_reason(review_note: str | None) -> str | None:
    """The engine's reason when `review_note` is the engine's note; None for a correction's or none."""
    if review_note and review_note.startswith(ENGINE_NOTE_PREFIX):
        return review_note[len(ENGINE_NOTE_PREFIX):]
    return None


def _signature(qtype: str, prompt: str, answer: Any) -> str:
    return json.dumps([qtype, prompt, answer], ensure_ascii=False)
