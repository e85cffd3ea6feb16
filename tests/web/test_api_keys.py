"""Teachers' API keys (hashed, shown once, revocable) and POST /api/v1/lessons with them."""
from __future__ import annotations

import hashlib
import re

import pytest
from student_helpers import hidden

from classroom.apikeys import create_key, revoke_key, verify_key
from classroom.extensions import db
from classroom.models import ApiKey, Lesson, User

ARTICLE = ("Mayor Ana Ruiz opened the Harbour Bridge on Monday. "
           "Work on the bridge began in March 2019, the city council said. "
           "A festival will follow next Saturday.")


def make_teacher(app, email="teacher@example.org") -> int:
    with app.app_context():
        user = User(email=email, password_hash="x", name="T")
        db.session.add(user)
        db.session.commit()
        return user.id


def make_key(app, user_id: int) -> str:
    with app.app_context():
        _, token = create_key(db.session.get(User, user_id), "tests")
        db.session.commit()
        return token


def sign_in(client, user_id: int) -> None:
    with client.session_transaction() as session:
        session["_user_id"] = str(user_id)
        session["_fresh"] = True


def post_lesson(client, body, token=None, header="bearer", **kwargs):
    headers = {}
    if token and header == "bearer":
        headers["Authorization"] = f"Bearer {token}"
    elif token:
        headers["X-API-Key"] = token
    return client.post("/api/v1/lessons", json=body, headers=headers, **kwargs)


# -------------------------------------------------------------------------------- the keys

def test_only_a_hash_of_the_key_is_stored(app):
    uid = make_teacher(app)
    token = make_key(app, uid)
    with app.app_context():
        row = db.session.execute(db.select(ApiKey)).scalar_one()
        assert token.startswith("nl_") and len(token) >= 40
        assert row.key_hash == hashlib.sha256(token.encode()).hexdigest() and token not in row.key_hash
        assert row.prefix == token[:11] and row.user_id == uid and row.last_used is None
        assert verify_key(token).id == row.id
        assert row.last_used is not None
        for wrong in (None, "", token[:-1], token + "x", "nl_" + "a" * 43, "x" * 500, token.upper()):
            assert verify_key(wrong) is None
        revoke_key(row)
        db.session.commit()
        assert verify_key(token) is None


def test_two_keys_differ(app):
    uid = make_teacher(app)
    assert make_key(app, uid) != make_key(app, uid)


def test_cli_creates_a_key_for_a_teacher(app, runner):
    uid = make_teacher(app, "Ada@Example.org")
    result = runner.invoke(args=["create-api-key", "ada@example.org", "--name", "import script"])
    assert result.exit_code == 0, result.output
    token = result.output.strip().splitlines()[-1]
    with app.app_context():
        key = verify_key(token)
        assert key is not None and key.user_id == uid and key.name == "import script"


def test_cli_refuses_an_unknown_email(runner):
    result = runner.invoke(args=["create-api-key", "nobody@example.org"])
    assert result.exit_code != 0 and "No teacher account" in result.output


# ---------------------------------------------------------------------------------- the page

def test_key_page_needs_a_signed_in_teacher(client):
    r = client.get("/account/api-keys")
    assert r.status_code in (302, 401)
    assert client.post("/account/api-keys", data={"name": "x"}).status_code in (302, 400, 401)


def test_teacher_creates_sees_once_and_revokes_a_key(app, client):
    uid = make_teacher(app)
    sign_in(client, uid)
    page = client.get("/account/api-keys").get_data(as_text=True)
    assert "You have no API keys" in page and '<label for="name">' in page
    r = client.post("/account/api-keys", data={"csrf_token": hidden(page, "csrf_token"), "name": "my script"})
    assert r.status_code == 201 and r.headers["Cache-Control"] == "no-store"
    token = re.search(r'id="new-key-value" value="([^"]+)"', r.get_data(as_text=True)).group(1)
    # The key works for the API, and is never shown again.
    assert post_lesson(client, {"text": "x"}, token, content_type="text/plain").status_code == 415
    page = client.get("/account/api-keys").get_data(as_text=True)
    assert token not in page and token[:11] in page and "my script" in page
    with app.app_context():
        key_id = db.session.execute(db.select(ApiKey.id)).scalar_one()
    # Revoking needs the CSRF token; then the key stops working.
    assert client.post(f"/account/api-keys/{key_id}/revoke").status_code == 400
    r = client.post(f"/account/api-keys/{key_id}/revoke", data={"csrf_token": hidden(page, "csrf_token")})
    assert r.status_code == 302
    assert post_lesson(client, {"text": ARTICLE}, token).status_code == 401
    assert "You have no API keys" in client.get("/account/api-keys").get_data(as_text=True)


def test_a_teacher_cannot_revoke_someone_elses_key(app, client):
    owner = make_teacher(app, "owner@example.org")
    token = make_key(app, owner)
    other = make_teacher(app, "other@example.org")
    sign_in(client, other)
    page = client.get("/account/api-keys").get_data(as_text=True)
    with app.app_context():
        key_id = db.session.execute(db.select(ApiKey.id)).scalar_one()
    r = client.post(f"/account/api-keys/{key_id}/revoke", data={"csrf_token": hidden(page, "csrf_token")})
    assert r.status_code == 404
    with app.app_context():
        assert verify_key(token) is not None


# ----------------------------------------------------------------------- POST /api/v1/lessons

@pytest.mark.slow
@pytest.mark.parametrize("header", ["bearer", "x-api-key"])
def test_post_lesson_creates_a_draft_owned_by_the_keys_teacher(app, client, header):
    uid = make_teacher(app)
    token = make_key(app, uid)
    r = post_lesson(client, {"text": ARTICLE, "title": "The bridge opens", "published": "2024-05-08",
                             "source": "Test Gazette"}, token, header)
    assert r.status_code == 201, r.get_json()
    data = r.get_json()
    assert data["status"] == "draft" and data["title"] == "The bridge opens"
    assert data["published"] == "2024-05-08" and data["source"] == "Test Gazette"
    assert "2024-05-06" in [e["date"] for e in data["events"]]            # "Monday" before May 8
    assert r.headers["Location"] == data["url"] == f"http://localhost/lessons/{data['slug']}"
    assert all("answer" in q for q in data["questions"])
    with app.app_context():
        lesson = db.session.execute(db.select(Lesson).filter_by(slug=data["slug"])).scalar_one()
        assert lesson.owner_id == uid and lesson.status == "draft"
        assert db.session.execute(db.select(ApiKey)).scalar_one().last_used is not None
    # A draft is not public: the read API does not show it.
    assert client.get(f"/api/v1/lessons/{data['slug']}").status_code == 404


@pytest.mark.slow
def test_post_lesson_without_a_date_lists_what_it_could_not_place(app, client):
    token = make_key(app, make_teacher(app))
    r = post_lesson(client, {"text": "Officials met on Wednesday. They had talked last month."}, token)
    assert r.status_code == 201
    data = r.get_json()
    assert data["unresolved"] and data["messages"]


@pytest.mark.parametrize("token", [None, "nl_not-a-real-key", "a-learner-token-perhaps"])
def test_post_lesson_needs_a_valid_key(app, client, token):
    r = post_lesson(client, {"text": ARTICLE}, token)
    assert r.status_code == 401
    assert "API key" in r.get_json()["message"]
    assert r.headers["WWW-Authenticate"].startswith("Bearer")
    with app.app_context():
        assert db.session.execute(db.select(db.func.count()).select_from(Lesson)).scalar_one() == 0


@pytest.mark.parametrize("body, status, words", [
    ({}, 400, '"text" is required'),
    ({"text": "   "}, 400, '"text" is required'),
    ({"text": 42}, 400, '"text" is required'),
    ({"text": ARTICLE, "published": "16/06/2022"}, 400, "YYYY-MM-DD"),
    ({"text": ARTICLE, "published": 2022}, 400, "YYYY-MM-DD"),
    ({"text": ARTICLE, "title": ["a"]}, 400, '"title" must be a string'),
    ({"text": ARTICLE, "title": "t" * 301}, 400, "longer than 300"),
    ({"text": ARTICLE, "colour": "red"}, 400, "Unknown field 'colour'"),
    ({"text": "A\x00B went home on Monday."}, 400, "NUL"),
    ({"text": "!!! ???"}, 422, "No sentences"),
    ({"text": "x" * 250_000}, 413, "limit is 200 KB"),
])
def test_post_lesson_refuses_bad_bodies_with_a_message(app, client, body, status, words):
    token = make_key(app, make_teacher(app))
    r = post_lesson(client, body, token)
    assert r.status_code == status, r.get_json()
    assert words in r.get_json()["message"]
    with app.app_context():
        assert db.session.execute(db.select(db.func.count()).select_from(Lesson)).scalar_one() == 0


def test_post_lesson_refuses_non_json_and_huge_requests(app, client):
    token = make_key(app, make_teacher(app))
    headers = {"Authorization": f"Bearer {token}"}
    r = client.post("/api/v1/lessons", data="text=hello", headers=headers,
                    content_type="application/x-www-form-urlencoded")
    assert r.status_code == 415 and "application/json" in r.get_json()["message"]
    for raw in ("[1, 2]", "{not json"):
        r = client.post("/api/v1/lessons", data=raw, headers=headers, content_type="application/json")
        assert r.status_code == 400 and r.get_json()["message"]
    r = client.post("/api/v1/lessons", data='{"text": "' + "a" * 1_100_000 + '"}', headers=headers,
                    content_type="application/json")
    assert r.status_code == 413 and "KB" in r.get_json()["message"]


def test_post_lesson_with_an_unpaired_surrogate_is_a_400(app, client):
    token = make_key(app, make_teacher(app))
    r = client.post("/api/v1/lessons", data='{"text": "Bad \\ud800 text on Monday."}',
                    headers={"X-API-Key": token}, content_type="application/json")
    assert r.status_code == 400 and "surrogate" in r.get_json()["message"]


@pytest.fixture
def limited_app(tmp_path):
    """The app with rate limiting on, at 3 requests a minute for POST /api/v1/lessons."""
    from app import create_app

    app = create_app({"TESTING": True, "SECRET_KEY": "t", "RATELIMIT_ENABLED": True,
                      "API_WRITE_RATE_LIMIT": "3 per minute",
                      "SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp_path / 'limited.sqlite3'}"})
    with app.app_context():
        db.create_all()
    yield app
    with app.app_context():
        db.session.remove()
        db.engine.dispose()


def test_post_lesson_is_rate_limited_per_key(limited_app):
    client = limited_app.test_client()
    first = make_key(limited_app, make_teacher(limited_app, "a@example.org"))
    second = make_key(limited_app, make_teacher(limited_app, "b@example.org"))
    statuses = [post_lesson(client, {"text": ""}, first).status_code for _ in range(4)]
    assert statuses == [400, 400, 400, 429]
    r = post_lesson(client, {"text": ""}, first)
    assert r.status_code == 429 and r.mimetype == "application/json" and "Too many" in r.get_json()["message"]
    assert r.headers.get("Retry-After")
    # Another teacher's key has its own allowance.
    assert post_lesson(client, {"text": ""}, second).status_code == 400
