"""Static files: content-hashed URLs, gzip on the wire, cached for a year; plain names still served."""
from __future__ import annotations

import gzip
import re
from pathlib import Path

import pytest

from classroom.assets import hashed_name

STATIC = Path(__file__).resolve().parents[2] / "static"


@pytest.mark.parametrize("name, expected", [
    ("js/lesson.js", "js/lesson.abc123.js"),
    ("vendor/plotly.min.js", "vendor/plotly.min.abc123.js"),
    ("LICENSE", "LICENSE.abc123"),
])
def test_hash_goes_before_the_last_suffix(name, expected):
    assert hashed_name(name, "abc123") == expected


def test_pages_link_hashed_assets_served_compressed_and_immutable(client, lesson):
    page = client.get(f"/lessons/{lesson}").get_data(as_text=True)
    url = re.search(r'src="(/static/js/timeline\.[0-9a-f]{12}\.js)"', page).group(1)
    r = client.get(url, headers={"Accept-Encoding": "gzip, deflate, br"})
    assert r.status_code == 200
    assert r.headers["Cache-Control"] == "public, max-age=31536000, immutable"
    assert r.headers["Content-Encoding"] == "gzip" and "Accept-Encoding" in r.headers["Vary"]
    assert r.headers["Content-Type"].startswith("text/javascript")
    assert gzip.decompress(r.data) == (STATIC / "js" / "timeline.js").read_bytes()
    # Without gzip in Accept-Encoding: the plain bytes, under another ETag.
    plain = client.get(url, headers={"Accept-Encoding": "identity"})
    assert plain.data == (STATIC / "js" / "timeline.js").read_bytes() and "Content-Encoding" not in plain.headers
    assert plain.headers["ETag"] != r.headers["ETag"]
    again = client.get(url, headers={"Accept-Encoding": "gzip", "If-None-Match": r.headers["ETag"]})
    assert again.status_code == 304


def test_the_hash_follows_the_content(app):
    with app.test_request_context():
        from flask import url_for

        url = url_for("static", filename="css/timeline.css")
    import hashlib

    digest = hashlib.sha256((STATIC / "css" / "timeline.css").read_bytes()).hexdigest()[:12]
    assert url == f"/static/css/timeline.{digest}.css"


def test_plain_names_and_unknown_files(client):
    with client.get("/static/css/timeline.css") as r:
        assert r.status_code == 200 and "immutable" not in r.headers.get("Cache-Control", "")
    assert client.get("/static/js/timeline.000000000000.js").status_code == 404
    assert client.get("/static/../app.py").status_code == 404


def test_plotly_is_the_partial_bundle(client):
    """make assets puts plotly's cartesian partial bundle (not the 4.8 MB full one) in static/vendor/."""
    data = (STATIC / "vendor" / "plotly.min.js").read_bytes()
    assert len(data) < 2_000_000
    with client.application.test_request_context():
        from flask import url_for

        url = url_for("static", filename="vendor/plotly.min.js")
    r = client.get(url, headers={"Accept-Encoding": "gzip"})
    assert r.headers["Content-Encoding"] == "gzip" and len(r.data) < 600_000
