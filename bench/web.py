"""Requests/s and p50/p99 latency of Newsline under gunicorn, beside a hello-world Flask ceiling.

    .venv/bin/python bench/web.py [--requests 1500] [--concurrency 8] [--workers 2]

Starts gunicorn (sync workers) on free 127.0.0.1 ports: the seeded app on a fresh SQLite file
in a temporary folder, and bench/hello_app.py. The load comes from this process (threads, one
http.client connection per request, as gunicorn's sync workers close connections), so on a
2-core machine client and server share the CPU: compare the rows with each other, not with
numbers from a bigger machine.
"""
from __future__ import annotations

import argparse
import http.client
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV_BIN = ROOT / ".venv" / "bin"
SLUG = "xi-putin-call-2022"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_until_up(port: int, path: str, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            conn.request("GET", path)
            if conn.getresponse().status == 200:
                return
        except OSError:
            time.sleep(0.2)
    raise SystemExit(f"server on port {port} did not come up")


def gunicorn(app_spec: str, port: int, workers: int, env: dict, chdir: Path) -> subprocess.Popen:
    return subprocess.Popen(
        [str(VENV_BIN / "gunicorn"), "-w", str(workers), "-b", f"127.0.0.1:{port}",
         "--chdir", str(chdir), "--log-level", "warning", app_spec],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def run_load(port: int, method: str, path: str, body: bytes | None, n: int, concurrency: int,
             headers_for) -> dict:
    """Send n requests from `concurrency` threads; return throughput and latency figures."""
    latencies: list[float] = []
    errors = 0
    lock = threading.Lock()
    counter = iter(range(n))

    def worker(thread_no: int) -> None:
        nonlocal errors
        while True:
            with lock:
                i = next(counter, None)
            if i is None:
                return
            start = time.perf_counter()
            try:
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
                conn.request(method, path, body=body, headers=headers_for(thread_no))
                resp = conn.getresponse()
                resp.read()
                ok = resp.status in (200, 201)
                conn.close()
            except OSError:
                ok = False
            elapsed = time.perf_counter() - start
            with lock:
                latencies.append(elapsed)
                errors += not ok

    threads = [threading.Thread(target=worker, args=(t,)) for t in range(concurrency)]
    t0 = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.perf_counter() - t0
    latencies.sort()
    return {"n": n, "errors": errors, "rps": n / wall,
            "p50": statistics.median(latencies) * 1000,
            "p99": latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))] * 1000}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=1500)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()

    tmp = Path(tempfile.mkdtemp(prefix="newsline-bench-"))
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{tmp / 'bench.sqlite3'}",
           "SECRET_KEY": "bench-only", "FLASK_APP": "app"}
    for cmd in (["db", "upgrade"], ["seed"]):
        subprocess.run([str(VENV_BIN / "flask"), "--app", "app", *cmd], cwd=ROOT, env=env, check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    app_port, hello_port = free_port(), free_port()
    servers = [gunicorn("app:create_app()", app_port, args.workers, env, ROOT),
               gunicorn("hello_app:app", hello_port, args.workers, env, ROOT / "bench")]
    try:
        wait_until_up(app_port, f"/lessons/{SLUG}")
        wait_until_up(hello_port, "/")
        lesson = json.loads(_get(app_port, f"/api/v1/lessons/{SLUG}"))
        answers = {q["id"]: _some_answer(q) for q in lesson["questions"]}
        # One guest token per client thread, as real students each have their own.
        tokens = [json.loads(_post(app_port, f"/api/v1/lessons/{SLUG}/attempts",
                                   {"answers": answers}))["learner_token"]
                  for _ in range(args.concurrency)]

        body = json.dumps({"answers": answers}).encode()
        rows = []
        warm = max(50, args.requests // 20)
        cases = [
            ("hello world (ceiling)", hello_port, "GET", "/", None, {}),
            ("GET /lessons/<slug>", app_port, "GET", f"/lessons/{SLUG}", None, {}),
            ("GET /api/v1/lessons/<slug>", app_port, "GET", f"/api/v1/lessons/{SLUG}", None, {}),
            ("POST /api/v1/.../attempts", app_port, "POST", f"/api/v1/lessons/{SLUG}/attempts",
             body, {"Content-Type": "application/json"}),
        ]
        for name, port, method, path, payload, headers in cases:
            def headers_for(thread_no: int, headers=headers, payload=payload) -> dict:
                # Each client thread posts as its own learner, as real students would.
                return {**headers, "Authorization": f"Bearer {tokens[thread_no]}"} if payload else headers
            run_load(port, method, path, payload, warm, args.concurrency, headers_for)
            rows.append((name, run_load(port, method, path, payload, args.requests,
                                        args.concurrency, headers_for)))
    finally:
        for s in servers:
            s.terminate()
        for s in servers:
            try:
                s.wait(timeout=10)
            except subprocess.TimeoutExpired:
                s.kill()

    ceiling = rows[0][1]["rps"]
    print(f"gunicorn {args.workers} sync workers, {args.concurrency} client threads, "
          f"{args.requests} requests per row, SQLite (WAL), {os.cpu_count()} CPUs shared with the client")
    print(f"{'endpoint':<30} {'req/s':>8} {'p50 ms':>8} {'p99 ms':>8} {'errors':>7} {'vs hello':>9}")
    for name, r in rows:
        print(f"{name:<30} {r['rps']:>8.0f} {r['p50']:>8.1f} {r['p99']:>8.1f} {r['errors']:>7} "
              f"{r['rps'] / ceiling:>8.0%}")


def _get(port: int, path: str) -> bytes:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    conn.request("GET", path)
    return conn.getresponse().read()


def _post(port: int, path: str, payload: dict) -> bytes:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    conn.request("POST", path, body=json.dumps(payload), headers={"Content-Type": "application/json"})
    resp = conn.getresponse()
    data = resp.read()
    if resp.status not in (200, 201):
        raise SystemExit(f"POST {path} answered {resp.status}: {data[:200]!r}")
    return data


def _some_answer(question: dict):
    """A well-formed answer (not necessarily right) for any question kind."""
    if question["type"] == "order_events":
        return list(question["choices"])
    if question["choices"]:
        return question["choices"][0]
    return "an answer"


if __name__ == "__main__":
    sys.exit(main())
