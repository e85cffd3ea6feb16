"""One lesson lookup (control characters are a 404, also on PostgreSQL) and one JSON error shape under /api/v1."""
from __future__ import annotations

import pytest

from classroom.openapi import openapi_document

NUL_URLS = ["/api/v1/lessons/a%00b", "/lessons/a%00b", "/lessons/a%00b/quiz",
            "/embed/lessons/a%00b/timeline", "/api/v1/lessons/a%00b/attempts"]


@pytest.mark.parametrize("url", NUL_URLS)
def test_nul_in_a_slug_is_not_found(client, lesson, url):
    """GET /api/v1/lessons/a%00b, /lessons/a%00b and /lessons/a%00b/quiz answered 500 on PostgreSQL."""
    r = client.post(url, json={"answers": {}}) if url.endswith("/attempts") else client.get(url)
    assert r.status_code == 404
    if url.startswith("/api/"):
        assert set(r.get_json()) == {"error", "message"}


@pytest.mark.parametrize("slug", ["a%01b", "a%1Fb", "a%7Fb", "a%C2%85b", "x" * 121])
def test_other_control_characters_and_overlong_slugs_are_not_found(client, lesson, slug):
    assert client.get(f"/api/v1/lessons/{slug}").status_code == 404
    assert client.get(f"/lessons/{slug}").status_code == 404


def test_oembed_with_a_nul_slug_is_not_found(client, lesson):
    r = client.get("/oembed", query_string={"url": "http://localhost/lessons/a\x00b"})
    assert r.status_code == 404


def test_routing_and_view_errors_have_one_shape(client, lesson):
    """/api/v1/nope and /api/v1/lessons/nope gave two different error shapes."""
    unknown_path = client.get("/api/v1/nope")
    unknown_lesson = client.get("/api/v1/lessons/nope")
    wrong_method = client.delete(f"/api/v1/lessons/{lesson}")
    bad_type = client.post(f"/api/v1/lessons/{lesson}/attempts", data="x", content_type="text/plain")
    bad_body = client.post(f"/api/v1/lessons/{lesson}/attempts", json=[1])
    for r, code in ((unknown_path, 404), (unknown_lesson, 404), (wrong_method, 405), (bad_type, 415),
                    (bad_body, 400)):
        assert r.status_code == code and r.is_json
        body = r.get_json()
        assert set(body) == {"error", "message"} and all(isinstance(v, str) and v for v in body.values())
    assert unknown_path.get_json()["error"] == unknown_lesson.get_json()["error"] == "Not Found"
    assert wrong_method.get_json()["error"] == "Method Not Allowed"
    assert "GET" in wrong_method.headers["Allow"]
    assert "nope" in unknown_lesson.get_json()["message"]


def test_openapi_document_describes_the_error_shape(app):
    with app.test_request_context():
        doc = openapi_document()
    error = doc["components"]["schemas"]["Error"]
    assert error["required"] == ["error", "message"] and error["additionalProperties"] is False
    assert "405" in error["description"] and "routing" in error["description"]
    assert "routing" in doc["info"]["description"]
    for path in doc["paths"].values():
        for operation in path.values():
            for status, response in operation["responses"].items():
                if status.startswith(("4", "5")):
                    assert response["content"]["application/json"]["schema"] == {"$ref": "#/components/schemas/Error"}
