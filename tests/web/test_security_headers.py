"""Headers and bodies (issue 15): no-store on teacher pages and exports, one charset on the grades
CSV, 413 for a chunked body over the size limit."""
from __future__ import annotations

import http.client
from urllib.parse import urlsplit

import pytest
import requests
from conftest import FAKE_SLUG, fake_lesson
from server_helpers import gunicorn_servers
from student_helpers import hidden
from teacher_helpers import PASSWORD, own_lesson

from app import DEFAULT_MAX_CONTENT_LENGTH
from classroom.extensions import db


@pytest.fixture
def teacher(app, client):
    """A signed-in teacher with a published lesson set for a class: returns the ids in URLs."""
    from classroom import authoring
    from classroom.auth import create_user
    from classroom.models import Classroom, Lesson, User

    with app.app_context():
        create_user("ana@school.example", PASSWORD, name="Ana")
        db.session.commit()
    lesson_id = own_lesson(app, "ana@school.example", status="published")
    with app.app_context():
        user = db.session.execute(db.select(User)).scalar_one()
        classroom = authoring.create_classroom(user, "7B")
        db.session.flush()
        assignment = authoring.create_assignment(db.session.get(Classroom, classroom.id),
                                                 db.session.get(Lesson, lesson_id), None)
        db.session.commit()
        ids = {"lesson": lesson_id, "classroom": classroom.id, "assignment": assignment.id}
    token = hidden(client.get("/signin").get_data(as_text=True), "csrf_token")
    assert client.post("/signin", data={"csrf_token": token, "email": "ana@school.example",
                                        "password": PASSWORD}).status_code == 302
    return ids


TEACHER_URLS = ["/teach/", "/teach/lessons/new", "/teach/lessons/{lesson}", "/teach/classes",
                "/teach/classes/{classroom}", "/teach/assignments/{assignment}",
                "/teach/assignments/{assignment}/grades.csv", "/teach/lessons/{lesson}/export/gift",
                "/teach/lessons/{lesson}/export/qti", "/account/api-keys"]


@pytest.mark.parametrize("url", TEACHER_URLS)
def test_teacher_pages_and_exports_are_never_stored(client, teacher, url):
    """Teacher pages, the grades CSV and exports say Cache-Control: no-store (shared classroom computers)."""
    r = client.get(url.format(**teacher))
    assert r.status_code == 200, url
    assert "no-store" in r.headers.get("Cache-Control", ""), url


def test_public_pages_are_not_marked_no_store(client, lesson):
    """A signed-out visitor's lesson page is left cacheable (no-store is for teachers' pages)."""
    r = client.get(f"/lessons/{lesson}")
    assert r.status_code == 200
    assert "no-store" not in r.headers.get("Cache-Control", "")


def test_grades_csv_has_one_charset(client, teacher):
    """The grades CSV's Content-Type is exactly text/csv; charset=utf-8 (once)."""
    r = client.get(f"/teach/assignments/{teacher['assignment']}/grades.csv")
    assert r.headers["Content-Type"] == "text/csv; charset=utf-8"


@pytest.mark.parametrize("fmt", ["gift", "moodle", "timelinejs"])
def test_text_exports_have_one_charset(client, teacher, fmt):
    """Text exports name their charset once too."""
    r = client.get(f"/teach/lessons/{teacher['lesson']}/export/{fmt}")
    assert r.headers["Content-Type"].count("charset") == 1


# --------------------------------------------------------------------------- chunked bodies

@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """One real gunicorn server (chunked request bodies need real HTTP) with the small lesson."""
    from app import create_app
    from classroom.lessons import create_lesson

    database = f"sqlite:///{tmp_path_factory.mktemp('chunked') / 'db.sqlite3'}"
    app = create_app({"TESTING": True, "SQLALCHEMY_DATABASE_URI": database, "SECRET_KEY": "x"})
    with app.app_context():
        db.create_all()
        create_lesson(fake_lesson(), slug=FAKE_SLUG, status="published")
        db.session.commit()
        db.engine.dispose()
    with gunicorn_servers({"DATABASE_URL": database, "SECRET_KEY": "x"}) as (base,):
        yield base


def _chunked_post(base: str, path: str, body: bytes, content_type: str, cookie: str = "") -> tuple[int, bytes]:
    """POST `body` with Transfer-Encoding: chunked (no Content-Length), in 64 KB chunks."""
    url = urlsplit(base)
    connection = http.client.HTTPConnection(url.hostname, url.port, timeout=60)
    chunks = (body[i:i + 65536] for i in range(0, len(body), 65536))
    headers = {"Content-Type": content_type, **({"Cookie": cookie} if cookie else {})}
    try:
        try:
            connection.request("POST", path, body=chunks, headers=headers, encode_chunked=True)
        except (BrokenPipeError, ConnectionResetError):
            pass      # the server may answer 413 and close before the whole body is sent: read its answer
        response = connection.getresponse()
        return response.status, response.read()
    finally:
        connection.close()


OVERSIZE = DEFAULT_MAX_CONTENT_LENGTH + 1024 * 1024    # 2 MB against the 1 MB limit


@pytest.mark.slow
def test_chunked_oversize_form_gets_413(server):
    """A 2 MB chunked form body gets 413 with the size message, not 400 (or a silently cut body)."""
    status, body = _chunked_post(server, "/signin", b"email=" + b"a" * OVERSIZE,
                                 "application/x-www-form-urlencoded")
    assert status == 413
    assert b"larger than the limit" in body


@pytest.mark.slow
def test_chunked_oversize_json_gets_413(server):
    """A 2 MB chunked JSON body to the API gets a JSON 413, not 400 "not valid JSON"."""
    status, body = _chunked_post(server, f"/api/v1/lessons/{FAKE_SLUG}/attempts",
                                 b'{"answers": {"1": "' + b"a" * OVERSIZE + b'"}}', "application/json")
    assert status == 413
    assert b'"error"' in body


@pytest.mark.slow
def test_chunked_body_within_the_limit_is_read_whole(server):
    """A chunked form under the limit still reaches the view whole (CSRF token and fields intact)."""
    session = requests.Session()
    token = hidden(session.get(f"{server}/signin").text, "csrf_token")
    cookie = "; ".join(f"{c.name}={c.value}" for c in session.cookies)
    body = f"csrf_token={token}&email=ana%40school.example&password=a+wrong+password".encode()
    status, page = _chunked_post(server, "/signin", body + b"&pad=" + b"x" * 300_000,
                                 "application/x-www-form-urlencoded", cookie)
    assert status == 401, page[:300]
