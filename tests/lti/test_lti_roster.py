"""Names and Role Provisioning Services: the LMS course roster fills the Newsline class."""
from __future__ import annotations

import requests
from conftest import FAKE_SLUG
from lti_helpers import launch, platform, tool_url  # noqa: F401  (fixtures)

from classroom.extensions import db
from classroom.lti.models import LtiContext, LtiUser
from classroom.models import Classroom

LEARNER = "http://purl.imsglobal.org/vocab/lis/v2/membership#Learner"
INSTRUCTOR = "http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor"


def roster(app) -> list[str]:
    with app.app_context():
        classroom = db.session.execute(db.select(Classroom)).scalar_one()
        return sorted(l.display_name for l in classroom.learners)


def test_instructor_launch_fills_the_class_from_the_roster(app, lesson, platform, tool_url):
    """Active learners join the class by platform user id; instructors and inactive members do not."""
    platform.members = [
        {"user_id": "s-1", "name": "Ada Byron", "roles": [LEARNER], "status": "Active"},
        {"user_id": "s-2", "given_name": "Ben", "family_name": "Okri", "roles": [LEARNER]},
        {"user_id": "s-3", "name": "Gone Student", "roles": [LEARNER], "status": "Inactive"},
        {"user_id": "t-1", "name": "Ms Teacher", "roles": [INSTRUCTOR]},
    ]
    placement = platform.add_placement({"lesson": FAKE_SLUG})
    dashboard = launch(requests.Session(), platform.launch_start_url("t-1", "instructor", placement))
    assert roster(app) == ["Ada Byron", "Ben Okri"]
    assert "Ada Byron" in dashboard.text and "0 of 2 learner(s) finished" in dashboard.text
    # The roster's learner later launching is the same learner, not a second one.
    launch(requests.Session(), platform.launch_start_url("s-1", "learner", placement, name="Ada Byron"))
    assert roster(app) == ["Ada Byron", "Ben Okri"]
    with app.app_context():
        assert db.session.execute(db.select(LtiContext)).scalar_one().roster_synced is not None
        assert db.session.execute(db.select(db.func.count()).select_from(LtiUser)).scalar() == 3


def test_refresh_button_and_a_failing_roster_service(app, lesson, platform, tool_url):
    """A roster the LMS refuses leaves the dashboard working; the refresh button picks up newcomers."""
    placement = platform.add_placement({"lesson": FAKE_SLUG})
    platform.members = [{"user_id": "s-1", "name": "Ada Byron", "roles": [LEARNER]}]
    teacher = requests.Session()
    dashboard = launch(teacher, platform.launch_start_url("t-1", "instructor", placement))
    assert roster(app) == ["Ada Byron"]
    platform.members.append({"user_id": "s-9", "name": "Cy New", "roles": [LEARNER]})
    refreshed = teacher.post(dashboard.url.replace("/dashboard", "/roster"), timeout=20)
    assert "The roster is updated from the LMS." in refreshed.text
    assert roster(app) == ["Ada Byron", "Cy New"]
    platform.members.append({"name": "No id", "roles": [LEARNER]})    # the platform now answers 400
    failed = teacher.post(dashboard.url.replace("/dashboard", "/roster"), timeout=20)
    assert failed.status_code == 200 and "could not be read from the LMS" in failed.text
