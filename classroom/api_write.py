"""POST /api/v1/lessons: scripts with a teacher's API key queue draft lessons; GET /api/v1/jobs/<id> follows them."""
from __future__ import annotations

import datetime as dt
from typing import Any

from flask import Blueprint, current_app, jsonify, request, url_for
from flask_limiter.util import get_remote_address
from werkzeug.exceptions import HTTPException

from quizgen.article import MAX_BYTES

from . import jobs
from .apikeys import hash_key, verify_key
from .api import ApiError, json_body
from .extensions import db, limiter
from .lessons import lesson_json

bp = Blueprint("api_write", __name__, url_prefix="/api/v1")

DEFAULT_RATE_LIMIT = "10 per minute; 200 per day"   # each call runs the NLP pipeline: seconds of CPU
MAX_TITLE, MAX_SOURCE = 300, 300
MAX_WAIT = 120                                      # seconds ?wait=N may hold the connection
FIELDS = {"text", "title", "published", "source"}


@bp.errorhandler(ApiError)
def api_error(e: ApiError):
    response = jsonify(error=e.error, message=e.message)
    response.status_code = e.status
    if e.status == 401:
        response.headers["WWW-Authenticate"] = 'Bearer realm="Newsline API"'
    return response


@bp.errorhandler(HTTPException)
def http_error(e: HTTPException):
    message = e.description
    if e.code == 413:
        message = (f"The request is larger than the limit of "
                   f"{(current_app.config.get('MAX_CONTENT_LENGTH') or 0) // 1024:,} KB.")
    elif e.code == 429:
        message = f"Too many requests ({e.description}). Wait and try again."
    return jsonify(error=e.name, message=message), e.code


def request_api_key() -> str | None:
    """The key sent as `Authorization: Bearer <key>` or `X-API-Key: <key>`."""
    auth = request.headers.get("Authorization", "")
    if auth[:7].lower() == "bearer ":
        return auth[7:].strip() or None
    return request.headers.get("X-API-Key", "").strip() or None


def _rate_limit_key() -> str:
    """Count per key when one is sent (a school behind one address has many teachers), else per address."""
    token = request_api_key()
    if token and len(token) <= 200:
        return "key:" + hash_key(token)[:32]
    return "ip:" + (get_remote_address() or "")


def _rate_limit() -> str:
    return current_app.config.get("API_WRITE_RATE_LIMIT", DEFAULT_RATE_LIMIT)


@bp.post("/lessons", endpoint="create_lesson")
@limiter.limit(_rate_limit, key_func=_rate_limit_key)
def create_lesson_view():
    """Queue a draft lesson from {"text", "title"?, "published"?, "source"?} for the key's teacher.

    202 with `Location: /api/v1/jobs/<id>`; with `?wait=N` (seconds) the answer waits for the job and is
    the lesson (201) or the article's problem (422) as before, or still 202 if it is not done by then.
    """
    key = _authenticated_key()
    db.session.commit()          # keep last_used even if the article is then refused
    wait = _wait_seconds()
    fields = _lesson_fields(json_body('{"text": "...", "title": "..."}'))
    try:
        (job,) = jobs.submit(key.user, [jobs.ArticleIn(**fields)], via="api")
    except jobs.JobLimitError as e:
        response = jsonify(error="Too Many Requests", message=str(e))
        response.status_code = 429
        response.headers["Retry-After"] = str(max(e.retry_after, 1))
        return response
    if wait and not job.is_finished:
        jobs.wait_for(job, wait)
    if job.state == "done" and job.lesson is not None and (wait or jobs.mode() == "inline"):
        return _lesson_created(job)
    if job.state == "failed" and (wait or jobs.mode() == "inline"):
        raise ApiError(job.error or "The lesson could not be made.", 422, "Unprocessable article")
    if job.state == "failed":            # failed before any worker saw it: the queue is unreachable
        raise ApiError(job.error or "The lesson queue is not reachable.", 503, "Service Unavailable")
    response = jsonify(jobs.job_json(job))
    response.status_code = 202
    response.headers["Location"] = url_for("api_write.get_job", job_id=job.id, _external=True)
    return response


@bp.get("/jobs/<job_id>", endpoint="get_job")
def get_job_view(job_id: str):
    """A lesson job of the key's teacher: state, progress, the lesson when done, the error when failed."""
    key = _authenticated_key()
    job = jobs.own_job(job_id, key.user_id)
    if job is None:
        raise ApiError("There is no job with that id among this key's teacher's jobs.", 404, "Not Found")
    response = jsonify(jobs.job_json(job))
    if not job.is_finished:
        response.headers["Retry-After"] = "1"
    response.headers["Cache-Control"] = "no-store"
    return response


def _authenticated_key():
    key = verify_key(request_api_key())
    if key is None:
        raise ApiError("Send a valid API key as 'Authorization: Bearer <key>' or 'X-API-Key: <key>'. "
                         "Teachers create keys at /account/api-keys.", 401, "Unauthorized")
    return key


def _wait_seconds() -> float:
    raw = request.args.get("wait")
    if raw is None:
        return 0
    try:
        wait = float(raw)
    except ValueError:
        raise ApiError(f"?wait={raw!r} is not a number of seconds (0 to {MAX_WAIT}).") from None
    if not 0 <= wait <= MAX_WAIT:
        raise ApiError(f"?wait must be between 0 and {MAX_WAIT} seconds.")
    return wait


def _lesson_created(job):
    """The old synchronous answer: 201, the lesson with answers, Location of its page."""
    lesson = job.lesson
    data = lesson_json(lesson, answers=True, bank=True)
    data.update(status=lesson.status, messages=list(lesson.messages or []),
                unresolved=list(lesson.unresolved or []),
                url=url_for("student.lesson", slug=lesson.slug, _external=True),
                job=url_for("api_write.get_job", job_id=job.id, _external=True))
    response = jsonify(data)
    response.status_code = 201
    response.headers["Location"] = data["url"]
    return response


def _lesson_fields(body: dict[str, Any]) -> dict[str, Any]:
    """Check the body's fields; every problem gets a message naming the field."""
    unknown = sorted(set(body) - FIELDS)
    if unknown:
        raise ApiError(f"Unknown field {unknown[0]!r}: the fields are text, title, published and source.")
    text = body.get("text")
    if not isinstance(text, str) or not text.strip():
        raise ApiError('"text" is required: the article as plain text (a string).')
    _check_text("text", text)
    size = len(text.encode("utf-8"))
    if size > MAX_BYTES:
        raise ApiError(f"The article is {size / 1000:,.0f} KB; the limit is {MAX_BYTES // 1000} KB. "
                         "Send one article at a time.", 413, "Payload too large")
    fields: dict[str, Any] = {"text": text}
    for name, limit in (("title", MAX_TITLE), ("source", MAX_SOURCE)):
        value = body.get(name)
        if value is None:
            continue
        if not isinstance(value, str):
            raise ApiError(f'"{name}" must be a string.')
        if len(value) > limit:
            raise ApiError(f'"{name}" is longer than {limit} characters.')
        _check_text(name, value)
        if value.strip():
            fields[name] = value.strip()
    published = body.get("published")
    if published is not None:
        if not isinstance(published, str):
            raise ApiError('"published" must be a date string YYYY-MM-DD, for example "2022-06-16".')
        try:
            fields["published"] = dt.date.fromisoformat(published) if published.strip() else None
        except ValueError:
            raise ApiError(f'"published" is {published!r}, which is not a date: use YYYY-MM-DD, '
                             'for example "2022-06-16".') from None
        if fields["published"] is None:
            del fields["published"]
    return fields


def _check_text(name: str, value: str) -> None:
    """Refuse what no database column can store: NUL characters and unpaired surrogates (\\ud800)."""
    if "\x00" in value:
        raise ApiError(f'"{name}" contains a NUL character (\\u0000), which cannot be part of an article.')
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise ApiError(f'"{name}" contains an unpaired surrogate (such as \\ud800), which is not text.') from None
