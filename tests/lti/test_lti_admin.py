"""LTI admin: registrations by admins (pages) and by `flask lti-register`; tool key rotation with a grace period."""
from __future__ import annotations

import datetime as dt
import re

import requests
from conftest import FAKE_SLUG, RIGHT_ANSWERS
from lti_helpers import launch, platform, quiz_data, tool_url  # noqa: F401  (fixtures)

from classroom.extensions import db
from classroom.lti.models import LtiPlatform, LtiToolKey
from classroom.models import utcnow

PASSWORD = "correct horse battery"
REGISTRATION = {"name": "Canvas", "issuer": "https://canvas.instructure.com", "client_id": "10000000000001",
                "deployment_ids": "1:abc\n2:def", "auth_login_url": "https://sso.canvaslms.com/api/lti/authorize_redirect",
                "auth_token_url": "https://sso.canvaslms.com/login/oauth2/token",
                "key_set_url": "https://sso.canvaslms.com/api/lti/security/jwks", "auth_audience": ""}


def signed_in(app, client, role: str):
    from classroom.auth import create_user

    with app.app_context():
        create_user(f"{role}@school.test", PASSWORD, name=role.title(), role=role)
        db.session.commit()
    token = re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', client.get("/signin").get_data(as_text=True))
    signed = client.post("/signin", data={"csrf_token": token.group(1), "email": f"{role}@school.test",
                                          "password": PASSWORD})
    assert signed.status_code == 302
    # The CSRF token changes at sign-in: read the new one from a signed-in page's form.
    page = client.get("/teach/").get_data(as_text=True)
    return re.search(r'name="csrf_token" (?:type="hidden" )?value="([^"]+)"', page).group(1)


def test_only_admins_manage_registrations(app, client):
    """Anonymous: sent to sign in; a teacher: 403; nothing listed or changed."""
    assert client.get("/admin/lti/").status_code == 302
    csrf = signed_in(app, client, "teacher")
    assert client.get("/admin/lti/").status_code == 403
    assert client.post("/admin/lti/new", data={**REGISTRATION, "csrf_token": csrf}).status_code == 403
    assert client.post("/admin/lti/keys/rotate", data={"csrf_token": csrf}).status_code == 403
    with app.app_context():
        assert db.session.execute(db.select(LtiPlatform)).first() is None


def test_admin_registers_edits_and_deletes_a_platform(app, client):
    """The form stores issuer, client id, deployments and URLs; a duplicate is refused with a message."""
    csrf = signed_in(app, client, "admin")
    assert client.post("/admin/lti/new", data={**REGISTRATION, "csrf_token": csrf}).status_code == 302
    with app.app_context():
        row = db.session.execute(db.select(LtiPlatform)).scalar_one()
        assert (row.issuer, row.client_id, row.deployment_ids) == (REGISTRATION["issuer"], "10000000000001",
                                                                   ["1:abc", "2:def"])
        assert row.auth_audience is None
        platform_id = row.id
    again = client.post("/admin/lti/new", data={**REGISTRATION, "csrf_token": csrf})
    assert again.status_code == 422 and "already a registration" in again.get_data(as_text=True)
    no_csrf = client.post(f"/admin/lti/{platform_id}", data={**REGISTRATION, "name": "Changed"})
    assert no_csrf.status_code in (400, 422)
    client.post(f"/admin/lti/{platform_id}", data={**REGISTRATION, "name": "Canvas (district)", "csrf_token": csrf})
    page = client.get("/admin/lti/").get_data(as_text=True)
    assert "Canvas (district)" in page and "1:abc, 2:def" in page
    assert client.post(f"/admin/lti/{platform_id}/delete", data={"csrf_token": csrf}).status_code == 302
    for _ in range(2):
        assert client.post("/admin/lti/keys/rotate", data={"csrf_token": csrf}).status_code == 302
    with app.app_context():
        assert db.session.execute(db.select(LtiPlatform)).first() is None
        keys = db.session.execute(db.select(LtiToolKey).order_by(LtiToolKey.id)).scalars().all()
        assert [k.retired is None for k in keys] == [False, True]    # the first key, retired by the second rotation


def test_cli_registers_a_platform_and_refuses_a_duplicate(app, runner):
    args = ["lti-register", "--name", "Moodle", "--issuer", "https://moodle.school.test", "--client-id", "abc123",
            "--deployment-id", "1", "--auth-login-url", "https://moodle.school.test/mod/lti/auth.php",
            "--auth-token-url", "https://moodle.school.test/mod/lti/token.php",
            "--key-set-url", "https://moodle.school.test/mod/lti/certs.php"]
    out = runner.invoke(args=args)
    assert out.exit_code == 0 and "Registered Moodle" in out.output, out.output
    dup = runner.invoke(args=args)
    assert dup.exit_code != 0 and "already registered" in dup.output
    out = runner.invoke(args=[*args, "--deployment-id", "2", "--update"])
    assert out.exit_code == 0 and "deployments 1, 2" in out.output
    with app.app_context():
        assert db.session.execute(db.select(LtiPlatform.deployment_ids)).scalar_one() == ["1", "2"]
        assert db.session.execute(db.select(LtiToolKey)).scalar_one().retired is None


def test_key_rotation_publishes_ahead_and_keeps_the_old_key_for_the_grace_period(
        app, lesson, quiz_ids, platform, tool_url, runner):
    """A new key is in the JWKS before it signs; once it signs the platform verifies it (a grade post);
    the old kid stays published for the grace period, then goes."""
    from classroom.lti import keys

    old = requests.get(f"{tool_url}/lti/jwks", timeout=10).json()["keys"][0]["kid"]
    assert runner.invoke(args=["lti-rotate-key"]).exit_code == 0
    kids = [k["kid"] for k in requests.get(f"{tool_url}/lti/jwks", timeout=10).json()["keys"]]
    assert len(kids) == 2 and kids[1] == old and kids[0] != old
    with app.app_context():
        assert keys.current_key().kid == old           # published ahead: not signing yet
        db.session.execute(db.update(LtiToolKey).filter_by(kid=old).values(retired=utcnow()))  # an hour passes
        db.session.commit()
        assert keys.current_key().kid == kids[0]
    placement = platform.add_placement({"lesson": FAKE_SLUG})
    session = requests.Session()
    quiz = launch(session, platform.launch_start_url("student-1", "learner", placement))
    session.post(quiz.url, data=quiz_data(quiz.text, RIGHT_ANSWERS, quiz_ids), timeout=30)
    assert [s["scoreGiven"] for s in platform.scores[placement.lineitem_id]] == [6]
    assert platform.assertion_kids == [kids[0]]       # the service token was asked for with the new key
    assert [k["kid"] for k in requests.get(f"{tool_url}/lti/jwks", timeout=10).json()["keys"]] == kids
    with app.app_context():
        db.session.execute(db.update(LtiToolKey).filter_by(kid=old).values(retired=utcnow() - dt.timedelta(days=8)))
        db.session.commit()
    assert [k["kid"] for k in requests.get(f"{tool_url}/lti/jwks", timeout=10).json()["keys"]] == [kids[0]]
