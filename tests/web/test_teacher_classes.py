"""Classes, joining, resume codes, assignments and the results dashboard, on SQLite and PostgreSQL."""
from __future__ import annotations

import csv
import io
import re

import pytest
from conftest import RIGHT_ANSWERS
from student_helpers import quiz_form_data
from teacher_helpers import csrf_token, join, own_lesson, post, question_ids, sign_up

from classroom.extensions import db
from classroom.models import Assignment, Attempt, Classroom, Learner

WRONG = {"q1": "Marta Gil", "q2": "False", "q3": "April", "q4": "Pedro Sanz", "q5": "May 2024",
         "q6": ["A festival follows", "Work on the bridge began", "Ana Ruiz opened the Harbour Bridge"]}


@pytest.fixture
def teacher(client):
    sign_up(client, "ana@school.example", name="Ana")
    return "ana@school.example"


@pytest.fixture
def assigned(app, client, teacher):
    """A published lesson of the teacher's, a class, and the lesson assigned to it (due date set)."""
    lesson_id = own_lesson(app, teacher, status="published")
    r = post(client, "/teach/classes", {"name": "Year 10 <B>"})
    classroom_id = int(re.search(r"/teach/classes/(\d+)$", r.headers["Location"]).group(1))
    r = post(client, f"/teach/classes/{classroom_id}", {"lesson_id": str(lesson_id), "due_date": "2030-01-31"})
    assignment_id = int(re.search(r"/teach/assignments/(\d+)$", r.headers["Location"]).group(1))
    with app.app_context():
        code = db.session.get(Classroom, classroom_id).join_code
    ids = {k: str(v) for k, v in question_ids(app, lesson_id).items()}
    return {"lesson_id": lesson_id, "classroom_id": classroom_id, "assignment_id": assignment_id,
            "code": code, "ids": ids}


def take_assignment(student, assigned, answers):
    url = f"/lessons/bridge/quiz?assignment={assigned['assignment_id']}"
    page = student.get(url).get_data(as_text=True)
    return student.post(url, data=quiz_form_data(page, answers, assigned["ids"]))   # the form's own action


def test_class_gets_a_short_readable_join_code(app, client, assigned):
    """Join codes are 6 characters without look-alikes (0/O, 1/I) and shown on the class page."""
    assert re.fullmatch(r"[A-HJ-NP-Z2-9]{6}", assigned["code"])
    page = client.get(f"/teach/classes/{assigned['classroom_id']}").get_data(as_text=True)
    assert assigned["code"] in page and "Year 10 &lt;B&gt;" in page


def test_assignment_has_its_due_date(app, assigned):
    """The optional due date is kept, as the end of that day."""
    with app.app_context():
        due = db.session.get(Assignment, assigned["assignment_id"]).due_at
        assert (due.year, due.month, due.day, due.hour) == (2030, 1, 31, 23)


def test_only_published_lessons_can_be_assigned(app, client, teacher, assigned):
    """A draft is not offered and cannot be posted as an assignment."""
    draft_id = own_lesson(app, teacher, slug="draft-one")
    page = client.get(f"/teach/classes/{assigned['classroom_id']}").get_data(as_text=True)
    assert f'value="{draft_id}"' not in page
    r = post(client, f"/teach/classes/{assigned['classroom_id']}", {"lesson_id": str(draft_id)})
    assert r.status_code == 422 and "Not a valid choice" in r.get_data(as_text=True)


def test_student_joins_with_code_and_sees_the_assignment(app, assigned):
    """A student types the code (any case, spaces), a name, gets a resume code and the class's work."""
    student = app.test_client()
    r = join(student, " " + assigned["code"].lower()[:3] + " " + assigned["code"].lower()[3:], "Zoë")
    assert r.status_code == 302 and r.headers["Location"].endswith("/my-class")
    page = student.get("/my-class").get_data(as_text=True)
    assert "You are in <strong>Year 10 &lt;B&gt;</strong> as <strong>Zoë</strong>" in page
    assert re.search(r'id="resume-code">[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}<', page)
    assert f"/lessons/bridge/quiz?assignment={assigned['assignment_id']}" in page
    assert "Due <time" in page and "Not started" in page
    # The resume code is shown once only.
    assert 'id="resume-code"' not in student.get("/my-class").get_data(as_text=True)


def test_wrong_join_code_is_refused_with_a_message(app, assigned):
    student = app.test_client()
    r = join(student, "ZZZZZZ", "Zoë")
    assert r.status_code == 422 and "No class has this code" in r.get_data(as_text=True)


def test_resume_code_signs_the_student_in_on_another_device(app, assigned):
    """The resume code brings the same learner (and their attempts) to a second browser; both stay in."""
    phone = app.test_client()
    join(phone, assigned["code"], "Zoë")
    code = re.search(r'id="resume-code">([^<]+)<', phone.get("/my-class").get_data(as_text=True)).group(1)
    take_assignment(phone, assigned, RIGHT_ANSWERS)

    laptop = app.test_client()
    r = laptop.post("/resume", data={"csrf_token": csrf_token(laptop, "/resume"), "code": "WRONG-CODE-0000"})
    assert r.status_code == 422 and "not right" in r.get_data(as_text=True)
    r = laptop.post("/resume", data={"csrf_token": csrf_token(laptop, "/resume"), "code": code.lower()})
    assert r.status_code == 302
    page = laptop.get("/my-class").get_data(as_text=True)
    assert "as <strong>Zoë</strong>" in page and "best score 100%" in page
    assert "as <strong>Zoë</strong>" in phone.get("/my-class").get_data(as_text=True)
    with app.app_context():
        assert db.session.execute(db.select(db.func.count()).select_from(Learner)).scalar_one() == 1


def test_a_guest_who_joins_keeps_their_attempts(app, assigned):
    """Attempts made as a guest on this device stay with the learner after joining."""
    student = app.test_client()
    take_assignment(student, assigned, RIGHT_ANSWERS)       # no class yet: a guest attempt
    join(student, assigned["code"], "Zoë")
    with app.app_context():
        learner = db.session.execute(db.select(Learner)).scalar_one()
        assert learner.display_name == "Zoë" and len(learner.attempts) == 1


def test_dashboard_shows_who_finished_scores_and_item_statistics(app, client, assigned):
    """Finished count, first/best scores, histogram data and per-question facility with flags."""
    results = [("Ana", RIGHT_ANSWERS), ("Ben", dict(RIGHT_ANSWERS, q1="Marta Gil", q2="False")),
               ("Cai", WRONG)]
    for name, answers in results:
        student = app.test_client()
        join(student, assigned["code"], name)
        take_assignment(student, assigned, answers)
    join(app.test_client(), assigned["code"], "Dee")        # joined, never started
    again = app.test_client()
    join(again, assigned["code"], "Eve")
    take_assignment(again, assigned, WRONG)
    take_assignment(again, assigned, RIGHT_ANSWERS)          # only the first attempt counts for stats

    page = client.get(f"/teach/assignments/{assigned['assignment_id']}").get_data(as_text=True)
    assert "4 of 5 students finished." in page
    assert 'id="score-figure"' in page and re.search(r"/static/vendor/plotly\.min\.[0-9a-f]{12}\.js", page)
    rows = re.findall(r"<tr>\s*<td>([^<]+)</td>\s*<td>(.*?)</td>\s*<td>(.*?)</td>", page, re.S)
    by_name = {n: (f, s) for n, f, s in rows}
    assert "6 / 6" in by_name["Ana"][1] and "4 / 6" in by_name["Ben"][1] and "0 / 6" in by_name["Eve"][1]
    assert "not yet" in by_name["Dee"][0]
    stats = page[page.index('id="item-stats"'):]
    # q1 and q2: right for Ana only (1 of 4); q3..q6: Ana and Ben (2 of 4).
    assert stats.count(">0.25<") == 2 and stats.count(">0.50<") == 4
    assert "Who opened the Harbour Bridge?" in stats
    assert f"/teach/lessons/{assigned['lesson_id']}/questions/{assigned['ids']['q1']}" in stats


def test_item_statistics_flag_questions_outside_bounds(app, client, assigned):
    """Below 5 answers nothing is flagged and the page says why; from 5 on, a question everybody
    gets right is flagged as very easy."""
    def stats_table() -> str:
        page = client.get(f"/teach/assignments/{assigned['assignment_id']}").get_data(as_text=True)
        return page[page.index('id="item-stats"'):]

    for n, name in enumerate(("Ana", "Ben", "Cai", "Dee", "Eli")):
        if n == 1:
            one = stats_table()
            assert 'class="flag"' not in one
            assert one.count("too few answers to judge (1 of the 5 needed)") == 6
        student = app.test_client()
        join(student, assigned["code"], name)
        take_assignment(student, assigned, dict(RIGHT_ANSWERS, q2="False") if name != "Ana" else RIGHT_ANSWERS)
    stats = stats_table()
    assert stats.count('class="flag">very easy<') == 5       # every question but q2
    assert "too few answers" not in stats


def test_per_student_answers_view(app, client, assigned):
    """The teacher sees each answer a student gave, marked, attempt by attempt."""
    student = app.test_client()
    join(student, assigned["code"], "Ben")
    take_assignment(student, assigned, dict(RIGHT_ANSWERS, q1="Marta Gil"))
    with app.app_context():
        learner_id = db.session.execute(db.select(Learner.id)).scalar_one()
    page = client.get(f"/teach/assignments/{assigned['assignment_id']}/learners/{learner_id}").get_data(as_text=True)
    assert "Attempt 1 (first): 5 / 6" in page
    assert "Marta Gil" in page and "✘" in page and "Not right" in page


def test_grades_csv(app, client, assigned):
    """One row per student, with scores; a name that looks like a formula is neutralised."""
    student = app.test_client()
    join(student, assigned["code"], "=HYPERLINK(\"http://x\")")
    take_assignment(student, assigned, RIGHT_ANSWERS)
    join(app.test_client(), assigned["code"], "Dee")
    r = client.get(f"/teach/assignments/{assigned['assignment_id']}/grades.csv")
    assert r.status_code == 200 and r.mimetype == "text/csv"
    assert "attachment" in r.headers["Content-Disposition"]
    rows = list(csv.DictReader(io.StringIO(r.get_data(as_text=True))))
    assert [(row["learner"], row["finished"], row["score"], row["max"], row["percent"]) for row in rows] == [
        ("'=HYPERLINK(\"http://x\")", "yes", "6", "6", "100.0"), ("Dee", "no", "", "", "")]


def test_attempts_started_from_the_lesson_page_count_for_the_assignment(app, client, assigned):
    """A class member who opens the quiz from the lesson page (no ?assignment=) still shows as finished."""
    student = app.test_client()
    join(student, assigned["code"], "Ana")
    page = student.get("/lessons/bridge/quiz").get_data(as_text=True)
    student.post("/lessons/bridge/quiz", data=quiz_form_data(page, RIGHT_ANSWERS, assigned["ids"]))
    with app.app_context():
        assert db.session.execute(db.select(Attempt.assignment_id)).scalar_one() is None
    page = client.get(f"/teach/assignments/{assigned['assignment_id']}").get_data(as_text=True)
    assert "1 of 1 student finished." in page
