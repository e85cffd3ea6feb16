"""Launches that must be refused, each with a clear page and nothing stored."""
from __future__ import annotations

import pytest
import requests
from conftest import FAKE_SLUG
from lti_helpers import launch, launch_form, platform, post_launch, tool_url  # noqa: F401  (fixtures)

from classroom.extensions import db
from classroom.lti.models import LtiContext, LtiLaunch, LtiResourceLink, LtiUser
from classroom.models import Assignment, Classroom, Learner, User

STORED = (LtiLaunch, LtiUser, LtiContext, LtiResourceLink, Classroom, Learner, User, Assignment)


def counts(app) -> dict[str, int]:
    with app.app_context():
        return {m.__name__: db.session.execute(db.select(db.func.count()).select_from(m)).scalar() for m in STORED}


@pytest.mark.parametrize("tweak, status, says", [
    ("forge", 403, "This launch could not be verified"),
    ("audience", 403, "This launch was not meant for Newsline"),
    ("expired", 403, "This launch has expired"),
    ("deployment", 403, "This LMS deployment is not registered"),
])
def test_faulty_launch_is_refused_and_nothing_is_stored(app, lesson, platform, tool_url, tweak, status, says):
    """Forged signature, wrong audience, expired token, unknown deployment: a refusal page, no rows."""
    placement = platform.add_placement({"lesson": FAKE_SLUG})
    before = counts(app)
    page = launch(requests.Session(), platform.launch_start_url("student-9", "learner", placement, tweaks=[tweak]))
    assert page.status_code == status
    assert says in page.text and "Nothing was recorded" in page.text
    assert "Traceback" not in page.text
    assert counts(app) == before


def test_replayed_launch_is_refused(app, lesson, platform, tool_url):
    """The same id_token and state posted again (with or without the first browser's cookies) fail."""
    placement = platform.add_placement({"lesson": FAKE_SLUG})
    browser = requests.Session()
    form = launch_form(browser, platform.launch_start_url("student-9", "learner", placement))
    assert post_launch(browser, form).status_code == 200
    after_first = counts(app)
    for session in (browser, requests.Session()):      # same browser, and a cookieless one
        again = post_launch(session, form)
        assert again.status_code == 400 and "This launch was already used" in again.text
    assert counts(app) == after_first


def test_nonce_must_belong_to_its_login(app, lesson, platform, tool_url):
    """A valid id_token from one login posted with another login's state is refused (nonce bound to state)."""
    placement = platform.add_placement({"lesson": FAKE_SLUG})
    first = launch_form(requests.Session(), platform.launch_start_url("student-9", "learner", placement))
    second = launch_form(requests.Session(), platform.launch_start_url("student-9", "learner", placement))
    before = counts(app)
    crossed = post_launch(requests.Session(), {**second, "id_token": first["id_token"]})
    assert crossed.status_code == 400 and "nonce does not belong" in crossed.text
    assert counts(app) == before
    # The refused post did not use up the second login: its own token still launches once.
    assert post_launch(requests.Session(), second).status_code == 200


def test_launch_without_a_login_is_refused(app, lesson, platform, tool_url):
    """An id_token posted with a state Newsline never issued is refused."""
    placement = platform.add_placement({"lesson": FAKE_SLUG})
    form = launch_form(requests.Session(), platform.launch_start_url("student-9", "learner", placement))
    before = counts(app)
    page = post_launch(requests.Session(), {**form, "state": "state-made-up"})
    assert page.status_code == 400 and "unknown state" in page.text
    assert counts(app) == before


def test_login_from_an_unregistered_platform_is_refused(app, tool_url):
    """OIDC login initiation from an issuer nobody registered: a clear page, not a traceback."""
    page = requests.get(f"{tool_url}/lti/login", params={"iss": "https://lms.example", "login_hint": "u1",
                                                          "target_link_uri": f"{tool_url}/lti/launch"}, timeout=10)
    assert page.status_code == 400 and "not registered with Newsline" in page.text


def test_unreachable_platform_keys_give_a_clear_page(app, lesson, platform, tool_url):
    """The LMS's JWKS URL does not answer: a 502 page saying so, not a traceback, nothing stored."""
    from classroom.lti.models import LtiPlatform

    with app.app_context():
        db.session.execute(db.update(LtiPlatform).values(key_set_url="http://127.0.0.1:9/jwks"))
        db.session.commit()
    placement = platform.add_placement({"lesson": FAKE_SLUG})
    before = counts(app)
    page = launch(requests.Session(), platform.launch_start_url("student-9", "learner", placement))
    assert page.status_code == 502 and "could not fetch the LMS" in page.text
    assert counts(app) == before
