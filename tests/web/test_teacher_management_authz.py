"""Every route added for teachers' management, corrections and exports: another teacher's ids, a
student's session and a guest are all refused and change nothing; every form needs its CSRF token."""
from __future__ import annotations

import pytest
from teacher_helpers import csrf_token, post, sign_up
from test_authz import first_teacher  # noqa: F401  (a fixture: teacher A's lesson, class, student)

from classroom.extensions import db
from classroom.models import Assignment, Attempt, Classroom, Event, Learner, Lesson, Question, Response

NEW_GET_URLS = [
    "/teach/lessons/{question_lesson}/questions/{question}/regrade",
    "/teach/classes/{classroom}/show",
    "/teach/classes/{classroom}/students/{learner}",
    "/teach/assignments/{assignment}/edit",
    "/teach/assignments/{assignment}/responses.csv",
    "/teach/assignments/{assignment}/items.csv",
    "/teach/assignments/{assignment}/results.xlsx",
]
NEW_POSTS = [
    ("/teach/lessons/{lesson}/questions/{question}/regrade", {}),
    ("/teach/lessons/{lesson}/questions/{question}/checked", {}),
    ("/teach/lessons/{lesson}/questions/{question}/undo", {"in_quiz": "1"}),
    ("/teach/lessons/{lesson}/archive", {}),
    ("/teach/lessons/{lesson}/restore", {}),
    ("/teach/lessons/{lesson}/delete", {"confirm": "yes"}),
    ("/teach/lessons/{lesson}/duplicate", {}),
    ("/teach/lessons/{lesson}/status", {"status": "draft", "confirm": "yes"}),
    ("/teach/classes/{classroom}/join-code", {"confirm": "yes"}),
    ("/teach/classes/{classroom}/students/{learner}", {"display_name": "Hacked"}),
    ("/teach/classes/{classroom}/students/{learner}", {"other_id": "{learner}", "confirm": "yes"}),
    ("/teach/classes/{classroom}/students/{learner}/remove", {"confirm": "yes"}),
    ("/teach/assignments/{assignment}/edit", {"due_date": "2001-01-01"}),
    ("/teach/assignments/{assignment}/delete", {"confirm": "yes"}),
]


def state(app) -> tuple:
    """Everything one of the new routes could change."""
    with app.app_context():
        return (
            sorted((x.id, x.status, x.title) for x in db.session.execute(db.select(Lesson)).scalars()),
            sorted((e.id, e.label) for e in db.session.execute(db.select(Event)).scalars()),
            sorted((q.id, q.archived, q.in_quiz, q.review_note or "")
                   for q in db.session.execute(db.select(Question)).scalars()),
            sorted((c.id, c.join_code) for c in db.session.execute(db.select(Classroom)).scalars()),
            sorted((l.id, l.display_name, l.classroom_id) for l in db.session.execute(db.select(Learner)).scalars()),
            sorted((a.id, a.due_at) for a in db.session.execute(db.select(Assignment)).scalars()),
            sorted((a.id, a.learner_id, a.score) for a in db.session.execute(db.select(Attempt)).scalars()),
            sorted((r.id, r.correct) for r in db.session.execute(db.select(Response)).scalars()),
        )


def ids(first_teacher) -> dict:
    return dict(first_teacher, question_lesson=first_teacher["lesson"])


def test_another_teacher_gets_not_found_on_every_new_page(app, first_teacher):
    b = app.test_client()
    sign_up(b, "b@school.example", name="B")
    for url in NEW_GET_URLS:
        r = b.get(url.format(**ids(first_teacher)))
        assert r.status_code == 404, url
        assert "Harbour" not in r.get_data(as_text=True) and "Sam" not in r.get_data(as_text=True), url
    page = b.get("/teach/lessons?status=archived").get_data(as_text=True)
    assert "Harbour" not in page


def test_another_teacher_cannot_use_any_new_action(app, first_teacher):
    b = app.test_client()
    sign_up(b, "b@school.example", name="B")
    before = state(app)
    for url, data in NEW_POSTS:
        data = {k: v.format(**ids(first_teacher)) for k, v in data.items()}
        r = post(b, url.format(**ids(first_teacher)), data)
        assert r.status_code == 404, url
    assert state(app) == before


@pytest.mark.parametrize("who", ["student", "guest"])
def test_students_and_guests_are_sent_to_sign_in(app, first_teacher, who):
    client = first_teacher["student"] if who == "student" else app.test_client()
    before = state(app)
    for url in NEW_GET_URLS + ["/teach/lessons"]:
        r = client.get(url.format(**ids(first_teacher)))
        assert r.status_code == 302 and "/signin" in r.headers["Location"], url
    token = csrf_token(client, "/join")
    for url, data in NEW_POSTS:
        data = {k: v.format(**ids(first_teacher)) for k, v in data.items()}
        r = client.post(url.format(**ids(first_teacher)), data={"csrf_token": token, **data})
        assert r.status_code == 302 and "/signin" in r.headers["Location"], url
    assert state(app) == before


def test_every_new_form_needs_its_csrf_token(app, first_teacher):
    """The owner's own POSTs without the token are refused (400) and change nothing."""
    from teacher_helpers import sign_in

    a = app.test_client()
    sign_in(a, "a@school.example")
    before = state(app)
    for url, data in NEW_POSTS:
        data = {k: v.format(**ids(first_teacher)) for k, v in data.items()}
        r = a.post(url.format(**ids(first_teacher)), data=data)
        assert r.status_code == 400, url
    assert state(app) == before


def test_every_new_page_renders_its_forms_with_a_token(app, first_teacher):
    """Each page with a form carries the CSRF token (so the checks above do not lock out the owner)."""
    from teacher_helpers import sign_in

    a = app.test_client()
    sign_in(a, "a@school.example")
    for url in ["/teach/lessons", "/teach/lessons/{lesson}", "/teach/classes/{classroom}",
                "/teach/classes/{classroom}/students/{learner}", "/teach/assignments/{assignment}/edit",
                "/teach/lessons/{lesson}/questions/{question}/regrade"]:
        page = a.get(url.format(**ids(first_teacher))).get_data(as_text=True)
        forms = page.count("<form method=\"post\"")
        assert forms and page.count('name="csrf_token"') >= forms, url
