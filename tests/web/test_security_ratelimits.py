"""Rate limits that count right (issue 15): shared Redis storage, the client behind a proxy,
per-account sign-in limits, join and resume limits that count failures only."""
from __future__ import annotations

import re
from types import SimpleNamespace

import pytest
import requests
from conftest import REDIS_URL, _make_app
from server_helpers import gunicorn_servers
from student_helpers import hidden
from teacher_helpers import PASSWORD, csrf_token

from classroom.extensions import db

PROXY = {"REMOTE_ADDR": "10.0.0.1"}      # what the app sees of every request behind one reverse proxy


@pytest.fixture
def limited_app(request, tmp_path, redis_prefix, monkeypatch):
    """Make the real app with rate limits on, counted in the real Redis under this test's own prefix."""
    from classroom.extensions import limiter

    # The limiter is a process-wide singleton that keeps the first app's key prefix; a deployment
    # has one app per process, a test run has many.
    monkeypatch.setattr(limiter, "_key_prefix", "")
    made = []

    def make(**extra):
        sqlite = SimpleNamespace(param="sqlite", getfixturevalue=request.getfixturevalue)
        app = _make_app(sqlite, tmp_path, {"RATELIMIT_ENABLED": True, "RATELIMIT_STORAGE_URI": REDIS_URL,
                                           "RATELIMIT_KEY_PREFIX": redis_prefix, **extra})
        made.append(app)
        return app

    yield make
    for app in made:
        with app.app_context():
            db.session.remove()
            db.engine.dispose()


def _teacher(app, email: str) -> None:
    from classroom.auth import create_user

    with app.app_context():
        create_user(email, PASSWORD, name="T")
        db.session.commit()


def _sign_in(client, email: str, password: str, **kwargs) -> int:
    token = csrf_token(client, "/signin")
    return client.post("/signin", data={"csrf_token": token, "email": email, "password": password},
                       **kwargs).status_code


def _classrooms(app, n: int) -> list[str]:
    from classroom.authoring import create_classroom
    from classroom.models import User

    _teacher(app, "owner@school.example")
    with app.app_context():
        owner = db.session.execute(db.select(User)).scalar_one()
        codes = [create_classroom(owner, f"Class {i}").join_code for i in range(n)]
        db.session.commit()
        return codes


def _join(client, code: str, name: str, **kwargs) -> int:
    token = csrf_token(client, "/join")
    return client.post("/join", data={"csrf_token": token, "code": code, "display_name": name},
                       **kwargs).status_code


# ------------------------------------------------------------------------------------- sign-in

def test_wrong_sign_ins_behind_a_proxy_do_not_lock_out_another_teacher(limited_app):
    """Behind one proxy, 25 wrong sign-ins from one client leave another client's sign-in working."""
    app = limited_app(TRUSTED_PROXIES=1)
    _teacher(app, "ben@school.example")
    attacker = app.test_client()
    codes = [_sign_in(attacker, "ana@school.example", f"guess number {i}", environ_base=PROXY,
                      headers={"X-Forwarded-For": "203.0.113.5"}) for i in range(25)]
    assert codes[0] == 401 and codes[-1] == 429           # the guesser is slowed down
    teacher = app.test_client()
    assert _sign_in(teacher, "ben@school.example", PASSWORD, environ_base=PROXY,
                    headers={"X-Forwarded-For": "198.51.100.7"}) == 302


def test_without_trusted_proxies_forwarded_for_is_ignored(limited_app):
    """With TRUSTED_PROXIES at its default 0, a client cannot pick its own address with X-Forwarded-For."""
    app = limited_app()
    client = app.test_client()
    codes = [_sign_in(client, f"x{i}@school.example", "guess number 1",
                      headers={"X-Forwarded-For": f"192.0.2.{i}"}) for i in range(11)]
    assert codes == [401] * 10 + [429]


def test_sign_in_is_limited_per_account_from_any_address(limited_app):
    """Wrong passwords for one account from many addresses are stopped after 5 a minute; others sign in."""
    app = limited_app()
    _teacher(app, "ana@school.example")
    _teacher(app, "ben@school.example")
    codes = [_sign_in(app.test_client(), "ANA@school.example ", f"guess number {i}",
                      environ_base={"REMOTE_ADDR": f"192.0.2.{i + 1}"}) for i in range(8)]
    assert codes == [401] * 5 + [429] * 3
    assert _sign_in(app.test_client(), "ben@school.example", PASSWORD,
                    environ_base={"REMOTE_ADDR": "192.0.2.1"}) == 302


def test_right_sign_ins_from_one_school_are_not_limited(limited_app):
    """Only failures count: twelve teachers signing in from one school address all get in."""
    app = limited_app()
    for i in range(12):
        _teacher(app, f"t{i}@school.example")
    assert [_sign_in(app.test_client(), f"t{i}@school.example", PASSWORD) for i in range(12)] == [302] * 12


# ----------------------------------------------------------------------------------- join codes

def test_two_classes_of_thirty_join_from_one_school_network(limited_app):
    """Sixty pupils of two classes join from one address in the same hour: none is refused."""
    app = limited_app()
    codes = _classrooms(app, 2)
    results = [_join(app.test_client(), code, f"Pupil {i}") for code in codes for i in range(30)]
    assert results == [302] * 60


def test_wrong_join_codes_are_limited_per_address(limited_app):
    """Guessing codes from one address is stopped after 10 wrong ones a minute; another address may join."""
    app = limited_app()
    (code,) = _classrooms(app, 1)
    guesser = app.test_client()
    results = [_join(guesser, f"ZZZZ{i:02d}", "Eve") for i in range(12)]
    assert results == [422] * 10 + [429] * 2
    assert _join(guesser, code, "Eve") == 429       # a right guess now tells nothing either
    assert _join(app.test_client(), code, "Pupil", environ_base={"REMOTE_ADDR": "192.0.2.9"}) == 302


def test_thirty_pupils_resume_from_one_school_network(limited_app):
    """Thirty pupils signing back in with their resume codes from one address are all let in."""
    app = limited_app()
    (code,) = _classrooms(app, 1)
    resume_codes = []
    for i in range(30):
        pupil = app.test_client()
        assert _join(pupil, code, f"Pupil {i}") == 302
        page = pupil.get("/my-class").get_data(as_text=True)
        resume_codes.append(re.search(r'id="resume-code">([^<]+)<', page).group(1))
    for resume_code in resume_codes:
        device = app.test_client()
        token = csrf_token(device, "/resume")
        assert device.post("/resume", data={"csrf_token": token, "code": resume_code}).status_code == 302


# ------------------------------------------------------------------------------ across workers

@pytest.fixture
def two_workers(tmp_path, redis_prefix):
    """Two separate gunicorn servers (one worker each) of the real app, configured only by the
    environment a deployment would set: one database, one secret, Redis for rate limits."""
    from app import create_app

    database = f"sqlite:///{tmp_path / 'shared.sqlite3'}"
    app = create_app({"TESTING": True, "SQLALCHEMY_DATABASE_URI": database, "SECRET_KEY": "x"})
    with app.app_context():
        db.create_all()
        db.engine.dispose()
    with gunicorn_servers({"DATABASE_URL": database, "SECRET_KEY": "shared secret",
                           "RATELIMIT_STORAGE_URI": REDIS_URL, "RATELIMIT_KEY_PREFIX": redis_prefix,
                           "TRUSTED_PROXIES": "1"}, count=2) as bases:
        yield bases


@pytest.mark.slow
def test_sign_in_limits_hold_across_two_workers(two_workers):
    """Sign-ins spread over two workers are counted together (Redis from RATELIMIT_STORAGE_URI)."""
    browser = requests.Session()
    token = hidden(browser.get(f"{two_workers[0]}/signin").text, "csrf_token")

    def attempt(i: int, email: str, address: str) -> int:
        return browser.post(f"{two_workers[i % 2]}/signin", allow_redirects=False, timeout=10,
                            headers={"X-Forwarded-For": address}, data={
                                "csrf_token": token, "email": email, "password": f"guess number {i}"}).status_code

    # per address: 10 wrong sign-ins a minute in all, whichever worker answers
    assert [attempt(i, f"nobody{i}@school.example", "203.0.113.5") for i in range(12)] == [401] * 10 + [429] * 2
    # per account: 5 wrong passwords a minute, from any address, whichever worker answers
    assert [attempt(i, "ana@school.example", f"198.51.100.{i}") for i in range(7)] == [401] * 5 + [429] * 2


def test_guessing_at_an_account_does_not_lock_its_teacher_out_of_a_known_browser(limited_app):
    """After 8 wrong passwords for Ana from other addresses, Ana still signs in from the browser she
    used before; a browser never used for her account is held up."""
    app = limited_app()
    _teacher(app, "ana@school.example")
    laptop = app.test_client()
    assert _sign_in(laptop, "ana@school.example", PASSWORD, environ_base={"REMOTE_ADDR": "192.0.2.50"}) == 302
    laptop.post("/signout", data={"csrf_token": csrf_token(laptop, "/teach/")})
    codes = [_sign_in(app.test_client(), "ana@school.example", f"guess number {i}",
                      environ_base={"REMOTE_ADDR": f"198.51.100.{i + 1}"}) for i in range(8)]
    assert codes == [401] * 5 + [429] * 3
    assert _sign_in(laptop, "ana@school.example", PASSWORD, environ_base={"REMOTE_ADDR": "192.0.2.50"}) == 302
    assert _sign_in(app.test_client(), "ana@school.example", PASSWORD,
                    environ_base={"REMOTE_ADDR": "192.0.2.51"}) == 429
