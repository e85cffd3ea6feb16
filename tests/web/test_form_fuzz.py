"""Every form's parser under hostile text (NUL and other controls, RTL marks, zero-width and astral
characters, very long strings, markup): never a 500, a form error or a clean 4xx for what is refused,
nothing stored half-way, and what is stored is shown escaped.

The forms (WTForms classes, and the raw fields their views read):
- accounts: SignUpForm (/signup), SignInForm (/signin)                          -> tests here
- students: JoinForm (/join), ResumeForm (/resume)                              -> tests here
- teacher:  NewLessonsForm (/teach/lessons/new), EventForm, QuestionForm, PositionForm, ClassroomForm,
            AssignmentForm (+ raw `tz`), DueDateForm (+ raw `tz`), LearnerNameForm, MergeLearnerForm,
            ActionForm (+ raw `status`)                                          -> tests here
- API keys: NewKeyForm (/account/api-keys); RevokeKeyForm is the CSRF token only -> tests here
- the quiz: QuizForm / OrderForm                  -> test_hostile_input.py::test_quiz_form_parser_...
- LTI admin: PlatformForm (/admin/lti/new)        -> tests here

FORM_FUZZ_EXAMPLES sets the examples per form and database: 10 by default, a repeatable run (CI);
`make fuzz` sets 200, with fresh random inputs each run.
"""
from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from markupsafe import escape
from teacher_helpers import PASSWORD, csrf_token, own_lesson, sign_up, user_id

import quizgen
from classroom.extensions import db
from classroom.models import (ApiKey, Assignment, Classroom, Event, GenerationJob, Learner, Lesson, Question,
                              User)

EXAMPLES = int(os.environ.get("FORM_FUZZ_EXAMPLES", "10"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None, derandomize="FORM_FUZZ_EXAMPLES" not in os.environ,
                suppress_health_check=list(HealthCheck))

# Pieces no form expects: controls, bidi overrides, zero-width and byte-order marks, astral characters,
# markup, template syntax, escapes. NUL is left to each test's @example (and the tests at the end):
# every form refuses it before its own parser runs, so random NULs would only hide the parsers.
NASTY = ["\x01", "\x1b[31m", "\x7f", "\x85", "\r\n", "\t", "\u202e", "\u2066", "\u200b", "\u200d",
         "\ufeff", "\u2028", "𝔘𝔫𝔦", "😀", "👩🏽‍🏫", "<script>alert(1)</script>", '"><img src=x onerror=alert(2)>',
         "{{ 7*7 }}", "{% raw %}", "&amp;", "' OR 1=1 --", "\\", "%00", "javascript:alert(3)", " "]
ANY_BUT_NUL = st.text(st.characters(codec="utf-8", exclude_characters="\x00"), max_size=40)
HOSTILE = st.one_of(
    ANY_BUT_NUL,
    st.lists(st.one_of(st.sampled_from(NASTY), ANY_BUT_NUL), min_size=1, max_size=8).map("".join),
    st.builds(lambda s, n: s * n, st.sampled_from([*NASTY, "a", "é "]), st.integers(50, 4000)),  # very long
)
REFUSED = {400, 401, 403, 404, 409, 413, 422, 429}


def csrf(client, url: str) -> str:
    return csrf_token(client, url)


def count(app, model) -> int:
    with app.app_context():
        return db.session.execute(db.select(db.func.count()).select_from(model)).scalar_one()


def check_answer(r, *, ok: tuple[int, ...] = (302,)) -> bool:
    """Never a server error; True when the form was taken, False when refused cleanly."""
    assert r.status_code < 500, r.get_data(as_text=True)[:500]
    assert r.status_code in (*ok, *REFUSED), r.status_code
    return r.status_code in ok


def taken_once(app, r, column, before: int) -> str | None:
    """After posting a form that adds a row: None when it was refused (and nothing was added), else
    the new row's `column` (and exactly one row was added)."""
    model = column.class_
    if not check_answer(r):
        assert count(app, model) == before
        return None
    assert count(app, model) == before + 1
    with app.app_context():
        return db.session.execute(db.select(column).order_by(model.id.desc())).scalars().first()


def check_created(app, client, r, column, before: int, *, expected: str, shown_on: str) -> None:
    """`taken_once`, and when taken: the stored text is `expected` and the page `shown_on` shows it escaped."""
    stored = taken_once(app, r, column, before)
    if stored is not None:
        assert stored == expected and stored
        assert shows_escaped(client.get(shown_on).get_data(as_text=True), stored)


def shows_escaped(page: str, text: str) -> bool:
    """The stored text is in the page as Jinja escapes it (markup as text, never as tags)."""
    return str(escape(text)) in page


@pytest.fixture
def teacher(app, client):
    """A signed-in teacher with the small lesson (draft), a class with one student, an assignment."""
    sign_up(client, "ana@school.example", name="Ana")
    lesson_id = own_lesson(app, "ana@school.example", status="published")
    with app.app_context():
        classroom = Classroom(name="7B", teacher_id=user_id(app, "ana@school.example"), join_code="ABCDEF")
        learners = [Learner(display_name=n, token_hash=f"fuzz-{n}", classroom=classroom) for n in ("Ben", "Cai")]
        assignment = Assignment(classroom=classroom, lesson_id=lesson_id)
        db.session.add_all([classroom, *learners, assignment])
        db.session.commit()
        return {"lesson": lesson_id, "classroom": classroom.id, "learners": [l.id for l in learners],
                "assignment": assignment.id, "token": csrf(client, "/teach/")}


# ------------------------------------------------------------------------------ accounts, joining

@FUZZ
@given(name=HOSTILE, email=st.one_of(HOSTILE, st.emails()), password=st.one_of(HOSTILE, st.just(PASSWORD)))
@example(name="Ana\x00", email="ana@school.example", password=PASSWORD)
def test_sign_up_form(app, name, email, password):
    client = app.test_client()
    before = count(app, User)
    r = client.post("/signup", data={"csrf_token": csrf(client, "/signup"), "name": name, "email": email,
                                     "password": password, "confirm": password})
    if not check_answer(r):
        assert count(app, User) == before
        return
    assert count(app, User) in (before, before + 1)        # the same answer when the email had an account
    with app.app_context():
        user = db.session.execute(db.select(User).order_by(User.id.desc())).scalars().first()
        assert "\x00" not in (user.name or "") + user.email


@FUZZ
@given(email=st.one_of(HOSTILE, st.just("ana@school.example")), password=st.one_of(HOSTILE, st.just(PASSWORD)))
@example(email="ana@school.example\x00", password=PASSWORD)
def test_sign_in_form(app, email, password):
    client = app.test_client()
    if count(app, User) == 0:
        sign_up(app.test_client(), "ana@school.example")
    r = client.post("/signin", data={"csrf_token": csrf(client, "/signin"), "email": email, "password": password})
    signed_in = check_answer(r)
    assert signed_in == (email == "ana@school.example" and password == PASSWORD)
    assert count(app, User) == 1


@FUZZ
@given(code=st.one_of(HOSTILE, st.just("abc-def")), name=HOSTILE)
@example(code="abc-def", name="Ben\x00")
@example(code="abc-def", name="<script>alert(1)</script> \u202e😀")
def test_join_form(app, teacher, code, name):
    client = app.test_client()
    before = count(app, Learner)
    r = client.post("/join", data={"csrf_token": csrf(client, "/join"), "code": code, "display_name": name})
    check_created(app, client, r, Learner.display_name, before, expected=name.strip(), shown_on="/my-class")


@FUZZ
@given(code=HOSTILE)
@example(code="ABCD-\x00")
def test_resume_form(app, code):
    client = app.test_client()
    r = client.post("/resume", data={"csrf_token": csrf(client, "/resume"), "code": code})
    assert not check_answer(r)                        # no learner has a resume code here
    assert count(app, Learner) == 0


# ---------------------------------------------------------------------------------- teacher forms

@FUZZ
@given(name=HOSTILE)
@example(name="7C\x00")
@example(name="<b>7C</b> \u200b\u202e 𝔘")
def test_classroom_form(app, client, teacher, name):
    before = count(app, Classroom)
    r = client.post("/teach/classes", data={"csrf_token": teacher["token"], "name": name})
    check_created(app, client, r, Classroom.name, before, expected=name.strip(), shown_on="/teach/classes")


@FUZZ
@given(lesson_id=st.one_of(HOSTILE, st.just("LESSON")), due=HOSTILE, tz=HOSTILE)
@example(lesson_id="LESSON", due="2030-01-01", tz="Europe/\x00Madrid")
@example(lesson_id="LESSON", due="2030-01-01", tz="../../etc/passwd")
def test_assignment_form(app, client, teacher, lesson_id, due, tz):
    before = count(app, Assignment)
    lesson_id = str(teacher["lesson"]) if lesson_id == "LESSON" else lesson_id
    r = client.post(f"/teach/classes/{teacher['classroom']}",
                    data={"csrf_token": teacher["token"], "lesson_id": lesson_id, "due_date": due, "tz": tz})
    assert count(app, Assignment) == before + check_answer(r)


@FUZZ
@given(due=st.one_of(HOSTILE, st.dates().map(str)), tz=st.one_of(HOSTILE, st.just("Europe/Madrid")))
@example(due="2030-01-01", tz="Europe/Madrid\x00")
@example(due="2030-01-01", tz="\u202eUTC")
def test_due_date_form(app, client, teacher, due, tz):
    r = client.post(f"/teach/assignments/{teacher['assignment']}/edit",
                    data={"csrf_token": teacher["token"], "due_date": due, "tz": tz})
    check_answer(r)


@FUZZ
@given(name=HOSTILE, other=st.one_of(HOSTILE, st.just("OTHER")))
@example(name="Ben\x00", other="OTHER")
@example(name="<i>Ben</i>\u2066", other="\x00")
def test_learner_rename_and_merge_forms(app, client, teacher, name, other):
    ben, cai = teacher["learners"]
    url = f"/teach/classes/{teacher['classroom']}/students/{ben}"
    if check_answer(client.post(url, data={"csrf_token": teacher["token"], "display_name": name})):
        with app.app_context():
            stored = db.session.get(Learner, ben).display_name
        assert stored == name.strip()[:80] and stored
        page = client.get(f"/teach/classes/{teacher['classroom']}").get_data(as_text=True)
        assert shows_escaped(page, stored)
    other = str(cai) if other == "OTHER" else other
    r = client.post(url, data={"csrf_token": teacher["token"], "other_id": other})    # no confirm: asks first
    check_answer(r, ok=(200, 302))
    assert count(app, Learner) == 2


@FUZZ
@given(date=st.one_of(HOSTILE, st.dates().map(str)), precision=st.one_of(HOSTILE, st.sampled_from(["day", "year"])),
       label=HOSTILE, time_text=HOSTILE, sentence=st.one_of(HOSTILE, st.sampled_from(["-1", "0", "4", "99"])))
@example(date="2024-05-01", precision="day", label="Vote\x00", time_text="May 1", sentence="0")
@example(date="2024-05-01", precision="day", label="<script>alert(1)</script>", time_text="", sentence="-1")
def test_event_form(app, client, teacher, date, precision, label, time_text, sentence):
    before = count(app, Event)
    r = client.post(f"/teach/lessons/{teacher['lesson']}/events/new",
                    data={"csrf_token": teacher["token"], "date": date, "precision": precision, "label": label,
                          "time_text": time_text, "sentence_id": sentence})
    check_created(app, client, r, Event.label, before, expected=label.strip(),
                  shown_on=f"/teach/lessons/{teacher['lesson']}")


KINDS = st.sampled_from(["multiple_choice", "true_false", "fill_blank", "who_said", "when", "order_events", "why"])


@FUZZ
@given(kind=st.one_of(KINDS, HOSTILE), prompt=HOSTILE, choices=HOSTILE, answer=HOSTILE, accept=HOSTILE,
       explanation=HOSTILE, sentence=st.one_of(HOSTILE, st.just("0")), in_quiz=st.one_of(HOSTILE, st.just("y")))
@example(kind="fill_blank", prompt="It cost _____\x00.", choices="", answer="40", accept="", explanation="", sentence="0", in_quiz="y")
@example(kind="fill_blank", prompt="<img src=x onerror=alert(2)> _____", choices="", answer="40", accept="", explanation="", sentence="0", in_quiz="y")
def test_question_form(app, client, teacher, kind, prompt, choices, answer, accept, explanation, sentence, in_quiz):
    before = count(app, Question)
    r = client.post(f"/teach/lessons/{teacher['lesson']}/questions/new",
                    data={"csrf_token": teacher["token"], "type": kind, "prompt": prompt, "choices": choices,
                          "answer": answer, "accept": accept, "explanation": explanation,
                          "sentence_id": sentence, "in_quiz": in_quiz})
    check_created(app, client, r, Question.prompt, before, expected=prompt.strip(),
                  shown_on=f"/teach/lessons/{teacher['lesson']}")


@FUZZ
@given(steps=HOSTILE, status=HOSTILE)
@example(steps="1\x00", status="draft\x00")
def test_position_and_status_fields(app, client, teacher, steps, status):
    lesson_id = teacher["lesson"]
    with app.app_context():
        question_id = db.session.get(Lesson, lesson_id).quiz_questions[0].id
    check_answer(client.post(f"/teach/lessons/{lesson_id}/questions/{question_id}/move",
                             data={"csrf_token": teacher["token"], "steps": steps}))
    check_answer(client.post(f"/teach/lessons/{lesson_id}/status",
                             data={"csrf_token": teacher["token"], "status": status}))
    with app.app_context():
        assert db.session.get(Lesson, lesson_id).status == "published"


@FUZZ
@given(title=HOSTILE, source=HOSTILE, published=st.one_of(st.just(""), st.dates().map(str), HOSTILE), text=HOSTILE)
@example(title="Bridge", source="", published="", text="The council met on Monday.\x00")
def test_new_lesson_form(app, client, teacher, monkeypatch, title, source, published, text):
    """The engine is replaced by the small lesson: this is about the form and the job, not quizgen."""
    from conftest import fake_lesson

    monkeypatch.setattr(quizgen, "build_lesson", lambda *a, **k: fake_lesson())
    lessons, jobs = count(app, Lesson), count(app, GenerationJob)
    r = client.post("/teach/lessons/new", data={"csrf_token": teacher["token"], "title": title, "source": source,
                                                "published": published, "text": text, "again": "1"})
    if not check_answer(r, ok=(302, 303)):
        assert (count(app, Lesson), count(app, GenerationJob)) == (lessons, jobs)
        return
    assert count(app, GenerationJob) > jobs
    page = client.get(r.headers["Location"], follow_redirects=True)
    assert page.status_code < 500


@FUZZ
@given(name=HOSTILE)
@example(name="script\x00")
@example(name="<script>alert(1)</script>")
def test_new_api_key_form(app, client, teacher, name):
    with app.app_context():
        db.session.execute(db.delete(ApiKey))          # stay under the per-teacher limit
        db.session.commit()
    r = client.post("/account/api-keys", data={"csrf_token": teacher["token"], "name": name})
    if not check_answer(r, ok=(201,)):
        assert count(app, ApiKey) == 0
        return
    with app.app_context():
        stored = db.session.execute(db.select(ApiKey.name)).scalar_one()
    assert stored == name.strip()[:80]
    if stored:
        assert shows_escaped(r.get_data(as_text=True), stored)


URL = st.one_of(HOSTILE, st.just("https://lms.example/auth"))


@FUZZ
@given(name=HOSTILE, issuer=HOSTILE, client_id=HOSTILE, deployments=HOSTILE, login=URL, token=URL, jwks=URL,
       audience=HOSTILE)
@example(name="<b>LMS</b>\u202e", issuer="https://lms.example", client_id="c1", deployments="d1\nd2",
         login="https://lms.example/auth", token="https://lms.example/auth", jwks="https://lms.example/auth",
         audience="")
@example(name="LMS\x00", issuer="https://lms.example", client_id="c2", deployments="d1",
         login="https://lms.example/auth", token="https://lms.example/auth", jwks="https://lms.example/auth",
         audience="")
def test_lti_platform_form(app, client, teacher, name, issuer, client_id, deployments, login, token, jwks,
                           audience):
    """An administrator's LMS registration."""
    from classroom.lti.models import LtiPlatform

    with app.app_context():
        db.session.execute(db.update(User).values(role="admin"))
        db.session.commit()
    before = count(app, LtiPlatform)
    r = client.post("/admin/lti/new", data={
        "csrf_token": teacher["token"], "name": name, "issuer": issuer, "client_id": client_id,
        "deployment_ids": deployments, "auth_login_url": login, "auth_token_url": token, "key_set_url": jwks,
        "auth_audience": audience})
    check_created(app, client, r, LtiPlatform.name, before, expected=name.strip(), shown_on="/admin/lti/")

# ------------------------------------------------------------------------ NUL, before any view

def test_a_nul_in_a_query_string_is_never_a_500(app, client, teacher):
    for url in ("/teach/lessons?q=a%00b", "/teach/lessons?status=%00", "/join?code=AB%00CD", "/teach/?x%00=1",
                "/teach/lessons?page=%00"):
        assert client.get(url).status_code < 500, url


def test_a_nul_in_a_form_is_refused_before_csrf_and_storage(app, client, teacher):
    """Refused with a message even without a CSRF token, and nothing is stored."""
    before = count(app, Classroom)
    r = client.post("/teach/classes", data={"name": "7C\x00"})
    assert r.status_code == 400 and "Nothing has been saved" in r.get_data(as_text=True)
    assert count(app, Classroom) == before
