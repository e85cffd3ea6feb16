"""JSON API /api/v1: lessons (without answers) and quiz attempts; every error is JSON with a message."""
from __future__ import annotations

import json
import re
import secrets
from typing import Any

from flask import Blueprint, jsonify, request, url_for
from werkzeug.exceptions import HTTPException
from werkzeug.http import HTTP_STATUS_CODES

from . import progress, submissions
from .extensions import db
from .learners import (anonymous_submit_limit, hash_secret, header_token, known_learner_id,
                       learner_id_for_submit)
from .lessons import lesson_json, lesson_or_404
from .models import Attempt, Lesson
from .pagecache import LessonRef, conditional, lesson_cache

bp = Blueprint("api", __name__, url_prefix="/api/v1")

MAX_IDEMPOTENCY_KEY = 64
_KEY_CHARS = re.compile(r"[\x21-\x7e]{1,%d}" % MAX_IDEMPOTENCY_KEY)   # no NUL: PostgreSQL refuses it


class ApiError(Exception):
    """An error the client can fix, answered as {"error": ..., "message": ...}."""

    def __init__(self, message: str, status: int = 400, error: str | None = None):
        super().__init__(message)
        self.message, self.status = message, status
        self.error = error or HTTP_STATUS_CODES.get(status, "Error")


def error_response(status: int, message: str, error: str | None = None):
    """The one error shape of /api/v1, routing errors included: {"error": <the HTTP status in
    words>, "message": <what went wrong and how to fix it>}."""
    response = jsonify(error=error or HTTP_STATUS_CODES.get(status, "Error"), message=message)
    response.status_code = status
    return response


@bp.errorhandler(ApiError)
def api_error(e: ApiError):
    return error_response(e.status, e.message, e.error)


@bp.errorhandler(HTTPException)
def http_error(e: HTTPException):
    response = error_response(e.code or 500, e.description or "")
    if e.code == 405 and e.valid_methods:
        response.headers["Allow"] = ", ".join(e.valid_methods)
    return response


def _published_ref(slug: str) -> LessonRef:
    ref = lesson_cache().ref(slug)
    if ref is None or not ref.is_published:
        lesson_or_404(slug)     # the one lookup decides (and words) the 404
    return ref


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
    """The lesson JSON (DESIGN §3) with the quiz's questions, without their answers.

    Made once per lesson version (cached), with ETag/Last-Modified so a client's copy is a 304.
    """
    ref = _published_ref(slug)
    body = lesson_cache().get_or_make(
        ("api", ref.id, ref.version),
        lambda: json.dumps(lesson_json(db.session.get(Lesson, ref.id), answers=False),
                           ensure_ascii=False, separators=(",", ":")).encode())
    return conditional(body, etag=ref.etag("api"), last_modified=ref.updated, mimetype="application/json",
                       shared_as=ref)


@bp.post("/lessons/<slug>/attempts")
@anonymous_submit_limit
def post_attempt(slug: str):
    """Mark {"answers": {"<question id>": answer}} and store it for the learner.

    The learner is the one named by the cookie or token, or a new guest whose token is returned
    (send it back as `Authorization: Bearer <token>`). An `Idempotency-Key` header (or
    "idempotency_key" in the body) makes a retried request return the first result.
    """
    ref = _published_ref(slug)
    answers, key = _submission_fields(json_body())
    plan = progress.quiz_plan(ref)
    seed = secrets.randbelow(2**31)
    snaps = plan.snapshots(seed)
    try:
        checked = progress.check_answers(snaps, answers)
    except progress.AnswerError as e:
        raise ApiError(_sentence(str(e))) from None
    token = header_token()
    if token is not None:
        recorded = _record_for_token(token, plan, snaps, checked, key, seed)
        if recorded is not None:
            return jsonify(progress.recorded_json(recorded)), 201
        if known_learner_id() is None:      # (gone since): never a guest in their place
            raise ApiError(UNKNOWN_TOKEN, 401)
    with progress.serialized_writes():
        learner_id, new_token = learner_id_for_submit()
        recorded = progress.record_attempt(learner_id, plan, snaps, checked, key=key or progress.new_key(),
                                           seed=seed, via="api")
        if recorded is not None:
            db.session.commit()
    if recorded is None:     # this learner used the key before: answer with that attempt
        existing = db.session.execute(db.select(Attempt).filter_by(
            learner_id=learner_id, idempotency_key=key)).scalar_one()
        if existing.submitted is None:
            raise ApiError(f"The idempotency key {key!r} belongs to an unfinished quiz.")
        return jsonify(progress.recorded_json(progress.recorded_from(existing))), 200
    data = progress.recorded_json(recorded)
    if new_token:
        data["learner_token"] = new_token
    return jsonify(data), 201


UNKNOWN_TOKEN = "The learner token is not known here. Send the request without it to start as a new guest."


def _submission_fields(body: dict[str, Any]) -> tuple[dict[str, Any], str | None]:
    """The answers and the idempotency key (header first, then body) of a submission."""
    answers = body.get("answers")
    if not isinstance(answers, dict):
        raise ApiError('The body needs "answers": an object mapping question ids to answers, '
                       'for example {"answers": {"12": "Beijing"}}.')
    key = request.headers.get("Idempotency-Key", body.get("idempotency_key"))
    if key is not None and (not isinstance(key, str) or not _KEY_CHARS.fullmatch(key)):
        raise ApiError(f"The idempotency key must be a string of 1 to {MAX_IDEMPOTENCY_KEY} "
                       "visible ASCII characters.")
    return answers, key


def _record_for_token(token: str, plan: progress.QuizPlan, snaps: list[dict[str, Any]],
                      checked: dict[int, Any], key: str | None, seed: int) -> progress.Recorded | None:
    """The common case at scale, one short transaction (see `submissions`); None if this learner
    used the key before; 401 for a token no learner has (it must not make a guest)."""
    if len(token) > 200:
        raise ApiError(UNKNOWN_TOKEN, 401)
    try:
        recorded = submissions.record_for_token(db.engine, hash_secret(token), plan, snaps, checked,
                                                key=key or progress.new_key(), seed=seed, via="api")
    except progress.KeyAlreadyUsed:
        return None
    if recorded is None:
        raise ApiError(UNKNOWN_TOKEN, 401)
    return recorded


def json_body(example: str = "") -> dict[str, Any]:
    """The request's JSON object, or an ApiError saying what is wrong with it."""
    if not request.is_json:
        raise ApiError("Send JSON with the header Content-Type: application/json.", 415,
                       "Unsupported media type")
    try:
        body = json.loads(request.get_data(cache=True) or b"null")
    except RecursionError:
        raise ApiError("The body is nested too deeply to be read; send a flat JSON object.") from None
    except ValueError:
        body = None
    if body is None:
        raise ApiError("The body is not valid JSON.")
    if not isinstance(body, dict):
        raise ApiError(f"The body must be a JSON object{' such as ' + example if example else ''}.")
    return body


def _sentence(text: str) -> str:
    text = text[:1].upper() + text[1:]
    return text if text.endswith(".") else text + "."
