"""Published lessons rendered once per version: per-process LRU, shared through Redis when configured.

A lesson's version is its `updated` timestamp, which any change to the lesson, its events or its
questions moves forward (see `_touch_edited_lessons`). Rendered bytes are keyed by version, so an
edit never needs a purge: the next request asks for a new key. Each process re-reads a slug's
version from the database at most every LESSON_VERSION_TTL seconds (default 1 s); commits in the
process itself forget it at once, other servers notice within that TTL.
"""
from __future__ import annotations

import datetime as dt
import functools
import hashlib
import threading
import time
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any, Callable

from flask import Flask, current_app, has_app_context, request
from sqlalchemy import event, inspect
from sqlalchemy.orm import Session

from .extensions import db
from .lessons import plausible_slug
from .models import Event, Lesson, Question, utcnow

DEFAULT_VERSION_TTL = 1.0        # seconds a process trusts the version it read
DEFAULT_MAX_ENTRIES = 512        # rendered variants kept per process
REDIS_TTL = 24 * 3600            # a version no one asks for any more simply expires


@dataclass(frozen=True, eq=False)
class LessonRef:
    """What the cache needs to know about a lesson without loading it."""

    id: int
    slug: str
    status: str
    updated: dt.datetime

    @functools.cached_property
    def version(self) -> str:
        return hashlib.sha1(f"{self.id}:{self.updated.isoformat()}".encode()).hexdigest()[:16]

    @property
    def is_published(self) -> bool:
        return self.status == "published"

    def etag(self, kind: str, *extra: str) -> str:
        tail = hashlib.sha1("\x1f".join(extra).encode()).hexdigest()[:10] if extra else ""
        return f'"{kind}-{self.id}-{self.version}{"-" + tail if tail else ""}"'


class LessonCache:
    """One per app (app.extensions["lesson_cache"]): version memo and rendered bytes."""

    def __init__(self, app: Flask):
        self.ttl = float(app.config.get("LESSON_VERSION_TTL", DEFAULT_VERSION_TTL))
        self.max_entries = int(app.config.get("LESSON_CACHE_ENTRIES", DEFAULT_MAX_ENTRIES))
        self._refs: dict[str, tuple[float, LessonRef | None]] = {}
        self._rendered: OrderedDict[tuple, Any] = OrderedDict()
        self._lock = threading.Lock()
        self.redis = None
        url = app.config.get("CACHE_REDIS_URL")
        if url:
            import redis
            self.redis = redis.Redis.from_url(url, socket_timeout=0.5, socket_connect_timeout=0.5)
        self.logger = app.logger

    # --------------------------------------------------------------------------- versions
    def ref(self, slug: str) -> LessonRef | None:
        """The lesson's id, status and version (memoised for `ttl` seconds); None if there is none."""
        if not plausible_slug(slug):
            return None
        now = time.monotonic()
        hit = self._refs.get(slug)
        if hit is not None and now - hit[0] < self.ttl:
            return hit[1]
        row = db.session.execute(
            db.select(Lesson.id, Lesson.slug, Lesson.status, Lesson.updated).filter_by(slug=slug)).first()
        ref = LessonRef(row.id, row.slug, row.status, row.updated) if row else None
        if len(self._refs) > 10 * self.max_entries:     # unknown slugs must not grow it for ever
            self._refs.clear()
        self._refs[slug] = (now, ref)
        return ref

    def fresh_ref(self, slug: str) -> LessonRef | None:
        """The memoised version if it is still within its TTL, without asking the database."""
        hit = self._refs.get(slug)
        return hit[1] if hit is not None and time.monotonic() - hit[0] < self.ttl else None

    def forget(self, slugs: set[str] | None = None) -> None:
        """Drop memoised versions (all of them when `slugs` is None) after this process edits."""
        if slugs is None:
            self._refs.clear()
        else:
            for slug in slugs:
                self._refs.pop(slug, None)

    # ----------------------------------------------------------------------------- values
    def peek(self, key: tuple) -> Any:
        """The value this process holds for `key`, or None (nothing is made)."""
        with self._lock:
            return self._rendered.get(key)

    def get_or_make(self, key: tuple, make: Callable[[], Any], *, shared: bool = True) -> Any:
        """The value for `key` from this process, then Redis (bytes only), else `make()` stored in both."""
        with self._lock:
            value = self._rendered.get(key)
            if value is not None:
                self._rendered.move_to_end(key)
                return value
        redis_key = "newsline:" + ":".join(map(str, key))
        if shared and self.redis is not None:
            try:
                value = self.redis.get(redis_key)
            except Exception as e:  # noqa: BLE001  (a cache that is down only costs time)
                self.logger.warning("Redis cache read failed: %s", e)
        if value is None:
            value = make()
            if shared and self.redis is not None:
                try:
                    self.redis.set(redis_key, value, ex=REDIS_TTL)
                except Exception as e:  # noqa: BLE001
                    self.logger.warning("Redis cache write failed: %s", e)
        with self._lock:
            self._rendered[key] = value
            while len(self._rendered) > self.max_entries:
                self._rendered.popitem(last=False)
        return value


def init_app(app: Flask) -> None:
    app.extensions["lesson_cache"] = cache = LessonCache(app)
    if app.config.get("LESSON_FAST_PATH", True):
        app.wsgi_app = SharedCopies(app.wsgi_app, cache)


def lesson_cache() -> LessonCache:
    return current_app.extensions["lesson_cache"]


def conditional(body: bytes | Callable[[], bytes], *, etag: str, last_modified: dt.datetime, mimetype: str,
                private: bool = False, shared_as: LessonRef | None = None):
    """A 200 with ETag/Last-Modified, or a bodiless 304 when the client's copy is this one.
    `shared_as`: this answer is the same for everyone, so `SharedCopies` may repeat it."""
    if shared_as is not None and not private:
        request.environ[SHARED_MARK] = (shared_as.slug, shared_as.version)
    response = current_app.response_class(status=200, mimetype=mimetype)
    response.headers["ETag"] = etag
    response.last_modified = last_modified.replace(microsecond=0)
    # no-cache: keep it, but ask every time (an edit must show at once); answers are cheap 304s.
    response.headers["Cache-Control"] = "private, no-cache" if private else "public, no-cache"
    response.vary.add("Cookie")
    inm = request.if_none_match
    if inm:
        fresh = inm.contains_weak(etag.strip('"'))
    else:
        ims = request.if_modified_since
        fresh = ims is not None and ims >= response.last_modified and not private
    if fresh and request.method in ("GET", "HEAD"):
        response.status_code = 304
        return response
    response.set_data(body() if callable(body) else body)
    return response


# ------------------------------------------------------------------ invalidation on every edit

def bump_lesson_version(lesson: Lesson) -> None:
    """Mark a lesson changed (its cached page, API document and embed are rebuilt on next view)."""
    lesson.updated = utcnow()


@event.listens_for(Session, "before_flush")
def _touch_edited_lessons(session: Session, flush_context, instances) -> None:
    """Any added, changed or deleted event or question moves its lesson's version forward."""
    touched = session.info.setdefault("touched_lessons", set())
    with session.no_autoflush:
        for obj in (*session.new, *session.dirty, *session.deleted):
            if isinstance(obj, Lesson):
                touched.add(obj.slug)
            elif isinstance(obj, (Event, Question)):
                if obj in session.dirty and not session.is_modified(obj):
                    continue
                lesson = obj.lesson
                if lesson is None and obj.lesson_id is not None:
                    lesson = session.get(Lesson, obj.lesson_id)
                if lesson is not None:
                    touched.add(lesson.slug)
                    if lesson not in session.deleted and lesson not in session.new \
                            and not inspect(lesson).attrs.updated.history.has_changes():
                        bump_lesson_version(lesson)     # a new lesson, or one given its time, keeps it


@event.listens_for(Session, "do_orm_execute")
def _bulk_lesson_writes(state) -> None:
    """Bulk UPDATE/DELETE on lessons, events or questions: forget every memoised version."""
    if (state.is_update or state.is_delete) and state.bind_mapper is not None and \
            state.bind_mapper.class_ in (Lesson, Event, Question):
        state.session.info["touched_all_lessons"] = True


@event.listens_for(Session, "after_commit")
def _forget_committed(session: Session) -> None:
    touched = session.info.pop("touched_lessons", set())
    everything = session.info.pop("touched_all_lessons", False)
    if (touched or everything) and has_app_context() and "lesson_cache" in current_app.extensions:
        lesson_cache().forget(None if everything else touched)


@event.listens_for(Session, "after_rollback")
def _nothing_committed(session: Session) -> None:
    session.info.pop("touched_lessons", None)
    session.info.pop("touched_all_lessons", None)


# ------------------------------------------------------------ the WSGI fast path for shared copies

SHARED_MARK = "newsline.shared_lesson"      # environ key a view sets: (slug, version) of a shared copy


class SharedCopies:
    """WSGI middleware: a cookie-less GET for a lesson page, API document or embed that Flask has
    already answered with a shared (non-personal) copy is answered again from memory, headers and
    all, while the lesson's memoised version is still current (`LessonCache.ref` rules: at most
    LESSON_VERSION_TTL old, forgotten at once on this process's own edits). Anything else, and
    every conditional or cookie-carrying request, goes through Flask as usual."""

    def __init__(self, wsgi_app, cache: LessonCache, max_entries: int = 256):
        self.wsgi_app, self.cache, self.max_entries = wsgi_app, cache, max_entries
        self.copies: dict[tuple, tuple] = {}

    @staticmethod
    def _eligible(environ) -> bool:
        return (environ.get("REQUEST_METHOD") == "GET" and "HTTP_COOKIE" not in environ
                and "HTTP_AUTHORIZATION" not in environ and "HTTP_IF_NONE_MATCH" not in environ
                and "HTTP_IF_MODIFIED_SINCE" not in environ)

    def __call__(self, environ, start_response):
        if not self._eligible(environ):
            return self.wsgi_app(environ, start_response)
        key = (environ.get("PATH_INFO", ""), environ.get("QUERY_STRING", ""), environ.get("HTTP_HOST", ""))
        copy = self.copies.get(key)
        if copy is not None:
            slug, version, status, headers, body = copy
            memo = self.cache._refs.get(slug)
            if memo is not None and memo[1] is not None and memo[1].is_published \
                    and memo[1].version == version and time.monotonic() - memo[0] < self.cache.ttl:
                start_response(status, list(headers))
                return [body]
        captured: list = []

        def capture(status, headers, exc_info=None):
            captured[:] = [status, headers]
            return start_response(status, headers, exc_info) if exc_info else start_response(status, headers)

        result = self.wsgi_app(environ, capture)
        shared = environ.get(SHARED_MARK)
        # Never repeated: errors, anything setting a cookie, answers counted by a rate limit.
        if shared is None or not captured or not captured[0].startswith("200") or any(
                name.lower() == "set-cookie" or name.lower().startswith("x-ratelimit") or name.lower() == "retry-after"
                for name, _ in captured[1]):
            return result
        try:
            body = b"".join(result)
        finally:
            if hasattr(result, "close"):
                result.close()
        if len(self.copies) >= self.max_entries:
            self.copies.clear()
        self.copies[key] = (shared[0], shared[1], captured[0], tuple(captured[1]), body)
        return [body]
