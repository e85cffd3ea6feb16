"""A known learner's submission (POST /api/v1/lessons/<slug>/attempts with their token), stored in one
short transaction on the driver's own connection, and answered without Flask's request machinery."""
from __future__ import annotations

import datetime as dt
import io
import itertools
import json
import re
import secrets
import sqlite3
import threading
import weakref
from contextlib import contextmanager
from typing import Any, Callable

from flask import Flask
from sqlalchemy import event
from sqlalchemy.engine import Engine
from werkzeug.exceptions import SecurityError
from werkzeug.wsgi import get_host

from . import progress
from .learners import hash_secret
from .models import Attempt, ReviewItem
from .progress import KeyAlreadyUsed, QuizPlan, Recorded

# --------------------------------------------------------------------------- connections

class ThreadConnections:
    """One DBAPI connection per thread for submissions, taken from the engine's pool once and kept
    (no checkout and pre-ping round trip per request). A connection that fails is closed and
    forgotten, so the next submission opens a fresh one; `engine.dispose()` closes them all."""

    def __init__(self, engine: Engine):
        self.engine = engine
        self.local = threading.local()
        self.opened: list = []
        self.generation = 0             # moved on by close_all: every thread then opens anew
        self.lock = threading.Lock()
        event.listen(engine, "engine_disposed", lambda _engine: self.close_all())

    @contextmanager
    def connection(self):
        if self.engine.dialect.name == "sqlite" and self.engine.url.database in (None, "", ":memory:"):
            pooled = self.engine.raw_connection()     # one database per connection: the pool's own
            try:
                yield pooled.driver_connection
            finally:
                pooled.close()
            return
        conn = getattr(self.local, "conn", None)
        if conn is None or self.local.generation != self.generation:
            pooled = self.engine.raw_connection()
            conn = self.local.conn = pooled.driver_connection
            pooled.detach()             # ours for good: the pool neither counts nor resets it
            if self.engine.dialect.name == "sqlite":
                _sqlite_opened(conn)
            with self.lock:
                self.local.generation = self.generation
                self.opened.append(conn)
        try:
            yield conn
        except (KeyAlreadyUsed, sqlite3.IntegrityError):
            raise
        except BaseException:
            self._drop(conn)
            raise

    def _drop(self, conn) -> None:
        self.local.conn = None
        with self.lock:
            if conn in self.opened:
                self.opened.remove(conn)
        _close_quietly(conn)

    def close_all(self) -> None:
        with self.lock:
            opened, self.opened = self.opened, []
            self.generation += 1
        for conn in opened:
            _close_quietly(conn)


def _close_quietly(conn) -> None:
    try:
        conn.close()
    except Exception:  # noqa: BLE001  (closing a broken, or another thread's, connection)
        pass


def connections(engine: Engine) -> ThreadConnections:
    """The engine's per-thread submission connections."""
    found = _CONNECTIONS.get(engine)
    if found is None:
        with _CONNECTIONS_LOCK:
            found = _CONNECTIONS.get(engine)
            if found is None:
                found = _CONNECTIONS[engine] = ThreadConnections(engine)
    return found


_CONNECTIONS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
_CONNECTIONS_LOCK = threading.Lock()


# ------------------------------------------------------------------------------- storing it
# SQLAlchemy's execution layer costs more CPU than these statements take to run, so they go to the
# DBAPI connection straight from the pool; values are encoded by the columns' own type processors,
# so rows read back exactly as rows written through the ORM.


def record_for_token(engine: Engine, token_hash: str, plan: QuizPlan, snaps: list[dict[str, Any]],
                     answers: dict[int, Any], *, key: str, seed: int, via: str) -> Recorded | None:
    """Find the learner by token, store the marked attempt, its responses and review schedule, and
    note the visit, in one transaction. None if no learner has this token; KeyAlreadyUsed if they
    sent this key before (nothing is stored then)."""
    now = progress.utcnow()
    given = [answers.get(s["question_id"]) for s in snaps]
    correct = [progress.is_correct(s, a) for s, a in zip(snaps, given)]
    store = _store_postgres if engine.dialect.name == "postgresql" else _store_sqlite
    attempt_id = store(engine, token_hash, plan, snaps, given, correct, key=key, seed=seed, via=via, now=now)
    if attempt_id is None:
        return None
    return Recorded(attempt_id, plan.slug, sum(correct), len(snaps), now, snaps, given, correct)


def _store_postgres(engine: Engine, token_hash: str, plan: QuizPlan, snaps: list[dict[str, Any]],
                    given: list[Any], correct: list[bool], *, key: str, seed: int, via: str,
                    now: dt.datetime) -> int | None:
    """One autocommitted statement (data-modifying CTEs), one round trip."""
    import psycopg

    sql = _postgres_sql(engine)
    params = {"token_hash": token_hash, "lesson_id": plan.lesson_id, "assignment_id": None,
              "idempotency_key": key, "shuffle_seed": seed, "started": now, "submitted": now,
              "score": sum(correct), "max_score": len(snaps), "via": via,
              "questions": json.dumps(snaps, ensure_ascii=False),
              "responses": json.dumps(_responses(snaps, given, correct), ensure_ascii=False),
              "wrong": [s["question_id"] for s, c in zip(snaps, correct) if not c],
              "right": [s["question_id"] for s, c in zip(snaps, correct) if c],
              "max_interval": progress.MAX_INTERVAL_DAYS}
    with connections(engine).connection() as conn:
        conn.autocommit = True          # the statement commits itself: one round trip
        try:
            row = conn.execute(sql, params).fetchone()
        except psycopg.errors.UniqueViolation as e:
            if "idempotency_key" not in str(e):
                raise
            raise KeyAlreadyUsed(key) from None
    return row[0] if row else None


def _postgres_sql(engine: Engine) -> str:
    sql = _COMPILED.get(id(engine.dialect))
    if sql is None:
        sql = _COMPILED[id(engine.dialect)] = str(progress._RECORD_FOR_TOKEN_SQL.compile(dialect=engine.dialect))
    return sql


_COMPILED: dict[int, str] = {}


def _responses(snaps, given, correct) -> list[dict[str, Any]]:
    return [{"question_id": s["question_id"], "position": i, "answer": a, "correct": c}
            for i, (s, a, c) in enumerate(zip(snaps, given, correct))]


_SQLITE_LEARNER = "SELECT id, last_seen FROM learner WHERE token_hash = ?"
_SQLITE_ATTEMPT = ("INSERT INTO attempt (learner_id, lesson_id, assignment_id, idempotency_key, shuffle_seed, "
                   "questions, started, submitted, score, max_score, via) "
                   "VALUES (?, ?, NULL, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")
_SQLITE_RESPONSE = "INSERT INTO response (attempt_id, question_id, position, answer, correct) VALUES (?, ?, ?, ?, ?)"
# The same review rules as `progress.schedule_reviews`: a miss (re)starts the item, a right answer
# on an item pushes it out by its interval and doubles the interval.
_SQLITE_MISSED = ("INSERT INTO review_item (learner_id, question_id, due_at, interval_days, misses, streak, "
                  "created, updated) VALUES (?, ?, ?, 1, 1, 0, ?, ?) "
                  "ON CONFLICT (learner_id, question_id) DO UPDATE SET misses = misses + 1, streak = 0, "
                  "interval_days = 1, due_at = excluded.due_at, updated = excluded.updated")
_SQLITE_INTERVALS = "SELECT question_id, interval_days FROM review_item WHERE learner_id = ? AND question_id IN ({})"
_SQLITE_REMEMBERED = ("UPDATE review_item SET streak = streak + 1, due_at = ?, interval_days = ?, updated = ? "
                      "WHERE learner_id = ? AND question_id = ?")
_SQLITE_SEEN = "UPDATE learner SET last_seen = ? WHERE id = ?"


def _store_sqlite(engine: Engine, token_hash: str, plan: QuizPlan, snaps: list[dict[str, Any]],
                  given: list[Any], correct: list[bool], *, key: str, seed: int, via: str,
                  now: dt.datetime) -> int | None:
    """The learner read outside the write lock; inside it, a handful of statements and the commit."""
    when, as_json = _sqlite_encoders(engine)
    stamp = when(now)
    with connections(engine).connection() as conn:
        cur = conn.cursor()
        learners = cur.execute(_SQLITE_LEARNER, (token_hash,)).fetchall()   # all: no read left open
        if not learners:
            return None
        learner = learners[0]
        with progress.serialized_writes(engine):
            try:
                try:
                    attempt_id = cur.execute(_SQLITE_ATTEMPT, (
                        learner[0], plan.lesson_id, key, seed, as_json(snaps), stamp, stamp, sum(correct),
                        len(snaps), via)).fetchall()[0][0]
                except sqlite3.IntegrityError as e:
                    if "idempotency_key" not in str(e):
                        raise
                    raise KeyAlreadyUsed(key) from None
                cur.executemany(_SQLITE_RESPONSE, [
                    (attempt_id, r["question_id"], r["position"], as_json(r["answer"]), r["correct"])
                    for r in _responses(snaps, given, correct)])
                _sqlite_reviews(cur, learner[0], snaps, correct, now, when)
                if learner[1] < when(now - dt.timedelta(hours=1)):     # the visit, noted hourly
                    cur.execute(_SQLITE_SEEN, (stamp, learner[0]))
                conn.commit()
            except BaseException:
                conn.rollback()
                raise
        if next(_SQLITE_COMMITS) % CHECKPOINT_EVERY == 0:
            # Outside the write lock, so no writer waits for it (PASSIVE: writers go on meanwhile).
            conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
    return attempt_id


# These connections never checkpoint inside a commit (SQLite's automatic checkpoint runs in the
# committing writer, fsync included, while every other writer waits on the write lock); every
# CHECKPOINT_EVERY-th submission of a process checkpoints once it has let go of the lock.
CHECKPOINT_EVERY = 64
_SQLITE_COMMITS = itertools.count(1)


def _sqlite_opened(conn) -> None:
    conn.execute("PRAGMA wal_autocheckpoint=0").fetchall()


def _sqlite_reviews(cur, learner_id: int, snaps, correct, now: dt.datetime, when) -> None:
    stamp = when(now)
    missed = [s["question_id"] for s, c in zip(snaps, correct) if not c]
    right = [s["question_id"] for s, c in zip(snaps, correct) if c]
    if missed:
        cur.executemany(_SQLITE_MISSED, [(learner_id, q, stamp, stamp, stamp) for q in missed])
    if right:
        items = cur.execute(_SQLITE_INTERVALS.format(", ".join("?" * len(right))), (learner_id, *right)).fetchall()
        if items:
            cur.executemany(_SQLITE_REMEMBERED, [
                (when(now + dt.timedelta(days=days)), min(days * 2, progress.MAX_INTERVAL_DAYS), stamp,
                 learner_id, question_id) for question_id, days in items])


def _sqlite_encoders(engine: Engine) -> tuple[Callable, Callable]:
    """The column types' own bind processors for timestamps and JSON (same text as the ORM writes)."""
    found = _ENCODERS.get(id(engine.dialect))
    if found is None:
        dialect = engine.dialect
        when = ReviewItem.__table__.c.due_at.type.dialect_impl(dialect).bind_processor(dialect)
        as_json = Attempt.__table__.c.questions.type.dialect_impl(dialect).bind_processor(dialect)
        found = _ENCODERS[id(engine.dialect)] = (when, as_json)
    return found


_ENCODERS: dict[int, tuple[Callable, Callable]] = {}


# ------------------------------------------------------------------------ answering it fast

ATTEMPTS_PATH = re.compile(r"/api/v1/lessons/([^/]+)/attempts")
MAX_TOKEN = 200
# A view's answer carrying any of these belongs to its one request: its headers are not learnt.
_PERSONAL = ("set-cookie", "retry-after", "x-ratelimit-")


class KnownLearnerSubmissions:
    """WSGI middleware, innermost (after ProxyFix and the body limit): a known learner's JSON
    submission (`Authorization: Bearer <token>`, no cookie) to a published lesson whose quiz this
    process already holds is checked, stored and answered here, with the API view's own functions
    and the headers the view's last such 201 carried. Anything else, any answer the view would
    refuse, an unknown token or a reused idempotency key goes to Flask, which says what is wrong."""

    def __init__(self, wsgi_app, app: Flask):
        self.wsgi_app, self.app = wsgi_app, app
        self.headers: dict[str, tuple] = {}        # url scheme -> headers of the view's last 201
        self._engine: Engine | None = None

    def __call__(self, environ, start_response):
        slug = self._eligible(environ)
        if slug is None:
            return self.wsgi_app(environ, start_response)
        length = int(environ["CONTENT_LENGTH"])
        body = environ["wsgi.input"].read(length) if length else b""
        environ["wsgi.input"] = io.BytesIO(body)       # the view reads it again if it answers
        headers = self.headers.get(environ.get("wsgi.url_scheme", "http"))
        answer = None
        if headers is not None:
            try:
                answer = self._answer(environ, slug, body)
            except Exception:  # noqa: BLE001  (the view retries under the same key, and reports)
                self.app.logger.exception("Fast submission failed; the API view answers instead")
        if answer is None:
            return self.wsgi_app(environ, self._learn(environ, start_response))
        start_response("201 CREATED", [*headers, ("Content-Length", str(len(answer)))])
        return [answer]

    def _eligible(self, environ) -> str | None:
        if environ.get("REQUEST_METHOD") != "POST" or "HTTP_COOKIE" in environ:
            return None
        match = ATTEMPTS_PATH.fullmatch(environ.get("PATH_INFO", ""))
        auth = environ.get("HTTP_AUTHORIZATION", "")
        length = environ.get("CONTENT_LENGTH", "")
        limit = self.app.config.get("MAX_CONTENT_LENGTH") or 0
        if (match is None or auth[:7].lower() != "bearer " or not length.isdigit() or int(length) > limit
                or environ.get("CONTENT_TYPE", "").split(";")[0].strip().lower() != "application/json"
                or not self.app.config.get("SUBMIT_FAST_PATH", True)):
            return None
        try:
            get_host(environ, self.app.config.get("TRUSTED_HOSTS"))
        except SecurityError:
            return None
        return match.group(1)

    def _answer(self, environ, slug: str, body: bytes) -> bytes | None:
        """The 201 body, or None to let the view answer (it then finds the same thing, or better words)."""
        cache = self.app.extensions["lesson_cache"]
        ref = cache.fresh_ref(slug)
        plan = cache.peek(("quiz", ref.id, ref.version)) if ref is not None and ref.is_published else None
        token = environ["HTTP_AUTHORIZATION"][7:].strip()
        if plan is None or not token or len(token) > MAX_TOKEN:
            return None
        submission = _parse(body, environ.get("HTTP_IDEMPOTENCY_KEY"))
        if submission is None:
            return None
        answers, key = submission
        seed = secrets.randbelow(2**31)
        snaps = plan.snapshots(seed)
        try:
            checked = progress.check_answers(snaps, answers)
        except progress.AnswerError:
            return None
        if key is None:       # should the view answer after all, it stores under the same key
            key = environ["HTTP_IDEMPOTENCY_KEY"] = progress.new_key()
        try:
            recorded = record_for_token(self.engine, hash_secret(token), plan, snaps, checked, key=key,
                                        seed=seed, via="api")
        except KeyAlreadyUsed:
            return None
        if recorded is None:
            return None
        return self.app.json.response(progress.recorded_json(recorded)).get_data()     # as `jsonify` writes it

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            from .extensions import db
            with self.app.app_context():
                self._engine = db.engine
        return self._engine

    def _learn(self, environ, start_response):
        """Keep the headers of the view's 201 for a request like this one (none of them personal)."""
        scheme = environ.get("wsgi.url_scheme", "http")

        def capture(status, headers, exc_info=None):
            if status.startswith("201") and not any(name.lower().startswith(_PERSONAL) for name, _ in headers):
                self.headers[scheme] = tuple((n, v) for n, v in headers if n.lower() != "content-length")
            return start_response(status, headers, exc_info) if exc_info else start_response(status, headers)
        return capture


def _parse(body: bytes, header_key: str | None) -> tuple[dict[str, Any], str | None] | None:
    """The answers and idempotency key of a body the view would accept; None otherwise."""
    from .api import _KEY_CHARS
    try:
        data = json.loads(body or b"null")
    except (ValueError, RecursionError):
        return None
    if not isinstance(data, dict) or not isinstance(data.get("answers"), dict):
        return None
    key = header_key if header_key is not None else data.get("idempotency_key")
    if key is not None and (not isinstance(key, str) or not _KEY_CHARS.fullmatch(key)):
        return None
    return data["answers"], key


def init_app(app: Flask) -> None:
    """Install the middleware innermost: call before ProxyFix and the other middlewares wrap the app."""
    app.wsgi_app = KnownLearnerSubmissions(app.wsgi_app, app)  # type: ignore[method-assign]
