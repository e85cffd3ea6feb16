"""Who the student is: a learner found by cookie or API token, created as a guest when needed."""
from __future__ import annotations

import hashlib
import secrets

from flask import after_this_request, current_app, g, request

from .extensions import db
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


def ensure_learner() -> tuple[Learner, str | None]:
    """The current learner, or a new guest remembered by a cookie; returns (learner, new token or None)."""
    learner = current_learner()
    if learner is not None:
        return learner, None
    token = new_token()
    learner = Learner(display_name="Guest", token_hash=hash_secret(token))
    db.session.add(learner)
    db.session.flush()
    g.learner = learner
    remember_learner(token)
    return learner, token


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
