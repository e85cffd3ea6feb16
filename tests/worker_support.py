"""A real Celery worker process for tests: the local Redis as broker, a key prefix and queue of its own."""
from __future__ import annotations

import os
import secrets
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
REDIS_URL = "redis://127.0.0.1:6379/0"


def redis_or_skip() -> None:
    """Skip where no Redis answers on 127.0.0.1:6379 (fail under CI, which must have it)."""
    import redis

    try:
        redis.Redis.from_url(REDIS_URL, socket_connect_timeout=2).ping()
    except redis.RedisError as e:
        if os.environ.get("CI"):
            pytest.fail(f"Redis is not reachable on 127.0.0.1:6379 and CI is set: {e}")
        pytest.skip(f"Redis is not reachable on 127.0.0.1:6379: {e}")


def new_namespace() -> dict[str, str]:
    """Settings that keep one test's queue and keys apart from every other user of the same Redis."""
    tag = secrets.token_hex(5)
    return {"CELERY_BROKER_URL": REDIS_URL, "JOBS_KEY_PREFIX": f"newsline-test-{tag}:",
            "JOBS_QUEUE": f"lessons-{tag}"}


def forget_namespace(namespace: dict[str, str]) -> None:
    import redis

    client = redis.Redis.from_url(REDIS_URL)
    keys = list(client.scan_iter(namespace["JOBS_KEY_PREFIX"] + "*", count=500))
    if keys:
        client.delete(*keys)


def migrated_sqlite(path: Path) -> str:
    """A SQLite file made by the real migrations (the worker and the web app share it)."""
    from flask_migrate import upgrade

    from app import create_app
    from classroom.extensions import db

    url = f"sqlite:///{path}"
    app = create_app({"SQLALCHEMY_DATABASE_URI": url, "SECRET_KEY": "t", "TESTING": True})
    with app.app_context():
        upgrade()
        db.engine.dispose()
    return url


class Worker:
    """`celery -A classroom.celery_app worker` in its own process group, logging to a file."""

    def __init__(self, database_url: str, namespace: dict[str, str], log_dir: Path, *,
                 concurrency: int = 1, **settings: int):
        self.env = {**os.environ, "DATABASE_URL": database_url, "SECRET_KEY": "t",
                    "CELERY_BROKER_URL": namespace["CELERY_BROKER_URL"],
                    "NEWSLINE_JOBS_KEY_PREFIX": namespace["JOBS_KEY_PREFIX"],
                    "NEWSLINE_JOBS_QUEUE": namespace["JOBS_QUEUE"],
                    **{"NEWSLINE_" + k: str(v) for k, v in settings.items()}}
        self.concurrency = concurrency
        self.log_dir = log_dir
        self.process: subprocess.Popen | None = None
        self.log_path: Path | None = None

    def start(self, timeout: float = 120) -> Worker:
        self.log_path = self.log_dir / f"worker-{secrets.token_hex(3)}.log"
        log = self.log_path.open("wb")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "celery", "-A", "classroom.celery_app", "worker", "--loglevel=INFO",
             "-c", str(self.concurrency), "-n", f"test-{secrets.token_hex(3)}@%h",
             "--without-gossip", "--without-mingle", "--without-heartbeat"],
            cwd=ROOT, env=self.env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
        log.close()
        deadline = time.monotonic() + timeout
        # Ready when every pool process has loaded the language model (logged by classroom/celery_app.py).
        while self.log().count("language model loaded") < self.concurrency:
            if self.process.poll() is not None or time.monotonic() > deadline:
                self.kill()
                raise AssertionError("The worker did not start:\n" + self.log()[-3000:])
            time.sleep(0.2)
        return self

    def log(self) -> str:
        return self.log_path.read_text(errors="replace") if self.log_path and self.log_path.exists() else ""

    def kill(self) -> None:
        """kill -9 the whole worker (its main process and pool processes) at once."""
        if self.process and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(timeout=10)

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.kill()


def wait_until(check, timeout: float = 90, every: float = 0.2, message: str = "condition"):
    """Poll `check()` until it returns something true; fail after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while True:
        value = check()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"Timed out after {timeout} s waiting for {message}")
        time.sleep(every)
