"""Submissions: one transaction of a few statements whatever the quiz size; retries and twins stay one attempt;
opening a quiz writes nothing; empty submissions reveal no answers (issue 15)."""
from __future__ import annotations

import threading

import pytest
from conftest import RIGHT_ANSWERS
from submission_helpers import statements_during

from classroom.extensions import db
from classroom.models import Attempt, Learner, Response, ReviewItem


def count(app, model) -> int:
    with app.app_context():
        return db.session.execute(db.select(db.func.count()).select_from(model)).scalar_one()


def test_a_submission_is_a_few_statements_with_no_question_lookups(app, client, lesson, quiz_ids):
    """After the first (which fills the quiz cache), a known learner's submit runs a fixed handful
    of statements: no per-question lookup, responses in one INSERT."""
    url = f"/api/v1/lessons/{lesson}/attempts"
    first = client.post(url, json={"answers": {}}).get_json()
    headers = {"Authorization": f"Bearer {first['learner_token']}"}
    wrong = {quiz_ids["q1"]: "Marta Gil", quiz_ids["q2"]: "False"}
    sql = statements_during(app, lambda: client.post(url, json={"answers": wrong}, headers=headers))
    writes = [s for s in sql if s.startswith(("INSERT", "UPDATE", "DELETE", "WITH"))]
    assert len(sql) <= (1 if app.config["SQLALCHEMY_DATABASE_URI"].startswith("postgresql") else 7), sql
    assert not any(" question" in s.lower().split(" from ", 1)[-1][:20] for s in sql if s.startswith("SELECT")), sql
    assert sum("INSERT INTO response" in s for s in sql) == 1
    assert len(writes) <= (1 if app.config["SQLALCHEMY_DATABASE_URI"].startswith("postgresql") else 5), writes
    with app.app_context():
        assert db.session.execute(db.select(db.func.count()).select_from(Response)).scalar_one() == 12
        items = db.session.execute(db.select(ReviewItem)).scalars().all()
        assert {i.question_id for i in items} == {int(v) for k, v in quiz_ids.items() if k in RIGHT_ANSWERS}
        missed_twice = [i for i in items if i.question_id in (int(quiz_ids["q1"]), int(quiz_ids["q2"]))]
        assert all(i.misses == 2 for i in missed_twice)


def test_review_items_move_on_when_answered_right(app, client, lesson, quiz_ids):
    url = f"/api/v1/lessons/{lesson}/attempts"
    token = client.post(url, json={"answers": {}}).get_json()["learner_token"]
    headers = {"Authorization": f"Bearer {token}"}
    right = {quiz_ids[k]: v for k, v in RIGHT_ANSWERS.items()}
    assert client.post(url, json={"answers": right}, headers=headers).get_json()["score"] == 6
    with app.app_context():
        items = db.session.execute(db.select(ReviewItem)).scalars().all()
        assert len(items) == 6 and all(i.streak == 1 and i.interval_days == 2 for i in items)


def test_racing_api_retries_with_one_key_store_one_attempt(app, lesson, quiz_ids):
    """Eight copies of one request (same learner, same Idempotency-Key) at once: one attempt, all answered."""
    url = f"/api/v1/lessons/{lesson}/attempts"
    token = app.test_client().post(url, json={"answers": {}}).get_json()["learner_token"]
    answers = {quiz_ids[k]: v for k, v in RIGHT_ANSWERS.items()}
    barrier, results = threading.Barrier(8), []

    def send():
        barrier.wait()
        r = app.test_client().post(url, json={"answers": answers},
                                   headers={"Authorization": f"Bearer {token}", "Idempotency-Key": "twin"})
        results.append((r.status_code, r.get_json()["attempt_id"]))

    threads = [threading.Thread(target=send) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(code for code, _ in results) == [200] * 7 + [201]
    assert len({attempt for _, attempt in results}) == 1
    assert count(app, Attempt) == 2 and count(app, Response) == 12


# ------------------------------------------------------------------------- issue 15, exact requests

def test_opening_a_quiz_without_cookies_creates_no_rows(app, lesson):
    """200 cookie-less GET /lessons/<slug>/quiz (a crawler) created 200 learners and attempts."""
    for _ in range(20):
        assert app.test_client(use_cookies=False).get(f"/lessons/{lesson}/quiz").status_code == 200
    assert count(app, Learner) == 0 and count(app, Attempt) == 0


def test_the_guest_and_attempt_are_created_on_submit(app, client, lesson, quiz_ids):
    from student_helpers import quiz_form_data

    page = client.get(f"/lessons/{lesson}/quiz").get_data(as_text=True)
    assert count(app, Learner) == 0
    r = client.post(f"/lessons/{lesson}/quiz", data=quiz_form_data(page, RIGHT_ANSWERS, quiz_ids))
    assert r.status_code == 302
    assert count(app, Learner) == 1 and count(app, Attempt) == 1
    assert "6 of 6" in client.get(r.headers["Location"]).get_data(as_text=True)


def test_empty_anonymous_submission_reveals_no_answers(client, lesson, quiz_ids):
    """POST /api/v1/lessons/<slug>/attempts {"answers":{}} returned every correct answer."""
    r = client.post(f"/api/v1/lessons/{lesson}/attempts", json={"answers": {}})
    data = r.get_json()
    assert r.status_code == 201 and data["score"] == 0
    assert all(x["answer"] is None and x["explanation"] == "" for x in data["results"])
    text = r.get_data(as_text=True)
    assert "Ana Ruiz" not in text and "March 2019" not in text


def test_anonymous_submissions_are_rate_limited_per_address(app, lesson):
    """200 anonymous submissions in 2.3 s created 200 learners: now refused past the limit."""
    from app import create_app
    from classroom.learners import hash_secret, new_token

    limited = create_app({"TESTING": True, "SECRET_KEY": "t", "RATELIMIT_ENABLED": True,
                          "SQLALCHEMY_DATABASE_URI": app.config["SQLALCHEMY_DATABASE_URI"],
                          "ANONYMOUS_SUBMIT_LIMIT": "5 per minute"})
    url = f"/api/v1/lessons/{lesson}/attempts"
    codes = [limited.test_client().post(url, json={"answers": {}}).status_code for _ in range(8)]
    assert codes == [201] * 5 + [429] * 3
    assert count(app, Learner) == 5
    r = limited.test_client().post(url, json={"answers": {}})
    assert r.status_code == 429 and r.is_json and set(r.get_json()) == {"error", "message"}
    # The web quiz's submissions share the same allowance.
    browser = limited.test_client()
    page = browser.get(f"/lessons/{lesson}/quiz").get_data(as_text=True)
    from student_helpers import hidden
    assert browser.post(f"/lessons/{lesson}/quiz", data={"csrf_token": hidden(page, "csrf_token")}).status_code == 429
    # A learner who is already known is not counted against the address.
    token = new_token()
    with limited.app_context():
        db.session.add(Learner(display_name="Known", token_hash=hash_secret(token)))
        db.session.commit()
    known = limited.test_client().post(url, json={"answers": {}}, headers={"Authorization": f"Bearer {token}"})
    assert known.status_code == 201
    with limited.app_context():
        db.session.remove()
        db.engine.dispose()


@pytest.mark.parametrize("path", ["/attempts/99999999999999999999999", "/attempts/2147483648"])
def test_out_of_range_ids_are_not_found(client, path):
    """GET /attempts/99999999999999999999999 answered 500 (OverflowError)."""
    r = client.get(path)
    assert r.status_code == 404


def test_over_deep_json_is_a_400(client, lesson):
    """A JSON body nested 100,000 deep answered 500 (RecursionError)."""
    body = "[" * 100_000 + "]" * 100_000
    r = client.post(f"/api/v1/lessons/{lesson}/attempts", data=body, content_type="application/json")
    assert r.status_code == 400 and "nested too deeply" in r.get_json()["message"]
    deep_object = '{"answers": ' + '{"a": ' * 100_000 + "1" + "}" * 100_001
    r = client.post(f"/api/v1/lessons/{lesson}/attempts", data=deep_object, content_type="application/json")
    assert r.status_code == 400


def test_draft_lessons_leave_review_progress_and_results(app, client, lesson, quiz_ids):
    """A lesson taken back to draft stayed visible through /review, /progress and /attempts/<id>."""
    from classroom.models import Lesson

    wrong = {quiz_ids["q1"]: "Marta Gil"}
    r = client.post(f"/api/v1/lessons/{lesson}/attempts", json={"answers": wrong})
    attempt_id = r.get_json()["attempt_id"]
    assert client.get(f"/attempts/{attempt_id}").status_code == 200
    assert "Who opened the Harbour Bridge?" in client.get("/review").get_data(as_text=True)
    assert "The Harbour Bridge opens" in client.get("/progress").get_data(as_text=True)
    with app.app_context():
        db.session.execute(db.update(Lesson).values(status="draft"))
        db.session.commit()
    assert client.get(f"/attempts/{attempt_id}").status_code == 404
    assert "Who opened the Harbour Bridge?" not in client.get("/review").get_data(as_text=True)
    progress_page = client.get("/progress").get_data(as_text=True)
    assert "The Harbour Bridge opens" not in progress_page and "Who opened" not in progress_page


def test_an_unknown_learner_token_is_refused_not_turned_into_a_guest(app, lesson):
    """A made-up token must not create rows (it would also escape the anonymous limit)."""
    client = app.test_client(use_cookies=False)
    for headers in ({"Authorization": "Bearer " + "x" * 43}, {"X-Learner-Token": "made-up"},
                    {"Authorization": "Bearer " + "y" * 500}):
        r = client.post(f"/api/v1/lessons/{lesson}/attempts", json={"answers": {}}, headers=headers)
        assert r.status_code == 401 and "not known" in r.get_json()["message"]
    assert count(app, Learner) == 0 and count(app, Attempt) == 0
