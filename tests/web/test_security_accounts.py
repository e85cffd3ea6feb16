"""Accounts (issue 15): common passwords refused, and sign-up never tells whether an email has an account."""
from __future__ import annotations

import pytest
from teacher_helpers import PASSWORD, csrf_token

from classroom.extensions import db
from classroom.models import User


def _sign_up(client, email: str, password: str, name: str = "Teacher"):
    return client.post("/signup", data={"csrf_token": csrf_token(client, "/signup"), "name": name,
                                        "email": email, "password": password, "confirm": password})


def _sign_in(client, email: str, password: str):
    return client.post("/signin", data={"csrf_token": csrf_token(client, "/signin"), "email": email,
                                        "password": password})


def _accounts(app) -> int:
    with app.app_context():
        return db.session.execute(db.select(db.func.count()).select_from(User)).scalar_one()


@pytest.mark.parametrize("password", ["aaaaaaaaaa", "password12", "Password12", "1234567890",
                                      "qwertyuiop", "zzzzzzzzzzzz", "abababababab"])
def test_common_and_repetitive_passwords_are_refused(app, client, password):
    """`aaaaaaaaaa`, `password12` and their like are refused with a message; no account is made."""
    r = _sign_up(client, "ana@school.example", password)
    assert r.status_code == 422
    assert "too common or too easy to guess" in r.get_data(as_text=True)
    assert _accounts(app) == 0


def test_the_email_as_password_is_refused(app, client):
    """The account's own email (or the part before @) is no password."""
    r = _sign_up(client, "ana.lopez@school.example", "ana.lopez@school.example")
    assert r.status_code == 422 and "your email" in r.get_data(as_text=True)
    assert _sign_up(client, "ana.lopez@school.example", "ana.lopez1").status_code == 422


def test_common_password_file_says_where_it_came_from():
    """The list ships with a header naming its source, and holds the well-known ones."""
    from classroom.passwords import COMMON_PASSWORDS_FILE, common_passwords

    assert COMMON_PASSWORDS_FILE.read_text().startswith("# Common passwords")
    assert "Source:" in COMMON_PASSWORDS_FILE.read_text().splitlines()[1]
    assert {"password12", "aaaaaaaaaa", "1q2w3e4r5t"} <= common_passwords()


def test_sign_up_does_not_tell_whether_an_email_has_an_account(app, client):
    """Signing up with a taken email answers exactly as with a new one; the old account is untouched."""
    assert _sign_up(app.test_client(), "ana@school.example", PASSWORD).status_code == 302
    attacker, newcomer = app.test_client(), app.test_client()
    taken = _sign_up(attacker, "ana@school.example", "an attacker's guess")
    fresh = _sign_up(newcomer, "ben@school.example", "tide tables and gulls")
    assert (taken.status_code, taken.headers["Location"]) == (fresh.status_code, fresh.headers["Location"])
    taken_page = attacker.get(taken.headers["Location"]).get_data(as_text=True)
    fresh_page = newcomer.get(fresh.headers["Location"]).get_data(as_text=True)

    def without_secrets(page: str, email: str) -> str:
        return page.replace(email, "EMAIL").replace(csrf_token_of(page), "TOKEN")

    assert without_secrets(taken_page, "ana@school.example") == without_secrets(fresh_page, "ben@school.example")
    assert "already an account" not in taken_page
    # the existing account keeps its password; the newcomer's account works
    assert _sign_in(app.test_client(), "ana@school.example", "an attacker's guess").status_code == 401
    assert _sign_in(app.test_client(), "ana@school.example", PASSWORD).status_code == 302
    assert _sign_in(app.test_client(), "ben@school.example", "tide tables and gulls").status_code == 302
    assert _accounts(app) == 2


def csrf_token_of(page: str) -> str:
    from student_helpers import hidden

    return hidden(page, "csrf_token")


def test_after_sign_up_signing_in_leads_to_a_new_lesson(app, client):
    """Sign-up sends the teacher to sign in with the email filled in, then to their first lesson."""
    r = _sign_up(client, "ana@school.example", PASSWORD, name="Ana")
    page = client.get(r.headers["Location"]).get_data(as_text=True)
    assert 'value="ana@school.example"' in page
    token = csrf_token_of(page)
    r = client.post(r.headers["Location"], data={"csrf_token": token, "email": "ana@school.example",
                                                 "password": PASSWORD})
    assert r.status_code == 302 and r.headers["Location"].endswith("/teach/lessons/new")


def test_create_teacher_refuses_a_common_password(app, runner):
    """`flask create-teacher` applies the same password rules."""
    result = runner.invoke(args=["create-teacher", "boss@school.example", "--password", "password12"])
    assert result.exit_code != 0 and "too common" in result.output
    assert _accounts(app) == 0
