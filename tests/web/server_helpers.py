"""Real gunicorn servers of the app for tests that need real HTTP (chunked bodies, several workers)."""
from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def gunicorn_servers(env: dict[str, str], count: int = 1) -> Iterator[list[str]]:
    """`count` separate gunicorn servers (one worker each) configured only by `env`; yields base URLs."""
    env = {**os.environ, **env}
    servers, bases, logs = [], [], []
    for _ in range(count):
        port = free_port()
        logs.append(tempfile.TemporaryFile())     # a file, not a pipe: a full pipe would stall the server
        servers.append(subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "-w", "1", "-b", f"127.0.0.1:{port}", "app:create_app()"],
            cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=logs[-1]))
        bases.append(f"http://127.0.0.1:{port}")
    try:
        deadline = time.monotonic() + 120     # workers import spaCy: slow on a busy machine
        for base, server, log in zip(bases, servers, logs):
            while True:
                try:
                    if requests.get(f"{base}/healthz", timeout=10).status_code == 200:
                        break
                except requests.RequestException:     # not listening yet, or the worker still booting
                    pass
                if server.poll() is not None:
                    log.seek(0)
                    raise AssertionError(log.read().decode(errors="replace")[-2000:])
                assert time.monotonic() < deadline, "the server did not start"
                time.sleep(0.2)
        yield bases
    finally:
        for server in servers:
            server.terminate()
        for server in servers:
            try:
                server.wait(timeout=30)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait()
        for log in logs:
            log.close()
