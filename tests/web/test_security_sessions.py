"""Sessions (issue 15): sign-out ends every copy, sign-in starts a fresh session and CSRF token,
Secure cookies and HSTS over HTTPS."""
from __future__ import annotations

import pytest
from teacher_helpers import PASSWORD, csrf_token, post

from classroom.extensions import db


def _teacher(app, email: str = "ana@school.example") -> None:
    from classroom.auth import create_user

    with app.app_context():
        create_user(email, PASSWORD, name="Ana")
        db.session.commit()


def _sign_in(client, email: str = "ana@school.example", **kwargs):
    return client.post("/signin", data={"csrf_token": csrf_token(client, "/signin"), "email": email,
                                        "password": PASSWORD}, **kwargs)


def test_a_session_cookie_captured_before_sign_out_no_longer_opens_teacher_pages(app, client):
    """POST /signout ends the session everywhere: a copy of the cookie taken before is refused."""
    _teacher(app)
    assert _sign_in(client).status_code == 302
    captured = client.get_cookie("session").value
    thief = app.test_client()
    thief.set_cookie("session", captured)
    assert thief.get("/teach/").status_code == 200            # the copy works while signed in
    assert post(client, "/signout").status_code == 302
    assert thief.get("/teach/").status_code == 302            # and not after sign-out
    assert "/signin" in thief.get("/teach/").headers["Location"]


def test_signing_in_again_after_sign_out_works(app, client):
    """Sign-out does not lock the account: signing in again opens the teacher pages."""
    _teacher(app)
    _sign_in(client)
    post(client, "/signout")
    assert _sign_in(client).status_code == 302
    assert client.get("/teach/").status_code == 200


def test_sessions_from_before_the_session_version_still_work(app, client):
    """A cookie written before session versions existed (a bare user id) stays valid until sign-out."""
    _teacher(app)
    from classroom.models import User

    with app.app_context():
        user_id = db.session.execute(db.select(User.id)).scalar_one()
    with client.session_transaction() as session:
        session["_user_id"] = str(user_id)
        session["_fresh"] = True
    assert client.get("/teach/").status_code == 200
    post(client, "/signout")
    with client.session_transaction() as session:
        session["_user_id"] = str(user_id)
    assert client.get("/teach/").status_code == 302


def test_sign_in_rotates_the_csrf_token_and_clears_the_session(app, client):
    """The CSRF token before sign-in is not the one after, and the old one no longer posts."""
    _teacher(app)
    before = csrf_token(client, "/signin")
    with client.session_transaction() as session:
        session["left_over"] = "from before sign-in"
    assert client.post("/signin", data={"csrf_token": before, "email": "ana@school.example",
                                        "password": PASSWORD}).status_code == 302
    after = csrf_token(client, "/teach/classes")
    assert after != before
    with client.session_transaction() as session:
        assert "left_over" not in session
    r = client.post("/teach/classes", data={"csrf_token": before, "name": "7B"})
    assert r.status_code == 400


def _set_cookie(response, name: str = "session") -> str:
    return next(h for h in response.headers.getlist("Set-Cookie") if h.startswith(name + "="))


def test_over_https_the_session_cookie_is_secure_and_hsts_is_sent(app):
    """Served over HTTPS: the session cookie carries Secure and responses carry HSTS."""
    _teacher(app)
    client = app.test_client()
    r = client.post("/signin", base_url="https://localhost", headers={"Referer": "https://localhost/signin"}, data={
        "csrf_token": csrf_token(client, "https://localhost/signin"), "email": "ana@school.example",
        "password": PASSWORD})
    assert r.status_code == 302
    assert "; Secure" in _set_cookie(r)
    assert r.headers["Strict-Transport-Security"].startswith("max-age=31536000")
    assert "Strict-Transport-Security" in client.get("https://localhost/").headers


def test_over_plain_http_there_is_no_secure_flag_or_hsts(app, client):
    """On plain HTTP (a laptop in class, `make run`) the cookie still works: no Secure, no HSTS."""
    _teacher(app)
    r = _sign_in(client)
    assert "Secure" not in _set_cookie(r)
    assert "Strict-Transport-Security" not in r.headers


@pytest.fixture
def proxied_app(request, tmp_path):
    from types import SimpleNamespace

    from conftest import _make_app

    sqlite = SimpleNamespace(param="sqlite", getfixturevalue=request.getfixturevalue)
    app = _make_app(sqlite, tmp_path, {"TRUSTED_PROXIES": 1})
    yield app
    with app.app_context():
        db.session.remove()
        db.engine.dispose()


def test_behind_a_tls_proxy_the_cookie_is_secure(proxied_app):
    """With TRUSTED_PROXIES=1, X-Forwarded-Proto: https from the proxy makes cookies Secure and sends HSTS."""
    _teacher(proxied_app)
    client = proxied_app.test_client()
    r = _sign_in(client, headers={"X-Forwarded-Proto": "https", "X-Forwarded-For": "203.0.113.5"})
    assert "; Secure" in _set_cookie(r)
    assert "Strict-Transport-Security" in r.headers


def test_secure_transport_always_marks_cookies_secure(app):
    """SECURE_TRANSPORT=always (a TLS proxy that does not say so) makes cookies Secure even on HTTP."""
    app.config["SECURE_TRANSPORT"] = "always"
    _teacher(app)
    r = _sign_in(app.test_client())
    assert "; Secure" in _set_cookie(r)
    assert "Strict-Transport-Security" in r.headers
