"""Teacher flows with the test client on SQLite and PostgreSQL: new lesson, review and edit, publish, export."""
from __future__ import annotations

import io
import json
import re
import zipfile

import pytest
from conftest import RIGHT_ANSWERS
from student_helpers import quiz_form_data
from teacher_helpers import own_lesson, post, question_ids, sign_up

import quizgen.article
from classroom.extensions import db
from classroom.models import Attempt, Event, Lesson, Question, ReviewItem

ARTICLE = """Town opens new library after fire

The town of Brackley opened its new library on Tuesday, two years after a fire destroyed the old building.
Mayor Ruth Okafor cut the ribbon in front of about 300 residents, the council said.
The fire broke out on March 3, 2022, and firefighters from three towns fought it through the night.
"We lost 40,000 books that night, but we never lost our readers," Okafor said.
Construction of the new building began last September and cost 6 million pounds.
The library will open on Sundays from next month, the council said."""


@pytest.fixture
def teacher(client):
    """A signed-in teacher (the client carries the session)."""
    sign_up(client, "ana@school.example", name="Ana")
    return "ana@school.example"


def lesson_row(app, lesson_id: int) -> Lesson:
    with app.app_context():
        lesson = db.session.get(Lesson, lesson_id)
        db.session.expunge(lesson)
        return lesson


# ------------------------------------------------------------------------------------ new lesson

def test_new_lesson_from_pasted_text_makes_a_draft_to_review(app, client, teacher):
    """Pasted text with a publication date becomes the teacher's draft, with dates resolved from it."""
    r = post(client, "/teach/lessons/new", {"title": "", "source": "Brackley Echo",
                                             "published": "2024-05-16", "text": ARTICLE})
    assert r.status_code == 302, r.get_data(as_text=True)[:2000]
    lesson_id = int(re.search(r"/teach/lessons/(\d+)$", r.headers["Location"]).group(1))
    with app.app_context():
        lesson = db.session.get(Lesson, lesson_id)
        assert lesson.status == "draft" and lesson.owner.email == teacher
        assert lesson.title == "Town opens new library after fire"
        assert lesson.source == "Brackley Echo"
        dates = {e.time_text: e.date.isoformat() for e in lesson.events}
        assert dates.get("Tuesday") == "2024-05-14"       # the Tuesday before Thursday 16 May
        assert dates.get("March 3, 2022") == "2022-03-03"
        assert lesson.quiz_questions
    page = client.get(r.headers["Location"]).get_data(as_text=True)
    assert "From the words “Tuesday”" in page              # how each date was read is shown
    assert "ranking score" in page and 'class="evidence-quote"' in page
    # A draft is not on the students' home page.
    assert "Town opens new library" not in app.test_client().get("/").get_data(as_text=True)


def test_new_lesson_form_explains_the_publication_date(client, teacher):
    """The form says why the publication date matters, and labels every field."""
    page = client.get("/teach/lessons/new").get_data(as_text=True)
    assert "“Wednesday”" in page or "“on Wednesday”" in page
    assert "last month" in page
    for field in ("title", "source", "published", "text"):
        assert f'<label for="{field}">' in page


def test_pasted_html_is_cleaned_to_the_article_text(app, client, teacher):
    """HTML is reduced to the article's text (no markup, no navigation) and its headline is the title."""
    body = "".join(f"<p>{line}</p>" for line in ARTICLE.splitlines()[2:])
    html = (f"<html><head><title>Library reopens in Brackley</title></head><body>"
            f"<nav><a href='/'>Home</a> <a href='/sport'>Sport</a></nav><article><h1>Library reopens</h1>"
            f"{body}</article><footer>Cookie settings</footer></body></html>")
    r = post(client, "/teach/lessons/new", {"published": "2024-05-16", "text": html})
    assert r.status_code == 302
    with app.app_context():
        lesson = db.session.execute(db.select(Lesson)).scalar_one()
        assert "<p>" not in lesson.text and "Cookie settings" not in lesson.text
        assert "Mayor Ruth Okafor cut the ribbon" in lesson.text
        assert lesson.title == "Library reopens"          # the page's headline


def test_over_size_article_keeps_everything_typed(app, client, teacher):
    """An article over the limit gets a clear message, and the form comes back with the text in it."""
    marker = "UNIQUE-MARKER-7731"
    text = marker + " " + ("The council met on Monday. " * (quizgen.article.MAX_BYTES // 20))
    r = post(client, "/teach/lessons/new", {"title": "My long title", "source": "Echo",
                                             "published": "2024-05-16", "text": text})
    page = r.get_data(as_text=True)
    assert r.status_code == 422
    assert f"the limit is {quizgen.article.MAX_BYTES // 1000} KB" in page
    assert marker in page and 'value="My long title"' in page and 'value="2024-05-16"' in page
    with app.app_context():
        assert db.session.execute(db.select(db.func.count()).select_from(Lesson)).scalar_one() == 0


def test_article_with_no_sentences_gets_a_message_not_a_traceback(client, teacher):
    """Text the engine cannot use comes back with its message on the form."""
    r = post(client, "/teach/lessons/new", {"text": "   \n\n  "})
    assert r.status_code == 422
    assert "Paste the article here." in r.get_data(as_text=True)


# ----------------------------------------------------------------------------- review and edit

def test_editing_a_draft_question_changes_it_in_place(app, client, teacher):
    """Before publishing, an edit rewrites the row and marks it edited."""
    lesson_id = own_lesson(app, teacher)
    qid = question_ids(app, lesson_id)["q1"]
    r = post(client, f"/teach/lessons/{lesson_id}/questions/{qid}", {
        "type": "multiple_choice", "prompt": "Who opened the new bridge?",
        "choices": "Ana Ruiz\nMarta Gil\nPedro Sanz", "answer": "Ana Ruiz", "sentence_id": "0",
        "in_quiz": "y"})
    assert r.status_code == 302
    with app.app_context():
        q = db.session.get(Question, qid)
        assert (q.prompt, q.choices, q.edited, q.archived) == (
            "Who opened the new bridge?", ["Ana Ruiz", "Marta Gil", "Pedro Sanz"], True, False)


@pytest.mark.parametrize("data, message", [
    ({"type": "multiple_choice", "choices": "A\nB\nC", "answer": "D"}, "must be one of the options"),
    ({"type": "multiple_choice", "choices": "A", "answer": "A"}, "2 to 6 options"),
    ({"type": "multiple_choice", "choices": "A b\na  B\nC", "answer": "A b"}, "Two options are the same"),
    ({"type": "true_false", "answer": "Maybe"}, "True or False"),
    ({"type": "fill_blank", "answer": "x"}, "Mark the blank with underscores"),
    ({"type": "order_events", "choices": "Only one"}, "2 to 6 events"),
])
def test_a_question_that_cannot_be_marked_is_refused(app, client, teacher, data, message):
    """Inconsistent questions come back with a message and nothing is saved."""
    lesson_id = own_lesson(app, teacher)
    r = post(client, f"/teach/lessons/{lesson_id}/questions/new",
             {"prompt": "A new question?", "sentence_id": "-1", **data})
    assert r.status_code == 422 and message in r.get_data(as_text=True)
    with app.app_context():
        assert len(db.session.get(Lesson, lesson_id).live_questions) == 7


def test_teacher_adds_their_own_questions_of_each_kind(app, client, teacher):
    """New questions land at the end of the quiz in the shape the marking code expects."""
    lesson_id = own_lesson(app, teacher)
    post(client, f"/teach/lessons/{lesson_id}/questions/new", {
        "type": "fill_blank", "prompt": "The bridge cost 40 million _____.", "answer": "euros",
        "accept": "EUR\n€", "sentence_id": "1", "in_quiz": "y"})
    post(client, f"/teach/lessons/{lesson_id}/questions/new", {
        "type": "order_events", "prompt": "Order these.", "choices": "First\nSecond\nThird",
        "sentence_id": "-1", "in_quiz": "y"})
    post(client, f"/teach/lessons/{lesson_id}/questions/new", {
        "type": "true_false", "prompt": "The festival is next Saturday.", "answer": "True",
        "choices": "ignored", "sentence_id": "4"})
    with app.app_context():
        lesson = db.session.get(Lesson, lesson_id)
        fill, order = lesson.quiz_questions[-2:]
        assert (fill.type, fill.answer, fill.accept, fill.choices, fill.sentence_id) == (
            "fill_blank", "euros", ["EUR", "€"], None, 1)
        assert (order.answer, order.choices) == (["First", "Second", "Third"], ["First", "Second", "Third"])
        tf = lesson.live_questions[-1]
        assert (tf.choices, tf.in_quiz) == (["True", "False"], False)


def test_delete_and_reorder_questions(app, client, teacher):
    """Delete takes a question out of the quiz into the bank (with undo); move up/down swaps it with its
    neighbour in the quiz."""
    lesson_id = own_lesson(app, teacher)
    ids = question_ids(app, lesson_id)
    post(client, f"/teach/lessons/{lesson_id}/questions/{ids['q2']}/move", {"steps": "-1"})
    post(client, f"/teach/lessons/{lesson_id}/questions/{ids['q6']}/move", {"steps": "1"})  # already last
    post(client, f"/teach/lessons/{lesson_id}/questions/{ids['q4']}/delete")
    with app.app_context():
        keys = [q.key for q in db.session.get(Lesson, lesson_id).quiz_questions]
        assert keys == ["q2", "q1", "q3", "q5", "q6"]
        q4 = db.session.get(Question, ids["q4"])                  # back in the bank, not destroyed
        assert not q4.in_quiz and not q4.archived
    page = client.get(f"/teach/lessons/{lesson_id}").get_data(as_text=True)
    assert 'id="undo-bar"' in page
    quiz = page[page.index('id="quiz-questions"'):page.index('id="exports"')]
    assert quiz.index("The bridge cost 40 million euros.") < quiz.index("Who opened the Harbour Bridge?")


def test_correct_add_and_delete_events(app, client, teacher):
    """A corrected date records that the teacher set it; events can be added and deleted."""
    lesson_id = own_lesson(app, teacher)
    with app.app_context():
        monday = db.session.execute(db.select(Event).filter_by(lesson_id=lesson_id, key="e2")).scalar_one().id
    page = client.get(f"/teach/lessons/{lesson_id}/events/{monday}").get_data(as_text=True)
    assert "the latest Monday on or before publication" in page and 'value="2024-05-06"' in page
    r = post(client, f"/teach/lessons/{lesson_id}/events/{monday}", {
        "date": "2024-04-29", "precision": "day", "label": "Ana Ruiz opened the bridge",
        "time_text": "Monday", "sentence_id": "0"})
    assert r.status_code == 302
    post(client, f"/teach/lessons/{lesson_id}/events/new", {
        "date": "2019-11-20", "precision": "month", "label": "The council approved the bridge",
        "time_text": "", "sentence_id": "-1"})
    with app.app_context():
        lesson = db.session.get(Lesson, lesson_id)
        by_label = {e.label: e for e in lesson.events}
        fixed = by_label["Ana Ruiz opened the bridge"]
        assert fixed.date.isoformat() == "2024-04-29" and fixed.edited
        assert fixed.rule.startswith("set by the teacher") and "2024-05-06" in fixed.rule
        added = by_label["The council approved the bridge"]
        assert added.date.isoformat() == "2019-11-01" and added.sentence_id is None
        added_id = added.id
    post(client, f"/teach/lessons/{lesson_id}/events/{added_id}/delete")
    r = post(client, f"/teach/lessons/{lesson_id}/events/{monday}", {
        "date": "not a date", "precision": "day", "label": "x", "sentence_id": "0"})
    assert r.status_code == 422 and "Not a valid date value" in r.get_data(as_text=True)
    with app.app_context():
        assert db.session.get(Event, added_id) is None


def test_publish_needs_a_quiz_and_shows_the_lesson_to_students(app, client, teacher):
    """Publishing makes the lesson public; a lesson without quiz questions cannot be published."""
    lesson_id = own_lesson(app, teacher)
    student = app.test_client()
    assert student.get("/lessons/bridge").status_code == 404
    r = post(client, f"/teach/lessons/{lesson_id}/status", {"status": "published"})
    assert r.status_code == 302
    assert student.get("/lessons/bridge").status_code == 200
    post(client, f"/teach/lessons/{lesson_id}/status", {"status": "draft"})
    assert student.get("/lessons/bridge").status_code == 404
    for qid in question_ids(app, lesson_id).values():
        post(client, f"/teach/lessons/{lesson_id}/questions/{qid}/delete")
    post(client, f"/teach/lessons/{lesson_id}/status", {"status": "published"})
    page = client.get(f"/teach/lessons/{lesson_id}").get_data(as_text=True)
    assert "Put at least one question in the quiz" in page
    assert lesson_row(app, lesson_id).status == "draft"


def test_editing_a_published_question_keeps_answers_already_given(app, client, teacher):
    """After students answered, an edit makes a new version; old attempts still read and mark as before."""
    lesson_id = own_lesson(app, teacher, status="published")
    ids = {k: str(v) for k, v in question_ids(app, lesson_id).items()}
    student = app.test_client()
    page = student.get("/lessons/bridge/quiz").get_data(as_text=True)
    wrong = dict(RIGHT_ANSWERS, q1="Marta Gil")
    r = student.post("/lessons/bridge/quiz", data=quiz_form_data(page, wrong, ids))
    result_url = r.headers["Location"]

    post(client, f"/teach/lessons/{lesson_id}/questions/{ids['q1']}", {
        "type": "multiple_choice", "prompt": "Who cut the ribbon on the Harbour Bridge?",
        "choices": "Marta Gil\nAna Ruiz\nLuis Mora", "answer": "Marta Gil", "sentence_id": "0",
        "in_quiz": "y"})
    with app.app_context():
        old = db.session.get(Question, int(ids["q1"]))
        assert old.archived and not old.in_quiz and old.answer == "Ana Ruiz"
        lesson = db.session.get(Lesson, lesson_id)
        new = lesson.quiz_questions[0]
        assert new.id != old.id and new.answer == "Marta Gil" and new.key == "q1"
        # The mistake due for review now comes back as the corrected question.
        assert db.session.execute(db.select(ReviewItem.question_id)).scalar_one() == new.id
        attempt = db.session.execute(db.select(Attempt)).scalar_one()
        assert attempt.score == 5 and attempt.questions[0]["answer"] == "Ana Ruiz"

    page = student.get(result_url).get_data(as_text=True)
    assert "Who opened the Harbour Bridge?" in page
    assert "Who cut the ribbon" not in page
    fresh = student.get("/lessons/bridge/quiz").get_data(as_text=True)
    assert "Who cut the ribbon on the Harbour Bridge?" in fresh
    assert "Who opened the Harbour Bridge?" not in fresh


# ---------------------------------------------------------------------------------------- exports

@pytest.mark.parametrize("fmt, mimetype", [
    ("gift", "text/plain"), ("moodle", "application/xml"), ("qti", "application/zip"),
    ("timelinejs", "application/json"),
])
def test_exports_download_the_lesson_as_edited(app, client, teacher, fmt, mimetype):
    """Each export button gives a file in its format, with the teacher's edits in it."""
    lesson_id = own_lesson(app, teacher)
    qid = question_ids(app, lesson_id)["q1"]
    post(client, f"/teach/lessons/{lesson_id}/questions/{qid}", {
        "type": "multiple_choice", "prompt": "Who opened the bridge & the road?",
        "choices": "Ana Ruiz\nMarta Gil", "answer": "Ana Ruiz", "sentence_id": "0", "in_quiz": "y"})
    page = client.get(f"/teach/lessons/{lesson_id}").get_data(as_text=True)
    assert f"/teach/lessons/{lesson_id}/export/{fmt}" in page
    r = client.get(f"/teach/lessons/{lesson_id}/export/{fmt}")
    assert r.status_code == 200 and r.mimetype == mimetype
    assert r.headers["Content-Disposition"].startswith('attachment; filename="bridge.')
    if fmt == "qti":
        with zipfile.ZipFile(io.BytesIO(r.data)) as z:
            assert "imsmanifest.xml" in z.namelist()
            assert any("the road?" in z.read(n).decode() for n in z.namelist() if n.endswith(".xml"))
    elif fmt == "timelinejs":
        data = json.loads(r.data)
        assert {e["text"]["headline"] for e in data["events"]} >= {"Work on the bridge began"}
    elif fmt == "moodle":
        assert "the bridge &amp; the road?" in r.get_data(as_text=True)
    else:
        assert "the bridge & the road?" in r.get_data(as_text=True)
    assert client.get(f"/teach/lessons/{lesson_id}/export/pdf").status_code == 404


def test_review_page_escapes_article_text(app, client, teacher):
    """Article text and generated questions are escaped on teacher pages too."""
    lesson_id = own_lesson(app, teacher)
    qid = question_ids(app, lesson_id)["q1"]
    post(client, f"/teach/lessons/{lesson_id}/questions/{qid}", {
        "type": "multiple_choice", "prompt": "<script>alert(1)</script>?",
        "choices": "<b>A</b>\nB", "answer": "<b>A</b>", "sentence_id": "0", "in_quiz": "y"})
    page = client.get(f"/teach/lessons/{lesson_id}").get_data(as_text=True)
    assert "<script>alert(1)</script>" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;?" in page
    assert "<b>A</b>" not in page


def test_review_page_says_what_an_export_leaves_out(app, client, teacher):
    """A question an export cannot carry is named on the review page, with the reason."""
    lesson_id = own_lesson(app, teacher)
    with app.app_context():
        q = db.session.get(Question, question_ids(app, lesson_id)["q6"])
        q.choices = ["Same", "Same"]
        q.answer = ["Same", "Same"]
        db.session.commit()
    page = client.get(f"/teach/lessons/{lesson_id}").get_data(as_text=True)
    assert "GIFT (Moodle): question 6 left out (two events have the same label" in page
