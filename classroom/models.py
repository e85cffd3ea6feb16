"""Database models for lessons, people, attempts and review (DESIGN §4), SQLAlchemy 2 style."""
from __future__ import annotations

import datetime as dt
from typing import Any

from flask_login import UserMixin
from sqlalchemy import (JSON, Boolean, Date, DateTime, Float, ForeignKey, Integer, String, Text,
                        TypeDecorator, UniqueConstraint)
from sqlalchemy.orm import Mapped, mapped_column, relationship

import quizgen.kinds

from .extensions import db, login_manager


def utcnow() -> dt.datetime:
    """The current time, timezone-aware, in UTC (used as a callable column default)."""
    return dt.datetime.now(dt.timezone.utc)


class UTCDateTime(TypeDecorator):
    """A timestamp that is always timezone-aware UTC in Python, on SQLite as on PostgreSQL.

    SQLite keeps no timezone, so values come back naive; we re-attach UTC so that comparisons
    with `utcnow()` never mix naive and aware datetimes.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect) -> dt.datetime | None:
        if value is not None and value.tzinfo is not None:
            value = value.astimezone(dt.timezone.utc)
            if dialect.name == "sqlite":
                value = value.replace(tzinfo=None)
        return value

    def process_result_value(self, value: dt.datetime | None, dialect) -> dt.datetime | None:
        if value is not None and value.tzinfo is None:
            value = value.replace(tzinfo=dt.timezone.utc)
        return value


# ----------------------------------------------------------------------------------- teachers

class User(UserMixin, db.Model):
    """A teacher or an admin: signs in with email and password (students are Learners)."""

    __tablename__ = "users"
    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(254), unique=True)
    password_hash: Mapped[str] = mapped_column(String(255))
    name: Mapped[str] = mapped_column(String(120), default="")
    role: Mapped[str] = mapped_column(String(20), default="teacher")     # "teacher" | "admin"
    created: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    # Part of every session's id (`get_id`): raised at sign-out, it ends every copy of every session.
    session_version: Mapped[int] = mapped_column(Integer, default=0, server_default="0")

    lessons: Mapped[list[Lesson]] = relationship(back_populates="owner")
    classrooms: Mapped[list[Classroom]] = relationship(back_populates="teacher")
    api_keys: Mapped[list[ApiKey]] = relationship(back_populates="user", cascade="all, delete-orphan")

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"

    def get_id(self) -> str:
        """What the session keeps: the id and the session version ("12.3"), checked by `load_user`."""
        return f"{self.id}.{self.session_version or 0}"


class ApiKey(db.Model):
    """A teacher's key for scripts: only a hash is kept; `prefix` lets them tell keys apart."""

    __tablename__ = "api_key"
    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(80), default="")
    prefix: Mapped[str] = mapped_column(String(16), index=True)
    key_hash: Mapped[str] = mapped_column(String(128), unique=True)
    created: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    last_used: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    revoked: Mapped[bool] = mapped_column(Boolean, default=False)

    user: Mapped[User] = relationship(back_populates="api_keys")


# ------------------------------------------------------------------------------------ lessons

LESSON_STATUSES = ("draft", "published", "archived")   # archived: kept with its results, out of lists


class Lesson(db.Model):
    """An article with its timeline and question bank; students see only published lessons."""

    __tablename__ = "lesson"
    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(120), unique=True)
    title: Mapped[str] = mapped_column(String(300))
    source: Mapped[str | None] = mapped_column(String(300))
    url: Mapped[str | None] = mapped_column(String(500))
    published: Mapped[dt.date | None] = mapped_column(Date)
    text: Mapped[str] = mapped_column(Text)
    # [{"id", "text", "start", "end", "paragraph"}]: sentences are read-only views of `text`,
    # regenerated with it, so a JSON column is simpler than a table.
    sentences: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    unresolved: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    messages: Mapped[list[str]] = mapped_column(JSON, default=list)
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"), index=True)
    status: Mapped[str] = mapped_column(String(20), default="draft")
    generator: Mapped[str] = mapped_column(String(60), default="")
    # Hash of the generated lesson JSON: lets `flask seed` see that nothing changed.
    fingerprint: Mapped[str | None] = mapped_column(String(64))
    created: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)

    owner: Mapped[User | None] = relationship(back_populates="lessons")
    events: Mapped[list[Event]] = relationship(
        back_populates="lesson", cascade="all, delete-orphan", order_by="Event.position")
    questions: Mapped[list[Question]] = relationship(
        back_populates="lesson", cascade="all, delete-orphan", order_by="Question.position")

    @property
    def is_published(self) -> bool:
        return self.status == "published"

    @property
    def live_questions(self) -> list[Question]:
        """The bank as teachers and students see it now (archived questions left out)."""
        return [q for q in self.questions if not q.archived]

    @property
    def quiz_questions(self) -> list[Question]:
        """The questions a student is asked, in order."""
        return [q for q in self.questions if q.in_quiz and not q.archived]

    def sentence(self, sentence_id: int | None) -> dict[str, Any] | None:
        """The sentence with this id, or None."""
        if sentence_id is None:
            return None
        for s in self.sentences or ():
            if s["id"] == sentence_id:
                return s
        return None


class Event(db.Model):
    """A dated happening on a lesson's timeline, with its evidence sentence."""

    __tablename__ = "event"
    id: Mapped[int] = mapped_column(primary_key=True)
    lesson_id: Mapped[int] = mapped_column(ForeignKey("lesson.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    key: Mapped[str] = mapped_column(String(40), default="")       # quizgen's event id ("e1")
    date: Mapped[dt.date] = mapped_column(Date)
    date_end: Mapped[dt.date | None] = mapped_column(Date)
    precision: Mapped[str] = mapped_column(String(10), default="day")   # day | month | year
    label: Mapped[str] = mapped_column(String(300))
    time_text: Mapped[str] = mapped_column(String(200), default="")
    sentence_id: Mapped[int | None] = mapped_column(Integer)
    rule: Mapped[str] = mapped_column(Text, default="")
    future: Mapped[bool] = mapped_column(Boolean, default=False)
    edited: Mapped[bool] = mapped_column(Boolean, default=False)

    lesson: Mapped[Lesson] = relationship(back_populates="events")


QUESTION_TYPES = quizgen.kinds.names()


class Question(db.Model):
    """One question of a lesson's bank. Archived rather than deleted once anyone answered it."""

    __tablename__ = "question"
    id: Mapped[int] = mapped_column(primary_key=True)
    lesson_id: Mapped[int] = mapped_column(ForeignKey("lesson.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    key: Mapped[str] = mapped_column(String(40), default="")        # quizgen's question id
    type: Mapped[str] = mapped_column(String(30))
    prompt: Mapped[str] = mapped_column(Text)
    choices: Mapped[list[str] | None] = mapped_column(JSON)
    answer: Mapped[Any] = mapped_column(JSON)                         # str, or [str] for order_events
    accept: Mapped[list[str]] = mapped_column(JSON, default=list)
    sentence_id: Mapped[int | None] = mapped_column(Integer)
    focus: Mapped[str] = mapped_column(String(40), default="")
    score: Mapped[float] = mapped_column(Float, default=0.0)
    in_quiz: Mapped[bool] = mapped_column(Boolean, default=False)
    explanation: Mapped[str] = mapped_column(Text, default="")
    event_ids: Mapped[list[str]] = mapped_column(JSON, default=list)  # Event.key values
    edited: Mapped[bool] = mapped_column(Boolean, default=False)
    archived: Mapped[bool] = mapped_column(Boolean, default=False)
    created: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    # Why the teacher should look at this question again (an event it was built from was
    # corrected, but the question had been edited by hand); None when nothing is pending.
    review_note: Mapped[str | None] = mapped_column(Text)
    # The archived version this one replaced, so a regrade reaches attempts of every version.
    previous_id: Mapped[int | None] = mapped_column(
        ForeignKey("question.id", ondelete="SET NULL"), index=True)

    lesson: Mapped[Lesson] = relationship(back_populates="questions")


# ---------------------------------------------------------------------------- classes, learners

class Classroom(db.Model):
    """A teacher's class; students join it with `join_code`."""

    __tablename__ = "classroom"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    join_code: Mapped[str] = mapped_column(String(16), unique=True)
    teacher_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    created: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)

    teacher: Mapped[User] = relationship(back_populates="classrooms")
    assignments: Mapped[list[Assignment]] = relationship(
        back_populates="classroom", cascade="all, delete-orphan", order_by="Assignment.created")
    learners: Mapped[list[Learner]] = relationship(back_populates="classroom")


class Assignment(db.Model):
    """A lesson set for a class, with an optional due date."""

    __tablename__ = "assignment"
    id: Mapped[int] = mapped_column(primary_key=True)
    classroom_id: Mapped[int] = mapped_column(ForeignKey("classroom.id", ondelete="CASCADE"), index=True)
    lesson_id: Mapped[int] = mapped_column(ForeignKey("lesson.id", ondelete="CASCADE"), index=True)
    due_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    created: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)

    classroom: Mapped[Classroom] = relationship(back_populates="assignments")
    lesson: Mapped[Lesson] = relationship()


class Learner(db.Model):
    """A student: in a class (display name + private resume code) or a guest (no class).

    Neither the resume code nor the cookie/API token is stored: only their SHA-256 hashes,
    which is enough because both are long random strings (no dictionary to attack).
    """

    __tablename__ = "learner"
    id: Mapped[int] = mapped_column(primary_key=True)
    display_name: Mapped[str] = mapped_column(String(80), default="Guest")
    classroom_id: Mapped[int | None] = mapped_column(ForeignKey("classroom.id", ondelete="SET NULL"),
                                                     index=True)
    resume_code_hash: Mapped[str | None] = mapped_column(String(64), unique=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    last_seen: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)

    classroom: Mapped[Classroom | None] = relationship(back_populates="learners")
    attempts: Mapped[list[Attempt]] = relationship(back_populates="learner", order_by="Attempt.started")

    @property
    def is_guest(self) -> bool:
        return self.classroom_id is None


class Attempt(db.Model):
    """One try at a lesson's quiz. `questions` snapshots each question as it was asked, so that
    later edits by the teacher never change what a learner saw or how they were marked."""

    __tablename__ = "attempt"
    __table_args__ = (UniqueConstraint("learner_id", "idempotency_key"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    learner_id: Mapped[int] = mapped_column(ForeignKey("learner.id", ondelete="CASCADE"), index=True)
    lesson_id: Mapped[int] = mapped_column(ForeignKey("lesson.id", ondelete="CASCADE"), index=True)
    assignment_id: Mapped[int | None] = mapped_column(
        ForeignKey("assignment.id", ondelete="SET NULL"), index=True)
    idempotency_key: Mapped[str] = mapped_column(String(64))
    shuffle_seed: Mapped[int] = mapped_column(Integer, default=0)
    questions: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    started: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    submitted: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, index=True)
    score: Mapped[int | None] = mapped_column(Integer)
    max_score: Mapped[int] = mapped_column(Integer, default=0)
    via: Mapped[str] = mapped_column(String(10), default="web")     # "web" | "api"

    learner: Mapped[Learner] = relationship(back_populates="attempts")
    lesson: Mapped[Lesson] = relationship()
    assignment: Mapped[Assignment | None] = relationship()
    responses: Mapped[list[Response]] = relationship(
        back_populates="attempt", cascade="all, delete-orphan", order_by="Response.position")

    @property
    def percent(self) -> float | None:
        if self.score is None or not self.max_score:
            return None
        return 100.0 * self.score / self.max_score


class Response(db.Model):
    """A learner's answer to one question within an attempt."""

    __tablename__ = "response"
    __table_args__ = (UniqueConstraint("attempt_id", "question_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    attempt_id: Mapped[int] = mapped_column(ForeignKey("attempt.id", ondelete="CASCADE"), index=True)
    # SET NULL: the attempt's snapshot still says what was asked if a question is hard-deleted.
    question_id: Mapped[int | None] = mapped_column(ForeignKey("question.id", ondelete="SET NULL"),
                                                    index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    answer: Mapped[Any] = mapped_column(JSON)                        # None when left unanswered
    correct: Mapped[bool] = mapped_column(Boolean, default=False)

    attempt: Mapped[Attempt] = relationship(back_populates="responses")
    question: Mapped[Question | None] = relationship()


class ReviewItem(db.Model):
    """A question a learner got wrong, scheduled to come back (spaced review)."""

    __tablename__ = "review_item"
    __table_args__ = (UniqueConstraint("learner_id", "question_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    learner_id: Mapped[int] = mapped_column(ForeignKey("learner.id", ondelete="CASCADE"), index=True)
    question_id: Mapped[int] = mapped_column(ForeignKey("question.id", ondelete="CASCADE"), index=True)
    due_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    interval_days: Mapped[int] = mapped_column(Integer, default=1)
    misses: Mapped[int] = mapped_column(Integer, default=0)
    streak: Mapped[int] = mapped_column(Integer, default=0)          # right answers in a row
    created: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)

    learner: Mapped[Learner] = relationship()
    question: Mapped[Question] = relationship()


# ------------------------------------------------------------------------------- generation jobs

JOB_STEPS = ("queued", "parsing", "dates", "questions", "done")   # in order; "failed" can follow any
JOB_FINISHED = ("done", "failed")


class GenerationJob(db.Model):
    """One article a teacher asked to turn into a lesson, run by a worker (classroom/jobs.py).

    One row per teacher and article (`article_key`): submitting the same article again returns this
    job and its lesson instead of making another. The pasted text stays here, so a failed job loses nothing.
    """

    __tablename__ = "generation_job"
    __table_args__ = (UniqueConstraint("owner_id", "article_key"),)
    id: Mapped[str] = mapped_column(String(32), primary_key=True)            # random hex: not guessable
    owner_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    article_key: Mapped[str] = mapped_column(String(64))                     # sha256 of what was sent
    batch: Mapped[str | None] = mapped_column(String(32), index=True)        # articles sent together
    via: Mapped[str] = mapped_column(String(10), default="form")             # "form" | "api"
    state: Mapped[str] = mapped_column(String(20), default="queued")         # JOB_STEPS or "failed"
    attempt: Mapped[int] = mapped_column(Integer, default=1)                 # bumped on each resubmission
    title: Mapped[str | None] = mapped_column(String(300))
    source: Mapped[str | None] = mapped_column(String(300))
    published: Mapped[dt.date | None] = mapped_column(Date)
    text: Mapped[str] = mapped_column(Text)
    lesson_id: Mapped[int | None] = mapped_column(ForeignKey("lesson.id", ondelete="SET NULL"))
    error: Mapped[str | None] = mapped_column(Text)
    created: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    started: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    finished: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)

    lesson: Mapped[Lesson | None] = relationship()

    @property
    def is_finished(self) -> bool:
        return self.state in JOB_FINISHED


@login_manager.user_loader
def load_user(user_id: str) -> User | None:
    """Flask-Login's session lookup (teachers); a malformed id or an old session version is nobody.

    A bare id (a session from before versions existed) counts as version 0.
    """
    try:
        raw_id, _, raw_version = str(user_id).partition(".")
        user = db.session.get(User, int(raw_id))
        version = int(raw_version or 0)
    except (TypeError, ValueError, OverflowError):
        return None
    if user is None or version != (user.session_version or 0):
        return None
    return user
