"""Deep linking: an instructor picks a published lesson in the LMS; it is placed as a link with a line item."""
from __future__ import annotations

import html
import re

import requests
from conftest import FAKE_SLUG, RIGHT_ANSWERS
from lti_helpers import launch, platform, quiz_data, tool_url  # noqa: F401  (fixtures)

from classroom.extensions import db
from classroom.models import Lesson


def pick(session: requests.Session, page: requests.Response, lesson_id: int) -> requests.Response:
    return session.post(page.url, data={"lesson_id": str(lesson_id)}, timeout=20)


def send_back(session: requests.Session, response_page: requests.Response) -> requests.Response:
    """What the auto-submitting form does in a browser: post the signed JWT to the LMS."""
    action = html.unescape(re.search(r'<form method="post" action="([^"]+)"', response_page.text).group(1))
    jwt_value = re.search(r'name="JWT" value="([^"]+)"', response_page.text).group(1)
    return session.post(action, data={"JWT": jwt_value}, timeout=20)


def lesson_id(app, slug: str) -> int:
    with app.app_context():
        return db.session.execute(db.select(Lesson.id).filter_by(slug=slug)).scalar_one()


def test_instructor_places_a_lesson_with_a_line_item(app, lesson, quiz_ids, platform, tool_url):
    """Pick → signed response verified by the platform with the tool's JWKS → link + line item → grades flow."""
    teacher = requests.Session()
    page = launch(teacher, platform.launch_start_url("teacher-1", "instructor", deep_link=True))
    assert page.status_code == 200 and page.url.endswith("/deep-link")
    assert "The Harbour Bridge opens" in page.text and "(6 questions)" in page.text
    response_page = pick(teacher, page, lesson_id(app, FAKE_SLUG))
    assert response_page.status_code == 200
    assert f"form-action 'self' {platform.url}" in response_page.headers["Content-Security-Policy"]
    placed = send_back(teacher, response_page)
    assert placed.status_code == 200 and "Placed 1 item(s)" in placed.text, placed.text[:300]
    item = platform.deep_link_items[0]
    assert item["type"] == "ltiResourceLink" and item["url"] == f"{tool_url}/lti/launch"
    assert item["title"] == "The Harbour Bridge opens" and item["custom"] == {"lesson": FAKE_SLUG}
    assert item["lineItem"]["scoreMaximum"] == 6 and item["lineItem"]["resourceId"] == FAKE_SLUG
    placement = list(platform.placements.values())[-1]
    # The placed link works for a learner, and the score reaches its line item.
    learner = requests.Session()
    quiz = launch(learner, platform.launch_start_url("student-3", "learner", placement))
    assert quiz.url.endswith("/quiz") and "The Harbour Bridge opens" in quiz.text
    learner.post(quiz.url, data=quiz_data(quiz.text, RIGHT_ANSWERS, quiz_ids), timeout=30)
    assert [s["scoreGiven"] for s in platform.scores[placement.lineitem_id]] == [6]


def test_only_published_lessons_can_be_picked(app, lesson, platform, tool_url):
    """A draft lesson is neither listed nor accepted when its id is posted."""
    from classroom.lessons import create_lesson
    from conftest import fake_lesson

    with app.app_context():
        create_lesson(fake_lesson(), slug="draft-one", status="draft")
        db.session.commit()
    teacher = requests.Session()
    page = launch(teacher, platform.launch_start_url("teacher-1", "instructor", deep_link=True))
    assert page.text.count('name="lesson_id"') == 1
    assert pick(teacher, page, lesson_id(app, "draft-one")).status_code == 404
    assert platform.deep_link_items == []


def test_learners_cannot_add_content(app, lesson, platform, tool_url):
    """A deep-linking launch by a learner is refused with a clear page."""
    page = launch(requests.Session(), platform.launch_start_url("student-3", "learner", deep_link=True))
    assert page.status_code == 403 and "Only teachers can add content" in page.text


def test_instructor_can_write_a_new_lesson_and_then_pick_it(app, lesson, platform, tool_url):
    """The picker opens Newsline's new-lesson page signed in as the instructor; once published, it is listed."""
    from classroom.lessons import create_lesson
    from classroom.lti.models import LtiUser
    from conftest import fake_lesson

    teacher = requests.Session()
    picker = launch(teacher, platform.launch_start_url("teacher-1", "instructor", deep_link=True))
    new_tab = requests.Session()             # a first-party tab: its own cookies
    page = new_tab.post(picker.url.replace("/deep-link", "/write-lesson"), timeout=20)
    assert page.status_code == 200 and page.url.endswith("/teach/lessons/new"), page.url
    with app.app_context():
        owner = db.session.execute(db.select(LtiUser).filter_by(sub="teacher-1")).scalar_one().user
        create_lesson(fake_lesson(), slug="my-own", status="published").owner_id = owner.id
        db.session.commit()
    assert teacher.get(picker.url, timeout=20).text.count('name="lesson_id"') == 2
    # Someone without the launch token gets no account.
    assert requests.post(picker.url.replace(picker.url.split("/")[-2], "nope").replace("/deep-link", "/write-lesson"),
                         timeout=20).status_code == 403
