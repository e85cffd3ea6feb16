"""Teacher accounts: sign up, sign in, sign out, rate limiting, and the create-teacher command."""
from __future__ import annotations

from types import SimpleNamespace

import pytest
from teacher_helpers import PASSWORD, csrf_token, post, sign_in, sign_up

from classroom.auth import BAD_LOGIN
from classroom.extensions import db
from classroom.models import User


def test_sign_up_hashes_the_password_and_signs_in(app, client):
    """A new account stores a salted scrypt/pbkdf2 hash, never the password, and is signed in."""
    r = sign_up(client, "Ana@School.example", name="Ana")
    assert r.status_code == 302 and r.headers["Location"].endswith("/teach/lessons/new")
    with app.app_context():
        user = db.session.execute(db.select(User)).scalar_one()
        assert user.email == "ana@school.example"
        assert user.password_hash.split(":")[0] in {"scrypt", "pbkdf2"}
        assert PASSWORD not in user.password_hash
    assert client.get("/teach/").status_code == 200


@pytest.mark.parametrize("password, message", [
    ("short1", "Use at least 10 characters."),
])
def test_sign_up_refuses_a_short_password(app, client, password, message):
    """Passwords under the minimum length are refused with a message, and no account is made."""
    r = client.post("/signup", data={"csrf_token": csrf_token(client, "/signup"), "name": "A",
                                     "email": "a@school.example", "password": password, "confirm": password})
    assert r.status_code == 422 and message in r.get_data(as_text=True)
    with app.app_context():
        assert db.session.execute(db.select(db.func.count()).select_from(User)).scalar_one() == 0


def test_sign_up_with_a_taken_email_leaves_the_account_alone(app, client):
    """A second sign-up with the same email (any case) makes no account and changes no password."""
    sign_up(client, "ana@school.example")
    other = app.test_client()
    r = sign_up(other, "ANA@school.example", password="another long password")
    assert r.status_code == 401          # the sign-in that follows fails: the password is still Ana's
    with app.app_context():
        assert db.session.execute(db.select(db.func.count()).select_from(User)).scalar_one() == 1
    assert sign_in(app.test_client(), "ana@school.example").status_code == 302


def test_bad_login_gets_one_clear_message(app, client):
    """A wrong password and an unknown email give the same clear message and no session."""
    sign_up(app.test_client(), "ana@school.example")
    for email, password in [("ana@school.example", "wrong password!"), ("nobody@school.example", PASSWORD)]:
        r = sign_in(client, email, password)
        assert r.status_code == 401
        assert BAD_LOGIN in r.get_data(as_text=True)
        assert client.get("/teach/").status_code == 302


def test_sign_in_then_sign_out(app, client):
    """Sign in opens teacher pages; sign out (a POST) closes them again."""
    sign_up(app.test_client(), "ana@school.example")
    r = sign_in(client, "ana@school.example")
    assert r.status_code == 302 and r.headers["Location"].endswith("/teach/")
    assert client.get("/signout").status_code == 405          # never by a plain link
    r = post(client, "/signout")
    assert r.status_code == 302
    assert client.get("/teach/").status_code == 302


def test_sign_in_does_not_redirect_to_another_site(app, client):
    """`next` may only point inside the site."""
    sign_up(app.test_client(), "ana@school.example")
    r = client.post("/signin?next=https://evil.example/x", data={
        "csrf_token": csrf_token(client, "/signin"), "email": "ana@school.example", "password": PASSWORD})
    assert r.headers["Location"].endswith("/teach/")
    client.post("/signout", data={"csrf_token": csrf_token(client, "/teach/")})
    r = client.post("/signin?next=/teach/classes", data={
        "csrf_token": csrf_token(client, "/signin"), "email": "ana@school.example", "password": PASSWORD})
    assert r.headers["Location"].endswith("/teach/classes")


def test_sign_in_without_csrf_token_is_refused(app, client):
    """The sign-in form is CSRF-protected like every other."""
    sign_up(app.test_client(), "ana@school.example")
    r = client.post("/signin", data={"email": "ana@school.example", "password": PASSWORD})
    assert r.status_code == 400


@pytest.fixture
def limited_client(request, tmp_path):
    """A client of an app with rate limits on (the shared fixtures turn them off)."""
    from conftest import _make_app

    sqlite = SimpleNamespace(param="sqlite", getfixturevalue=request.getfixturevalue)
    app = _make_app(sqlite, tmp_path, {"RATELIMIT_ENABLED": True})
    yield app.test_client()
    with app.app_context():
        db.session.remove()
        db.engine.dispose()


def test_sign_in_is_rate_limited(limited_client):
    """Guessing passwords is slowed: after 10 wrong tries a minute the answer is 429 with a message."""
    token = csrf_token(limited_client, "/signin")
    codes = [limited_client.post("/signin", data={"csrf_token": token, "email": f"x{i}@school.example",
                                                  "password": f"guess number {i}"}).status_code
             for i in range(11)]
    assert codes[:10] == [401] * 10
    assert codes[10] == 429
    assert "Too many requests" in limited_client.post("/signin", data={"csrf_token": token}).get_data(as_text=True)


def test_create_teacher_command(app, runner):
    """`flask create-teacher` makes an account that can sign in; bad input is refused with a message."""
    result = runner.invoke(args=["create-teacher", "Boss@school.example", "--name", "Boss",
                                 "--password", "a long enough password", "--admin"])
    assert result.exit_code == 0, result.output
    assert "Created admin boss@school.example" in result.output
    with app.app_context():
        user = db.session.execute(db.select(User)).scalar_one()
        assert user.is_admin and user.name == "Boss"
    again = runner.invoke(args=["create-teacher", "boss@school.example", "--password", "another long one"])
    assert again.exit_code != 0 and "already an account" in again.output
    short = runner.invoke(args=["create-teacher", "x@school.example", "--password", "short"])
    assert short.exit_code != 0 and "at least 10" in short.output
    assert sign_in(app.test_client(), "boss@school.example", "a long enough password").status_code == 302
