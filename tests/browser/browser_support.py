"""Helpers for the real-browser tests: the app on a live local port, a page that records its errors,
a teacher's sign-up and sign-in (the browser is in conftest)."""
from __future__ import annotations

import re
import threading
from contextlib import contextmanager
from pathlib import Path

SEED_SLUG = "xi-putin-call-2022"


@contextmanager
def running_app(folder: Path, *, seed: bool = True, **config):
    """The app on a free 127.0.0.1 port, on a SQLite file made by the real migrations.

    With `seed`, the seeds are loaded as `flask seed` does, plus the small test lesson.
    Yields (app, base URL).
    """
    from flask_migrate import upgrade
    from werkzeug.serving import make_server

    from app import create_app
    from classroom.extensions import db
    from classroom.lessons import create_lesson
    from conftest import FAKE_SLUG, fake_lesson

    app = create_app({"SQLALCHEMY_DATABASE_URI": f"sqlite:///{folder / 'live.sqlite3'}",
                      "SECRET_KEY": "browser-test", "RATELIMIT_ENABLED": False, **config})
    with app.app_context():
        upgrade()
        if seed:
            result = app.test_cli_runner().invoke(args=["seed"])
            assert result.exit_code == 0, result.output
            create_lesson(fake_lesson(), slug=FAKE_SLUG, status="published")
            db.session.commit()
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield app, f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
        with app.app_context():
            db.session.remove()
            db.engine.dispose()


def serious_a11y_problems(page) -> list[str]:
    """Serious or critical violations that axe-core (not written here) finds on the page."""
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page)
    return [f"{v['id']} ({v['impact']}): {v['help']} at {[n['target'] for n in v['nodes']][:3]}"
            for v in results.response["violations"] if v.get("impact") in ("serious", "critical")]


def new_page(browser, errors: list[str], **kwargs):
    """A new context and page; script errors and console errors are appended to `errors`."""
    context = browser.new_context(**kwargs)
    page = context.new_page()
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    return context, page


def sign_up_and_in(page, base: str, *, name: str, email: str, password: str) -> None:
    """Sign up as a teacher, then sign in where sign-up leads (sign-up never signs in: issue 15);
    the sign-in form comes with the email filled in. Ends on the new-lesson page."""
    page.goto(f"{base}/signup")
    page.get_by_label("Your name").fill(name)
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password", exact=True).fill(password)
    page.get_by_label("Password again").fill(password)
    page.get_by_role("button", name="Create my account").click()
    page.wait_for_url(re.compile(r"/signin"))
    assert page.get_by_label("Email").input_value() == email
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(re.compile(r"/teach/lessons/new$"))
