"""Student flows with the test client, on SQLite and PostgreSQL: lesson, quiz, result, progress."""
from __future__ import annotations

import re

import pytest
from conftest import FAKE_SLUG, RIGHT_ANSWERS
from student_helpers import hidden, order_labels, quiz_form_data

from classroom.extensions import db
from classroom.models import Attempt, Lesson, Response, ReviewItem

WRONG_ANSWERS = {"q1": "Marta Gil", "q2": "False", "q3": "April", "q4": "Pedro Sanz",
                 "q5": "May 2024",
                 "q6": ["A festival follows", "Work on the bridge began", "Ana Ruiz opened the Harbour Bridge"]}


def take_quiz(client, answers, ids, slug=FAKE_SLUG):
    page = client.get(f"/lessons/{slug}/quiz").get_data(as_text=True)
    data = quiz_form_data(page, answers, ids)
    return client.post(f"/lessons/{slug}/quiz", data=data), data


def count(app, model) -> int:
    with app.app_context():
        return db.session.execute(db.select(db.func.count()).select_from(model)).scalar_one()


def test_home_lists_published_lessons(client, lesson):
    """The home page links to each published lesson."""
    page = client.get("/").get_data(as_text=True)
    assert f'href="/lessons/{lesson}"' in page
    assert "The Harbour Bridge opens" in page


def test_lesson_page_has_addressable_sentences_timeline_and_event_list(client, lesson):
    """Sentences carry ids, the figure data and the accessible event list are on the page."""
    r = client.get(f"/lessons/{lesson}")
    page = r.get_data(as_text=True)
    assert r.status_code == 200
    for sid in range(5):
        assert f'id="s-{sid}"' in page
    assert 'id="timeline-chart-data"' in page and re.search(r"/static/js/timeline\.[0-9a-f]{12}\.js", page)
    assert "plotly" not in page                          # the timeline is drawn without plotly
    events = re.findall(r'<li class="event" data-sentence="(\d+)">', page)
    assert events == ["2", "0", "4"]                     # by date: 2019, Monday, next Saturday
    assert 'href="#s-2"' in page
    assert "written “March 2019”" in page and "March 2019" in page
    assert f'href="/lessons/{lesson}/quiz"' in page


def test_lesson_page_escapes_article_text(app, client):
    """Article text is escaped in the page, never rendered as HTML."""
    from dataclasses import replace

    from classroom.lessons import create_lesson
    from conftest import fake_lesson
    from quizgen.model import Sentence

    fake = fake_lesson()
    evil = "<script>alert(1)</script> happened."
    fake = replace(fake, sentences=(Sentence(0, evil, 0, len(evil), 0),) + fake.sentences[1:])
    with app.app_context():
        create_lesson(fake, slug="evil", status="published")
        db.session.commit()
    page = client.get("/lessons/evil").get_data(as_text=True)
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_every_page_refuses_framing(client, lesson):
    """Pages send X-Frame-Options DENY and CSP frame-ancestors 'none'."""
    for url in ("/", f"/lessons/{lesson}", "/progress", "/nope"):
        r = client.get(url)
        assert r.headers["X-Frame-Options"] == "DENY"
        assert "frame-ancestors 'none'" in r.headers["Content-Security-Policy"]


def test_draft_lessons_are_hidden_from_students(app, client, lesson):
    """A draft lesson answers 404 on the page, the quiz and the API."""
    with app.app_context():
        db.session.execute(db.update(Lesson).values(status="draft"))
        db.session.commit()
    assert client.get(f"/lessons/{lesson}").status_code == 404
    assert client.get(f"/lessons/{lesson}/quiz").status_code == 404
    assert client.get(f"/api/v1/lessons/{lesson}").status_code == 404


def test_quiz_page_labels_every_field_and_keeps_its_order_on_reload(client, lesson, quiz_ids):
    """Each question has a labelled field; reloading shows the same attempt in the same order."""
    first = client.get(f"/lessons/{lesson}/quiz").get_data(as_text=True)
    for key in ("q1", "q2", "q4", "q5"):
        assert f'name="q{quiz_ids[key]}"' in first
    assert re.search(rf'<label[^>]*for="q{quiz_ids["q3"]}"', first)  # fill in the blank
    labels = order_labels(first, f"q{quiz_ids['q6']}")
    assert sorted(labels) == sorted(RIGHT_ANSWERS["q6"])
    assert labels != RIGHT_ANSWERS["q6"]                         # never shown already solved
    for input_id in re.findall(r'<input[^>]*type="radio"[^>]*id="([^"]+)"', first):
        assert f'<label for="{input_id}">' in first
    assert f'name="q{quiz_ids["q7"]}"' not in first              # in the bank, not in the quiz
    second = client.get(f"/lessons/{lesson}/quiz").get_data(as_text=True)
    assert hidden(first, "idempotency_key") == hidden(second, "idempotency_key")
    assert order_labels(second, f"q{quiz_ids['q6']}") == labels


def test_options_are_shuffled_per_attempt(app, lesson, quiz_ids):
    """Different attempts show the multiple-choice options in different orders."""
    orders = set()
    for _ in range(8):
        page = app.test_client().get(f"/lessons/{lesson}/quiz").get_data(as_text=True)
        orders.add(tuple(re.findall(rf'name="q{quiz_ids["q1"]}"[^>]*value="([^"]+)"', page)))
    assert len(orders) > 1
    assert all(sorted(o) == sorted(["Ana Ruiz", "Marta Gil", "Pedro Sanz", "Luis Mora"]) for o in orders)


def test_all_right_gives_full_score_with_feedback(app, client, lesson, quiz_ids):
    """Right answers (fill-in case-insensitively) score 6 of 6 and the result page says so."""
    r, _ = take_quiz(client, RIGHT_ANSWERS, quiz_ids)
    assert r.status_code == 302
    page = client.get(r.headers["Location"]).get_data(as_text=True)
    assert "6 of 6" in page
    assert page.count("✔") == 6 and "Not right" not in page
    with app.app_context():
        attempt = db.session.execute(db.select(Attempt)).scalar_one()
        assert (attempt.score, attempt.max_score) == (6, 6)
        assert attempt.submitted is not None


def test_wrong_answers_show_right_answer_and_evidence(client, lesson, quiz_ids):
    """Each wrong answer shows the learner's answer, the right one and its evidence sentence."""
    r, _ = take_quiz(client, WRONG_ANSWERS, quiz_ids)
    page = client.get(r.headers["Location"]).get_data(as_text=True)
    assert "0 of 6" in page
    assert page.count("Not right") == 6
    assert "Marta Gil" in page and "Ana Ruiz" in page
    assert "Work began in March 2019 after a long debate." in page
    assert f'href="/lessons/{lesson}#s-2"' in page
    assert "Work on the bridge began → Ana Ruiz opened the Harbour Bridge → A festival follows" in page


def test_double_submit_records_one_attempt(app, client, lesson, quiz_ids):
    """Posting the same quiz form twice stores one attempt and redirects both to its result."""
    r1, data = take_quiz(client, RIGHT_ANSWERS, quiz_ids)
    r2 = client.post(f"/lessons/{lesson}/quiz", data=data)
    assert r1.headers["Location"] == r2.headers["Location"]
    assert count(app, Attempt) == 1
    assert count(app, Response) == 6


def test_retry_keeps_every_attempt(app, client, lesson, quiz_ids):
    """A second attempt is a new row; progress lists both, best score per lesson is the higher."""
    take_quiz(client, WRONG_ANSWERS, quiz_ids)
    take_quiz(client, RIGHT_ANSWERS, quiz_ids)
    assert count(app, Attempt) == 2
    page = client.get("/progress").get_data(as_text=True)
    assert "0 / 6" in page and "6 / 6" in page
    assert "100%" in page
    assert 'id="progress-figure"' in page


def test_missing_answers_are_refused_and_kept(client, lesson, quiz_ids):
    """An incomplete quiz comes back with messages and the answers already given."""
    page = client.get(f"/lessons/{lesson}/quiz").get_data(as_text=True)
    data = quiz_form_data(page, {"q1": "Ana Ruiz", "q3": "March"}, quiz_ids)
    r = client.post(f"/lessons/{lesson}/quiz", data=data)
    body = r.get_data(as_text=True)
    assert r.status_code == 422
    assert "Choose an answer." in body and 'role="alert"' in body
    assert 'value="March"' in body
    assert re.search(r'checked[^>]*value="Ana Ruiz"|value="Ana Ruiz"[^>]*checked', body)


def test_ordering_needs_distinct_positions(client, lesson, quiz_ids):
    """Two events given the same position is an error the learner can fix."""
    page = client.get(f"/lessons/{lesson}/quiz").get_data(as_text=True)
    data = quiz_form_data(page, RIGHT_ANSWERS, quiz_ids)
    field = f"q{quiz_ids['q6']}"
    data[f"{field}-p0"] = data[f"{field}-p1"] = "1"
    r = client.post(f"/lessons/{lesson}/quiz", data=data)
    assert r.status_code == 422
    assert "Give each event a different position." in r.get_data(as_text=True)


def test_quiz_post_without_csrf_token_is_refused(app, client, lesson, quiz_ids):
    """CSRF protection is on for the quiz form."""
    page = client.get(f"/lessons/{lesson}/quiz").get_data(as_text=True)
    data = quiz_form_data(page, RIGHT_ANSWERS, quiz_ids)
    del data["csrf_token"]
    r = client.post(f"/lessons/{lesson}/quiz", data=data)
    assert r.status_code == 400
    assert count(app, Response) == 0


def test_someone_elses_result_is_not_found(app, client, lesson, quiz_ids):
    """Another browser (another guest) cannot open my result page."""
    r, _ = take_quiz(client, RIGHT_ANSWERS, quiz_ids)
    other = app.test_client()
    assert other.get(r.headers["Location"]).status_code == 404
    assert client.get(r.headers["Location"]).status_code == 200


def test_progress_lists_questions_kept_missing_and_review_brings_them_back(app, client, lesson, quiz_ids):
    """Missed questions appear on /progress and /review; a right review answer schedules them later."""
    take_quiz(client, WRONG_ANSWERS, quiz_ids)
    take_quiz(client, {**RIGHT_ANSWERS, "q1": "Luis Mora"}, quiz_ids)
    page = client.get("/progress").get_data(as_text=True)
    assert "Questions you keep missing" in page
    assert "Missed 2 of 2 times; <strong>still missing</strong>" in page
    assert "Missed 1 of 2 times; right the last time" in page
    review = client.get("/review").get_data(as_text=True)
    assert f'name="q{quiz_ids["q1"]}"' in review
    assert f'name="q{quiz_ids["q2"]}"' not in review            # answered right the second time
    data = {"csrf_token": hidden(review, "csrf_token"), "idempotency_key": "review",
            f"q{quiz_ids['q1']}": "Ana Ruiz"}
    r = client.post("/review", data=data)
    assert r.status_code == 200 and "✔" in r.get_data(as_text=True)
    with app.app_context():
        item = db.session.execute(db.select(ReviewItem).filter_by(question_id=int(quiz_ids["q1"]))).scalar_one()
        assert item.streak == 1 and item.misses == 2
    assert f'name="q{quiz_ids["q1"]}"' not in client.get("/review").get_data(as_text=True)


def test_progress_for_a_new_visitor_is_empty(client):
    """Someone who never took a quiz gets a friendly empty page, not an error."""
    r = client.get("/progress")
    assert r.status_code == 200 and "No quizzes taken yet" in r.get_data(as_text=True)


def test_guest_cookie_is_httponly_and_remembers_the_learner(client, lesson):
    """The first quiz visit sets a long-lived HttpOnly learner cookie."""
    r = client.get(f"/lessons/{lesson}/quiz")
    cookie = r.headers["Set-Cookie"]
    assert cookie.startswith("newsline_learner=") and "HttpOnly" in cookie and "SameSite=Lax" in cookie
    assert "Set-Cookie" not in client.get(f"/lessons/{lesson}/quiz").headers


@pytest.mark.parametrize("url, code", [("/nope", 404), ("/lessons/nope", 404), ("/attempts/999", 404)])
def test_errors_are_pages_not_tracebacks(client, url, code):
    """Unknown URLs get the site's error page."""
    r = client.get(url)
    assert r.status_code == code
    assert "Back to the lessons" in r.get_data(as_text=True)


def test_too_large_requests_get_a_clear_message(app, client, lesson):
    """A body over MAX_CONTENT_LENGTH gets 413 and a message saying the limit."""
    r = client.post(f"/lessons/{lesson}/quiz", data={"x": "a" * (app.config["MAX_CONTENT_LENGTH"] + 10)})
    assert r.status_code == 413
    assert "larger than the limit of 1,024 KB" in r.get_data(as_text=True)


def test_healthz(client):
    """The health check answers ok when the database is reachable."""
    r = client.get("/healthz")
    assert r.status_code == 200 and r.get_json() == {"status": "ok"}


def test_racing_submits_record_one_attempt(app, client, lesson, quiz_ids):
    """Two identical submits sent at the same moment (a double click) store one set of responses."""
    import threading

    page = client.get(f"/lessons/{lesson}/quiz").get_data(as_text=True)
    data = quiz_form_data(page, RIGHT_ANSWERS, quiz_ids)
    cookie = client.get_cookie("newsline_learner").value
    session_cookie = client.get_cookie("session").value
    barrier = threading.Barrier(4)
    codes: list[int] = []

    def submit():
        twin = app.test_client()
        twin.set_cookie("newsline_learner", cookie)
        twin.set_cookie("session", session_cookie)
        barrier.wait()
        codes.append(twin.post(f"/lessons/{lesson}/quiz", data=data).status_code)

    threads = [threading.Thread(target=submit) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert codes == [302] * 4
    assert count(app, Attempt) == 1
    assert count(app, Response) == 6
