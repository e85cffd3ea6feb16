"""A known learner's API submission: a fixed handful of statements whatever the quiz size, answered by
the fast path exactly as the view answers it, idempotent, and stored under that learner only."""
from __future__ import annotations

import dataclasses

import pytest
from conftest import RIGHT_ANSWERS, fake_lesson
from submission_helpers import statements_during

from classroom.extensions import db
from classroom.lessons import create_lesson
from classroom.models import Attempt, Learner, Response, ReviewItem


def _count(app, model) -> int:
    with app.app_context():
        return db.session.execute(db.select(db.func.count()).select_from(model)).scalar_one()


@pytest.fixture
def views_answered(app):
    """How many submissions reached the Flask view (the rest were answered by the fast path)."""
    calls = []
    view = app.view_functions["api.post_attempt"]

    def counted(*args, **kwargs):
        calls.append(1)
        return view(*args, **kwargs)
    app.view_functions["api.post_attempt"] = counted
    return calls


def _learner(app, client, slug: str) -> dict[str, str]:
    token = client.post(f"/api/v1/lessons/{slug}/attempts", json={"answers": {}}).get_json()["learner_token"]
    return {"Authorization": f"Bearer {token}"}


def _lesson_with_quiz(app, slug: str, keys: tuple[str, ...]) -> dict[str, str]:
    with app.app_context():
        row = create_lesson(dataclasses.replace(fake_lesson(), quiz=keys), slug=slug, status="published")
        db.session.commit()
        return {q.key: str(q.id) for q in row.questions}


def test_statements_do_not_grow_with_the_number_of_questions(app):
    """Two questions or six, one right and the rest wrong: the same statements, the responses in one."""
    client = app.test_client(use_cookies=False)
    seen = {}
    for slug, keys in (("two", ("q1", "q2")), ("six", ("q1", "q2", "q3", "q4", "q5", "q6"))):
        ids = _lesson_with_quiz(app, slug, keys)
        headers = _learner(app, client, slug)
        url = f"/api/v1/lessons/{slug}/attempts"
        answers = {ids[k]: "Luis Mora" if k == "q1" else None for k in keys}
        client.post(url, json={"answers": answers}, headers=headers)       # review items exist now
        answers[ids["q1"]] = "Ana Ruiz"
        seen[slug] = statements_during(app, lambda: client.post(url, json={"answers": answers}, headers=headers))
    assert seen["two"] == seen["six"]
    postgres = app.config["SQLALCHEMY_DATABASE_URI"].startswith("postgresql")
    assert len(seen["six"]) == (1 if postgres else 7), seen["six"]
    assert sum(s.startswith(("INSERT INTO response", "WITH")) or "INSERT INTO response" in s
               for s in seen["six"]) == 1
    assert _count(app, Response) == 3 * 2 + 3 * 6      # (the guest's empty one + two) per lesson


def test_the_fast_path_answers_as_the_view_does(app, lesson, quiz_ids, views_answered):
    """Same status, headers and body shape with and without the fast path; all responses stored."""
    client = app.test_client(use_cookies=False)
    headers = _learner(app, client, lesson)
    url = f"/api/v1/lessons/{lesson}/attempts"
    answers = {quiz_ids[k]: v for k, v in RIGHT_ANSWERS.items()}
    by_view = client.post(url, json={"answers": answers}, headers=headers)
    assert len(views_answered) == 2
    fast = client.post(url, json={"answers": answers}, headers=headers)
    assert len(views_answered) == 2, "the second known-learner submission is the fast path's"
    assert fast.status_code == by_view.status_code == 201
    assert {k: v for k, v in fast.headers if k != "Content-Length"} == \
        {k: v for k, v in by_view.headers if k != "Content-Length"}
    one, two = by_view.get_json(), fast.get_json()
    assert two["attempt_id"] == one["attempt_id"] + 1 and two["score"] == one["score"] == 6
    assert {k: v for k, v in two.items() if k not in ("attempt_id", "submitted")} == \
        {k: v for k, v in one.items() if k not in ("attempt_id", "submitted")}
    with app.app_context():
        attempt = db.session.get(Attempt, two["attempt_id"])
        assert attempt.via == "api" and attempt.score == 6 and len(attempt.responses) == 6
        assert all(r.correct for r in attempt.responses)
        assert [r.question_id for r in sorted(attempt.responses, key=lambda r: r.position)] == \
            [q["question_id"] for q in attempt.questions]
        items = db.session.execute(db.select(ReviewItem)).scalars().all()
        # missed once (the guest's empty submission), then right twice: by the view, by the fast path
        assert len(items) == 6 and all((i.misses, i.streak, i.interval_days) == (1, 2, 4) for i in items)


def test_a_double_submit_is_one_attempt(app, lesson, quiz_ids, views_answered):
    """The same Idempotency-Key twice: 201 then 200 with the same attempt, stored once."""
    client = app.test_client(use_cookies=False)
    headers = _learner(app, client, lesson)
    url = f"/api/v1/lessons/{lesson}/attempts"
    client.post(url, json={"answers": {}}, headers=headers)          # the view teaches the fast path
    before = _count(app, Attempt)
    answers = {quiz_ids["q1"]: "Marta Gil"}
    first = client.post(url, json={"answers": answers}, headers={**headers, "Idempotency-Key": "k-1"})
    again = client.post(url, json={"answers": answers, "idempotency_key": "k-1"}, headers=headers)
    assert (first.status_code, again.status_code) == (201, 200)
    assert first.get_json()["attempt_id"] == again.get_json()["attempt_id"]
    assert _count(app, Attempt) == before + 1
    with app.app_context():
        item = db.session.execute(db.select(ReviewItem).filter_by(question_id=int(quiz_ids["q1"]))).scalar_one()
        assert item.misses == 3      # two empty submissions, then the one double submit


def test_each_attempt_is_stored_under_its_own_learner(app, lesson, quiz_ids):
    """Learners taking turns: every attempt belongs to the token that sent it."""
    client = app.test_client(use_cookies=False)
    url = f"/api/v1/lessons/{lesson}/attempts"
    learners = [_learner(app, client, lesson) for _ in range(3)]
    sent: dict[int, str] = {}
    for _ in range(3):
        for headers in learners:
            r = client.post(url, json={"answers": {quiz_ids["q2"]: "True"}}, headers=headers)
            sent[r.get_json()["attempt_id"]] = headers["Authorization"][7:]
    from classroom.learners import hash_secret
    with app.app_context():
        owner = dict(db.session.execute(db.select(Attempt.id, Learner.token_hash).join(Learner)).all())
    assert all(owner[attempt] == hash_secret(token) for attempt, token in sent.items())


@pytest.mark.parametrize("body, headers, status, words", [
    ({"answers": {"999999": "x"}}, {}, 400, "Unknown question id"),
    ({"answers": []}, {}, 400, "needs \"answers\""),
    ({"answers": {}, "idempotency_key": "with space"}, {}, 400, "idempotency key"),
    ({"answers": {}}, {"Authorization": "Bearer " + "x" * 43}, 401, "not known"),
])
def test_what_the_fast_path_refuses_the_view_explains(app, lesson, body, headers, status, words):
    client = app.test_client(use_cookies=False)
    known = _learner(app, client, lesson)
    url = f"/api/v1/lessons/{lesson}/attempts"
    client.post(url, json={"answers": {}}, headers=known)
    r = client.post(url, json=body, headers={**known, **headers})
    assert r.status_code == status and words in r.get_json()["message"]
