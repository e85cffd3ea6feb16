"""Fixtures and helpers for the LTI tests (imported by each test module): the test LMS (lti1p3platform) and the tool, both on live local ports."""
from __future__ import annotations

import html
import re
import threading
from urllib.parse import urlsplit

import pytest
import requests
from lti_platform import TestPlatform
from werkzeug.serving import make_server


@pytest.fixture
def platform():
    """The LMS, serving JWKS, token, AGS and NRPS on 127.0.0.1 (addressed as localhost: another site)."""
    lms = TestPlatform().start()
    yield lms
    lms.stop()


@pytest.fixture
def tool_url(app, platform):
    """The app (SQLite and PostgreSQL) on a live port, with the LMS registered as an admin would."""
    from classroom.extensions import db
    from classroom.lti.admin import save_platform

    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{server.server_port}"
    platform.tool_url = url
    with app.app_context():
        save_platform(None, **platform.tool_registration_values())
        db.session.commit()
    yield url
    server.shutdown()
    server.server_close()
    thread.join(timeout=5)


def launch_form(session: requests.Session, start_url: str) -> dict[str, str]:
    """Follow the OIDC login from the LMS to the tool and back: the auto-submitted launch form."""
    page = session.get(start_url, timeout=20)
    assert page.status_code == 200, page.text[:500]
    action = re.search(r'action="([^"]+)"', page.text)
    assert action, page.text[:500]
    fields = dict(re.findall(r'name="(id_token|state)" value="([^"]+)"', page.text))
    return {"action": html.unescape(action.group(1)), **{k: html.unescape(v) for k, v in fields.items()}}


def post_launch(session: requests.Session, form: dict[str, str]) -> requests.Response:
    """Post the launch as the LMS page would (cross-site: the tool's state cookie is not sent)."""
    return session.post(form["action"], data={"id_token": form["id_token"], "state": form["state"]}, timeout=20)


def launch(session: requests.Session, start_url: str) -> requests.Response:
    return post_launch(session, launch_form(session, start_url))


def lti_token(response: requests.Response) -> str:
    """The launch token in the URL the launch landed on."""
    m = re.search(r"/lti/s/([^/]+)/", urlsplit(response.url).path + "/")
    assert m, response.url
    return m.group(1)


def quiz_data(page: str, answers: dict[str, object], ids: dict[str, str]) -> dict[str, str]:
    """Form data for an LTI quiz page (no CSRF field: the launch token in the URL plays that part)."""
    key = re.search(r'name="idempotency_key"[^>]*value="([^"]+)"', page) or \
        re.search(r'value="([^"]+)"[^>]*name="idempotency_key"', page)
    data = {"idempotency_key": html.unescape(key.group(1))}
    for qkey, answer in answers.items():
        field = f"q{ids[qkey]}"
        if isinstance(answer, list):
            shown = [html.unescape(m) for m in re.findall(rf'<label for="{field}-p\d+">([^<]*)</label>', page)]
            for i, label in enumerate(shown):
                data[f"{field}-p{i}"] = str(answer.index(label) + 1)
        else:
            data[field] = str(answer)
    return data
