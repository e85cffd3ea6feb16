"""Transport security: Secure cookies and HSTS whenever the site is served over HTTPS."""
from __future__ import annotations

from flask import Flask, current_app, has_request_context, request
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
    mode = app.config.get("SECURE_TRANSPORT", "auto")
    if mode not in SECURE_TRANSPORT_MODES:
        raise RuntimeError(f"SECURE_TRANSPORT must be one of {', '.join(SECURE_TRANSPORT_MODES)}, not {mode!r}")
