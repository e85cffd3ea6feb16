"""Attempts and scoring, the questions a learner keeps missing, and spaced review of mistakes."""
from __future__ import annotations

import datetime as dt
import fcntl
import hashlib
import json
import os
import random
import re
import secrets
import threading
import unicodedata
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from blinker import Namespace
from sqlalchemy import func, update
from sqlalchemy.exc import IntegrityError

import quizgen.kinds

from .extensions import db
from .models import Attempt, Learner, Lesson, Question, Response, ReviewItem, utcnow

# kinds answered by picking one of their choices (checked against them)
CHOICE_TYPES = quizgen.kinds.names("choice") + quizgen.kinds.names("true_false")
MAX_ANSWER_LENGTH = 500
# Sent with the attempt once a web submit is marked and committed (the LTI grade post listens).
attempt_submitted = Namespace().signal("attempt-submitted")


class AnswerError(ValueError):
    """An answer that cannot be marked: wrong type, not an option, unknown question."""


# ------------------------------------------------------------------------------------ questions

def snapshot(question: Question, lesson: Lesson, seed: int) -> dict[str, Any]:
    """The question as this attempt asks it: options in this attempt's shuffled order."""
    sentence = lesson.sentence(question.sentence_id)
    return {
        "question_id": question.id,
        "type": question.type,
        "prompt": question.prompt,
        "choices": shuffled_choices(question, seed),
        "answer": question.answer,
        "accept": list(question.accept or []),
        "sentence_id": question.sentence_id,
        "sentence": sentence["text"] if sentence else None,
        "explanation": question.explanation or "",
    }


def shuffled_choices(question: Question, seed: int) -> list[str] | None:
    """Options in a per-attempt order; True/False keep theirs; an ordering never starts solved."""
    return _shuffle(question.id, question.type, question.choices, question.answer, seed)


def _shuffle(question_id: int, kind: str, choices: list[str] | None, answer: Any,
             seed: int) -> list[str] | None:
    if choices is None:
        return None
    choices = list(choices)
    shape = quizgen.kinds.answer_form(kind)
    if shape == "true_false":
        return choices
    random.Random(f"{seed}:{question_id}").shuffle(choices)
    if shape == "order" and len(choices) > 1 and choices == list(answer):
        choices = choices[1:] + choices[:1]
    return choices


_PUNCT = re.compile(r"[\W_]+", re.UNICODE)
_ARTICLES = re.compile(r"^(the|a|an) ")


_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}\b)")
_UNITS = {w: n for n, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen".split())}
_TENS = {w: 10 * n for n, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split(), 2)}
_SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000}


def normalize(text: str) -> str:
    """Lower case, no accents' variants, punctuation and extra spaces gone, leading article dropped,
    numbers written in words turned into digits ("two hours" and "2 hours" read the same)."""
    text = unicodedata.normalize("NFKC", text).casefold()
    text = _THOUSANDS.sub("", text)                    # "6,000" -> "6000"
    text = _PUNCT.sub(" ", text).strip()
    return _ARTICLES.sub("", numbers_as_digits(text))


def numbers_as_digits(text: str) -> str:
    """'twenty one days' -> '21 days', 'two hundred and five' -> '205' (words already split on spaces)."""
    out: list[str] = []
    total = current = 0
    in_number = False

    def flush() -> None:
        nonlocal total, current, in_number
        if in_number:
            out.append(str(total + current))
        total = current = 0
        in_number = False

    words = text.split()
    for i, word in enumerate(words):
        if word in _UNITS or word in _TENS:
            current += _UNITS.get(word, 0) + _TENS.get(word, 0)
            in_number = True
        elif word in _SCALES and in_number:
            scale = _SCALES[word]
            if scale == 100:
                current *= 100
            else:
                total += (current or 1) * scale
                current = 0
        elif word == "and" and in_number and i + 1 < len(words) and (
                words[i + 1] in _UNITS or words[i + 1] in _TENS):
            continue                                  # "one hundred and five"
        else:
            flush()
            out.append(word)
    flush()
    return " ".join(out)


def is_correct(snap: dict[str, Any], answer: Any) -> bool:
    """Mark one answer against its question snapshot."""
    if answer is None:
        return False
    shape = quizgen.kinds.answer_form(snap["type"])
    if shape == "order":
        return isinstance(answer, list) and answer == list(snap["answer"])
    if not isinstance(answer, str):
        return False
    if shape == "text":
        accepted = {normalize(a) for a in [snap["answer"], *snap.get("accept", [])]}
        return normalize(answer) in accepted
    return answer == snap["answer"]


def check_answer(snap: dict[str, Any], answer: Any) -> Any:
    """The answer in canonical form, or AnswerError saying what is wrong with its type or value."""
    kind = snap["type"]
    shape = quizgen.kinds.answer_form(kind)
    if answer is None:
        return None
    if shape == "order":
        if not isinstance(answer, list) or not all(isinstance(a, str) for a in answer):
            raise AnswerError("needs a list of the event labels, in the order you think they happened")
        if sorted(answer) != sorted(snap["choices"] or []):
            raise AnswerError("must list each of the question's choices exactly once")
        return answer
    if shape == "true_false" and isinstance(answer, bool):
        answer = "True" if answer else "False"
    if not isinstance(answer, str):
        raise AnswerError("needs a string")
    if len(answer) > MAX_ANSWER_LENGTH:
        raise AnswerError(f"is longer than {MAX_ANSWER_LENGTH} characters")
    if kind in CHOICE_TYPES or (snap["choices"] is not None and shape != "text"):
        if answer not in (snap["choices"] or []):
            raise AnswerError("must be one of the question's choices")
    return answer


# ------------------------------------------------------------------------------------- attempts

def new_key() -> str:
    """An idempotency key for a quiz form or an API call."""
    return secrets.token_urlsafe(24)


def start_attempt(learner: Learner, lesson: Lesson, *, assignment_id: int | None = None,
                  key: str | None = None, via: str = "web") -> Attempt:
    """A new attempt with this lesson's current quiz frozen into it (added to the session)."""
    seed = secrets.randbelow(2**31)
    attempt = Attempt(learner=learner, lesson=lesson, assignment_id=assignment_id,
                      idempotency_key=key or new_key(), shuffle_seed=seed, via=via,
                      questions=[snapshot(q, lesson, seed) for q in lesson.quiz_questions])
    attempt.max_score = len(attempt.questions)
    db.session.add(attempt)
    return attempt


OPEN_ATTEMPT_REUSE = dt.timedelta(hours=12)   # a reloaded quiz page keeps its order within a day


def open_attempt(learner: Learner, lesson: Lesson) -> Attempt:
    """A known learner's unfinished attempt at this lesson (a reload keeps the order), or a new one.

    For learners an LMS launched (already stored); guests get their attempt only when they submit."""
    since = utcnow() - OPEN_ATTEMPT_REUSE
    attempt = db.session.execute(
        db.select(Attempt)
        .filter(Attempt.learner_id == learner.id, Attempt.lesson_id == lesson.id,
                Attempt.submitted.is_(None), Attempt.started >= since)
        .order_by(Attempt.started.desc()).limit(1)).scalar_one_or_none()
    if attempt is not None and [s["question_id"] for s in attempt.questions] == [q.id for q in lesson.quiz_questions]:
        return attempt
    return start_attempt(learner, lesson)


def find_attempt(learner: Learner, key: str) -> Attempt | None:
    """The learner's attempt with this idempotency key."""
    return db.session.execute(
        db.select(Attempt).filter_by(learner_id=learner.id, idempotency_key=key)).scalar_one_or_none()


def _mark(attempt: Attempt, answers: dict[int, Any],
          existing: set[int]) -> tuple[int, list[Response], dict[int, bool]]:
    """Score the answers: (score, one unsaved Response per question asked, question id -> right)."""
    score = 0
    results: dict[int, bool] = {}
    responses = []
    for position, snap in enumerate(attempt.questions):
        given = answers.get(snap["question_id"])
        correct = is_correct(snap, given)
        score += correct
        # A question hard-deleted since the attempt began: the snapshot still says what was asked.
        qid = snap["question_id"] if snap["question_id"] in existing else None
        responses.append(Response(question_id=qid, position=position, answer=given, correct=correct))
        if qid is not None:
            results[qid] = correct
    return score, responses, results


def submit_attempt(attempt: Attempt, answers: dict[int, Any]) -> bool:
    """Mark and store the answers (question id -> answer) and commit; False if already submitted.

    The attempt is claimed with a conditional UPDATE, so two submits racing each other (a double
    click, a retried request) record one set of responses: the second finds it already taken.
    """
    now = utcnow()
    asked = [snap["question_id"] for snap in attempt.questions]
    existing = set(db.session.execute(db.select(Question.id).filter(Question.id.in_(asked))).scalars())
    score, responses, results = _mark(attempt, answers, existing)
    # Claim first: nothing of this submit may reach the database unless the claim succeeds.
    claimed = db.session.execute(
        update(Attempt).where(Attempt.id == attempt.id, Attempt.submitted.is_(None))
        .values(submitted=now, score=score).execution_options(synchronize_session=False))
    if claimed.rowcount != 1:
        db.session.rollback()
        return False
    attempt.responses = responses
    schedule_reviews(attempt.learner_id, results, now=now)
    db.session.commit()
    attempt_submitted.send(attempt)
    return True


@dataclass
class Feedback:
    """One line of a result page: the question, both answers, and where the article says so."""

    number: int
    prompt: str
    type: str
    given: Any
    right: Any
    correct: bool
    sentence_id: int | None
    sentence: str | None
    explanation: str
    # Earlier marks, when the teacher corrected the key and regraded: [{"at", "was_correct", ...}]
    revisions: list[dict[str, Any]] = field(default_factory=list)

    @property
    def revised(self) -> bool:
        return bool(self.revisions)


def feedback(attempt: Attempt) -> list[Feedback]:
    """Per-question feedback for a submitted attempt, from its snapshot (not today's questions)."""
    given = {r.position: r for r in attempt.responses}
    lines = []
    for position, snap in enumerate(attempt.questions):
        response = given.get(position)
        lines.append(Feedback(number=position + 1, prompt=snap["prompt"], type=snap["type"],
                              given=response.answer if response else None, right=snap["answer"],
                              correct=bool(response and response.correct),
                              sentence_id=snap["sentence_id"], sentence=snap.get("sentence"),
                              explanation=snap.get("explanation", ""),
                              revisions=list(snap.get("regrades", []))))
    return lines


# ------------------------------------------------------------------------------------- progress

def submitted_attempts(learner: Learner) -> list[Attempt]:
    """The learner's finished attempts, oldest first."""
    return list(db.session.execute(
        db.select(Attempt).join(Lesson, Lesson.id == Attempt.lesson_id)
        .filter(Attempt.learner_id == learner.id, Attempt.submitted.is_not(None),
                Lesson.status == "published")     # a lesson taken back to draft is hidden
        .order_by(Attempt.submitted)).scalars())


@dataclass
class LessonBest:
    lesson: Lesson
    best: float
    attempts: int
    last: dt.datetime


def best_per_lesson(attempts: list[Attempt]) -> list[LessonBest]:
    """Best percentage and number of attempts for each lesson tried, latest first."""
    rows: dict[int, LessonBest] = {}
    for a in attempts:
        pct = a.percent or 0.0
        row = rows.get(a.lesson_id)
        if row is None:
            rows[a.lesson_id] = LessonBest(a.lesson, pct, 1, a.submitted)
        else:
            row.best, row.attempts = max(row.best, pct), row.attempts + 1
            row.last = max(row.last, a.submitted)
    return sorted(rows.values(), key=lambda r: r.last, reverse=True)


@dataclass
class Missed:
    question: Question
    misses: int
    tries: int
    last_correct: bool


def missed_questions(learner: Learner, *, limit: int = 10) -> list[Missed]:
    """Questions this learner got wrong, most missed first, with whether the last try was right."""
    stats = db.session.execute(
        db.select(Response.question_id,
                  func.count().label("tries"),
                  func.sum(db.case((Response.correct.is_(False), 1), else_=0)).label("misses"),
                  func.max(Response.id).label("last_id"))
        .join(Attempt, Attempt.id == Response.attempt_id)
        .join(Lesson, Lesson.id == Attempt.lesson_id)
        .filter(Attempt.learner_id == learner.id, Response.question_id.is_not(None),
                Lesson.status == "published")
        .group_by(Response.question_id)).all()
    missed = [s for s in stats if s.misses]
    if not missed:
        return []
    last = {r.id: r.correct for r in db.session.execute(
        db.select(Response).filter(Response.id.in_([s.last_id for s in missed]))).scalars()}
    questions = {q.id: q for q in db.session.execute(
        db.select(Question).filter(Question.id.in_([s.question_id for s in missed]))).scalars()}
    rows = [Missed(questions[s.question_id], int(s.misses), int(s.tries), last[s.last_id])
            for s in missed if s.question_id in questions]
    rows.sort(key=lambda m: (m.last_correct, -m.misses, m.question.id))
    return rows[:limit]


# --------------------------------------------------------------------------------------- review

MAX_INTERVAL_DAYS = 60


def schedule_reviews(learner_id: int, results: dict[int, bool], *,
                     now: dt.datetime | None = None) -> None:
    """Bring mistakes back: due at once when missed, then after 1, 2, 4... days when right."""
    if not results:
        return
    now = now or utcnow()
    items = {item.question_id: item for item in db.session.execute(
        db.select(ReviewItem).filter(ReviewItem.learner_id == learner_id,
                                     ReviewItem.question_id.in_(list(results)))).scalars()}
    for question_id, correct in results.items():
        item = items.get(question_id)
        if item is None:
            if correct:
                continue     # only mistakes are reviewed
            item = ReviewItem(learner_id=learner_id, question_id=question_id, interval_days=1,
                              misses=0, streak=0)
            db.session.add(item)
        if correct:
            item.streak += 1
            item.due_at = now + dt.timedelta(days=item.interval_days)
            item.interval_days = min(item.interval_days * 2, MAX_INTERVAL_DAYS)
        else:
            item.misses += 1
            item.streak = 0
            item.interval_days = 1
            item.due_at = now


def due_reviews(learner: Learner, *, limit: int = 10) -> list[ReviewItem]:
    """Review items due now for this learner, on questions still in use, oldest due first."""
    return list(db.session.execute(
        db.select(ReviewItem).join(Question, Question.id == ReviewItem.question_id)
        .join(Lesson, Lesson.id == Question.lesson_id)
        .filter(ReviewItem.learner_id == learner.id, ReviewItem.due_at <= utcnow(),
                Question.archived.is_(False), Lesson.status == "published")
        .order_by(ReviewItem.due_at).limit(limit)).scalars())


# ------------------------------------------------------------------ the submission fast path
# One transaction per attempt: the quiz comes from a per-version cache (no question queries), the
# attempt row is inserted already marked, its responses in one multi-row INSERT, review items in
# one SELECT plus one INSERT and one UPDATE. Idempotency rests on the (learner, key) unique index.

@dataclass(frozen=True)
class QuizPlan:
    """A published lesson's quiz as of one version: everything needed to ask and mark it."""

    lesson_id: int
    slug: str
    questions: tuple[dict[str, Any], ...]      # snapshots with the choices in their stored order

    @property
    def ids(self) -> list[int]:
        return [q["question_id"] for q in self.questions]

    def snapshots(self, seed: int) -> list[dict[str, Any]]:
        """The questions as one attempt asks them: options shuffled by `seed`."""
        return [{**q, "choices": _shuffle(q["question_id"], q["type"], q["choices"], q["answer"], seed)}
                for q in self.questions]


def make_quiz_plan(lesson: Lesson) -> QuizPlan:
    """Freeze a lesson's current quiz (the cache keeps one per lesson version)."""
    questions = []
    for q in lesson.quiz_questions:
        snap = snapshot(q, lesson, 0)
        snap["choices"] = list(q.choices) if q.choices is not None else None
        questions.append(snap)
    return QuizPlan(lesson.id, lesson.slug, tuple(questions))


def quiz_plan_for(lesson: Lesson) -> QuizPlan:
    """The lesson's quiz plan, made once per lesson version in each process."""
    from .pagecache import LessonRef, lesson_cache
    ref = LessonRef(lesson.id, lesson.slug, lesson.status, lesson.updated)
    return lesson_cache().get_or_make(("quiz", ref.id, ref.version), lambda: make_quiz_plan(lesson),
                                      shared=False)


def quiz_plan(ref) -> QuizPlan:
    """The same from a `pagecache.LessonRef`: the lesson is loaded only when the plan is made."""
    from .pagecache import lesson_cache
    return lesson_cache().get_or_make(("quiz", ref.id, ref.version),
                                      lambda: make_quiz_plan(db.session.get(Lesson, ref.id)), shared=False)


def seed_for_key(key: str) -> int:
    """The option order of an attempt follows from its key, so a form needs no stored row."""
    return int.from_bytes(hashlib.sha256(key.encode()).digest()[:4], "big") % 2**31


def check_answers(snaps: list[dict[str, Any]], answers: dict[str, Any]) -> dict[int, Any]:
    """API answers (question id as text -> answer) checked and in canonical form; AnswerError otherwise."""
    ids = {str(s["question_id"]) for s in snaps}
    unknown = [k for k in answers if k not in ids]
    if unknown:
        raise AnswerError(f"unknown question id {unknown[0]!r}: this lesson's quiz has ids "
                          f"{', '.join(str(s['question_id']) for s in snaps) or '(none)'}")
    checked: dict[int, Any] = {}
    for snap in snaps:
        try:
            checked[snap["question_id"]] = check_answer(snap, answers.get(str(snap["question_id"])))
        except AnswerError as e:
            raise AnswerError(f"answer to question {snap['question_id']} {e}") from None
    return checked


@dataclass
class Recorded:
    """A stored, marked attempt as the API and the result redirect need it."""

    id: int
    slug: str
    score: int
    max_score: int
    submitted: dt.datetime
    questions: list[dict[str, Any]]
    given: list[Any]
    correct: list[bool]


def record_attempt(learner_id: int, plan: QuizPlan, snaps: list[dict[str, Any]], answers: dict[int, Any],
                   *, key: str, seed: int, via: str, assignment_id: int | None = None) -> Recorded | None:
    """Insert one marked attempt with its responses and review updates (the caller commits).

    None when this learner already used `key` (the transaction is then rolled back, so the
    caller looks the first attempt up): that is what makes a double submit one attempt.
    Core statements on the session's connection: the ORM's unit of work costs more than the SQL.
    """
    session = db.session
    conn = session.connection()
    now = utcnow()
    given = [answers.get(s["question_id"]) for s in snaps]
    correct = [is_correct(s, a) for s, a in zip(snaps, given)]
    score = sum(correct)
    attempt = {"learner_id": learner_id, "lesson_id": plan.lesson_id, "assignment_id": assignment_id,
               "idempotency_key": key, "shuffle_seed": seed, "started": now, "submitted": now,
               "score": score, "max_score": len(snaps), "via": via}
    try:
        if conn.dialect.name == "postgresql":
            attempt_id = _record_in_one_statement(conn, attempt, snaps, given, correct, now)
            return Recorded(attempt_id, plan.slug, score, len(snaps), now, snaps, given, correct)
        attempt_id = conn.execute(_INSERT_ATTEMPT, {**attempt, "questions": snaps}).scalar_one()
    except IntegrityError as e:
        if "idempotency_key" not in str(e.orig):
            raise
        session.rollback()
        return None
    if snaps:
        conn.execute(_INSERT_RESPONSE, [
            {"attempt_id": attempt_id, "question_id": s["question_id"], "position": i, "answer": a,
             "correct": c} for i, (s, a, c) in enumerate(zip(snaps, given, correct))])
    _store_reviews(conn, learner_id, {s["question_id"]: c for s, c in zip(snaps, correct)}, now)
    return Recorded(attempt_id, plan.slug, score, len(snaps), now, snaps, given, correct)


# PostgreSQL: the attempt, its responses and the review schedule in one statement (one round
# trip), data-modifying CTEs that all run; a reused key fails the whole statement.
_RECORD_SQL = db.text("""
WITH new_attempt AS (
    INSERT INTO attempt (learner_id, lesson_id, assignment_id, idempotency_key, shuffle_seed, questions,
                         started, submitted, score, max_score, via)
    VALUES (:learner_id, :lesson_id, :assignment_id, :idempotency_key, :shuffle_seed, CAST(:questions AS json),
            :started, :submitted, :score, :max_score, :via)
    RETURNING id
), new_responses AS (
    INSERT INTO response (attempt_id, question_id, position, answer, correct)
    SELECT new_attempt.id, r.question_id, r.position, COALESCE(r.answer, CAST('null' AS json)), r.correct
    FROM new_attempt, json_to_recordset(CAST(:responses AS json))
         AS r(question_id integer, position integer, answer json, correct boolean)
), missed AS (
    INSERT INTO review_item (learner_id, question_id, due_at, interval_days, misses, streak, created, updated)
    SELECT :learner_id, q, :submitted, 1, 1, 0, :submitted, :submitted
    FROM new_attempt, unnest(CAST(:wrong AS integer[])) AS q
    ON CONFLICT (learner_id, question_id) DO UPDATE
        SET misses = review_item.misses + 1, streak = 0, interval_days = 1,
            due_at = EXCLUDED.due_at, updated = EXCLUDED.updated
), remembered AS (
    UPDATE review_item
    SET streak = streak + 1, due_at = CAST(:submitted AS timestamptz) + make_interval(days => interval_days),
        interval_days = LEAST(interval_days * 2, :max_interval), updated = :submitted
    WHERE learner_id = :learner_id AND question_id = ANY(CAST(:right AS integer[]))
      AND EXISTS (SELECT 1 FROM new_attempt)
)
SELECT id FROM new_attempt
""")


def _record_in_one_statement(conn, attempt: dict[str, Any], snaps: list[dict[str, Any]], given: list[Any],
                             correct: list[bool], now: dt.datetime) -> int:
    responses = [{"question_id": s["question_id"], "position": i, "answer": a, "correct": c}
                 for i, (s, a, c) in enumerate(zip(snaps, given, correct))]
    return conn.execute(_RECORD_SQL, {
        **attempt, "questions": json.dumps(snaps, ensure_ascii=False),
        "responses": json.dumps(responses, ensure_ascii=False),
        "wrong": [s["question_id"] for s, c in zip(snaps, correct) if not c],
        "right": [s["question_id"] for s, c in zip(snaps, correct) if c],
        "max_interval": MAX_INTERVAL_DAYS}).scalar_one()


class KeyAlreadyUsed(Exception):
    """This learner sent this idempotency key before."""


_RECORD_FOR_TOKEN_SQL = db.text(str(_RECORD_SQL.text).replace(
    """WITH new_attempt AS (
    INSERT INTO attempt (learner_id, lesson_id, assignment_id, idempotency_key, shuffle_seed, questions,
                         started, submitted, score, max_score, via)
    VALUES (:learner_id, :lesson_id, :assignment_id, :idempotency_key, :shuffle_seed, CAST(:questions AS json),
            :started, :submitted, :score, :max_score, :via)
    RETURNING id
)""", """WITH me AS (
    SELECT id FROM learner WHERE token_hash = :token_hash
), new_attempt AS (
    INSERT INTO attempt (learner_id, lesson_id, assignment_id, idempotency_key, shuffle_seed, questions,
                         started, submitted, score, max_score, via)
    SELECT me.id, :lesson_id, :assignment_id, :idempotency_key, :shuffle_seed, CAST(:questions AS json),
           :started, :submitted, :score, :max_score, :via FROM me
    RETURNING id, learner_id
), seen AS (
    UPDATE learner SET last_seen = :submitted
    WHERE id = (SELECT learner_id FROM new_attempt) AND last_seen < :submitted - interval '1 hour'
)""").replace("SELECT :learner_id, q,", "SELECT new_attempt.learner_id, q,")
    .replace("WHERE learner_id = :learner_id AND", "WHERE learner_id = (SELECT learner_id FROM new_attempt) AND"))


_INSERT_ATTEMPT = Attempt.__table__.insert().returning(Attempt.__table__.c.id)
_INSERT_RESPONSE = Response.__table__.insert()
_REVIEW = ReviewItem.__table__
_SELECT_REVIEWS = db.select(_REVIEW.c.id, _REVIEW.c.question_id, _REVIEW.c.interval_days, _REVIEW.c.misses,
                            _REVIEW.c.streak).where(_REVIEW.c.learner_id == db.bindparam("learner"),
                                                    _REVIEW.c.question_id.in_(db.bindparam("questions", expanding=True)))
_UPDATE_REVIEW_RIGHT = _REVIEW.update().where(_REVIEW.c.id == db.bindparam("item")).values(
    streak=db.bindparam("streak"), due_at=db.bindparam("due_at"), interval_days=db.bindparam("interval_days"),
    updated=db.bindparam("now"))
_UPDATE_REVIEW_WRONG = _REVIEW.update().where(_REVIEW.c.id == db.bindparam("item")).values(
    misses=db.bindparam("misses"), streak=0, interval_days=1, due_at=db.bindparam("now"),
    updated=db.bindparam("now"))


def _store_reviews(conn, learner_id: int, results: dict[int, bool], now: dt.datetime) -> None:
    """`schedule_reviews` in four statements at most, whatever the number of questions."""
    if not results:
        return
    existing = conn.execute(_SELECT_REVIEWS, {"learner": learner_id, "questions": list(results)}).all()
    by_question = {row.question_id: row for row in existing}
    right, wrong, inserts = [], [], []
    for question_id, correct in results.items():
        row = by_question.get(question_id)
        if row is None:
            if not correct:
                inserts.append({"learner_id": learner_id, "question_id": question_id, "interval_days": 1,
                                "misses": 1, "streak": 0, "due_at": now, "created": now, "updated": now})
        elif correct:
            right.append({"item": row.id, "streak": row.streak + 1, "now": now,
                          "due_at": now + dt.timedelta(days=row.interval_days),
                          "interval_days": min(row.interval_days * 2, MAX_INTERVAL_DAYS)})
        else:
            wrong.append({"item": row.id, "misses": row.misses + 1, "now": now})
    if inserts:
        # Two attempts of one learner at the same moment: the first one's item stands.
        conn.execute(dialect_insert(ReviewItem, conn).on_conflict_do_nothing(), inserts)
    if right:
        conn.execute(_UPDATE_REVIEW_RIGHT, right)
    if wrong:
        conn.execute(_UPDATE_REVIEW_WRONG, wrong)


def dialect_insert(model, conn=None):
    """INSERT with ON CONFLICT support for the database in use (SQLite or PostgreSQL)."""
    if (conn or db.session.get_bind()).dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as pg_insert
        return pg_insert(model)
    from sqlalchemy.dialects.sqlite import insert as sqlite_insert
    return sqlite_insert(model)


def recorded_from(attempt: Attempt) -> Recorded:
    """An attempt already stored (an idempotent retry), in the shape `record_attempt` returns."""
    by_position = {r.position: r for r in attempt.responses}
    given = [by_position[i].answer if i in by_position else None for i in range(len(attempt.questions))]
    correct = [bool(by_position[i].correct) if i in by_position else False
               for i in range(len(attempt.questions))]
    return Recorded(attempt.id, attempt.lesson.slug, attempt.score or 0, attempt.max_score,
                    attempt.submitted, attempt.questions, given, correct)


def recorded_json(rec: Recorded) -> dict[str, Any]:
    """The API's view of a marked attempt. The right answer (and why) is shown only for questions
    the learner answered: an empty submission must not hand out the answer key."""
    results = []
    for snap, given, correct in zip(rec.questions, rec.given, rec.correct):
        answered = given is not None
        results.append({"question_id": str(snap["question_id"]), "correct": correct, "your_answer": given,
                        "answer": snap["answer"] if answered else None,
                        "sentence_id": snap["sentence_id"],
                        "explanation": (snap.get("explanation") or "") if answered else ""})
    return {"attempt_id": rec.id, "lesson": rec.slug, "score": rec.score, "max_score": rec.max_score,
            "submitted": rec.submitted.isoformat() if rec.submitted else None, "results": results}


def delete_stale(*, unfinished_before: dt.datetime, empty_guests_before: dt.datetime,
                 guests_idle_before: dt.datetime) -> tuple[int, int]:
    """Delete unfinished attempts started before `unfinished_before`, and guests (no class, no
    resume code) with nothing submitted not seen since `empty_guests_before` or with anything
    not seen since `guests_idle_before`, with all their data. Returns (attempts, guests) deleted."""
    opts = {"synchronize_session": False}
    unfinished = db.select(Attempt.id).where(Attempt.submitted.is_(None), Attempt.started < unfinished_before)
    db.session.execute(db.delete(Response).where(Response.attempt_id.in_(unfinished)).execution_options(**opts))
    attempts = db.session.execute(db.delete(Attempt).where(Attempt.id.in_(unfinished))
                                  .execution_options(**opts)).rowcount
    submitted_by = db.select(Attempt.learner_id).where(Attempt.submitted.is_not(None))
    guest = (Learner.classroom_id.is_(None), Learner.resume_code_hash.is_(None))
    guests = db.select(Learner.id).where(*guest, db.or_(
        Learner.last_seen < guests_idle_before,
        db.and_(Learner.last_seen < empty_guests_before, Learner.id.not_in(submitted_by))))
    guest_ids = list(db.session.execute(guests).scalars())
    for chunk in (guest_ids[i:i + 500] for i in range(0, len(guest_ids), 500)):
        # Children first: the same on SQLite and PostgreSQL, whatever ON DELETE does.
        their_attempts = db.select(Attempt.id).where(Attempt.learner_id.in_(chunk))
        db.session.execute(db.delete(ReviewItem).where(ReviewItem.learner_id.in_(chunk)).execution_options(**opts))
        db.session.execute(db.delete(Response).where(Response.attempt_id.in_(their_attempts))
                           .execution_options(**opts))
        attempts += db.session.execute(db.delete(Attempt).where(Attempt.learner_id.in_(chunk))
                                       .execution_options(**opts)).rowcount
        db.session.execute(db.delete(Learner).where(Learner.id.in_(chunk)).execution_options(**opts))
    db.session.commit()
    return attempts, len(guest_ids)


@contextmanager
def serialized_writes(engine=None):
    """On SQLite, one writer at a time across every process and thread, waiting in the kernel
    (flock) rather than in SQLite's busy handler, whose growing sleeps make tail latency under
    load; PostgreSQL needs nothing (row locks)."""
    engine = engine or db.engine
    if engine.dialect.name != "sqlite" or not engine.url.database or engine.url.database == ":memory:":
        yield
        return
    with _THREAD_WRITE_LOCK:    # threads of one process first (flock is per open file, not per thread)
        fd = os.open(engine.url.database + ".write-lock", os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
            yield
        finally:
            os.close(fd)      # closing the last descriptor of the open file releases the lock


_THREAD_WRITE_LOCK = threading.Lock()
