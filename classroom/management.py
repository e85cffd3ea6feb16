"""Everyday management for teachers: archive, delete and copy lessons; tidy classes, students and
assignments. Views call these and commit; nothing here knows about requests."""
from __future__ import annotations

import datetime as dt
import re

from .authoring import AuthoringError, clean_article, new_join_code
from .extensions import db
from .lessons import unique_slug
from .models import (Assignment, Attempt, Classroom, Event, Learner, Lesson, Question, Response,
                     ReviewItem, User)

LESSONS_PER_PAGE = 20


# -------------------------------------------------------------------------------------- lessons

def attempt_count(lesson: Lesson) -> int:
    return db.session.execute(db.select(db.func.count(Attempt.id)).filter(
        Attempt.lesson_id == lesson.id, Attempt.submitted.is_not(None))).scalar_one()


def assignments_of(lesson: Lesson) -> list[Assignment]:
    return list(db.session.execute(db.select(Assignment).filter_by(lesson_id=lesson.id)
                                   .order_by(Assignment.created)).scalars())


def archive_lesson(lesson: Lesson) -> None:
    """Out of every list and out of students' reach; its attempts and results are kept."""
    lesson.status = "archived"


def restore_lesson(lesson: Lesson) -> None:
    """An archived lesson comes back as a draft, to be checked and published again."""
    lesson.status = "draft"


def delete_lesson(lesson: Lesson) -> None:
    """Delete a lesson nobody has answered; one with answers is archived instead, so no student's
    results disappear (the database would delete their attempts with it)."""
    if attempt_count(lesson):
        raise AuthoringError("Students have answered this lesson, so it cannot be deleted without losing "
                             "their results. Archive it instead: it leaves every list and keeps the results.")
    db.session.delete(lesson)


def duplicate_lesson(lesson: Lesson, owner: User) -> Lesson:
    """A draft copy of the lesson as it is now (events and questions, edits included), for `owner`."""
    title = f"{lesson.title} (copy)"[:300]
    copy = Lesson(slug=unique_slug(title), title=title, source=lesson.source, url=lesson.url,
                  published=lesson.published, text=lesson.text, sentences=list(lesson.sentences or []),
                  unresolved=list(lesson.unresolved or []), messages=list(lesson.messages or []),
                  owner_id=owner.id, status="draft", generator=lesson.generator, fingerprint=None)
    copy.events = [Event(position=e.position, key=e.key, date=e.date, date_end=e.date_end,
                         precision=e.precision, label=e.label, time_text=e.time_text,
                         sentence_id=e.sentence_id, rule=e.rule, future=e.future, edited=e.edited)
                   for e in lesson.events]
    copy.questions = [Question(position=q.position, key=q.key, type=q.type, prompt=q.prompt,
                               choices=list(q.choices) if q.choices is not None else None,
                               answer=list(q.answer) if isinstance(q.answer, list) else q.answer,
                               accept=list(q.accept or []), sentence_id=q.sentence_id, focus=q.focus,
                               score=q.score, in_quiz=q.in_quiz, explanation=q.explanation,
                               event_ids=list(q.event_ids or []), edited=q.edited,
                               review_note=q.review_note)
                      for q in lesson.live_questions]
    db.session.add(copy)
    return copy


def _words(text: str) -> str:
    # letters and digits only: the stored text has run-together words split ("Murphydescribed") that a
    # second paste of the same page still has glued
    return "".join(re.findall(r"\w+", text.casefold()))


def existing_lesson_for(owner: User, text: str, published=None) -> Lesson | None:
    """The owner's lesson (not archived) made from this same article, if there is one.

    With another publication date it is another lesson (its relative dates read differently).

    Compared on words only, so a paste with other line breaks or quotes still matches.
    """
    try:
        article = clean_article(text)
    except AuthoringError:
        return None
    words = _words(article.text)
    if not words:
        return None
    candidates = db.session.execute(
        db.select(Lesson).filter(Lesson.owner_id == owner.id, Lesson.status != "archived")
        .order_by(Lesson.created.desc())).scalars()
    for lesson in candidates:
        if published is not None and lesson.published is not None and lesson.published != published:
            continue
        # the stored text may have lost a headline or dateline line that the paste still has
        stored = _words(lesson.text)
        if stored and (stored == words or words.endswith(stored)):
            return lesson
    return None


def lesson_list(owner: User, *, status: str | None, search: str, page: int):
    """One page of the owner's lessons, newest first, with filters; (lessons, total, pages)."""
    query = db.select(Lesson).filter(Lesson.owner_id == owner.id)
    if status in ("draft", "published", "archived"):
        query = query.filter(Lesson.status == status)
    else:
        query = query.filter(Lesson.status != "archived")
    if search:
        like = "%" + search.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        query = query.filter(Lesson.title.ilike(like, escape="\\"))
    total = db.session.execute(db.select(db.func.count()).select_from(query.subquery())).scalar_one()
    pages = max(1, -(-total // LESSONS_PER_PAGE))
    page = min(max(1, page), pages)
    lessons = list(db.session.execute(query.order_by(Lesson.updated.desc(), Lesson.id.desc())
                                      .offset((page - 1) * LESSONS_PER_PAGE).limit(LESSONS_PER_PAGE)).scalars())
    return lessons, total, page, pages


# ----------------------------------------------------------------------------- classes, students

def regenerate_join_code(classroom: Classroom) -> str:
    """A new join code; the old one stops working (students already in the class stay in it)."""
    classroom.join_code = new_join_code()
    return classroom.join_code


def remove_learner(learner: Learner) -> None:
    """Take a student out of the class. Their attempts are kept (results made for an assignment
    still show them); their resume code stops working, so the device cannot rejoin silently."""
    learner.classroom_id = None
    learner.resume_code_hash = None


def rename_learner(learner: Learner, name: str) -> None:
    learner.display_name = name.strip()[:80]


def merge_learners(keep: Learner, other: Learner) -> int:
    """One student who joined twice: `other`'s attempts and reviews become `keep`'s, and `other`
    leaves the class. Returns how many attempts moved."""
    if keep.id == other.id:
        raise AuthoringError("Choose two different students.")
    moved = db.session.execute(db.update(Attempt).where(Attempt.learner_id == other.id)
                               .values(learner_id=keep.id)).rowcount
    kept_reviews = set(db.session.execute(db.select(ReviewItem.question_id)
                                          .filter_by(learner_id=keep.id)).scalars())
    for item in db.session.execute(db.select(ReviewItem).filter_by(learner_id=other.id)).scalars():
        if item.question_id in kept_reviews:
            db.session.delete(item)
        else:
            item.learner_id = keep.id
    remove_learner(other)
    other.display_name = f"{other.display_name} (merged into {keep.display_name})"[:80]
    db.session.expire(keep, ["attempts"])
    return moved or 0


# ---------------------------------------------------------------------------------- assignments

def set_due_date(assignment: Assignment, due: dt.date | None, tz_name: str | None = None) -> None:
    """Due at the end of the due day in the teacher's time zone (their browser's, sent with the
    form; UTC without it); None removes the due date."""
    assignment.due_at = (dt.datetime.combine(due, dt.time(23, 59), tzinfo=teacher_zone(tz_name))
                         .astimezone(dt.timezone.utc) if due else None)


def due_day(due_at: dt.datetime) -> dt.date:
    """The day an assignment is due, back from its UTC time: 23:59 west of Greenwich is early next
    morning in UTC, so a due time before noon UTC belongs to the day before (wrong only for the
    few zones at UTC+12 and beyond)."""
    return (due_at - dt.timedelta(hours=12)).date() if due_at.hour < 12 else due_at.date()


def teacher_zone(tz_name: str | None) -> dt.tzinfo:
    """The IANA zone a browser reported ("Europe/Madrid"), or UTC when missing or unknown."""
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    if tz_name and len(tz_name) <= 64 and re.fullmatch(r"[A-Za-z0-9_+\-/]+", tz_name):
        try:
            return ZoneInfo(tz_name)
        except (ZoneInfoNotFoundError, ValueError):
            pass
    return dt.timezone.utc


def delete_assignment(assignment: Assignment) -> None:
    """Unset a lesson for a class; attempts already made stay with the lesson (and in progress)."""
    db.session.delete(assignment)


def responses_rows(assignment: Assignment, attempts: list[Attempt]) -> list[list]:
    """One row per student and question, for every attempt that counts for the assignment."""
    rows = []
    numbers: dict[int, int] = {}
    for attempt in attempts:
        given = {r.position: r for r in attempt.responses}
        for position, snap in enumerate(attempt.questions):
            response: Response | None = given.get(position)
            number = numbers.setdefault(snap["question_id"], len(numbers) + 1)
            rows.append([attempt.learner.display_name, attempt.id, attempt.submitted, number, snap["type"],
                         snap["prompt"], response.answer if response else None, snap["answer"],
                         1 if response and response.correct else 0, bool(snap.get("regrades"))])
    return rows
