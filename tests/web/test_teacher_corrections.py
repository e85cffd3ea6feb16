"""Corrections that reach every question: event edits rebuild or flag the timeline questions built on
them; a corrected answer key regrades past attempts, with history, and students see the revision."""
from __future__ import annotations

import csv
import io

import pytest
from conftest import RIGHT_ANSWERS
from teacher_helpers import join, own_lesson, post, question_ids, sign_up
from test_teacher_classes import assigned, take_assignment  # noqa: F401  (fixture and helper)

from classroom.extensions import db
from classroom.models import Attempt, Event, Lesson, Question, Response
from classroom.progress import is_correct, normalize


@pytest.fixture
def teacher(client):
    sign_up(client, "ana@school.example", name="Ana")
    return "ana@school.example"


def event_id(app, lesson_id: int, key: str) -> int:
    with app.app_context():
        return db.session.execute(db.select(Event.id).filter_by(lesson_id=lesson_id, key=key)).scalar_one()


def live(app, lesson_id: int, key: str) -> Question:
    with app.app_context():
        q = next(q for q in db.session.get(Lesson, lesson_id).live_questions if q.key == key)
        db.session.expunge(q)
        return q


def correct_event(client, lesson_id, event, **data):
    values = {"date": "2019-03-01", "precision": "month", "label": "Work on the bridge began",
              "time_text": "March 2019", "sentence_id": "2"}
    values.update(data)
    return post(client, f"/teach/lessons/{lesson_id}/events/{event}", values)


# ---------------------------------------------------------------------------------- event edits

def test_a_corrected_date_reaches_the_when_question(app, client, teacher):
    """The 'when' question built on the event now has the corrected date as its right answer."""
    lesson_id = own_lesson(app, teacher)
    r = correct_event(client, lesson_id, event_id(app, lesson_id, "e1"), date="2019-04-01")
    assert r.status_code == 302
    q5 = live(app, lesson_id, "q5")
    assert q5.answer == "April 2019" and "April 2019" in q5.choices
    assert "March 2019" not in q5.choices and len(q5.choices) == 3
    assert q5.prompt == "When did work on the bridge begin?" and not q5.edited and q5.in_quiz
    flash = client.get(f"/teach/lessons/{lesson_id}").get_data(as_text=True)
    assert "updated to match" in flash


def test_moving_an_event_to_another_year_reorders_the_answer_key(app, client, teacher):
    """'Put in order' follows the corrected dates: work now begins after the opening."""
    lesson_id = own_lesson(app, teacher)
    correct_event(client, lesson_id, event_id(app, lesson_id, "e1"), date="2025-03-01")
    q6 = live(app, lesson_id, "q6")
    assert q6.answer == ["Ana Ruiz opened the Harbour Bridge", "A festival follows", "Work on the bridge began"]
    assert sorted(q6.choices) == sorted(q6.answer) and q6.choices != q6.answer
    assert q6.event_ids == ["e2", "e3", "e1"]


def test_renaming_an_event_renames_it_in_the_questions_students_see(app, client, teacher):
    lesson_id = own_lesson(app, teacher, status="published")
    correct_event(client, lesson_id, event_id(app, lesson_id, "e1"), label="Builders started the bridge")
    q6, q5 = live(app, lesson_id, "q6"), live(app, lesson_id, "q5")
    assert "Work on the bridge began" not in q6.choices + q6.answer
    assert q6.answer[0] == "Builders started the bridge"
    assert q5.prompt == "In which month did builders start the bridge?"
    # what a student is asked now
    student = app.test_client()
    page = student.get("/lessons/bridge/quiz").get_data(as_text=True)
    assert ">Builders started the bridge</label>" in page                # an item to put in order
    assert ">Work on the bridge began</label>" not in page
    assert "In which month did builders start the bridge?" in page


def test_hand_edited_questions_are_flagged_not_rebuilt(app, client, teacher):
    lesson_id = own_lesson(app, teacher)
    ids = question_ids(app, lesson_id)
    post(client, f"/teach/lessons/{lesson_id}/questions/{ids['q5']}",
         {"type": "when", "prompt": "In which month did the work start?",
          "choices": "March 2019\nMay 2024\nJanuary 2018", "answer": "March 2019", "sentence_id": "2",
          "in_quiz": "y"})
    correct_event(client, lesson_id, event_id(app, lesson_id, "e1"), date="2019-06-01")
    q5 = live(app, lesson_id, "q5")
    assert q5.answer == "March 2019" and q5.prompt == "In which month did the work start?"
    assert "March 2019 → June 2019" in q5.review_note and "edited this question" in q5.review_note
    page = client.get(f"/teach/lessons/{lesson_id}").get_data(as_text=True)
    assert 'id="flagged-summary"' in page and "Check this question:" in page
    post(client, f"/teach/lessons/{lesson_id}/questions/{q5.id}/checked")
    assert live(app, lesson_id, "q5").review_note is None


def test_events_that_now_share_a_day_flag_the_order_question(app, client, teacher):
    lesson_id = own_lesson(app, teacher)
    correct_event(client, lesson_id, event_id(app, lesson_id, "e1"), date="2024-05-06", precision="day")
    q6 = live(app, lesson_id, "q6")
    assert q6.answer[0] == "Work on the bridge began"           # unchanged: cannot be ordered
    assert "same day" in q6.review_note


def test_deleting_an_event_flags_its_questions(app, client, teacher):
    lesson_id = own_lesson(app, teacher)
    post(client, f"/teach/lessons/{lesson_id}/events/{event_id(app, lesson_id, 'e3')}/delete")
    assert "deleted" in live(app, lesson_id, "q6").review_note
    assert live(app, lesson_id, "q5").review_note is None


def test_a_correction_on_a_published_lesson_keeps_past_attempts_as_asked(app, client, assigned):
    student = app.test_client()
    join(student, assigned["code"], "Ben")
    take_assignment(student, assigned, RIGHT_ANSWERS)
    lesson_id = assigned["lesson_id"]
    correct_event(client, lesson_id, event_id(app, lesson_id, "e1"), date="2019-04-01")
    with app.app_context():
        attempt = db.session.execute(db.select(Attempt)).scalar_one()
        asked = next(s for s in attempt.questions if s["type"] == "when")
        assert asked["answer"] == "March 2019" and attempt.score == 6
        old = db.session.get(Question, asked["question_id"])
        assert old.archived
        new = next(q for q in db.session.get(Lesson, lesson_id).live_questions if q.key == "q5")
        assert new.previous_id == old.id and new.answer == "April 2019"


# ------------------------------------------------------------------------------------- regrade

def test_numbers_in_words_and_digits_are_the_same_answer():
    snap = {"type": "fill_blank", "answer": "two hours", "accept": []}
    for given in ("2 hours", "Two hours", "two  hours.", "2 Hours"):
        assert is_correct(snap, given), given
    assert not is_correct(snap, "3 hours")
    assert is_correct({"type": "fill_blank", "answer": "6,000", "accept": []}, "six thousand")
    assert is_correct({"type": "fill_blank", "answer": "21 days", "accept": []}, "twenty-one days")
    assert normalize("one hundred and five") == "105"


def test_regrade_after_a_key_change_counts_keeps_history_and_tells_the_student(app, client, assigned):
    """A corrected fill-in answer is offered for regrading with the count of changes; applying it
    changes marks, keeps both marks in the snapshot, and the student's result says so."""
    students = {}
    for name, answer in (("Ana", "April"), ("Ben", "march"), ("Cai", "Apr.")):
        student = app.test_client()
        join(student, assigned["code"], name)
        take_assignment(student, assigned, dict(RIGHT_ANSWERS, q3=answer))
        students[name] = student
    lesson_id = assigned["lesson_id"]
    q3 = int(assigned["ids"]["q3"])
    r = post(client, f"/teach/lessons/{lesson_id}/questions/{q3}",
             {"type": "fill_blank", "prompt": "Work on the bridge began in _____ 2019.", "answer": "April",
              "accept": "Apr", "sentence_id": "2", "in_quiz": "y"})
    assert r.status_code == 302 and "/regrade" in r.headers["Location"]
    page = client.get(r.headers["Location"]).get_data(as_text=True)
    assert "3 past answers" in page and "3 marks would change" in page
    assert "2 from wrong to right, 1 from right to wrong" in page
    r = post(client, r.headers["Location"], {})
    assert r.status_code == 302
    with app.app_context():
        attempts = {a.learner.display_name: a for a in db.session.execute(db.select(Attempt)).scalars()}
        assert {n: a.score for n, a in attempts.items()} == {"Ana": 6, "Ben": 5, "Cai": 6}
        snap = next(s for s in attempts["Ben"].questions if s["type"] == "fill_blank")
        assert snap["answer"] == "April"
        (history,) = snap["regrades"]
        assert history["was_correct"] is True and history["now_correct"] is False
        assert history["answer_before"] == "March" and history["accept_before"] == ["Mar"]
        assert history["score_before"] == 6
        marks = {r.attempt.learner.display_name: r.correct
                 for r in db.session.execute(db.select(Response).filter(Response.question_id == q3)).scalars()}
        assert marks == {"Ana": True, "Ben": False, "Cai": True}
        ana_attempt = attempts["Ana"].id
    result = students["Ana"].get(f"/attempts/{ana_attempt}").get_data(as_text=True)
    assert 'id="revised-note"' in result and "Your mark was revised" in result
    assert "Before, you had 5 of 6." in result
    # nothing left to change: the page says so and offers no button
    again = client.get(f"/teach/lessons/{lesson_id}/questions/{live(app, lesson_id, 'q3').id}/regrade")
    assert "No mark would change." in again.get_data(as_text=True)
    grades = client.get(f"/teach/assignments/{assigned['assignment_id']}/grades.csv").get_data(as_text=True)
    rows = {row["learner"]: row for row in csv.DictReader(io.StringIO(grades))}
    assert rows["Ana"]["score"] == "6" and rows["Ana"]["revised"] == "yes" and rows["Ben"]["score"] == "5"


def test_an_edit_that_keeps_the_key_does_not_offer_a_regrade(app, client, assigned):
    student = app.test_client()
    join(student, assigned["code"], "Ana")
    take_assignment(student, assigned, RIGHT_ANSWERS)
    q3 = int(assigned["ids"]["q3"])
    r = post(client, f"/teach/lessons/{assigned['lesson_id']}/questions/{q3}",
             {"type": "fill_blank", "prompt": "The work began in _____ 2019.", "answer": "March",
              "accept": "Mar", "sentence_id": "2", "in_quiz": "y"})
    assert r.status_code == 302 and "/regrade" not in r.headers["Location"]


def test_answers_naming_a_renamed_option_keep_their_mark(app, client, assigned):
    """Fixing a typo in the right option must not turn the students who chose it wrong."""
    for name, answer in (("Ana", "Ana Ruiz"), ("Ben", "Marta Gil")):
        student = app.test_client()
        join(student, assigned["code"], name)
        take_assignment(student, assigned, dict(RIGHT_ANSWERS, q1=answer))
    q1 = int(assigned["ids"]["q1"])
    r = post(client, f"/teach/lessons/{assigned['lesson_id']}/questions/{q1}",
             {"type": "multiple_choice", "prompt": "Who opened the Harbour Bridge?",
              "choices": "Ana Ruiz López\nMarta Gil\nPedro Sanz\nLuis Mora", "answer": "Ana Ruiz López",
              "sentence_id": "0", "in_quiz": "y"})
    page = client.get(r.headers["Location"]).get_data(as_text=True)
    assert "2 past answers" in page and "No mark would change." in page
    assert "1 answer names an option this version no longer has" in page
