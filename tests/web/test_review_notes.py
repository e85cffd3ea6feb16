"""The engine's reason for leaving a bank question out of the quiz reaches the teacher's review page and
the teacher's API, never a student; a correction's note wins over it and an edit clears it."""
from __future__ import annotations

import dataclasses
import re

import pytest
from conftest import fake_lesson
from teacher_helpers import own_lesson, post, question_ids, sign_up, user_id

import quizgen
from classroom.extensions import db
from classroom.lessons import ENGINE_NOTE_PREFIX, create_lesson, engine_note, refresh_lesson
from classroom.models import Lesson, Question

TRIVIA = "It asks about a spokesperson named once: a side detail."
GIVEAWAY = "Its answer is given away by question 2 of the quiz."
IN_QUIZ_NOTE = "The engine noted this on a quiz question, which keeps no note."


@dataclasses.dataclass(frozen=True)
class NotedQuestion(quizgen.Question):
    """quizgen's Question with the `note` the engine writes on bank questions (declared here too, so
    these tests pass whether or not the engine's own field has landed)."""

    note: str = ""


def noted_lesson(notes: dict[str, str] | None = None) -> quizgen.Lesson:
    """The small lesson with a four-question quiz; q5, q6 and q7 stay in the bank, two with a note."""
    notes = {"q1": IN_QUIZ_NOTE, "q6": TRIVIA, "q7": GIVEAWAY} if notes is None else notes
    fake = fake_lesson()
    questions = tuple(NotedQuestion(**{f.name: getattr(q, f.name) for f in dataclasses.fields(q)
                                       if f.name != "note"}, note=notes.get(q.id, ""))
                      for q in fake.questions)
    return dataclasses.replace(fake, questions=questions, quiz=("q1", "q2", "q3", "q4"))


@pytest.fixture
def teacher(client):
    sign_up(client, "ana@school.example", name="Ana")
    return "ana@school.example"


@pytest.fixture
def noted(app, teacher) -> int:
    """The noted lesson as the teacher's draft, made as the lesson job makes it (engine monkeypatched)."""
    from classroom import authoring

    owner = user_id(app, teacher)
    with app.app_context(), pytest.MonkeyPatch.context() as mp:
        mp.setattr(quizgen, "build_lesson", lambda *a, **k: noted_lesson())
        lesson = authoring.generate_lesson(owner, text="An article.", title="Bridge", source=None,
                                           published=None)
        db.session.commit()
        return lesson.id


def notes_by_key(app, lesson_id: int) -> dict[str, str | None]:
    with app.app_context():
        return {q.key: q.review_note for q in db.session.get(Lesson, lesson_id).live_questions}


def review_page(client, lesson_id: int) -> str:
    r = client.get(f"/teach/lessons/{lesson_id}")
    assert r.status_code == 200
    return r.get_data(as_text=True)


def text_of(html: str) -> str:
    return " ".join(re.sub(r"<[^>]+>", "", html).split())


# ---------------------------------------------------------------------------------- storing

def test_engine_notes_are_kept_for_bank_questions_only(app, noted):
    """q6 and q7 (bank) keep the engine's reason; q1 (quiz) and q5 (bank, no note) keep none."""
    notes = notes_by_key(app, noted)
    assert notes["q6"] == ENGINE_NOTE_PREFIX + TRIVIA and notes["q7"] == ENGINE_NOTE_PREFIX + GIVEAWAY
    assert notes["q1"] is None and notes["q5"] is None and notes["q2"] is None


@pytest.mark.parametrize("question, in_quiz, expected", [
    ({"note": "Side detail."}, False, ENGINE_NOTE_PREFIX + "Side detail."),
    ({"note": "Side detail."}, True, None),
    ({}, False, None),                                       # an engine that writes no notes yet
    ({"note": " \x00Two\n  lines\x1f "}, False, ENGINE_NOTE_PREFIX + "Two lines"),
    ({"note": "Left out: it asks about a side detail."}, False,   # not "Left out of the quiz: Left out: ..."
     ENGINE_NOTE_PREFIX + "It asks about a side detail."),
])
def test_engine_note_reads_a_dict_and_stores_clean_text(question, in_quiz, expected):
    assert engine_note(question, in_quiz) == expected


def test_an_engine_without_notes_leaves_every_note_empty(app, teacher):
    lesson_id = own_lesson(app, teacher)
    assert set(notes_by_key(app, lesson_id).values()) == {None}


def test_regeneration_updates_engine_notes_but_keeps_a_correction_note(app, teacher):
    """A correction's note wins over a new engine note; an old engine note follows the engine."""
    with app.app_context():
        lesson = create_lesson(noted_lesson(), slug="bridge", owner_id=user_id(app, teacher))
        db.session.flush()
        q6 = next(q for q in lesson.questions if q.key == "q6")
        q6.review_note = "The event “A festival follows” was deleted, but this question is built on it."
        db.session.commit()
        lesson_id = lesson.id
        again = noted_lesson({"q6": "A new reason.", "q7": "Still a giveaway."})
        # a message changes too: older engines leave notes out of to_dict, hence out of the fingerprint
        changed = refresh_lesson(db.session.get(Lesson, lesson_id), dataclasses.replace(again, messages=("Again.",)))
        db.session.commit()
    assert changed
    notes = notes_by_key(app, lesson_id)
    assert notes["q6"].startswith("The event “A festival follows” was deleted")
    assert notes["q7"] == ENGINE_NOTE_PREFIX + "Still a giveaway."


# ------------------------------------------------------------------------------ review page

def test_review_page_sums_up_quiz_and_bank_and_links_to_the_flagged(app, client, noted):
    page = review_page(client, noted)
    summary = text_of(page[page.index('id="question-summary"'):page.index("</div>", page.index('id="question-summary"'))])
    assert "4 questions in the quiz. 3 more in the bank; 2 of them need a look." in summary
    assert "never padded" in summary                                  # fewer than ten: said why
    assert 'href="#bank-flagged-heading"' in page and 'id="bank-flagged-heading" tabindex="-1"' in page
    flagged = page[page.index('id="bank-flagged"'):page.index('id="bank-rest"')]
    assert f"<strong>Left out of the quiz:</strong> {TRIVIA}" in flagged
    assert f"<strong>Left out of the quiz:</strong> {GIVEAWAY}" in flagged
    rest = page[page.index('id="bank-rest"'):]
    assert "When did work on the bridge begin?" in rest.split("</details>")[0]     # q5: no note
    assert IN_QUIZ_NOTE not in page and 'id="flagged-summary"' not in page        # no correction pending


def test_one_flagged_question_reads_in_the_singular(app, client, teacher):
    with app.app_context():
        lesson = create_lesson(noted_lesson({"q7": GIVEAWAY}), slug="bridge", owner_id=user_id(app, teacher))
        db.session.commit()
        lesson_id = lesson.id
    summary = text_of(review_page(client, lesson_id))
    assert "3 more in the bank; 1 of them needs a look." in summary


def test_a_correction_note_on_a_quiz_question_is_still_a_check_not_a_reason(app, client, noted):
    ids = question_ids(app, noted)
    with app.app_context():
        db.session.get(Question, ids["q1"]).review_note = "The event was corrected: check the answer."
        db.session.commit()
    page = review_page(client, noted)
    assert "<strong>Check this question:</strong> The event was corrected" in page
    assert "1 question to check" in text_of(page[page.index('id="flagged-summary"'):])
    assert "2 of them need a look" in text_of(page)                  # the bank count is unchanged


def test_editing_a_flagged_question_clears_its_note(app, client, noted):
    ids = question_ids(app, noted)
    r = post(client, f"/teach/lessons/{noted}/questions/{ids['q7']}",
             {"type": "multiple_choice", "prompt": "What did the city council say?",
              "choices": "The cost\nThe date\nThe name", "answer": "The cost", "sentence_id": "1"})
    assert r.status_code == 302
    assert notes_by_key(app, noted)["q7"] is None
    page = review_page(client, noted)
    assert "1 of them needs a look" in text_of(page) and GIVEAWAY not in page


def test_checked_keep_it_clears_an_engine_note(app, client, noted):
    ids = question_ids(app, noted)
    post(client, f"/teach/lessons/{noted}/questions/{ids['q6']}/checked")
    assert notes_by_key(app, noted)["q6"] is None


def test_a_note_with_markup_is_shown_as_text(app, client, teacher):
    with app.app_context():
        lesson = create_lesson(noted_lesson({"q7": "<script>alert(1)</script> \u202e 😀"}), slug="bridge",
                               owner_id=user_id(app, teacher))
        db.session.commit()
        lesson_id = lesson.id
    page = review_page(client, lesson_id)
    assert "<script>alert(1)" not in page and "&lt;script&gt;alert(1)&lt;/script&gt; \u202e 😀" in page


# ------------------------------------------------------------------------------ who sees notes

def test_students_never_see_notes(app, client, noted):
    """Published, the lesson page, quiz and read API show no note and no bank question."""
    with app.app_context():
        lesson = db.session.get(Lesson, noted)
        lesson.status, slug = "published", lesson.slug
        db.session.commit()
    student = app.test_client()
    for url in (f"/lessons/{slug}", f"/lessons/{slug}/quiz", f"/api/v1/lessons/{slug}"):
        body = student.get(url).get_data(as_text=True)
        assert TRIVIA not in body and GIVEAWAY not in body and ENGINE_NOTE_PREFIX not in body, url
    data = student.get(f"/api/v1/lessons/{slug}").get_json()
    assert all("note" not in q and "in_quiz" not in q for q in data["questions"])


def test_the_teachers_api_answer_carries_in_quiz_and_notes(app, client, monkeypatch):
    """POST /api/v1/lessons (a teacher's key) answers with the bank, saying which are in the quiz and why
    the others were left out."""
    from classroom.apikeys import create_key
    from classroom.models import User

    with app.app_context():
        user = User(email="t@example.org", password_hash="x", name="T")
        db.session.add(user)
        db.session.flush()
        _, token = create_key(user, "tests")
        db.session.commit()
    monkeypatch.setattr(quizgen, "build_lesson", lambda *a, **k: noted_lesson())
    r = client.post("/api/v1/lessons", json={"text": "An article."}, headers={"Authorization": f"Bearer {token}"})
    assert r.status_code == 201, r.get_json()
    questions = {q["prompt"]: q for q in r.get_json()["questions"]}
    assert len(questions) == 7 and sum(q["in_quiz"] for q in questions.values()) == 4
    assert questions["What did the city council give?"]["note"] == ENGINE_NOTE_PREFIX + GIVEAWAY
    assert "note" not in questions["Who opened the Harbour Bridge?"]
    assert "note" not in questions["When did work on the bridge begin?"]
