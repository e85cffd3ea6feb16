"""The JSON API /api/v1 on SQLite and PostgreSQL: lessons without answers, attempts, clear 400s."""
from __future__ import annotations

import pytest
from conftest import RIGHT_ANSWERS

from classroom.extensions import db
from classroom.models import Attempt, Learner, Response


def answers_by_id(ids, answers=RIGHT_ANSWERS):
    return {ids[k]: v for k, v in answers.items()}


def test_list_lessons(client, lesson):
    """The list names each published lesson with its links."""
    data = client.get("/api/v1/lessons").get_json()
    assert [x["slug"] for x in data["lessons"]] == [lesson]
    assert data["lessons"][0]["questions"] == 6 and data["lessons"][0]["events"] == 3
    assert data["lessons"][0]["api_url"].endswith(f"/api/v1/lessons/{lesson}")


def test_lesson_json_has_no_answers(client, lesson, quiz_ids):
    """GET /lessons/<slug> gives sentences, dated events and the quiz, never the answers."""
    data = client.get(f"/api/v1/lessons/{lesson}").get_json()
    assert data["title"] == "The Harbour Bridge opens" and data["published"] == "2024-05-08"
    assert [e["date"] for e in data["events"]] == ["2019-03-01", "2024-05-06", "2024-05-11"]
    assert {q["id"] for q in data["questions"]} == {quiz_ids[k] for k in RIGHT_ANSWERS}
    for q in data["questions"]:
        assert "answer" not in q and "accept" not in q
    text = client.get(f"/api/v1/lessons/{lesson}").get_data(as_text=True)
    assert "Mar\"" not in text                                # the accepted variant stays private
    s = data["sentences"][2]
    assert s["text"] == "Work began in March 2019 after a long debate."


def test_post_attempt_marks_and_stores_it(app, client, lesson, quiz_ids):
    """A right set of answers scores full marks, is stored, and returns a learner token."""
    r = client.post(f"/api/v1/lessons/{lesson}/attempts", json={"answers": answers_by_id(quiz_ids)})
    data = r.get_json()
    assert r.status_code == 201
    assert (data["score"], data["max_score"]) == (6, 6)
    assert all(x["correct"] for x in data["results"])
    assert {x["sentence_id"] for x in data["results"]} == {0, 1, 2, 3}
    assert data["learner_token"]
    with app.app_context():
        assert db.session.execute(db.select(db.func.count()).select_from(Response)).scalar_one() == 6


def test_partial_and_wrong_answers_are_marked_with_right_answers(client, lesson, quiz_ids):
    """Missing answers count as wrong; the response shows each right answer and its evidence."""
    r = client.post(f"/api/v1/lessons/{lesson}/attempts",
                    json={"answers": {quiz_ids["q1"]: "Marta Gil", quiz_ids["q2"]: False}})
    data = r.get_json()
    assert r.status_code == 201 and data["score"] == 0
    by_id = {x["question_id"]: x for x in data["results"]}
    assert by_id[quiz_ids["q1"]]["answer"] == "Ana Ruiz"
    assert by_id[quiz_ids["q1"]]["your_answer"] == "Marta Gil"
    assert by_id[quiz_ids["q2"]]["your_answer"] == "False"
    assert by_id[quiz_ids["q3"]]["your_answer"] is None


def test_token_keeps_the_same_learner(app, lesson, quiz_ids):
    """A client without cookies is recognised by `Authorization: Bearer <token>`."""
    client = app.test_client(use_cookies=False)
    first = client.post(f"/api/v1/lessons/{lesson}/attempts", json={"answers": {}}).get_json()
    headers = {"Authorization": f"Bearer {first['learner_token']}"}
    second = client.post(f"/api/v1/lessons/{lesson}/attempts", json={"answers": {}}, headers=headers)
    assert "learner_token" not in second.get_json()
    with app.app_context():
        assert db.session.execute(db.select(db.func.count()).select_from(Learner)).scalar_one() == 1
        assert db.session.execute(db.select(db.func.count()).select_from(Attempt)).scalar_one() == 2


def test_idempotency_key_makes_a_retry_return_the_first_attempt(app, client, lesson, quiz_ids):
    """The same Idempotency-Key twice stores one attempt and returns it both times."""
    url = f"/api/v1/lessons/{lesson}/attempts"
    headers = {"Idempotency-Key": "retry-1"}
    r1 = client.post(url, json={"answers": answers_by_id(quiz_ids)}, headers=headers)
    r2 = client.post(url, json={"answers": {}}, headers=headers)
    assert (r1.status_code, r2.status_code) == (201, 200)
    assert r1.get_json()["attempt_id"] == r2.get_json()["attempt_id"]
    assert r2.get_json()["score"] == 6
    with app.app_context():
        assert db.session.execute(db.select(db.func.count()).select_from(Attempt)).scalar_one() == 1


def test_api_attempt_appears_on_progress(client, lesson, quiz_ids):
    """Attempts made through the API by a browser's cookie show on its /progress page."""
    client.post(f"/api/v1/lessons/{lesson}/attempts", json={"answers": answers_by_id(quiz_ids)})
    assert "6 / 6" in client.get("/progress").get_data(as_text=True)


BAD_BODIES = [
    ("not json at all", "The body is not valid JSON."),
    ("[1, 2]", "The body must be a JSON object."),
    ('{"answers": [1]}', 'The body needs "answers"'),
    ('{"answers": {"999999": "x"}}', "Unknown question id '999999'"),
    ('{"answers": {}, "idempotency_key": 5}', "idempotency key must be a string"),
]


@pytest.mark.parametrize("body, message", BAD_BODIES)
def test_bad_bodies_get_400_with_a_message(app, client, lesson, body, message):
    """Malformed JSON and unknown ids are 400s that say what is wrong; nothing is stored."""
    r = client.post(f"/api/v1/lessons/{lesson}/attempts", data=body, content_type="application/json")
    assert r.status_code == 400
    assert message in r.get_json()["message"]
    with app.app_context():
        assert db.session.execute(db.select(db.func.count()).select_from(Attempt)).scalar_one() == 0


@pytest.mark.parametrize("key, answer, message", [
    ("q1", 42, "needs a string"),
    ("q1", "Somebody Else", "must be one of the question's choices"),
    ("q3", ["March"], "needs a string"),
    ("q3", "x" * 501, "longer than 500"),
    ("q6", "Work on the bridge began", "needs a list"),
    ("q6", ["Work on the bridge began"], "exactly once"),
    ("q6", [1, 2, 3], "needs a list"),
    ("q2", {"a": 1}, "needs a string"),
])
def test_wrong_answer_types_get_400(app, client, lesson, quiz_ids, key, answer, message):
    """An answer of the wrong type or outside the options is a 400 naming the question."""
    r = client.post(f"/api/v1/lessons/{lesson}/attempts", json={"answers": {quiz_ids[key]: answer}})
    assert r.status_code == 400
    assert message in r.get_json()["message"] and quiz_ids[key] in r.get_json()["message"]
    with app.app_context():
        assert db.session.execute(db.select(db.func.count()).select_from(Attempt)).scalar_one() == 0


def test_non_json_content_type_is_415(client, lesson):
    """A form post to the API (what a cross-site form could send) is refused."""
    r = client.post(f"/api/v1/lessons/{lesson}/attempts", data={"answers": "x"})
    assert r.status_code == 415 and "application/json" in r.get_json()["message"]


def test_unknown_lesson_and_route_are_json_404(client):
    """Unknown lessons and unknown API paths answer JSON, not HTML."""
    r = client.post("/api/v1/lessons/nope/attempts", json={"answers": {}})
    assert r.status_code == 404 and "nope" in r.get_json()["message"]
    r = client.get("/api/v1/nothing-here")
    assert r.status_code == 404 and r.is_json


def test_wrong_method_is_json_405(client, lesson):
    """A GET on the attempts endpoint is a JSON 405."""
    r = client.get(f"/api/v1/lessons/{lesson}/attempts")
    assert r.status_code == 405 and r.is_json


@pytest.mark.parametrize("key", ["bad\x00key", "", "x" * 65, "tab\tkey"])
def test_unusable_idempotency_key_is_400(client, lesson, quiz_ids, key):
    """A key PostgreSQL cannot store (NUL) or of the wrong length is refused, not a 500."""
    r = client.post(f"/api/v1/lessons/{lesson}/attempts", json={"answers": {}, "idempotency_key": key})
    assert r.status_code == 400 and "idempotency key" in r.get_json()["message"]
