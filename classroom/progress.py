"""Attempts and scoring, the questions a learner keeps missing, and spaced review of mistakes."""
from __future__ import annotations

import datetime as dt
import random
import re
import secrets
import unicodedata
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, update
from sqlalchemy.exc import IntegrityError

import quizgen.kinds

from .extensions import db
from .models import Attempt, Learner, Lesson, Question, Response, ReviewItem, utcnow

# kinds answered by picking one of their choices (checked against them)
CHOICE_TYPES = quizgen.kinds.names("choice") + quizgen.kinds.names("true_false")
OPEN_ATTEMPT_REUSE = dt.timedelta(hours=12)   # a reloaded quiz page keeps its order within a day
MAX_ANSWER_LENGTH = 500


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
    if question.choices is None:
        return None
    choices = list(question.choices)
    shape = quizgen.kinds.answer_form(question.type)
    if shape == "true_false":
        return choices
    random.Random(f"{seed}:{question.id}").shuffle(choices)
    if shape == "order" and len(choices) > 1 and choices == list(question.answer):
        choices = choices[1:] + choices[:1]
    return choices


_PUNCT = re.compile(r"[\W_]+", re.UNICODE)
_ARTICLES = re.compile(r"^(the|a|an) ")


def normalize(text: str) -> str:
    """Lower case, no accents' variants, punctuation and extra spaces gone, leading article dropped."""
    text = unicodedata.normalize("NFKC", text).casefold()
    text = _PUNCT.sub(" ", text).strip()
    return _ARTICLES.sub("", text)


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


def open_attempt(learner: Learner, lesson: Lesson) -> Attempt:
    """The learner's unfinished attempt at this lesson (so a reload keeps the order), or a new one."""
    since = utcnow() - OPEN_ATTEMPT_REUSE
    attempt = db.session.execute(
        db.select(Attempt)
        .filter(Attempt.learner_id == learner.id, Attempt.lesson_id == lesson.id,
                Attempt.submitted.is_(None), Attempt.via == "web", Attempt.started >= since)
        .order_by(Attempt.started.desc()).limit(1)).scalar_one_or_none()
    if attempt is not None and _quiz_unchanged(attempt, lesson):
        return attempt
    return start_attempt(learner, lesson)


def _quiz_unchanged(attempt: Attempt, lesson: Lesson) -> bool:
    return [s["question_id"] for s in attempt.questions] == [q.id for q in lesson.quiz_questions]


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
    return True


def api_attempt(learner: Learner, lesson: Lesson, answers: dict[str, Any], *,
                key: str | None) -> tuple[Attempt, bool]:
    """Create and mark an API attempt (the caller commits); (attempt, created).

    A key already used by this learner returns that first attempt. Raises AnswerError naming
    the first unknown question id or bad answer; nothing is stored then.
    """
    if key:
        existing = find_attempt(learner, key)
        if existing is not None:
            if existing.submitted is None:
                raise AnswerError(f"the idempotency key {key!r} belongs to an unfinished quiz")
            return existing, False
    questions = {str(q.id): q for q in lesson.quiz_questions}
    unknown = [k for k in answers if k not in questions]
    if unknown:
        raise AnswerError(f"unknown question id {unknown[0]!r}: this lesson's quiz has ids "
                          f"{', '.join(questions) or '(none)'}")
    attempt = start_attempt(learner, lesson, key=key, via="api")
    by_qid: dict[int, Any] = {}
    for snap in attempt.questions:
        try:
            by_qid[snap["question_id"]] = check_answer(snap, answers.get(str(snap["question_id"])))
        except AnswerError as e:
            db.session.rollback()
            raise AnswerError(f"answer to question {snap['question_id']} {e}") from None
    # A new attempt is marked as it is inserted: no claim needed, the unique key guards retries.
    now = utcnow()
    attempt.submitted = now
    attempt.score, attempt.responses, results = _mark(attempt, by_qid, {q.id for q in questions.values()})
    try:
        db.session.flush()
    except IntegrityError:
        # Another request with the same key got there first: answer with its attempt.
        db.session.rollback()
        existing = find_attempt(learner, key) if key else None
        if existing is None:
            raise
        return existing, False
    schedule_reviews(learner.id, results, now=now)
    return attempt, True


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
                              explanation=snap.get("explanation", "")))
    return lines


def attempt_json(attempt: Attempt) -> dict[str, Any]:
    """The API's view of a marked attempt."""
    return {
        "attempt_id": attempt.id,
        "lesson": attempt.lesson.slug,
        "score": attempt.score,
        "max_score": attempt.max_score,
        "submitted": attempt.submitted.isoformat() if attempt.submitted else None,
        "results": [{"question_id": str(snap["question_id"]), "correct": line.correct,
                     "your_answer": line.given, "answer": line.right,
                     "sentence_id": line.sentence_id, "explanation": line.explanation}
                    for snap, line in zip(attempt.questions, feedback(attempt))],
    }


# ------------------------------------------------------------------------------------- progress

def submitted_attempts(learner: Learner) -> list[Attempt]:
    """The learner's finished attempts, oldest first."""
    return list(db.session.execute(
        db.select(Attempt).filter(Attempt.learner_id == learner.id, Attempt.submitted.is_not(None))
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
        .filter(Attempt.learner_id == learner.id, Response.question_id.is_not(None))
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
        .filter(ReviewItem.learner_id == learner.id, ReviewItem.due_at <= utcnow(),
                Question.archived.is_(False))
        .order_by(ReviewItem.due_at).limit(limit)).scalars())
