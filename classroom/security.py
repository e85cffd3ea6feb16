"""Transport security: Secure cookies and HSTS whenever the site is served over HTTPS."""
from __future__ import annotations

import io

from flask import Flask, abort, current_app, has_request_context, request, session
from flask.sessions import SecureCookieSessionInterface

SECURE_TRANSPORT_MODES = ("auto", "always", "off")


def https_in_use(app: Flask | None = None) -> bool:
    """Whether cookies must be Secure: always, never, or (auto) when this request came over HTTPS.

    Behind a TLS-terminating proxy the request only looks like HTTPS when TRUSTED_PROXIES lets
    ProxyFix believe the proxy's X-Forwarded-Proto (or with SECURE_TRANSPORT=always).
    """
    config = (app or current_app).config
    mode = config.get("SECURE_TRANSPORT", "auto")
    if mode == "always" or config.get("SESSION_COOKIE_SECURE"):
        return True
    if mode == "off":
        return False
    return has_request_context() and request.is_secure


class TransportAwareSessionInterface(SecureCookieSessionInterface):
    """Flask's signed-cookie session, with `Secure` decided per request by `https_in_use`."""

    def get_cookie_secure(self, app: Flask) -> bool:
        return https_in_use(app)


def add_hsts(response):
    """Strict-Transport-Security on responses sent while HTTPS is in use (browsers ignore it on HTTP)."""
    max_age = int(current_app.config.get("HSTS_MAX_AGE", 0))
    if max_age > 0 and https_in_use():
        response.headers.setdefault("Strict-Transport-Security", f"max-age={max_age}")
    return response


def check_config(app: Flask) -> None:
    """Refuse to start with a SECURE_TRANSPORT that would silently mean something else."""
    mode = app.config.get("SECURE_TRANSPORT", "auto")
    if mode not in SECURE_TRANSPORT_MODES:
        raise RuntimeError(f"SECURE_TRANSPORT must be one of {', '.join(SECURE_TRANSPORT_MODES)}, "
                           f"not {mode!r}")


# ------------------------------------------------------------------------------ no-store

TEACHER_BLUEPRINTS = ("teacher", "apikeys")


def no_store_for_teachers(response):
    """Teacher pages, grades and exports, and anything a signed-in teacher is shown, are never
    kept by a browser or proxy: classroom computers are shared."""
    signed_in = (current_app.config["SESSION_COOKIE_NAME"] in request.cookies
                 and session.get("_user_id") is not None)
    if request.blueprint in TEACHER_BLUEPRINTS or signed_in:
        response.headers["Cache-Control"] = "no-store"
    return response


# ------------------------------------------------------------------------ chunked bodies

BODY_TOO_LARGE = "newsline.body_too_large"


class StreamedBodyLimit:
    """WSGI middleware: a body sent without Content-Length (Transfer-Encoding: chunked) is read
    here, up to MAX_CONTENT_LENGTH; over it, the request is marked for a 413.

    Werkzeug would otherwise cut such a body silently at the limit, so a form lost its CSRF token
    (400) and JSON was "not valid" (400) instead of the clear "too large" answer.
    """

    def __init__(self, wsgi_app, app: Flask):
        self.wsgi_app, self.app = wsgi_app, app

    def __call__(self, environ, start_response):
        limit = self.app.config.get("MAX_CONTENT_LENGTH")
        if (limit and environ.get("wsgi.input_terminated") and not environ.get("CONTENT_LENGTH")
                and environ.get("REQUEST_METHOD") in ("POST", "PUT", "PATCH", "DELETE")):
            body = _read_at_most(environ["wsgi.input"], limit + 1)
            if len(body) > limit:
                environ[BODY_TOO_LARGE] = True
                body = b""
            environ["wsgi.input"] = io.BytesIO(body)
            environ["CONTENT_LENGTH"] = str(len(body))
        return self.wsgi_app(environ, start_response)


def _read_at_most(stream, size: int) -> bytes:
    parts, left = [], size
    while left > 0:
        part = stream.read(min(left, 64 * 1024))
        if not part:
            break
        parts.append(part)
        left -= len(part)
    return b"".join(parts)


def refuse_marked_bodies() -> None:
    """Answer 413 (registered before every other before-request hook, CSRF's included)."""
    if request.environ.get(BODY_TOO_LARGE):
        abort(413)


def refuse_nul_characters() -> None:
    """Answer 400 to a form holding a NUL character, before any view reads it: no text column on
    PostgreSQL can store one (it would be a 500), no one types it, and a clean refusal here covers
    every form, including the ones written later. (Query strings are each view's own: a bad embed
    option falls back to its default, a NUL slug is a 404.)"""
    for key, value in request.form.items(multi=True):
        if "\x00" in key or "\x00" in value:
            abort(400, "What you sent contains a NUL character (\\u0000), which is not text. "
                       "Nothing has been saved: remove it and try again.")
