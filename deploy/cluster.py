"""Two gunicorn app servers on one PostgreSQL database, Redis for rate limits and the shared cache,
behind nginx as the one address. `make cluster` runs it in the foreground; tests start their own.

    .venv/bin/python deploy/cluster.py [--port 8080] [--database-url postgresql://...] [--redis-url redis://...]

Sessions are signed cookies and learners carry their own token, so any server answers anyone;
nginx passes a request to the other server when one does not answer (POSTs too: clients send
an Idempotency-Key, so a retried submission is still one attempt).
"""
from __future__ import annotations

import argparse
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV_BIN = ROOT / ".venv" / "bin"

NGINX_CONF = """\
worker_processes 1;
pid {run}/nginx.pid;
error_log {run}/error.log warn;
events {{ worker_connections 2048; }}
http {{
    access_log off;
    client_body_temp_path {run}/body;
    proxy_temp_path {run}/proxy;
    fastcgi_temp_path {run}/fastcgi;
    uwsgi_temp_path {run}/uwsgi;
    scgi_temp_path {run}/scgi;
    upstream newsline {{
{servers}
        keepalive 64;
    }}
    server {{
        listen 127.0.0.1:{port};
        client_max_body_size 1m;
        location / {{
            proxy_pass http://newsline;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            proxy_set_header Host $http_host;
            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
            proxy_set_header X-Forwarded-Proto $scheme;
            proxy_connect_timeout 1s;
            proxy_read_timeout 30s;
            # A server that refuses or drops the connection: try the other one, POSTs included
            # (safe because submissions carry an Idempotency-Key).
            proxy_next_upstream error timeout http_502 http_503 non_idempotent;
            proxy_next_upstream_tries 2;
        }}
    }}
}}
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def ensure_nginx() -> str:
    """The nginx binary, installing Debian's package first if it is missing."""
    path = shutil.which("nginx") or ("/usr/sbin/nginx" if Path("/usr/sbin/nginx").exists() else None)
    if path:
        return path
    sudo = [] if os.geteuid() == 0 else ["sudo", "-n"]
    subprocess.run([*sudo, "apt-get", "install", "-y", "-qq", "nginx-light"], check=False,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    path = shutil.which("nginx") or ("/usr/sbin/nginx" if Path("/usr/sbin/nginx").exists() else None)
    if not path:
        raise RuntimeError("nginx is not installed and could not be installed (apt-get install nginx-light)")
    return path


def wait_for(url: str, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2) as r:
                if r.status == 200:
                    return
        except OSError:
            pass
        time.sleep(0.2)
    raise RuntimeError(f"{url} did not answer within {timeout:.0f} s")


@dataclass
class Cluster:
    """The running parts; `stop()` ends them all (each app server is its own process group)."""

    database_url: str
    redis_url: str
    port: int = 0
    app_ports: list[int] = field(default_factory=list)
    workers: int = 2
    threads: int = 4
    extra_env: dict[str, str] = field(default_factory=dict)
    apps: list[subprocess.Popen] = field(default_factory=list)
    nginx: subprocess.Popen | None = None
    run_dir: Path | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def env(self) -> dict[str, str]:
        return {**os.environ, "DATABASE_URL": self.database_url, "CACHE_REDIS_URL": self.redis_url,
                "RATELIMIT_STORAGE_URI": self.redis_url, "SECRET_KEY": os.environ.get("SECRET_KEY", "")
                or self._shared_secret(), **self.extra_env}

    def _shared_secret(self) -> str:
        # Every server must sign cookies with the same key: kept next to the run files.
        assert self.run_dir is not None
        path = self.run_dir / "secret_key"
        if not path.exists():
            path.write_text(os.urandom(32).hex())
        return path.read_text()

    def start(self) -> "Cluster":
        self.run_dir = Path(tempfile.mkdtemp(prefix="newsline-cluster-"))
        os.chmod(self.run_dir, 0o755)
        self.port = self.port or free_port()
        self.app_ports = self.app_ports or [free_port(), free_port()]
        env = self.env()
        for port in self.app_ports:
            self.apps.append(self.start_app(port, env))
        for port in self.app_ports:
            wait_for(f"http://127.0.0.1:{port}/healthz")
        servers = "\n".join(f"        server 127.0.0.1:{p} max_fails=1 fail_timeout=3s;" for p in self.app_ports)
        conf = self.run_dir / "nginx.conf"
        conf.write_text(NGINX_CONF.format(run=self.run_dir, servers=servers, port=self.port))
        self.nginx = subprocess.Popen([ensure_nginx(), "-e", str(self.run_dir / "error.log"), "-p",
                                       str(self.run_dir), "-c", str(conf), "-g", "daemon off;"],
                                      stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
        wait_for(self.url + "/healthz")
        return self

    def start_app(self, port: int, env: dict[str, str]) -> subprocess.Popen:
        return subprocess.Popen(
            [str(VENV_BIN / "gunicorn"), "-k", "gthread", "-w", str(self.workers), "--threads", str(self.threads),
             "--keep-alive", "5", "--graceful-timeout", "5", "-b", f"127.0.0.1:{port}", "--chdir", str(ROOT),
             "--log-level", "warning", "app:create_app()"],
            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)

    def kill_app(self, index: int) -> None:
        """kill -9 one app server: its master and all its workers at once."""
        os.killpg(self.apps[index].pid, signal.SIGKILL)
        self.apps[index].wait()

    def stop(self) -> None:
        for proc in [*self.apps, *([self.nginx] if self.nginx else [])]:
            if proc.poll() is None:
                try:
                    os.killpg(proc.pid, signal.SIGTERM)
                except ProcessLookupError:
                    continue
        for proc in [*self.apps, *([self.nginx] if self.nginx else [])]:
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()
        if self.run_dir:
            shutil.rmtree(self.run_dir, ignore_errors=True)


def prepare_database(database_url: str, *, seed: bool = True) -> None:
    """Create the PostgreSQL database if needed, migrate it, load the seed lessons."""
    import psycopg
    from sqlalchemy.engine import make_url

    url = make_url(database_url.replace("postgresql+psycopg://", "postgresql://"))
    admin = url.set(database="postgres").render_as_string(hide_password=False)
    with psycopg.connect(admin, autocommit=True) as conn:
        if not conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (url.database,)).fetchone():
            conn.execute(f'CREATE DATABASE "{url.database}"')
    env = {**os.environ, "DATABASE_URL": database_url}
    commands = [["db", "upgrade"]] + ([["seed"]] if seed else [])
    for cmd in commands:
        subprocess.run([str(VENV_BIN / "flask"), "--app", "app", *cmd], cwd=ROOT, env=env, check=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=int(os.environ.get("PORT", 8080)))
    parser.add_argument("--database-url", default=os.environ.get(
        "CLUSTER_DATABASE_URL", "postgresql://postgres@127.0.0.1:5432/newsline_cluster"))
    parser.add_argument("--redis-url", default=os.environ.get("CLUSTER_REDIS_URL", "redis://127.0.0.1:6379/0"))
    args = parser.parse_args()
    ensure_nginx()
    prepare_database(args.database_url)
    cluster = Cluster(args.database_url, args.redis_url, port=args.port).start()
    print(f"Newsline cluster: {cluster.url}/ (nginx) -> app servers on ports "
          f"{', '.join(map(str, cluster.app_ports))}; PostgreSQL {args.database_url}; Redis {args.redis_url}. "
          "Ctrl-C stops it.", flush=True)
    try:
        while all(p.poll() is None for p in cluster.apps):
            time.sleep(1)
        print("An app server stopped; nginx keeps sending requests to the other one.", flush=True)
        signal.pause()
    except KeyboardInterrupt:
        pass
    finally:
        cluster.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
