"""Helpers for teacher tests: accounts, a teacher's own copy of the small lesson, CSRF-carrying posts."""
from __future__ import annotations

from conftest import fake_lesson
from student_helpers import hidden

from classroom.extensions import db

PASSWORD = "correct horse battery"


def csrf_token(client, url: str = "/signin") -> str:
    """The session's CSRF token, read from a page with a form (one token serves every form)."""
    return hidden(client.get(url).get_data(as_text=True), "csrf_token")


def post(client, url: str, data: dict | None = None, *, token_from: str = "/teach/", **kwargs):
    """POST with the session's CSRF token, as the browser form would send it."""
    return client.post(url, data={"csrf_token": csrf_token(client, token_from), **(data or {})}, **kwargs)


def sign_up(client, email: str, *, name: str = "Teacher", password: str = PASSWORD):
    """Sign up, then sign in where sign-up leads (sign-up alone never signs in: it must not tell
    whether the email had an account). Returns the sign-in response, or sign-up's if it was refused."""
    r = client.post("/signup", data={"csrf_token": csrf_token(client, "/signup"), "name": name,
                                     "email": email, "password": password, "confirm": password})
    if r.status_code != 302:
        return r
    return client.post(r.headers["Location"], data={"csrf_token": csrf_token(client, "/signin"),
                                                     "email": email, "password": password})


def sign_in(client, email: str, password: str = PASSWORD):
    return client.post("/signin", data={"csrf_token": csrf_token(client, "/signin"), "email": email,
                                        "password": password})


def user_id(app, email: str) -> int:
    from classroom.models import User

    with app.app_context():
        return db.session.execute(db.select(User.id).filter_by(email=email)).scalar_one()


def own_lesson(app, email: str, *, slug: str = "bridge", status: str = "draft") -> int:
    """The small invented lesson as `email`'s own row (no language model needed); returns its id."""
    from classroom.lessons import create_lesson

    owner = user_id(app, email)
    with app.app_context():
        lesson = create_lesson(fake_lesson(), slug=slug, status=status, owner_id=owner)
        db.session.commit()
        return lesson.id


def question_ids(app, lesson_id: int) -> dict[str, int]:
    """quizgen key -> database id of the lesson's live questions."""
    from classroom.models import Lesson

    with app.app_context():
        return {q.key: q.id for q in db.session.get(Lesson, lesson_id).live_questions}


def join(client, code: str, name: str):
    return client.post("/join", data={"csrf_token": csrf_token(client, "/join"), "code": code,
                                      "display_name": name})
