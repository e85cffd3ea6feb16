"""Absolute URLs (issue 15): a forged Host header never reaches an oEmbed iframe or an API `url` field."""
from __future__ import annotations

from types import SimpleNamespace

import pytest
from conftest import FAKE_SLUG, _make_app

from app import create_app
from classroom.extensions import db

EVIL = "evil.example"


def test_oembed_with_a_forged_host_gives_no_iframe_to_it(client, lesson):
    """GET /oembed with Host: evil.example is refused, never an iframe to http://evil.example/."""
    r = client.get(f"/oembed?url=http://{EVIL}/lessons/{lesson}", headers={"Host": EVIL})
    body = r.get_data(as_text=True)
    assert r.status_code == 400
    assert "<iframe" not in body and f"http://{EVIL}" not in body
    assert "cache_age" not in body


def test_api_url_fields_with_a_forged_host(client, lesson):
    """The API's lesson `url` and `api_url` never point at a forged Host: the request is refused."""
    for path in ("/api/v1/lessons", f"/api/v1/lessons/{lesson}"):
        r = client.get(path, headers={"Host": EVIL})
        assert r.status_code == 400
        assert "TRUSTED_HOSTS" in r.get_json()["message"]
        assert EVIL not in r.get_data(as_text=True).replace(f"'{EVIL}'", "")


def test_the_refusal_is_a_clear_page(client):
    """The refusal says what is wrong (an unknown site name) and how an administrator fixes it."""
    r = client.get("/", headers={"Host": EVIL})
    assert r.status_code == 400
    assert "TRUSTED_HOSTS" in r.get_data(as_text=True)


@pytest.fixture
def hosted_app(request, tmp_path):
    """The app as deployed at newsline.example (TRUSTED_HOSTS set), with the small lesson."""
    from conftest import fake_lesson

    from classroom.lessons import create_lesson

    sqlite = SimpleNamespace(param="sqlite", getfixturevalue=request.getfixturevalue)
    app = _make_app(sqlite, tmp_path, {"TRUSTED_HOSTS": ["newsline.example"]})
    with app.app_context():
        create_lesson(fake_lesson(), slug=FAKE_SLUG, status="published")
        db.session.commit()
    yield app
    with app.app_context():
        db.session.remove()
        db.engine.dispose()


def test_a_trusted_host_gets_its_own_absolute_urls(hosted_app):
    """With TRUSTED_HOSTS=newsline.example, that name works in oEmbed and API urls; others are refused."""
    client = hosted_app.test_client()
    r = client.get(f"/oembed?url=https://newsline.example/lessons/{FAKE_SLUG}",
                   base_url="https://newsline.example")
    assert r.status_code == 200
    assert f'src="https://newsline.example/embed/lessons/{FAKE_SLUG}/timeline"' in r.get_json()["html"]
    (listed,) = client.get("/api/v1/lessons", base_url="https://newsline.example").get_json()["lessons"]
    assert listed["url"] == f"https://newsline.example/lessons/{FAKE_SLUG}"
    assert client.get("/oembed", headers={"Host": EVIL}).status_code == 400
    assert client.get("/oembed", headers={"Host": "localhost"}).status_code == 400


def test_trusted_hosts_and_server_name_from_the_environment(monkeypatch):
    """TRUSTED_HOSTS is read from the environment (comma-separated); SERVER_NAME alone trusts its host."""
    monkeypatch.setenv("TRUSTED_HOSTS", "newsline.example, .school.example")
    assert create_app({"TESTING": True}).config["TRUSTED_HOSTS"] == ["newsline.example", ".school.example"]
    monkeypatch.delenv("TRUSTED_HOSTS")
    monkeypatch.setenv("SERVER_NAME", "newsline.example:8443")
    app = create_app({"TESTING": True})
    assert app.config["SERVER_NAME"] == "newsline.example:8443"
    assert app.config["TRUSTED_HOSTS"] == ["newsline.example"]
