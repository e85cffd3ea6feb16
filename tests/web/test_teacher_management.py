"""Everyday management: lessons (list, archive, delete, duplicate, re-paste), classes (join link,
projector view, new code), students (rename, merge, remove), assignments (due date, remove)."""
from __future__ import annotations

import datetime as dt
import re

import pytest
from conftest import RIGHT_ANSWERS
from teacher_helpers import join, own_lesson, post, question_ids, sign_up
from test_teacher_classes import assigned, take_assignment  # noqa: F401  (fixtures and helper)

from classroom.extensions import db
from classroom.lessons import create_lesson
from classroom.models import Assignment, Attempt, Classroom, Learner, Lesson


@pytest.fixture
def teacher(client):
    sign_up(client, "ana@school.example", name="Ana")
    return "ana@school.example"


# -------------------------------------------------------------------------------------- lessons

def test_lesson_list_stays_usable_with_fifty_lessons(app, client, teacher):
    """Pages of 20, newest change first, with dates and status; search and status filters."""
    from conftest import fake_lesson
    from teacher_helpers import user_id

    owner = user_id(app, teacher)
    with app.app_context():
        for n in range(50):
            lesson = create_lesson(fake_lesson(), slug=f"l{n}", status="published" if n % 2 else "draft",
                                   owner_id=owner)
            lesson.title = f"Lesson number {n:02d}"
            lesson.updated = dt.datetime(2024, 1, 1, tzinfo=dt.timezone.utc) + dt.timedelta(hours=n)
        db.session.commit()
    page = client.get("/teach/lessons").get_data(as_text=True)
    assert "50 lessons, page 1 of 3." in page
    rows = re.findall(r'<td><a href="/teach/lessons/\d+">Lesson number (\d\d)</a>', page)
    assert rows == [f"{n:02d}" for n in range(49, 29, -1)]
    assert 'datetime="2024-01-03T01:00:00+00:00"' in page            # UTC in the markup
    assert len(re.findall(r'">Lesson number', client.get("/teach/lessons?page=3").get_data(as_text=True))) == 10
    drafts = client.get("/teach/lessons?status=draft").get_data(as_text=True)
    assert "25 lessons" in drafts and "status-published" not in drafts.split("<tbody>")[1]
    found = client.get("/teach/lessons?q=number+07").get_data(as_text=True)
    assert "1 lesson." in found and "Lesson number 07" in found
    assert "0 lessons." in client.get("/teach/lessons?q=100%25").get_data(as_text=True)   # % is literal
    dashboard = client.get("/teach/").get_data(as_text=True)
    assert "All 50 lessons" in dashboard and len(re.findall(r'">Lesson number', dashboard)) == 10


def test_archive_hides_a_lesson_and_restore_brings_it_back_as_draft(app, client, assigned):
    lesson_id = assigned["lesson_id"]
    post(client, f"/teach/lessons/{lesson_id}/archive")
    with app.app_context():
        assert db.session.get(Lesson, lesson_id).status == "archived"
    assert "Harbour" not in app.test_client().get("/").get_data(as_text=True)
    assert app.test_client().get("/lessons/bridge").status_code == 404
    client.get("/teach/lessons")                     # shows (and so clears) the flash message
    assert "Harbour" not in client.get("/teach/lessons").get_data(as_text=True)
    assert "Harbour" in client.get("/teach/lessons?status=archived").get_data(as_text=True)
    post(client, f"/teach/lessons/{lesson_id}/restore")
    with app.app_context():
        assert db.session.get(Lesson, lesson_id).status == "draft"


def test_delete_asks_first_and_refuses_when_students_answered(app, client, assigned):
    lesson_id = assigned["lesson_id"]
    r = post(client, f"/teach/lessons/{lesson_id}/delete")
    assert r.status_code == 200 and "cannot be undone" in r.get_data(as_text=True)
    student = app.test_client()
    join(student, assigned["code"], "Ben")
    take_assignment(student, assigned, RIGHT_ANSWERS)
    r = post(client, f"/teach/lessons/{lesson_id}/delete", {"confirm": "yes"}, follow_redirects=True)
    assert "Archive it instead" in r.get_data(as_text=True)
    with app.app_context():
        assert db.session.get(Lesson, lesson_id) is not None
        assert db.session.execute(db.select(db.func.count()).select_from(Attempt)).scalar_one() == 1


def test_delete_an_unanswered_lesson(app, client, teacher):
    lesson_id = own_lesson(app, teacher)
    r = post(client, f"/teach/lessons/{lesson_id}/delete", {"confirm": "yes"})
    assert r.status_code == 302
    with app.app_context():
        assert db.session.get(Lesson, lesson_id) is None


def test_duplicate_copies_the_lesson_with_edits_as_a_draft(app, client, assigned):
    lesson_id = assigned["lesson_id"]
    ids = question_ids(app, lesson_id)
    post(client, f"/teach/lessons/{lesson_id}/questions/{ids['q1']}",
         {"type": "multiple_choice", "prompt": "Who cut the ribbon?", "choices": "Ana Ruiz\nMarta Gil",
          "answer": "Ana Ruiz", "sentence_id": "0", "in_quiz": "y"})
    r = post(client, f"/teach/lessons/{lesson_id}/duplicate")
    copy_id = int(re.search(r"/teach/lessons/(\d+)$", r.headers["Location"]).group(1))
    with app.app_context():
        original, copy = db.session.get(Lesson, lesson_id), db.session.get(Lesson, copy_id)
        assert copy.status == "draft" and copy.owner_id == original.owner_id and copy.slug != original.slug
        assert [q.prompt for q in copy.quiz_questions] == [q.prompt for q in original.quiz_questions]
        assert "Who cut the ribbon?" in [q.prompt for q in copy.quiz_questions]
        assert len(copy.events) == len(original.events)
        assert {q.id for q in copy.questions}.isdisjoint({q.id for q in original.questions})


def test_pasting_an_article_that_is_already_a_lesson_says_so(app, client, teacher):
    """The same text pasted again (other line breaks) points to the lesson; the teacher may go on."""
    lesson_id = own_lesson(app, teacher)
    with app.app_context():
        text = db.session.get(Lesson, lesson_id).text
    r = post(client, "/teach/lessons/new", {"title": "", "source": "", "published": "",
                                            "text": "The Harbour Bridge opens\n\n" + text.replace("\n\n", "\n")})
    page = r.get_data(as_text=True)
    assert r.status_code == 200 and "You already have a lesson from this article" in page
    assert f"/teach/lessons/{lesson_id}" in page and 'name="again"' in page
    with app.app_context():
        assert db.session.execute(db.select(db.func.count()).select_from(Lesson)).scalar_one() == 1


# -------------------------------------------------------------------------------------- classes

def test_join_link_copy_button_and_projector_view(app, client, assigned):
    code = assigned["code"]
    page = client.get(f"/teach/classes/{assigned['classroom_id']}").get_data(as_text=True)
    assert f"http://localhost/join?code={code}" in page and 'data-copy="join-link"' in page
    show = client.get(f"/teach/classes/{assigned['classroom_id']}/show").get_data(as_text=True)
    assert f'id="projector-code"' in show and code in show and f"/join?code={code}" in show
    # the link fills the code in for the student
    join_page = app.test_client().get(f"/join?code={code.lower()}").get_data(as_text=True)
    assert f'value="{code}"' in join_page


def test_new_join_code_replaces_the_old_one(app, client, assigned):
    old = assigned["code"]
    student = app.test_client()
    join(student, old, "Ben")
    r = post(client, f"/teach/classes/{assigned['classroom_id']}/join-code")
    assert r.status_code == 200 and "stop working" in r.get_data(as_text=True)    # asked first
    post(client, f"/teach/classes/{assigned['classroom_id']}/join-code", {"confirm": "yes"})
    with app.app_context():
        new = db.session.get(Classroom, assigned["classroom_id"]).join_code
        assert new != old
        assert db.session.execute(db.select(Learner.classroom_id)).scalar_one() == assigned["classroom_id"]
    r = join(app.test_client(), old, "Late")
    assert r.status_code == 422
    assert join(app.test_client(), new, "Late").status_code == 302


def _learner(app, name: str) -> Learner:
    with app.app_context():
        learner = db.session.execute(db.select(Learner).filter_by(display_name=name)).scalar_one()
        db.session.expunge(learner)
        return learner


def test_rename_and_remove_a_student(app, client, assigned):
    student = app.test_client()
    join(student, assigned["code"], "Bne")
    take_assignment(student, assigned, RIGHT_ANSWERS)
    ben = _learner(app, "Bne")
    base = f"/teach/classes/{assigned['classroom_id']}/students/{ben.id}"
    post(client, base, {"display_name": "Ben"})
    assert _learner(app, "Ben").id == ben.id
    r = post(client, base + "/remove")
    assert r.status_code == 200 and "resume code stops working" in r.get_data(as_text=True)
    post(client, base + "/remove", {"confirm": "yes"})
    with app.app_context():
        gone = db.session.get(Learner, ben.id)
        assert gone.classroom_id is None and gone.resume_code_hash is None
    page = client.get(f"/teach/classes/{assigned['classroom_id']}").get_data(as_text=True)
    assert "Students (0)" in page
    results = client.get(f"/teach/assignments/{assigned['assignment_id']}").get_data(as_text=True)
    assert "Ben" in results                          # their attempt for the assignment still counts
    assert "Harbour" not in student.get("/my-class").get_data(as_text=True)   # out of the class


def test_merge_a_student_who_joined_twice(app, client, assigned):
    phone, laptop = app.test_client(), app.test_client()
    join(phone, assigned["code"], "Cai")
    take_assignment(phone, assigned, RIGHT_ANSWERS)
    join(laptop, assigned["code"], "Cai L")
    take_assignment(laptop, assigned, RIGHT_ANSWERS)
    keep, other = _learner(app, "Cai"), _learner(app, "Cai L")
    base = f"/teach/classes/{assigned['classroom_id']}/students/{keep.id}"
    r = post(client, base, {"other_id": str(other.id)})
    assert r.status_code == 200 and "cannot be undone" in r.get_data(as_text=True)
    post(client, base, {"other_id": str(other.id), "confirm": "yes"})
    with app.app_context():
        owners = db.session.execute(db.select(Attempt.learner_id)).scalars().all()
        assert owners == [keep.id, keep.id]
        assert db.session.get(Learner, other.id).classroom_id is None
    page = client.get(f"/teach/assignments/{assigned['assignment_id']}").get_data(as_text=True)
    assert "1 of 1 student finished." in page


def test_change_and_remove_an_assignment(app, client, assigned):
    url = f"/teach/assignments/{assigned['assignment_id']}"
    assert 'value="2030-01-31"' in client.get(url + "/edit").get_data(as_text=True)
    post(client, url + "/edit", {"due_date": "2031-02-01"})
    with app.app_context():
        due = db.session.get(Assignment, assigned["assignment_id"]).due_at
        assert due == dt.datetime(2031, 2, 1, 23, 59, tzinfo=dt.timezone.utc)
    post(client, url + "/edit", {"due_date": ""})
    with app.app_context():
        assert db.session.get(Assignment, assigned["assignment_id"]).due_at is None
    r = post(client, url + "/delete")
    assert r.status_code == 200 and "Remove this assignment?" in r.get_data(as_text=True)
    post(client, url + "/delete", {"confirm": "yes"})
    with app.app_context():
        assert db.session.get(Assignment, assigned["assignment_id"]) is None


def test_back_to_draft_on_an_assigned_lesson_warns_first(app, client, assigned):
    lesson_id = assigned["lesson_id"]
    r = post(client, f"/teach/lessons/{lesson_id}/status", {"status": "draft"})
    page = r.get_data(as_text=True)
    assert r.status_code == 200 and "Year 10 &lt;B&gt;" in page and "My class" in page
    with app.app_context():
        assert db.session.get(Lesson, lesson_id).status == "published"      # nothing happened yet
    post(client, f"/teach/lessons/{lesson_id}/status", {"status": "draft", "confirm": "yes"})
    with app.app_context():
        assert db.session.get(Lesson, lesson_id).status == "draft"


def test_removed_question_goes_to_the_bank_and_undo_puts_it_back(app, client, teacher):
    lesson_id = own_lesson(app, teacher)
    ids = question_ids(app, lesson_id)
    post(client, f"/teach/lessons/{lesson_id}/questions/{ids['q3']}/delete")
    page = client.get(f"/teach/lessons/{lesson_id}").get_data(as_text=True)
    bank = page[page.index('id="bank-questions"'):]
    assert "Work on the bridge began in _____ 2019." in bank and 'id="undo-bar"' in page
    post(client, f"/teach/lessons/{lesson_id}/questions/{ids['q3']}/undo", {"in_quiz": "1"})
    with app.app_context():
        assert "q3" in [q.key for q in db.session.get(Lesson, lesson_id).quiz_questions]
    # a bank question is archived with a confirmation in the page, and can be undone too
    page = client.get(f"/teach/lessons/{lesson_id}").get_data(as_text=True)
    assert 'data-confirm="Delete this question from the bank?' in page
    post(client, f"/teach/lessons/{lesson_id}/questions/{ids['q7']}/delete")
    with app.app_context():
        assert "q7" not in [q.key for q in db.session.get(Lesson, lesson_id).live_questions]
    post(client, f"/teach/lessons/{lesson_id}/questions/{ids['q7']}/undo", {"in_quiz": "0"})
    with app.app_context():
        assert "q7" in [q.key for q in db.session.get(Lesson, lesson_id).live_questions]


def test_teacher_menu_and_embed_code(app, client, assigned):
    """Teachers get their own menu (no student pages) and the embed code on the lesson page."""
    page = client.get(f"/teach/lessons/{assigned['lesson_id']}").get_data(as_text=True)
    nav = page[page.index('<nav class="nav"'):page.index("</nav>")]
    assert "My progress" not in nav and "My class" not in nav and "Review" not in nav
    assert "Your lessons" in nav and "Classes" in nav
    assert 'id="embed-code"' in page and "/embed/lessons/bridge/timeline" in page
    student_nav = app.test_client().get("/").get_data(as_text=True)
    assert "My progress" in student_nav and "Your lessons" not in student_nav


def test_screen_reader_labels_number_each_card_once(app, client, teacher):
    lesson_id = own_lesson(app, teacher)
    page = client.get(f"/teach/lessons/{lesson_id}").get_data(as_text=True)
    quiz = page[page.index('id="quiz-questions"'):page.index('id="bank-questions"')]
    cards = quiz.split('class="review-item')[1:]
    for number, card in enumerate(cards, start=1):
        labels = set(re.findall(r'class="visually-hidden">[^<]*?question (\w+)', card))
        assert labels == {str(number)}, (number, labels)


def test_true_false_answer_is_a_select(app, client, teacher):
    lesson_id = own_lesson(app, teacher)
    ids = question_ids(app, lesson_id)
    page = client.get(f"/teach/lessons/{lesson_id}/questions/{ids['q2']}").get_data(as_text=True)
    assert re.search(r'<select id="answer" name="answer"', page)
    assert '<option value="True" selected>True</option>' in page
    r = post(client, f"/teach/lessons/{lesson_id}/questions/{ids['q2']}",
             {"type": "true_false", "prompt": "The bridge cost 40 million euros.", "answer": "false",
              "sentence_id": "1", "in_quiz": "y"})
    assert r.status_code == 302
    with app.app_context():
        assert db.session.get(Lesson, lesson_id).quiz_questions[1].answer == "False"


def test_due_dates_end_at_midnight_where_the_teacher_is(app, client, assigned):
    """The browser's time zone comes with the form: due at 23:59 in Chicago is 04:59 UTC next day."""
    url = f"/teach/assignments/{assigned['assignment_id']}/edit"
    post(client, url, {"due_date": "2031-02-01", "tz": "America/Chicago"})
    with app.app_context():
        due = db.session.get(Assignment, assigned["assignment_id"]).due_at
        assert due == dt.datetime(2031, 2, 2, 5, 59, tzinfo=dt.timezone.utc)    # CST is UTC-6
    assert 'value="2031-02-01"' in client.get(url).get_data(as_text=True)
    post(client, url, {"due_date": "2031-02-01", "tz": "Not/AZone"})             # unknown: UTC
    with app.app_context():
        due = db.session.get(Assignment, assigned["assignment_id"]).due_at
        assert due == dt.datetime(2031, 2, 1, 23, 59, tzinfo=dt.timezone.utc)
    page = client.get(f"/teach/classes/{assigned['classroom_id']}").get_data(as_text=True)
    assert 'name="tz"' in page and "data-timezone" in page
