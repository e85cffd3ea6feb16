"""Authorisation: a teacher reaches only their own lessons, classes and results; students no teacher page."""
from __future__ import annotations

import re

import pytest
from conftest import RIGHT_ANSWERS
from student_helpers import quiz_form_data
from teacher_helpers import csrf_token, join, own_lesson, post, question_ids, sign_in, sign_up

from classroom.extensions import db
from classroom.models import Assignment, Classroom, Event, Learner, Lesson, Question

GET_URLS = [
    "/teach/lessons/{lesson}",
    "/teach/lessons/{lesson}/events/new",
    "/teach/lessons/{lesson}/events/{event}",
    "/teach/lessons/{lesson}/questions/new",
    "/teach/lessons/{lesson}/questions/{question}",
    "/teach/lessons/{lesson}/export/gift",
    "/teach/lessons/{lesson}/export/qti",
    "/teach/classes/{classroom}",
    "/teach/assignments/{assignment}",
    "/teach/assignments/{assignment}/grades.csv",
    "/teach/assignments/{assignment}/learners/{learner}",
]
POSTS = [
    ("/teach/lessons/{lesson}/status", {"status": "draft"}),
    ("/teach/lessons/{lesson}/events/{event}", {"date": "2000-01-01", "precision": "day", "label": "Hacked",
                                                "sentence_id": "-1"}),
    ("/teach/lessons/{lesson}/events/new", {"date": "2000-01-01", "precision": "day", "label": "Hacked",
                                            "sentence_id": "-1"}),
    ("/teach/lessons/{lesson}/events/{event}/delete", {}),
    ("/teach/lessons/{lesson}/questions/{question}", {"type": "true_false", "prompt": "Hacked",
                                                      "answer": "True", "sentence_id": "-1"}),
    ("/teach/lessons/{lesson}/questions/new", {"type": "true_false", "prompt": "Hacked", "answer": "True",
                                               "sentence_id": "-1", "in_quiz": "y"}),
    ("/teach/lessons/{lesson}/questions/{question}/delete", {}),
    ("/teach/lessons/{lesson}/questions/{question}/move", {"steps": "1"}),
    ("/teach/classes/{classroom}", {"lesson_id": "{lesson}"}),
]


@pytest.fixture
def first_teacher(app):
    """Teacher A's published lesson, class, assignment and one student's attempt; returns the ids."""
    a = app.test_client()
    sign_up(a, "a@school.example", name="A")
    lesson = own_lesson(app, "a@school.example", status="published")
    r = post(a, "/teach/classes", {"name": "A's class"})
    classroom = int(re.search(r"(\d+)$", r.headers["Location"]).group(1))
    r = post(a, f"/teach/classes/{classroom}", {"lesson_id": str(lesson)})
    assignment = int(re.search(r"(\d+)$", r.headers["Location"]).group(1))
    with app.app_context():
        code = db.session.get(Classroom, classroom).join_code
        event = db.session.execute(db.select(Event.id).filter_by(lesson_id=lesson)).scalars().first()
    student = app.test_client()
    join(student, code, "Sam")
    ids = {k: str(v) for k, v in question_ids(app, lesson).items()}
    page = student.get(f"/lessons/bridge/quiz?assignment={assignment}").get_data(as_text=True)
    student.post("/lessons/bridge/quiz", data=quiz_form_data(page, RIGHT_ANSWERS, ids))
    with app.app_context():
        learner = db.session.execute(db.select(Learner.id)).scalar_one()
    return {"lesson": lesson, "classroom": classroom, "assignment": assignment, "event": event,
            "question": int(ids["q1"]), "learner": learner, "student": student, "code": code}


def snapshot(app) -> tuple:
    """Everything a forged request could change."""
    with app.app_context():
        return (
            [(x.status, x.title) for x in db.session.execute(db.select(Lesson)).scalars()],
            sorted((e.id, e.label, e.date) for e in db.session.execute(db.select(Event)).scalars()),
            sorted((q.id, q.prompt, q.archived, q.position, q.in_quiz)
                   for q in db.session.execute(db.select(Question)).scalars()),
            db.session.execute(db.select(db.func.count()).select_from(Assignment)).scalar_one(),
        )


def test_another_teacher_gets_not_found_for_every_url(app, first_teacher):
    """Teacher B opening any of teacher A's ids sees 404, as if they did not exist."""
    b = app.test_client()
    sign_up(b, "b@school.example", name="B")
    for url in GET_URLS:
        r = b.get(url.format(**first_teacher))
        assert r.status_code == 404, url
        assert "Harbour" not in r.get_data(as_text=True), url


def test_another_teacher_cannot_change_anything(app, first_teacher):
    """Forged POSTs by teacher B with A's ids are refused and change nothing."""
    b = app.test_client()
    sign_up(b, "b@school.example", name="B")
    before = snapshot(app)
    for url, data in POSTS:
        data = {k: v.format(**first_teacher) for k, v in data.items()}
        r = post(b, url.format(**first_teacher), data)
        assert r.status_code == 404, url
    assert snapshot(app) == before


def test_another_teacher_cannot_assign_someone_elses_lesson(app, first_teacher):
    """B's own class cannot be given A's lesson (only own or shared published lessons are choices)."""
    b = app.test_client()
    sign_up(b, "b@school.example", name="B")
    r = post(b, "/teach/classes", {"name": "B's class"})
    b_class = int(re.search(r"(\d+)$", r.headers["Location"]).group(1))
    assert "Harbour" not in b.get(f"/teach/classes/{b_class}").get_data(as_text=True)
    r = post(b, f"/teach/classes/{b_class}", {"lesson_id": str(first_teacher["lesson"])})
    assert r.status_code == 422
    with app.app_context():
        assert db.session.execute(db.select(db.func.count()).select_from(Assignment)).scalar_one() == 1


def test_teacher_lists_show_only_their_own(app, first_teacher):
    """B's dashboard and class list do not mention A's lessons or classes."""
    b = app.test_client()
    sign_up(b, "b@school.example", name="B")
    for url in ("/teach/", "/teach/classes"):
        page = b.get(url).get_data(as_text=True)
        assert "Harbour" not in page and "A&#39;s class" not in page and first_teacher["code"] not in page


@pytest.mark.parametrize("url", GET_URLS + ["/teach/", "/teach/lessons/new", "/teach/classes"])
def test_students_never_reach_teacher_pages(app, first_teacher, url):
    """A student (joined, with a learner cookie) is sent to the teacher sign-in for every teacher page."""
    r = first_teacher["student"].get(url.format(**first_teacher))
    assert r.status_code == 302 and "/signin" in r.headers["Location"]


def test_students_cannot_post_to_teacher_pages(app, first_teacher):
    """Forged POSTs from a student change nothing."""
    student = first_teacher["student"]
    before = snapshot(app)
    token = csrf_token(student, "/join")
    for url, data in POSTS:
        data = {k: v.format(**first_teacher) for k, v in data.items()}
        r = student.post(url.format(**first_teacher), data={"csrf_token": token, **data})
        assert r.status_code == 302 and "/signin" in r.headers["Location"], url
    assert snapshot(app) == before


def test_a_student_sees_only_their_own_class(app, client, first_teacher):
    """A student of another class does not see A's class or its assignments."""
    b = app.test_client()
    sign_up(b, "b@school.example", name="B")
    r = post(b, "/teach/classes", {"name": "B's class"})
    with app.app_context():
        code = db.session.get(Classroom, int(re.search(r"(\d+)$", r.headers["Location"]).group(1))).join_code
    other = app.test_client()
    join(other, code, "Olu")
    page = other.get("/my-class").get_data(as_text=True)
    assert "B&#39;s class" in page and "Harbour" not in page and "A&#39;s class" not in page


def test_signed_out_teacher_is_sent_to_sign_in(app, first_teacher):
    """After signing out, teacher URLs ask for sign-in again."""
    a = app.test_client()
    sign_in(a, "a@school.example")
    assert a.get(f"/teach/lessons/{first_teacher['lesson']}").status_code == 200
    post(a, "/signout")
    r = a.get(f"/teach/lessons/{first_teacher['lesson']}")
    assert r.status_code == 302 and "/signin" in r.headers["Location"]
