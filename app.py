"""Newsline's application factory: `flask --app app run`, `gunicorn "app:create_app()"`."""
from __future__ import annotations

import os
import secrets
import sqlite3
import time
from pathlib import Path
from typing import Any

from flask import Flask, g, jsonify, render_template, request
from sqlalchemy import event
from sqlalchemy.engine import Engine
from werkzeug.exceptions import HTTPException, SecurityError
from werkzeug.middleware.proxy_fix import ProxyFix

DEFAULT_MAX_CONTENT_LENGTH = 1024 * 1024     # 1 MB: a pasted article is far smaller (quizgen caps at 200 KB)
# Settings a deployment may give as environment variables (strings as they are; see _from_environment).
ENV_SETTINGS = ("RATELIMIT_STORAGE_URI", "RATELIMIT_KEY_PREFIX", "SECURE_TRANSPORT", "SERVER_NAME")
# Host names answered when neither TRUSTED_HOSTS nor SERVER_NAME is set: this machine only, so a
# forged Host header can never end up in an absolute URL (oEmbed iframes, API `url` fields).
LOCAL_HOSTS = ["localhost", "127.0.0.1", "[::1]"]
ENV_INT_SETTINGS = ("TRUSTED_PROXIES", "HSTS_MAX_AGE")


def create_app(test_config: dict[str, Any] | None = None) -> Flask:
    """Build the app: config layers, extensions, blueprints, error pages, CLI commands."""
    app = Flask(__name__, instance_relative_config=True)
    from classroom.converters import BoundedIntConverter
    app.url_map.converters["int"] = BoundedIntConverter   # out-of-range ids: 404, not a 500
    Path(app.instance_path).mkdir(parents=True, exist_ok=True)

    # 1. defaults
    app.config.from_mapping(
        SQLALCHEMY_DATABASE_URI="sqlite:///" + os.path.join(app.instance_path, "newsline.sqlite3"),
        SQLALCHEMY_ENGINE_OPTIONS={"pool_pre_ping": True},
        MAX_CONTENT_LENGTH=DEFAULT_MAX_CONTENT_LENGTH,
        WTF_CSRF_TIME_LIMIT=None,            # a quiz can stay open for a whole lesson
        # Counts are per process with memory://: set redis://... when running several workers.
        RATELIMIT_STORAGE_URI="memory://",   # said explicitly: Flask-Limiter warns otherwise
        RATELIMIT_HEADERS_ENABLED=True,
        TRUSTED_PROXIES=0,     # reverse proxies in front of the app whose X-Forwarded-For/-Proto count
        SESSION_COOKIE_SAMESITE="Lax",
        SESSION_COOKIE_HTTPONLY=True,
        # "auto": Secure cookies and HSTS on every request that came over HTTPS (so on in any
        # production served over HTTPS); "always": also when a TLS proxy does not say so; "off".
        SECURE_TRANSPORT="auto",
        HSTS_MAX_AGE=365 * 24 * 3600,
        LEARNER_COOKIE="newsline_learner",
        LEARNER_COOKIE_MAX_AGE=400 * 24 * 3600,   # the most browsers keep a cookie
        SEEDS_DIR=os.path.join(app.root_path, "seeds"),
    )
    # 2. instance/config.py (git-ignored) for a deployment's own settings
    app.config.from_pyfile("config.py", silent=True)
    # 3. environment
    if os.environ.get("SECRET_KEY"):
        app.config["SECRET_KEY"] = os.environ["SECRET_KEY"]
    if os.environ.get("DATABASE_URL"):
        app.config["SQLALCHEMY_DATABASE_URI"] = os.environ["DATABASE_URL"]
    _from_environment(app)
    if os.environ.get("TRUSTED_HOSTS"):
        app.config["TRUSTED_HOSTS"] = trusted_hosts(os.environ["TRUSTED_HOSTS"])
    for name in ("CACHE_REDIS_URL", "ANONYMOUS_SUBMIT_LIMIT"):
        if os.environ.get(name):     # shared cache and limits when several servers run (make cluster)
            app.config[name] = os.environ[name]
    # 4. tests
    if test_config:
        app.config.update(test_config)

    app.config["SQLALCHEMY_DATABASE_URI"] = database_url(app.config["SQLALCHEMY_DATABASE_URI"])
    if app.config.get("TRUSTED_HOSTS") is None:
        server_name = app.config.get("SERVER_NAME")
        app.config["TRUSTED_HOSTS"] = [server_name.rsplit(":", 1)[0]] if server_name else list(LOCAL_HOSTS)
    if not app.config.get("SECRET_KEY"):
        app.config["SECRET_KEY"] = _persistent_secret_key(app.instance_path)

    from classroom import submissions
    submissions.init_app(app)   # innermost middleware: sees the request as ProxyFix leaves it
    proxies = int(app.config["TRUSTED_PROXIES"])
    if proxies > 0:
        # Only the headers nginx and most balancers set; X-Forwarded-Host is not trusted (a client
        # could send it through a proxy that does not overwrite it), Host is checked by TRUSTED_HOSTS.
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=proxies, x_proto=proxies)  # type: ignore[method-assign]

    from classroom import security
    security.check_config(app)
    app.session_interface = security.TransportAwareSessionInterface()
    app.wsgi_app = security.StreamedBodyLimit(app.wsgi_app, app)  # type: ignore[method-assign]
    app.before_request(security.refuse_marked_bodies)   # before CSRF's hook reads the form
    app.before_request(security.refuse_nul_characters)  # before any view reads (or stores) a field

    from classroom.extensions import csrf, db, limiter, login_manager, migrate

    db.init_app(app)
    migrate.init_app(app, db, directory=os.path.join(app.root_path, "migrations"))
    csrf.init_app(app)
    login_manager.init_app(app)
    limiter.init_app(app)
    from classroom import models  # noqa: F401  (the models must be known to Flask-Migrate)
    from classroom import pagecache
    pagecache.init_app(app)

    from classroom import api, student
    app.register_blueprint(student.bp)
    app.register_blueprint(api.bp)
    csrf.exempt(api.bp)   # JSON only (415 otherwise), which a cross-site form cannot send
    # Blueprints added by the teacher and embed work go here, one line each:
    from classroom import auth, classes, teacher
    app.register_blueprint(auth.bp)
    app.register_blueprint(teacher.bp)
    app.register_blueprint(classes.bp)
    from classroom import api_write, apikeys, embed, openapi
    app.register_blueprint(embed.bp)
    app.register_blueprint(api_write.bp)
    csrf.exempt(api_write.bp)   # authenticated by an API key header, never by cookies
    app.register_blueprint(openapi.bp)
    app.register_blueprint(apikeys.bp)
    from classroom import job_views, jobs
    jobs.init_app(app)
    app.register_blueprint(job_views.bp)
    from classroom.lti import admin as lti_admin, views as lti
    app.register_blueprint(lti.bp)
    csrf.exempt(lti.bp)   # LMS posts, and pages whose forms carry the launch token (see classroom/lti/views.py)
    app.register_blueprint(lti_admin.bp)

    from classroom.cli import seed_command
    app.cli.add_command(seed_command)
    # More CLI commands (create-teacher, ...) are added here.
    from classroom.teacher_cli import create_teacher_command
    app.cli.add_command(create_teacher_command)
    app.cli.add_command(apikeys.create_api_key_command)
    from classroom.lti import cli as lti_cli
    for command in (lti_cli.register_command, lti_cli.rotate_key_command, lti_cli.post_grades_command):
        app.cli.add_command(command)
    from classroom import maintenance
    for command in maintenance.COMMANDS:
        app.cli.add_command(command)

    ensure_plotly_js(app.static_folder)
    from classroom import assets
    assets.init_app(app)   # hashed, gzipped, immutable static files (after plotly.js is in place)
    from classroom.charts import timeline_figure_html
    app.add_template_global(timeline_figure_html, "timeline_json")   # the timeline partial's data
    app.after_request(set_security_headers)
    app.after_request(security.add_hsts)
    app.after_request(security.no_store_for_teachers)
    _register_error_pages(app)

    @app.get("/healthz")
    def healthz():
        """For load balancers: the app answers and the database is reachable."""
        try:
            db.session.execute(db.text("SELECT 1"))
        except Exception:  # noqa: BLE001  (any database failure means "not healthy")
            db.session.rollback()
            return jsonify(status="error", database="unreachable"), 503
        return jsonify(status="ok")

    return app


def _from_environment(app: Flask) -> None:
    """Copy the deployment settings that are set in the environment into the config."""
    for name in ENV_SETTINGS:
        if os.environ.get(name):
            app.config[name] = os.environ[name]
    for name in ENV_INT_SETTINGS:
        if os.environ.get(name):
            try:
                app.config[name] = int(os.environ[name])
            except ValueError:
                raise RuntimeError(f"{name} must be a whole number, not {os.environ[name]!r}") from None


def trusted_hosts(value: str) -> list[str] | None:
    """TRUSTED_HOSTS as written in the environment: comma-separated names, ".x.org" for subdomains,
    "*" for any host (only behind a proxy that sets Host itself)."""
    names = [name.strip().lower() for name in value.split(",") if name.strip()]
    return None if names == ["*"] else names


def ensure_plotly_js(static_folder: str | None) -> None:
    """Put plotly.js in static/vendor/ (served locally, never a CDN) if `make assets` has not.

    `make assets` copies plotly's cartesian partial bundle from npm (1.5 MB: scatter, bar, histogram,
    all the charts draw). Without it, the partial bundle in node_modules/ is used, and only as a last
    resort the full 4.8 MB bundle of the plotly pip package. Written to a temporary name and renamed,
    so gunicorn workers starting together never serve half a file.
    """
    if not static_folder:
        return
    target = Path(static_folder) / "vendor" / "plotly.min.js"
    if target.exists():
        return
    partial = Path(static_folder).parent / "node_modules" / "plotly.js-cartesian-dist-min" / "plotly-cartesian.min.js"
    if partial.exists():
        data = partial.read_bytes()
    else:
        from importlib.resources import files

        import logging
        logging.getLogger(__name__).warning("plotly's partial bundle is missing (run `make assets`); "
                                            "serving the full 4.8 MB plotly.js instead")
        data = (files("plotly") / "package_data" / "plotly.min.js").read_bytes()
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".plotly.min.js.{os.getpid()}.tmp")
    tmp.write_bytes(data)
    os.replace(tmp, target)


def database_url(url: str) -> str:
    """Map Heroku-style `postgres://` and bare `postgresql://` URLs to the psycopg 3 driver."""
    for prefix in ("postgres://", "postgresql://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix):]
    return url


def _persistent_secret_key(instance_path: str) -> str:
    """A random key kept in instance/secret_key, so restarts keep sessions and forms valid."""
    path = Path(instance_path) / "secret_key"
    try:
        key = path.read_text().strip()
        if key:
            return key
    except FileNotFoundError:
        pass
    key = secrets.token_hex(32)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        # another worker starting at the same moment made it first: use theirs once written
        for _ in range(100):
            key = path.read_text().strip()
            if key:
                return key
            time.sleep(0.01)
        raise
    try:
        os.write(fd, key.encode())
    except Exception:
        os.close(fd)
        raise
    os.close(fd)
    return key


@event.listens_for(Engine, "connect")
def _sqlite_pragmas(dbapi_connection, connection_record) -> None:
    """WAL lets readers and a writer work at once; foreign keys make ON DELETE rules real."""
    if isinstance(dbapi_connection, sqlite3.Connection):
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA busy_timeout=5000")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.close()


def set_security_headers(response):
    """Refuse framing everywhere except embed pages (blueprint 'embed' or `g.embeddable`)."""
    embeddable = request.blueprint == "embed" or g.get("embeddable", False)
    ancestors = "*" if embeddable else "'none'"
    response.headers.setdefault(
        "Content-Security-Policy",
        "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
        f"script-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
        f"frame-ancestors {ancestors}")
    if not embeddable:
        response.headers.setdefault("X-Frame-Options", "DENY")
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    response.headers.setdefault("Referrer-Policy", "same-origin")
    return response


_ERROR_TITLES = {
    400: "That request could not be understood",
    403: "You cannot open this page",
    404: "Page not found",
    405: "Not allowed here",
    413: "That is too large",
    429: "Too many requests",
    500: "Something went wrong on our side",
}


def _register_error_pages(app: Flask) -> None:
    from classroom.extensions import db

    def render_error(code: int, message: str):
        if request.path.startswith("/api/"):
            from classroom.api import error_response   # one JSON shape for every /api/v1 error
            return error_response(code, message)
        return render_template("errors/error.html", code=code, title=_ERROR_TITLES.get(code, "Error"),
                               message=message), code

    def on_http_error(e: HTTPException):
        code = e.code or 500
        if isinstance(e, SecurityError):
            # No page: the site's own URLs cannot be built for a host it does not answer to.
            message = "This server does not answer to that site name. Administrators: add it to TRUSTED_HOSTS."
            if request.path.startswith("/api/"):
                return jsonify(error=_ERROR_TITLES[400], message=message), 400
            return f"{_ERROR_TITLES[400]}. {message}\n", 400, {"Content-Type": "text/plain; charset=utf-8"}
        if code == 413:
            limit = app.config.get("MAX_CONTENT_LENGTH") or 0
            message = (f"What you sent is larger than the limit of {limit // 1024:,} KB. "
                       "Go back, shorten it and try again; nothing has been saved.")
        elif code == 429:
            message = f"Too many requests ({e.description}). Wait a minute and try again."
        else:
            message = e.description or ""
        response = render_error(code, message)
        if code == 405 and getattr(e, "valid_methods", None) and hasattr(response, "headers"):
            response.headers["Allow"] = ", ".join(e.valid_methods)
        return response

    def on_server_error(e: Exception):
        db.session.rollback()   # a failed transaction must not poison the next request
        app.logger.exception("Unhandled error on %s", request.path)
        return render_error(500, "The error has been logged. Please try again in a moment.")

    for code in _ERROR_TITLES:
        if code != 500:
            app.register_error_handler(code, on_http_error)
    app.register_error_handler(500, on_server_error)
    app.register_error_handler(Exception, _reraise_http(on_http_error, on_server_error))


def _reraise_http(on_http_error, on_server_error):
    def handler(e: Exception):
        if isinstance(e, HTTPException):
            return on_http_error(e)
        return on_server_error(e)
    return handler
