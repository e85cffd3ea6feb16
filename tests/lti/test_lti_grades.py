"""Grades back to the LMS (AGS): the score reaches the platform's line item once per attempt, retried when down."""
from __future__ import annotations

import requests
from conftest import FAKE_SLUG, RIGHT_ANSWERS
from lti_helpers import launch, platform, quiz_data, tool_url  # noqa: F401  (fixtures)

from classroom.extensions import db
from classroom.lti.models import LtiGradePost
from classroom.models import utcnow


def take_quiz(session: requests.Session, quiz_page: requests.Response, quiz_ids, answers) -> requests.Response:
    data = quiz_data(quiz_page.text, answers, quiz_ids)
    result = session.post(quiz_page.url, data=data, timeout=30)
    assert result.status_code == 200, result.text[:400]
    return result


def test_score_reaches_the_line_item_once(app, lesson, quiz_ids, platform, tool_url, runner):
    """Score given, maximum, progress and timestamp at the platform; a re-sent form posts nothing new."""
    placement = platform.add_placement({"lesson": FAKE_SLUG})
    session = requests.Session()
    quiz = launch(session, platform.launch_start_url("student-42", "learner", placement))
    result = take_quiz(session, quiz, quiz_ids, RIGHT_ANSWERS)
    assert "You scored 6 out of 6" in result.text and "has been sent to your course" in result.text
    scores = platform.scores[placement.lineitem_id]
    assert len(scores) == 1
    score = scores[0]
    assert score["userId"] == "student-42"
    assert (score["scoreGiven"], score["scoreMaximum"]) == (6, 6)
    assert score["activityProgress"] == "Completed" and score["gradingProgress"] == "FullyGraded"
    assert score["timestamp"].startswith(str(utcnow().year))
    # The same form sent again (double click, retried request): same result, no second post.
    again = session.post(quiz.url, data=quiz_data(quiz.text, RIGHT_ANSWERS, quiz_ids), timeout=30)
    assert again.url == result.url
    out = runner.invoke(args=["lti-post-grades"])
    assert out.exit_code == 0 and "0 grade(s) sent" in out.output
    assert len(platform.scores[placement.lineitem_id]) == 1
    with app.app_context():
        post = db.session.execute(db.select(LtiGradePost)).scalar_one()
        assert post.status == "sent" and post.tries == 1


def test_grade_is_retried_when_the_platform_was_down(app, lesson, quiz_ids, platform, tool_url, runner):
    """The LMS answers 503: the learner is told, the post waits, and the retry sends it exactly once."""
    placement = platform.add_placement({"lesson": FAKE_SLUG})
    session = requests.Session()
    quiz = launch(session, platform.launch_start_url("student-42", "learner", placement))
    platform.ags_down = True
    result = take_quiz(session, quiz, quiz_ids, RIGHT_ANSWERS)
    assert "could not be reached just now" in result.text
    assert platform.scores[placement.lineitem_id] == []
    with app.app_context():
        post = db.session.execute(db.select(LtiGradePost)).scalar_one()
        assert post.status == "pending" and post.tries == 1 and "503" in post.last_error
        assert post.next_try > utcnow()          # backs off rather than hammering the LMS
    out = runner.invoke(args=["lti-post-grades"])
    assert "0 grade(s) sent" in out.output     # not due yet
    platform.ags_down = False
    with app.app_context():
        post = db.session.execute(db.select(LtiGradePost)).scalar_one()
        post.next_try = utcnow()
        db.session.commit()
    out = runner.invoke(args=["lti-post-grades"])
    assert out.exit_code == 0 and "1 grade(s) sent" in out.output
    out = runner.invoke(args=["lti-post-grades"])
    assert "0 grade(s) sent" in out.output
    assert [s["scoreGiven"] for s in platform.scores[placement.lineitem_id]] == [6]


def test_best_or_latest_score_per_teacher_setting(app, lesson, quiz_ids, platform, tool_url):
    """'best' (the default) sends the best attempt's score; 'latest' sends the attempt's own."""
    placement = platform.add_placement({"lesson": FAKE_SLUG})
    learner = requests.Session()
    start = platform.launch_start_url("student-42", "learner", placement)
    take_quiz(learner, launch(learner, start), quiz_ids, RIGHT_ANSWERS)
    half = {**RIGHT_ANSWERS, "q4": "Pedro Sanz", "q5": "May 2024", "q6": list(reversed(RIGHT_ANSWERS["q6"]))}
    take_quiz(learner, launch(learner, start), quiz_ids, half)
    teacher = requests.Session()
    dashboard = launch(teacher, platform.launch_start_url("teacher-1", "instructor", placement))
    assert teacher.post(dashboard.url.replace("/dashboard", "/policy"), data={"grade_policy": "latest"},
                        timeout=10).status_code == 200
    take_quiz(learner, launch(learner, start), quiz_ids, half)
    assert [s["scoreGiven"] for s in platform.scores[placement.lineitem_id]] == [6, 6, 3]


def test_line_item_is_made_when_the_launch_names_none(app, lesson, quiz_ids, platform, tool_url):
    """A link without a line item: the tool creates one (lineitem scope) and posts the score to it."""
    placement = platform.add_placement({"lesson": FAKE_SLUG}, with_lineitem=False)
    session = requests.Session()
    take_quiz(session, launch(session, platform.launch_start_url("student-5", "learner", placement)),
              quiz_ids, RIGHT_ANSWERS)
    made = [i for i in platform.lineitems.values() if i.get("resourceLinkId") == placement.resource_link_id]
    assert len(made) == 1 and made[0]["scoreMaximum"] == 6 and made[0]["label"] == "The Harbour Bridge opens"
    assert [s["scoreGiven"] for s in platform.scores[made[0]["id"]]] == [6]


def test_attempts_outside_an_lms_post_nothing(app, lesson, quiz_ids, client, platform, tool_url):
    """A guest taking the quiz on Newsline itself: no grade post row, no call to any LMS."""
    import re

    from classroom.models import Attempt

    page = client.get(f"/lessons/{FAKE_SLUG}/quiz").get_data(as_text=True)
    data = quiz_data(page, RIGHT_ANSWERS, quiz_ids)
    data["csrf_token"] = re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', page).group(1)
    assert client.post(f"/lessons/{FAKE_SLUG}/quiz", data=data).status_code == 302
    with app.app_context():
        assert db.session.execute(db.select(Attempt)).scalar_one().score == 6
        assert db.session.execute(db.select(db.func.count()).select_from(LtiGradePost)).scalar() == 0
    assert platform.token_requests == 0


def test_older_waiting_grade_is_not_sent_over_a_newer_one(app, lesson, quiz_ids, platform, tool_url, runner):
    """Attempt 1 waits (LMS down), attempt 2 is sent: the retry of 1 is dropped, the gradebook keeps 2's."""
    platform.add_placement({"lesson": FAKE_SLUG})
    placement = list(platform.placements.values())[-1]
    session = requests.Session()
    start = platform.launch_start_url("student-42", "learner", placement)
    platform.ags_down = True
    half = {**RIGHT_ANSWERS, "q4": "Pedro Sanz", "q5": "May 2024", "q6": list(reversed(RIGHT_ANSWERS["q6"]))}
    take_quiz(session, launch(session, start), quiz_ids, half)
    platform.ags_down = False
    take_quiz(session, launch(session, start), quiz_ids, RIGHT_ANSWERS)
    with app.app_context():
        db.session.execute(db.update(LtiGradePost).values(next_try=utcnow()))
        db.session.commit()
    out = runner.invoke(args=["lti-post-grades"])
    assert out.exit_code == 0 and "0 grade(s) sent" in out.output
    assert [s["scoreGiven"] for s in platform.scores[placement.lineitem_id]] == [6]
    with app.app_context():
        statuses = db.session.execute(db.select(LtiGradePost.status).order_by(LtiGradePost.id)).scalars().all()
        assert statuses == ["superseded", "sent"]
