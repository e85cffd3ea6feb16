"""Lessons per minute through the Celery job queue with 1 and 2 worker processes, and what that load does
to students: p99 of GET /lessons/<slug> (gunicorn) with and without generation running, in one run.

    .venv/bin/python bench/queue.py [--articles 50] [--baseline 20] [--clients 2] [--web-workers 2]

Needs Redis on 127.0.0.1:6379 (a key prefix and queue of its own are used and removed). Articles are
the real-length texts of ../shared/realnews and ../shared/devset. Each phase queues the same articles
for a new teacher (so none is a repeat) and times from the first queued to the last done; the
workers have loaded the model before the clock starts. On a 2-core machine the web server, the
workers and this load generator share the CPU: the point is the comparison between rows.
"""
from __future__ import annotations

import sys
from pathlib import Path

# This file is named like the standard library's `queue` (which Celery needs): keep its folder off the path.
BENCH = Path(__file__).resolve().parent
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != BENCH]

import argparse
import http.client
import os
import secrets
import shutil
import importlib.util
import tempfile
import threading
import time

ROOT = BENCH.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from worker_support import Worker, forget_namespace, new_namespace  # noqa: E402

_spec = importlib.util.spec_from_file_location("bench_web", BENCH / "web.py")
bench_web = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(bench_web)
SLUG, free_port, gunicorn, wait_until_up = (bench_web.SLUG, bench_web.free_port, bench_web.gunicorn,
                                            bench_web.wait_until_up)

# ../shared beside a clone (CI, /work/main); two levels up from a worktree in /work/wt/NAME.
SHARED = next((d for d in (ROOT.parent / "shared", ROOT.parent.parent / "shared") if d.is_dir()),
              ROOT.parent / "shared")


def articles(n: int) -> list[str]:
    paths = sorted((SHARED / "realnews").glob("*.txt")) + sorted((SHARED / "devset").glob("*.txt"))
    if not paths:
        raise SystemExit(f"No articles in {SHARED}/realnews or {SHARED}/devset")
    texts = [p.read_text() for p in paths]
    return [texts[i % len(texts)] if i < len(texts) else texts[i % len(texts)] + f"\n\n(Copy {i // len(texts)}.)"
            for i in range(n)]


class StudentLoad:
    """`clients` threads, each requesting the lesson page back to back; latencies kept per phase."""

    def __init__(self, port: int, clients: int):
        self.port, self.clients = port, clients
        self.phase: str | None = None
        self.latencies: dict[str, list[float]] = {}
        self.errors = 0
        self._stop = threading.Event()
        self._threads = [threading.Thread(target=self._run, daemon=True) for _ in range(clients)]

    def start(self) -> None:
        for t in self._threads:
            t.start()

    def _run(self) -> None:
        while not self._stop.is_set():
            phase = self.phase
            started = time.perf_counter()
            try:
                conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
                conn.request("GET", f"/lessons/{SLUG}")
                response = conn.getresponse()
                response.read()
                conn.close()
                ok = response.status == 200
            except OSError:
                ok = False
            elapsed = time.perf_counter() - started
            if not ok:
                self.errors += 1
            elif phase:
                self.latencies.setdefault(phase, []).append(elapsed)
            time.sleep(0.05)          # a class of students clicking, not a flood

    def stop(self) -> None:
        self._stop.set()
        for t in self._threads:
            t.join(timeout=35)


def p(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    values = sorted(values)
    return values[min(len(values) - 1, int(round(q / 100 * (len(values) - 1))))] * 1000


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=50)
    ap.add_argument("--baseline", type=float, default=20, help="seconds of student load without generation")
    ap.add_argument("--clients", type=int, default=2)
    ap.add_argument("--web-workers", type=int, default=2)
    args = ap.parse_args()

    from app import create_app
    from classroom import jobs
    from classroom.extensions import db
    from classroom.models import GenerationJob, User

    texts = articles(args.articles)
    namespace = new_namespace()
    tmp = Path(tempfile.mkdtemp(prefix="newsline-queue-bench-"))
    database = f"sqlite:///{tmp / 'bench.sqlite3'}"
    limits = {"GENERATION_PER_HOUR": 10_000, "GENERATION_PER_DAY": 10_000, "GENERATION_MAX_PENDING": 10_000,
              "GENERATION_MAX_PER_SUBMIT": 10_000}
    app = create_app({"SQLALCHEMY_DATABASE_URI": database, "SECRET_KEY": "bench", "SEEDS_DIR": str(ROOT / "seeds"),
                      **namespace, **limits})
    with app.app_context():
        from flask_migrate import upgrade

        upgrade()
        result = app.test_cli_runner().invoke(args=["seed"])
        assert result.exit_code == 0, result.output

    port = free_port()
    env = {**os.environ, "DATABASE_URL": database, "SECRET_KEY": "bench",
           "CELERY_BROKER_URL": namespace["CELERY_BROKER_URL"],
           "NEWSLINE_JOBS_KEY_PREFIX": namespace["JOBS_KEY_PREFIX"], "NEWSLINE_JOBS_QUEUE": namespace["JOBS_QUEUE"]}
    web = gunicorn('app:create_app()', port, args.web_workers, env, ROOT)
    workers: list[Worker] = []
    load = StudentLoad(port, args.clients)
    rows = []
    try:
        wait_until_up(port, f"/lessons/{SLUG}")
        load.start()
        # 1. students alone
        load.phase = "none"
        time.sleep(args.baseline)
        # 2. and 3. the same articles with 1, then 2 worker processes
        for n_workers in (1, 2):
            load.phase = None
            worker = Worker(database, namespace, tmp, concurrency=n_workers, **limits).start(timeout=300)
            workers.append(worker)
            with app.app_context():
                teacher = User(email=f"bench-{n_workers}-{secrets.token_hex(3)}@example.org", password_hash="x")
                db.session.add(teacher)
                db.session.commit()
                load.phase = f"{n_workers}w"
                started = time.perf_counter()
                queued = []
                for text in texts:
                    queued += jobs.submit(teacher, [jobs.ArticleIn(text=text)], via="api")
                ids = [job.id for job in queued]
                enqueue_s = time.perf_counter() - started
                while True:
                    db.session.commit()
                    states = db.session.execute(db.select(GenerationJob.state)
                                                .where(GenerationJob.id.in_(ids))).scalars().all()
                    if all(s in ("done", "failed") for s in states):
                        break
                    time.sleep(0.5)
                elapsed = time.perf_counter() - started
                load.phase = None
                done = sum(s == "done" for s in states)
            rows.append((n_workers, len(ids), done, elapsed, enqueue_s))
            worker.stop()
            print(f"  {n_workers} worker process(es): {done}/{len(ids)} lessons in {elapsed:.1f} s", flush=True)
    finally:
        load.stop()
        for worker in workers:
            worker.stop()
        web.terminate()
        web.wait(timeout=20)
        forget_namespace(namespace)
        with app.app_context():
            db.session.remove()
            db.engine.dispose()
        jobs.close_celery(app)
        shutil.rmtree(tmp, ignore_errors=True)

    print(f"\nQueue benchmark: {args.articles} articles ({sum(len(t) for t in texts) / len(texts) / 1000:.1f} KB "
          f"on average), gunicorn {args.web_workers} web workers, {args.clients} student clients, "
          f"{os.cpu_count()} CPUs\n")
    print("| worker processes | lessons | failed | wall time (s) | lessons per minute | time to queue all (ms) |")
    print("|---:|---:|---:|---:|---:|---:|")
    for n_workers, n, done, elapsed, enqueue_s in rows:
        print(f"| {n_workers} | {done} | {n - done} | {elapsed:.1f} | {done / elapsed * 60:.1f} | {enqueue_s * 1000:.0f} |")
    print("\n| student GET /lessons/<slug> while | requests | p50 (ms) | p99 (ms) | max (ms) |")
    print("|---|---:|---:|---:|---:|")
    names = {"none": "no generation", "1w": "1 worker process generating", "2w": "2 worker processes generating"}
    for phase in ("none", "1w", "2w"):
        values = load.latencies.get(phase, [])
        print(f"| {names[phase]} | {len(values)} | {p(values, 50):.1f} | {p(values, 99):.1f} | "
              f"{max(values, default=float('nan')) * 1000:.1f} |")
    print(f"\nstudent request errors: {load.errors}")


if __name__ == "__main__":
    main()
