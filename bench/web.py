"""Requests/s and p50/p99 latency of Newsline under gunicorn, beside a hello-world Flask ceiling.

    .venv/bin/python bench/web.py [--duration 10] [--connections 50] [--databases sqlite,postgres]

For each database (a fresh SQLite file; a fresh PostgreSQL database on 127.0.0.1:5432, dropped
afterwards) it migrates and seeds the app, starts it and bench/hello_app.py under the same
gunicorn settings (gthread, 2 workers x 4 threads, keep-alive), and loads each row for the same
time at the same concurrency with wrk (Debian package `wrk`; a Python client is the fallback,
much weaker). Submissions come from 50 learners, each with their own token. Ratios to hello
world, not absolute numbers, are what to compare: the client shares the machine's CPUs.
"""
from __future__ import annotations

import argparse
import http.client
import json
import os
import re
import secrets
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
# bench/queue.py must not shadow the standard library's queue module when a script here runs
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]

ROOT = Path(__file__).resolve().parent.parent
VENV_BIN = ROOT / ".venv" / "bin"
SLUG = "xi-putin-call-2022"
PG_ADMIN = "host=127.0.0.1 port=5432 user=postgres dbname=postgres connect_timeout=3"
TARGETS = {"GET /lessons/<slug>": (0.5, None), "GET /api/v1/lessons/<slug>": (0.6, None),
           "POST /api/v1/.../attempts": (0.15, 150.0)}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_until_up(port: int, path: str, timeout: float = 90) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            conn.request("GET", path)
            if conn.getresponse().status == 200:
                return
        except OSError:
            pass
        time.sleep(0.2)
    raise SystemExit(f"server on port {port} did not come up")


def gunicorn(app_spec: str, port: int, args, env: dict, chdir: Path) -> subprocess.Popen:
    return subprocess.Popen(
        [str(VENV_BIN / "gunicorn"), "-k", "gthread", "-w", str(args.workers), "--threads", str(args.threads),
         "--keep-alive", "5", "-b", f"127.0.0.1:{port}", "--chdir", str(chdir), "--log-level", "warning",
         app_spec], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ------------------------------------------------------------------------------- load: wrk

# Each wrk thread cycles through its own share of the learners (as many as its connections), so a
# learner has one submission in flight, as a student pressing Submit has; with one shared cycle the
# threads sent the same learner's attempts at the same moment.
WRK_SCRIPT = """
local tokens = {%(tokens)s}
local body = %(body)s
local method = "%(method)s"
local threads = %(threads)d
local i = 0
local counter = 0
id = 0
function setup(thread)
  thread:set("id", counter)
  counter = counter + 1
end
request = function()
  i = i + 1
  local headers = {}
  if method == "POST" then
    local share = math.ceil(#tokens / threads)
    headers["Content-Type"] = "application/json"
    headers["Authorization"] = "Bearer " .. tokens[((id * share + (i %% share)) %% #tokens) + 1]
  end
  return wrk.format(method, nil, headers, body)
end
"""
WRK_THREADS = 2


def run_wrk(port: int, method: str, path: str, body: bytes | None, tokens: list[str], args) -> dict:
    script = WRK_SCRIPT % {"tokens": ", ".join(f'"{t}"' for t in tokens) or '"none"',
                           "body": _lua_string(body.decode()) if body else "nil", "method": method,
                           "threads": WRK_THREADS}
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as f:
        f.write(script)
    try:
        out = subprocess.run(["wrk", "-t", str(WRK_THREADS), "-c", str(args.connections), "-d", f"{args.duration}s",
                              "--timeout", "10s", "--latency", "-s", f.name, f"http://127.0.0.1:{port}{path}"],
                             capture_output=True, text=True, check=True).stdout
    finally:
        os.unlink(f.name)
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    total = int(re.search(r"(\d+) requests in", out).group(1))
    bad = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    errors = int(bad.group(1)) if bad else 0
    socket_errors = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out)
    if socket_errors:
        errors += sum(int(x) for x in socket_errors.groups())
    return {"n": total, "rps": rps, "errors": errors, "p50": _wrk_ms(out, "50%"), "p99": _wrk_ms(out, "99%")}


def _wrk_ms(out: str, pct: str) -> float:
    value, unit = re.search(rf"^\s*{re.escape(pct)}\s+([\d.]+)(us|ms|s)\s*$", out, re.M).groups()
    return float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]


def _lua_string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


# ------------------------------------------------------------------ load: Python (fallback only)

def run_python(port: int, method: str, path: str, body: bytes | None, tokens: list[str], args) -> dict:
    latencies: list[float] = []
    errors = 0
    lock = threading.Lock()
    deadline = time.monotonic() + args.duration

    def worker(n: int) -> None:
        nonlocal errors
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        headers = {"Content-Type": "application/json", "Authorization": f"Bearer {tokens[n % len(tokens)]}"} \
            if body else {}
        while time.monotonic() < deadline:
            start = time.perf_counter()
            try:
                conn.request(method, path, body=body, headers=headers)
                resp = conn.getresponse()
                resp.read()
                ok = resp.status in (200, 201)
            except (OSError, http.client.HTTPException):
                ok = False
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
            with lock:
                latencies.append(time.perf_counter() - start)
                errors += not ok

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(args.connections)]
    t0 = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.perf_counter() - t0
    latencies.sort()
    return {"n": len(latencies), "errors": errors, "rps": len(latencies) / wall,
            "p50": statistics.median(latencies) * 1000,
            "p99": latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))] * 1000}


# ------------------------------------------------------------------------------- databases

def sqlite_database(tmp: Path):
    yield f"sqlite:///{tmp / 'bench.sqlite3'}"


def postgres_database(tmp: Path):
    import psycopg

    name = f"newsline_bench_{secrets.token_hex(4)}"
    with psycopg.connect(PG_ADMIN, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    try:
        yield f"postgresql://postgres@127.0.0.1:5432/{name}"
    finally:
        with psycopg.connect(PG_ADMIN, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def bench_database(kind: str, args, load) -> list[tuple[str, dict]]:
    tmp = Path(tempfile.mkdtemp(prefix="newsline-bench-"))
    databases = {"sqlite": sqlite_database, "postgres": postgres_database}
    gen = databases[kind](tmp)
    url = next(gen)
    try:
        env = {**os.environ, "DATABASE_URL": url, "SECRET_KEY": "bench-only", "FLASK_APP": "app"}
        for cmd in (["db", "upgrade"], ["seed"]):
            subprocess.run([str(VENV_BIN / "flask"), "--app", "app", *cmd], cwd=ROOT, env=env, check=True,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        app_port, hello_port = free_port(), free_port()
        servers = [gunicorn("app:create_app()", app_port, args, env, ROOT),
                   gunicorn("hello_app:app", hello_port, args, env, ROOT / "bench")]
        try:
            wait_until_up(app_port, f"/lessons/{SLUG}")
            wait_until_up(hello_port, "/")
            lesson = json.loads(_get(app_port, f"/api/v1/lessons/{SLUG}"))
            answers = {q["id"]: _some_answer(q) for q in lesson["questions"]}
            # One guest token per connection, as real students each have their own.
            tokens = [json.loads(_post(app_port, f"/api/v1/lessons/{SLUG}/attempts",
                                       {"answers": answers}))["learner_token"]
                      for _ in range(args.connections)]
            body = json.dumps({"answers": answers}).encode()
            cases = [
                ("hello world (ceiling)", hello_port, "GET", "/", None),
                ("GET /lessons/<slug>", app_port, "GET", f"/lessons/{SLUG}", None),
                ("GET /api/v1/lessons/<slug>", app_port, "GET", f"/api/v1/lessons/{SLUG}", None),
                ("POST /api/v1/.../attempts", app_port, "POST", f"/api/v1/lessons/{SLUG}/attempts", body),
            ]
            rows = []
            for name, port, method, path, payload in cases:
                warm = argparse.Namespace(**{**vars(args), "duration": max(1, args.duration // 5)})
                load(port, method, path, payload, tokens, warm)
                rows.append((name, load(port, method, path, payload, tokens, args)))
            return rows
        finally:
            for s in servers:
                s.terminate()
            for s in servers:
                try:
                    s.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    s.kill()
    finally:
        try:
            next(gen)
        except StopIteration:
            pass
        shutil.rmtree(tmp, ignore_errors=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--duration", type=int, default=10, help="seconds per row")
    parser.add_argument("--connections", type=int, default=50)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--threads", type=int, default=4)
    parser.add_argument("--databases", default="sqlite,postgres")
    parser.add_argument("--client", choices=("auto", "wrk", "python"), default="auto")
    args = parser.parse_args()
    use_wrk = args.client == "wrk" or (args.client == "auto" and shutil.which("wrk"))
    load = run_wrk if use_wrk else run_python
    print(f"gunicorn gthread {args.workers} workers x {args.threads} threads; {args.connections} connections "
          f"for {args.duration} s per row; client: {'wrk' if use_wrk else 'Python threads (install wrk)'}; "
          f"{os.cpu_count()} CPUs shared with the client")
    failed = False
    for kind in args.databases.split(","):
        rows = bench_database(kind.strip(), args, load)
        ceiling = rows[0][1]["rps"]
        print(f"\n{kind}")
        print(f"{'endpoint':<30} {'req/s':>8} {'p50 ms':>8} {'p99 ms':>8} {'errors':>7} {'vs hello':>9}  target")
        for name, r in rows:
            ratio = r["rps"] / ceiling
            target = TARGETS.get(name)
            verdict = ""
            if target:
                ok = ratio >= target[0] and (target[1] is None or r["p99"] < target[1]) and not r["errors"]
                failed |= not ok
                verdict = (f">= {target[0]:.2f}" + (f", p99 < {target[1]:.0f} ms" if target[1] else "")
                           + (" ok" if ok else " MISSED"))
            print(f"{name:<30} {r['rps']:>8.0f} {r['p50']:>8.1f} {r['p99']:>8.1f} {r['errors']:>7} "
                  f"{ratio:>9.2f}  {verdict}")
    return 1 if failed else 0


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
