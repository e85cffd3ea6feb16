"""Launches from a real LTI 1.3 platform (lti1p3platform): instructor to the dashboard, learner to the quiz."""
from __future__ import annotations

import requests
from conftest import FAKE_SLUG
from lti_helpers import launch, lti_token, platform, tool_url  # noqa: F401  (fixtures)
from lti_platform import CLIENT_ID

from classroom.extensions import db
from classroom.lti.models import LtiContext, LtiLaunch, LtiUser
from classroom.models import Classroom, Learner, User



def test_instructor_lands_on_the_course_dashboard_and_the_course_becomes_a_class(app, lesson, platform, tool_url):
    """First instructor launch: a class named after the course, the lesson's results page, no sign-in."""
    placement = platform.add_placement({"lesson": FAKE_SLUG})
    page = launch(requests.Session(), platform.launch_start_url("teacher-7", "instructor", placement,
                                                                 name="Ms Ana Teacher"))
    assert page.status_code == 200, page.text[:400]
    assert page.url.endswith("/dashboard")
    assert "data-dashboard" in page.text and "The Harbour Bridge opens" in page.text
    assert "Year 9 English" in page.text
    with app.app_context():
        classroom = db.session.execute(db.select(Classroom)).scalar_one()
        assert classroom.name == "Year 9 English"
        assert classroom.teacher.name == "Ms Ana Teacher" and classroom.teacher.email.endswith("@lti.invalid")
        assert [a.lesson.slug for a in classroom.assignments] == [FAKE_SLUG]
    # A second launch in the same course finds the same class, assignment and teacher.
    launch(requests.Session(), platform.launch_start_url("teacher-7", "instructor", placement))
    with app.app_context():
        assert db.session.execute(db.select(db.func.count()).select_from(Classroom)).scalar() == 1
        assert db.session.execute(db.select(db.func.count()).select_from(User)).scalar() == 1
        assert db.session.execute(db.select(db.func.count()).select_from(LtiLaunch)).scalar() == 2


def test_learner_lands_on_the_quiz_known_by_platform_user_id(app, lesson, platform, tool_url):
    """A learner is identified by the platform's `sub`: no account, no join code, no resume code."""
    placement = platform.add_placement({"lesson": FAKE_SLUG})
    page = launch(requests.Session(), platform.launch_start_url("student-42", "learner", placement, name="Li Wei"))
    assert page.status_code == 200, page.text[:400]
    assert page.url.endswith("/quiz")
    assert "Submit my answers" in page.text and "csrf_token" not in page.text
    with app.app_context():
        lti_user = db.session.execute(db.select(LtiUser).filter_by(sub="student-42")).scalar_one()
        learner = lti_user.learner
        assert learner.display_name == "Li Wei" and learner.resume_code_hash is None
        assert learner.classroom.name == "Year 9 English"
        assert lti_user.user_id is None
    # The same platform user launching again is the same learner.
    launch(requests.Session(), platform.launch_start_url("student-42", "learner", placement))
    with app.app_context():
        assert db.session.execute(db.select(db.func.count()).select_from(Learner)).scalar() == 1
        assert db.session.execute(db.select(db.func.count()).select_from(LtiContext)).scalar() == 1


def test_launch_pages_are_frameable_and_need_their_token(app, lesson, platform, tool_url):
    """LTI pages may sit in the LMS iframe; a wrong or missing launch token gets a clear refusal."""
    placement = platform.add_placement({"lesson": FAKE_SLUG})
    page = launch(requests.Session(), platform.launch_start_url("student-1", "learner", placement))
    assert "frame-ancestors *" in page.headers["Content-Security-Policy"]
    assert "X-Frame-Options" not in page.headers
    forged = requests.get(page.url.replace(lti_token(page), "not-a-real-token"), timeout=10)
    assert forged.status_code == 403 and "This page has expired" in forged.text
    # A learner's token does not open the instructor's dashboard.
    other = requests.get(page.url.replace("/quiz", "/dashboard"), timeout=10)
    assert other.status_code == 403


def test_tool_jwks_is_a_flat_key_set_with_kids(app, tool_url):
    """{"keys": [...]}: a list of RSA public keys with kid, alg and use, and never a private part."""
    jwks = requests.get(f"{tool_url}/lti/jwks", timeout=10).json()
    assert isinstance(jwks["keys"], list) and len(jwks["keys"]) == 1
    key = jwks["keys"][0]
    assert key["kty"] == "RSA" and key["alg"] == "RS256" and key["use"] == "sig" and key["kid"]
    assert "d" not in key and "p" not in key


def test_configuration_json_and_page_list_every_url(app, tool_url):
    """What a platform admin pastes: login, launch, JWKS and deep-link URLs and the redirect URIs."""
    config = requests.get(f"{tool_url}/lti/config.json", timeout=10).json()
    assert config["oidc_initiation_url"] == f"{tool_url}/lti/login"
    assert config["target_link_uri"] == config["deep_link_url"] == f"{tool_url}/lti/launch"
    assert config["redirect_uris"] == [f"{tool_url}/lti/launch"]
    assert config["public_jwk_url"] == f"{tool_url}/lti/jwks"
    assert "https://purl.imsglobal.org/spec/lti-ags/scope/score" in config["scopes"]
    page = requests.get(f"{tool_url}/lti/config", timeout=10)
    assert page.status_code == 200 and f"{tool_url}/lti/jwks" in page.text and CLIENT_ID not in page.text
