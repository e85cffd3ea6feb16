"""JSON API /api/v1: lessons (without answers) and quiz attempts; every error is JSON with a message."""
from __future__ import annotations

import re

from typing import Any

from flask import Blueprint, jsonify, request, url_for
from werkzeug.exceptions import HTTPException

from . import progress
from .extensions import db
from .learners import ensure_learner
from .lessons import lesson_json
from .models import Lesson

bp = Blueprint("api", __name__, url_prefix="/api/v1")

MAX_IDEMPOTENCY_KEY = 64
_KEY_CHARS = re.compile(r"[\x21-\x7e]{1,%d}" % MAX_IDEMPOTENCY_KEY)   # no NUL: PostgreSQL refuses it


class ApiError(Exception):
    """An error the client can fix, answered as {"error": ..., "message": ...}."""

    def __init__(self, message: str, status: int = 400, error: str = "Bad request"):
        super().__init__(message)
        self.message, self.status, self.error = message, status, error


@bp.errorhandler(ApiError)
def api_error(e: ApiError):
    return jsonify(error=e.error, message=e.message), e.status


@bp.errorhandler(HTTPException)
def http_error(e: HTTPException):
    return jsonify(error=e.name, message=e.description), e.code


def _published_lesson(slug: str) -> Lesson:
    lesson = db.session.execute(
        db.select(Lesson).filter_by(slug=slug, status="published")).scalar_one_or_none()
    if lesson is None:
        raise ApiError(f"There is no published lesson called {slug!r}.", 404, "Not found")
    return lesson


@bp.get("/lessons")
def list_lessons():
    """Published lessons: slug, title, date, counts and links."""
    lessons = db.session.execute(
        db.select(Lesson).filter_by(status="published").order_by(Lesson.created.desc())).scalars()
    return jsonify(lessons=[{
        "slug": lesson.slug, "title": lesson.title, "source": lesson.source,
        "published": lesson.published.isoformat() if lesson.published else None,
        "events": len(lesson.events), "questions": len(lesson.quiz_questions),
        "url": url_for("student.lesson", slug=lesson.slug, _external=True),
        "api_url": url_for("api.get_lesson", slug=lesson.slug, _external=True),
    } for lesson in lessons])


@bp.get("/lessons/<slug>")
def get_lesson(slug: str):
    """The lesson JSON (DESIGN §3) with the quiz's questions, without their answers."""
    return jsonify(lesson_json(_published_lesson(slug), answers=False))


@bp.post("/lessons/<slug>/attempts")
def post_attempt(slug: str):
    """Mark {"answers": {"<question id>": answer}} and store it for the learner.

    The learner is the one named by the cookie or token, or a new guest whose token is returned
    (send it back as `Authorization: Bearer <token>`). An `Idempotency-Key` header (or
    "idempotency_key" in the body) makes a retried request return the first result.
    """
    lesson = _published_lesson(slug)
    body = json_body()
    answers = body.get("answers")
    if not isinstance(answers, dict):
        raise ApiError('The body needs "answers": an object mapping question ids to answers, '
                       'for example {"answers": {"12": "Beijing"}}.')
    key = request.headers.get("Idempotency-Key", body.get("idempotency_key"))
    if key is not None and (not isinstance(key, str) or not _KEY_CHARS.fullmatch(key)):
        raise ApiError(f"The idempotency key must be a string of 1 to {MAX_IDEMPOTENCY_KEY} "
                       "visible ASCII characters.")
    learner, new_token = ensure_learner()
    try:
        attempt, created = progress.api_attempt(learner, lesson, answers, key=key)
    except progress.AnswerError as e:
        raise ApiError(_sentence(str(e))) from None
    data = progress.attempt_json(attempt)
    if new_token:
        data["learner_token"] = new_token
    db.session.commit()
    return jsonify(data), 201 if created else 200


def json_body(example: str = "") -> dict[str, Any]:
    """The request's JSON object, or an ApiError saying what is wrong with it."""
    if not request.is_json:
        raise ApiError("Send JSON with the header Content-Type: application/json.", 415,
                       "Unsupported media type")
    body = request.get_json(silent=True)
    if body is None:
        raise ApiError("The body is not valid JSON.")
    if not isinstance(body, dict):
        raise ApiError(f"The body must be a JSON object{' such as ' + example if example else ''}.")
    return body


def _sentence(text: str) -> str:
    text = text[:1].upper() + text[1:]
    return text if text.endswith(".") else text + "."
