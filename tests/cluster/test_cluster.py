"""`make cluster` for real: 200 learners submit through nginx to two gunicorn servers on PostgreSQL
and Redis; one server is killed with SIGKILL mid-load. Nothing acknowledged may be lost, doubled,
or recorded under another learner, and the survivor keeps answering."""
from __future__ import annotations

import hashlib
import http.client
import json
import os
import secrets
import shutil
import sys
import threading
import time
from collections import Counter
from pathlib import Path

import pytest
from conftest import PG_DSN, fake_lesson

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "deploy"))

pytestmark = [pytest.mark.cluster, pytest.mark.postgres, pytest.mark.slow]

LEARNERS = 200
LOAD_SECONDS = 12
KILL_AFTER = 4


def _need(condition: bool, why: str) -> None:
    if not condition:
        if os.environ.get("CI"):
            pytest.fail(f"{why} and CI is set")
        pytest.skip(why)


@pytest.fixture
def cluster():
    psycopg = pytest.importorskip("psycopg")
    redis = pytest.importorskip("redis")
    import cluster as cluster_module

    try:
        admin = psycopg.connect(PG_DSN + " dbname=postgres", autocommit=True)
    except psycopg.OperationalError as e:
        _need(False, f"PostgreSQL is not reachable: {e}")
    try:
        redis.Redis.from_url("redis://127.0.0.1:6379/14").ping()
    except redis.exceptions.ConnectionError as e:
        _need(False, f"Redis is not reachable: {e}")
    try:
        cluster_module.ensure_nginx()
    except RuntimeError as e:
        _need(False, str(e))
    name = f"newsline_cluster_{secrets.token_hex(4)}"
    admin.execute(f'CREATE DATABASE "{name}"')
    url = f"postgresql://postgres@127.0.0.1:5432/{name}"
    _make_schema_and_lesson(url)
    redis.Redis.from_url("redis://127.0.0.1:6379/14").flushdb()
    running = cluster_module.Cluster(url, "redis://127.0.0.1:6379/14",
                                     extra_env={"ANONYMOUS_SUBMIT_LIMIT": "100000 per minute"})
    try:
        running.start()
        yield running, url
    finally:
        running.stop()
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.close()


def _make_schema_and_lesson(url: str) -> None:
    from flask_migrate import upgrade

    from app import create_app
    from classroom.extensions import db
    from classroom.lessons import create_lesson

    app = create_app({"SQLALCHEMY_DATABASE_URI": url, "SECRET_KEY": "setup"})
    with app.app_context():
        upgrade()
        create_lesson(fake_lesson(), slug="bridge", status="published")
        db.session.commit()
        db.engine.dispose()


class Learner(threading.Thread):
    """One pupil: takes the quiz again and again, each submission with its own Idempotency-Key,
    retrying a failed one with the same key, as a real client does."""

    def __init__(self, port: int, answers: dict, start_at: float, stop_at: float, kill_at: list[float]):
        super().__init__(daemon=True)
        self.port, self.answers, self.start_at, self.stop_at, self.kill_at = port, answers, start_at, stop_at, kill_at
        self.token: str | None = None
        self.acknowledged: dict[str, int] = {}     # key -> attempt id the server answered
        self.sent: set[str] = set()
        self.failures = 0
        self.after_kill_ok = 0
        self.after_kill_failed = 0
        self.problem: str | None = None

    def submit(self, key: str):
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=15)
        headers = {"Content-Type": "application/json", "Idempotency-Key": key}
        if self.token:
            headers["Authorization"] = f"Bearer {self.token}"
        try:
            conn.request("POST", "/api/v1/lessons/bridge/attempts", body=json.dumps({"answers": self.answers}),
                         headers=headers)
            resp = conn.getresponse()
            return resp.status, resp.read()
        except (OSError, http.client.HTTPException):
            return None, b""
        finally:
            conn.close()

    def run(self) -> None:
        time.sleep(max(0.0, self.start_at - time.monotonic()))
        n = 0
        while time.monotonic() < self.stop_at:
            key = f"k{n}-{secrets.token_hex(4)}"
            n += 1
            for _ in range(20):
                self.sent.add(key)
                status, body = self.submit(key)
                killed = bool(self.kill_at) and time.monotonic() > self.kill_at[0] + 1.0
                if status in (200, 201):
                    data = json.loads(body)
                    if self.token is None:
                        self.token = data.get("learner_token")
                        if not self.token:
                            self.problem = "first answer carried no learner token"
                            return
                    self.acknowledged[key] = data["attempt_id"]
                    self.after_kill_ok += killed
                    break
                self.failures += 1
                self.after_kill_failed += killed
                if self.token is None:
                    # Without a token yet, a retry would make a second guest: start over as a new key.
                    break
                time.sleep(0.1)
            time.sleep(0.05)


def test_two_servers_behind_nginx_lose_nothing_when_one_is_killed(cluster):
    running, url = cluster
    import psycopg

    import urllib.request
    with urllib.request.urlopen(f"{running.url}/api/v1/lessons/bridge", timeout=10) as r:
        lesson = json.loads(r.read())
    answers = {q["id"]: (q["choices"][0] if q["choices"] else "x") if q["type"] != "order_events"
               else q["choices"] for q in lesson["questions"]}

    start = time.monotonic() + 1
    kill_at: list[float] = []
    learners = [Learner(running.port, answers, start + i * 0.005, start + LOAD_SECONDS, kill_at)
                for i in range(LEARNERS)]
    for learner in learners:
        learner.start()
    time.sleep(max(0.0, start + KILL_AFTER - time.monotonic()))
    kill_at.append(time.monotonic())
    running.kill_app(0)                                   # kill -9: master and workers
    for learner in learners:
        learner.join(timeout=LOAD_SECONDS + 60)
    assert not any(learner.is_alive() for learner in learners)
    assert running.apps[1].poll() is None                 # the survivor is still up

    with psycopg.connect(url) as conn:
        rows = conn.execute("SELECT a.id, a.learner_id, a.idempotency_key, l.token_hash, "
                            "(SELECT count(*) FROM response r WHERE r.attempt_id = a.id) "
                            "FROM attempt a JOIN learner l ON l.id = a.learner_id").fetchall()
    by_id = {row[0]: row for row in rows}
    token_hash = {learner: hashlib.sha256(learner.token.encode()).hexdigest()
                  for learner in learners if learner.token}
    acknowledged = [(learner, key, attempt_id) for learner in learners
                    for key, attempt_id in learner.acknowledged.items()]
    missing = [a for a in acknowledged if a[2] not in by_id]
    cross = [a for a in acknowledged if a[2] in by_id and
             (by_id[a[2]][3] != token_hash[a[0]] or by_id[a[2]][2] != a[1])]
    per_key = Counter((row[1], row[2]) for row in rows)
    duplicates = sum(n - 1 for n in per_key.values() if n > 1)
    acked_ids = [a[2] for a in acknowledged]
    acked_twice = sum(n - 1 for n in Counter(acked_ids).values() if n > 1)
    incomplete = [row for row in rows if row[4] != len(lesson["questions"])]
    # Every stored attempt belongs to a key its own learner sent.
    sent_by_hash = {token_hash[learner]: learner.sent for learner in learners if learner.token}
    strays = [row for row in rows if row[3] in sent_by_hash and row[2] not in sent_by_hash[row[3]]]
    # A first submission answered by the server as it was killed leaves a guest whose token never
    # reached the client: stored, not acknowledged, under nobody else.
    orphans = [row for row in rows if row[3] not in sent_by_hash]
    nginx_log = (running.run_dir / "error.log").read_text(errors="replace")
    passed_on = sum("upstream" in line for line in nginx_log.splitlines())   # nginx met the dead server
    after_ok = sum(learner.after_kill_ok for learner in learners)
    after_failed = sum(learner.after_kill_failed for learner in learners)
    report = (f"cluster: {LEARNERS} learners, {len(acknowledged)} acknowledged, {len(rows)} stored, "
              f"{len(missing)} acknowledged but missing, {duplicates + acked_twice} duplicates, "
              f"{len(cross)} under another learner, {len(strays)} strays, {len(orphans)} unacknowledged first submissions, "
              f"{len(incomplete)} incomplete; "
              f"after the kill the survivor answered {after_ok} (failed {after_failed}); "
              f"failed tries overall {sum(learner.failures for learner in learners)}; "
              f"nginx logged {passed_on} upstream failures (requests it passed to the survivor)")
    print(report)
    (ROOT / "tests" / "cluster" / "last_run.txt").write_text(report + "\n")
    assert not [learner.problem for learner in learners if learner.problem]
    assert len(acknowledged) > LEARNERS            # everyone got through, most several times
    assert missing == [] and duplicates == 0 and acked_twice == 0
    assert cross == [] and strays == [] and incomplete == []
    assert after_ok > LEARNERS                     # the survivor kept answering
    assert passed_on > 0                           # the kill was felt: nginx met the dead server
    # Stored but never acknowledged (answered by the killed server as it died) is allowed, but
    # only for keys whose answer was lost: at most one per learner.
    assert len(rows) - len(acknowledged) <= LEARNERS and len(orphans) <= LEARNERS // 10
