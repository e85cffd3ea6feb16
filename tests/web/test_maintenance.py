"""`flask backup` / `restore` round trips while attempts are being written, and `flask cleanup`."""
from __future__ import annotations

import datetime as dt
import threading

from conftest import RIGHT_ANSWERS

from classroom.extensions import db
from classroom.models import Attempt, Learner, Response, ReviewItem, utcnow


def counts(app) -> tuple[int, int]:
    with app.app_context():
        attempts = db.session.execute(db.select(db.func.count()).select_from(Attempt)).scalar_one()
        responses = db.session.execute(db.select(db.func.count()).select_from(Response)).scalar_one()
        db.session.remove()
        return attempts, responses


def test_backup_during_writes_restores_a_consistent_copy(app, runner, lesson, quiz_ids, tmp_path):
    url = f"/api/v1/lessons/{lesson}/attempts"
    answers = {quiz_ids[k]: v for k, v in RIGHT_ANSWERS.items()}
    stop, written, errors = threading.Event(), [], []

    def write():
        client = app.test_client()
        while not stop.is_set():
            r = client.post(url, json={"answers": answers})
            (written if r.status_code == 201 else errors).append(r.status_code)

    writer = threading.Thread(target=write)
    writer.start()
    try:
        while len(written) < 5:
            threading.Event().wait(0.02)
        before = len(written)
        result = runner.invoke(args=["backup", str(tmp_path / "newsline.backup")])
        after = len(written)
        threading.Event().wait(0.2)
    finally:
        stop.set()
        writer.join()
    assert result.exit_code == 0, result.output
    assert "Backed up to" in result.output and (tmp_path / "newsline.backup").stat().st_size > 0
    assert errors == []
    total = counts(app)
    assert total[0] == len(written) and total[0] > after     # writes went on after the backup

    result = runner.invoke(args=["restore", "--yes", str(tmp_path / "newsline.backup")])
    assert result.exit_code == 0, result.output
    attempts, responses = counts(app)
    # The copy is one moment: every attempt whole (6 responses each), none of the later ones.
    assert before <= attempts <= after + 1 and attempts < total[0]
    assert responses == 6 * attempts
    with app.app_context():
        if db.engine.dialect.name == "sqlite":
            assert db.session.execute(db.text("PRAGMA integrity_check")).scalar_one() == "ok"
        # The restored database takes new writes.
    assert app.test_client().post(url, json={"answers": answers}).status_code == 201
    assert counts(app)[0] == attempts + 1


def test_restore_asks_before_replacing_everything(runner, lesson, tmp_path):
    assert runner.invoke(args=["backup", str(tmp_path / "b")]).exit_code == 0
    result = runner.invoke(args=["restore", str(tmp_path / "b")], input="n\n")
    assert result.exit_code == 1 and "Aborted" in result.output


def test_cleanup_deletes_stale_unfinished_attempts_and_idle_guests(app, runner, lesson, quiz_ids):
    url = f"/api/v1/lessons/{lesson}/attempts"
    keeper = app.test_client().post(url, json={"answers": {quiz_ids["q1"]: "Marta Gil"}}).get_json()
    old = utcnow() - dt.timedelta(days=2)
    with app.app_context():
        lesson_id = db.session.execute(db.select(Attempt.lesson_id)).scalar_one()
        kept_learner = db.session.execute(db.select(Attempt.learner_id)).scalar_one()
        idle_empty = Learner(display_name="Guest", token_hash="a" * 64, last_seen=old)
        fresh_empty = Learner(display_name="Guest", token_hash="b" * 64)
        ancient = Learner(display_name="Guest", token_hash="c" * 64, last_seen=utcnow() - dt.timedelta(days=400))
        db.session.add_all([idle_empty, fresh_empty, ancient])
        db.session.flush()
        stale = Attempt(learner_id=kept_learner, lesson_id=lesson_id, idempotency_key="stale", started=old)
        recent = Attempt(learner_id=kept_learner, lesson_id=lesson_id, idempotency_key="recent")
        done_long_ago = Attempt(learner_id=ancient.id, lesson_id=lesson_id, idempotency_key="x",
                                started=old, submitted=old, score=1, max_score=6)
        db.session.add_all([stale, recent, done_long_ago])
        db.session.flush()
        db.session.add(ReviewItem(learner_id=ancient.id, question_id=int(quiz_ids["q1"])))
        db.session.commit()
        ids = {"stale": stale.id, "recent": recent.id, "idle": idle_empty.id, "fresh": fresh_empty.id,
               "ancient": ancient.id}
    result = runner.invoke(args=["cleanup"])
    assert result.exit_code == 0, result.output
    assert "Deleted 2 attempt(s) and 2 idle guest(s)." in result.output
    with app.app_context():
        assert db.session.get(Attempt, ids["stale"]) is None
        assert db.session.get(Attempt, ids["recent"]) is not None
        assert db.session.get(Attempt, keeper["attempt_id"]) is not None
        assert db.session.get(Learner, ids["idle"]) is None and db.session.get(Learner, ids["ancient"]) is None
        assert db.session.get(Learner, ids["fresh"]) is not None
        assert db.session.get(Learner, kept_learner) is not None
        assert db.session.execute(db.select(db.func.count()).select_from(ReviewItem)
                                  .filter_by(learner_id=ids["ancient"])).scalar_one() == 0
