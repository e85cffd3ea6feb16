"""Who the student is: a learner found by cookie or API token, created as a guest when needed."""
from __future__ import annotations

import hashlib
import secrets

from flask import after_this_request, current_app, g, request

from flask_limiter.util import get_remote_address

from .extensions import db, limiter
from .models import Learner, utcnow
from .security import https_in_use


def hash_secret(secret: str) -> str:
    """SHA-256 of a long random secret (tokens, resume codes): enough, as there is nothing to guess."""
    return hashlib.sha256(secret.encode()).hexdigest()


def new_token() -> str:
    """A fresh learner token for the cookie or the API."""
    return secrets.token_urlsafe(32)


def request_token() -> str | None:
    """The learner token this request carries: `Authorization: Bearer`, `X-Learner-Token`, or cookie."""
    auth = request.headers.get("Authorization", "")
    if auth.lower().startswith("bearer "):
        return auth[7:].strip() or None
    return (request.headers.get("X-Learner-Token")
            or request.cookies.get(current_app.config["LEARNER_COOKIE"]) or None)


def current_learner() -> Learner | None:
    """The learner making this request, or None if they are not known yet."""
    if "learner" in g:
        return g.learner
    token = request_token()
    learner = None
    if token and len(token) <= 200:
        learner = db.session.execute(
            db.select(Learner).filter_by(token_hash=hash_secret(token))).scalar_one_or_none()
    g.learner = learner
    return learner


def remember_learner(token: str) -> None:
    """Set the learner cookie on this request's response (used by guests and by /join)."""
    config = current_app.config

    @after_this_request
    def set_cookie(response):
        response.set_cookie(config["LEARNER_COOKIE"], token, max_age=config["LEARNER_COOKIE_MAX_AGE"],
                            httponly=True, samesite="Lax", secure=https_in_use())
        return response


def touch(learner: Learner) -> None:
    """Note that the learner was here (kept coarse: once an hour, to spare writes)."""
    now = utcnow()
    if (now - learner.last_seen).total_seconds() > 3600:
        learner.last_seen = now


def cookie_token() -> str | None:
    """This browser's learner cookie, if it looks like one we issued (kept before any row exists)."""
    token = request.cookies.get(current_app.config["LEARNER_COOKIE"])
    if token and 32 <= len(token) <= 64 and all(c.isalnum() or c in "-_" for c in token):
        return token
    return None


def browser_token() -> str:
    """The learner cookie's token, or a new one set on this response. No row is written: a guest
    learner is created only when they submit something (`learner_for_submit`)."""
    token = cookie_token()
    if token is None:
        token = new_token()
        remember_learner(token)
    return token


def known_learner_id() -> int | None:
    """The id of the learner making this request (one indexed SELECT of two columns, kept for the
    request), noting the visit at most hourly; None if they are not known yet."""
    if "learner_ref" in g:
        return g.learner_ref
    if "learner" in g:
        g.learner_ref = g.learner.id if g.learner is not None else None
        return g.learner_ref
    token = request_token()
    learner_id = None
    if token and len(token) <= 200:
        row = db.session.execute(_LEARNER_BY_TOKEN, {"token_hash": hash_secret(token)}).first()
        if row is not None:
            learner_id = row.id
            if (utcnow() - _aware(row.last_seen)).total_seconds() > 3600:
                db.session.execute(db.update(Learner).where(Learner.id == row.id).values(last_seen=utcnow()))
    g.learner_ref = learner_id
    return learner_id


def _aware(value):
    import datetime as dt
    if isinstance(value, str):        # SQLite through a Core select of the raw table
        value = dt.datetime.fromisoformat(value)
    return value if value.tzinfo else value.replace(tzinfo=dt.timezone.utc)


_LEARNER_BY_TOKEN = db.select(Learner.id, Learner.last_seen).where(Learner.token_hash == db.bindparam("token_hash"))


def learner_id_for_submit(token: str | None = None) -> tuple[int, str | None]:
    """The learner id for a submission: the known learner, else a guest row for this browser's
    cookie (created if missing, safely against a twin request), else a new guest with a new token
    (returned, for API clients to send back)."""
    learner_id = known_learner_id()
    if learner_id is not None:
        return learner_id, None
    fresh = None
    if token is None:
        token = fresh = new_token()
    from .progress import dialect_insert   # (progress imports models only; no cycle at call time)
    token_hash = hash_secret(token)
    db.session.execute(dialect_insert(Learner).values(display_name="Guest", token_hash=token_hash)
                       .on_conflict_do_nothing(index_elements=["token_hash"]))
    learner_id = db.session.execute(db.select(Learner.id).filter_by(token_hash=token_hash)).scalar_one()
    if fresh:
        remember_learner(fresh)
    return learner_id, fresh


DEFAULT_ANONYMOUS_SUBMIT_LIMIT = "60 per minute; 2000 per day"   # a whole school behind one address


def header_token() -> str | None:
    """A learner token sent by an API client (`Authorization: Bearer` or `X-Learner-Token`)."""
    auth = request.headers.get("Authorization", "")
    if auth.lower().startswith("bearer "):
        return auth[7:].strip() or None
    return request.headers.get("X-Learner-Token") or None


def _known_learner() -> bool:
    # An API token is checked by the view itself (an unknown one is refused with 401, so it cannot
    # make rows); a cookie is looked up here.
    return header_token() is not None or known_learner_id() is not None


# Submissions from no known learner create rows: limited per client address (shared by the web
# quiz and the API). Known learners are not counted here.
anonymous_submit_limit = limiter.shared_limit(
    lambda: current_app.config.get("ANONYMOUS_SUBMIT_LIMIT", DEFAULT_ANONYMOUS_SUBMIT_LIMIT),
    "anonymous-submit", key_func=get_remote_address, exempt_when=_known_learner, methods=["POST"])
