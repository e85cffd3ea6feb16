"""oEmbed 1.0 at /oembed, the discovery link and the Embed disclosure on lesson pages."""
from __future__ import annotations

import dataclasses
import html
import re
from html.parser import HTMLParser
from urllib.parse import parse_qs, urlsplit

import pytest
from conftest import FAKE_SLUG, fake_lesson

from classroom.extensions import db
from classroom.lessons import create_lesson

LESSON_URL = f"http://localhost/lessons/{FAKE_SLUG}"
EMBED_URL = f"http://localhost/embed/lessons/{FAKE_SLUG}/timeline"


class IframeParser(HTMLParser):
    def __init__(self):
        super().__init__()
        self.iframes: list[dict[str, str | None]] = []
        self.other: list[str] = []

    def handle_starttag(self, tag, attrs):
        (self.iframes.append(dict(attrs)) if tag == "iframe" else self.other.append(tag))


def iframe_of(snippet: str) -> dict[str, str | None]:
    parser = IframeParser()
    parser.feed(snippet)
    assert len(parser.iframes) == 1 and parser.other == [], snippet
    return parser.iframes[0]


def oembed(client, **params):
    return client.get("/oembed", query_string=params)


def test_lesson_url_gives_a_rich_iframe(client, lesson):
    r = oembed(client, url=LESSON_URL, format="json")
    assert r.status_code == 200 and r.mimetype == "application/json"
    data = r.get_json()
    assert data["type"] == "rich" and data["version"] == "1.0"
    assert data["provider_name"] == "Newsline" and data["provider_url"] == "http://localhost/"
    assert data["title"] == "The Harbour Bridge opens"
    assert isinstance(data["width"], int) and isinstance(data["height"], int)
    frame = iframe_of(data["html"])
    assert frame["src"] == EMBED_URL
    assert (int(frame["width"]), int(frame["height"])) == (data["width"], data["height"])
    assert frame["title"] == "Timeline: The Harbour Bridge opens"
    assert r.headers["Access-Control-Allow-Origin"] == "*"


def test_the_iframe_it_gives_is_framable(client, lesson):
    src = iframe_of(oembed(client, url=LESSON_URL).get_json()["html"])["src"]
    r = client.get(urlsplit(src).path + ("?" + urlsplit(src).query if urlsplit(src).query else ""))
    assert r.status_code == 200 and "frame-ancestors *" in r.headers["Content-Security-Policy"]


def test_embed_url_keeps_its_options(app, client, lesson):
    r = oembed(client, url=EMBED_URL + "?theme=dark&height=600&start=2&junk=1")
    data = r.get_json()
    src = iframe_of(data["html"])["src"]
    assert src.startswith(EMBED_URL + "?")
    assert parse_qs(urlsplit(src).query) == {"theme": ["dark"], "height": ["600"], "start": ["2"]}
    assert data["height"] == 600


@pytest.mark.parametrize("maxwidth, maxheight", [(300, 250), (1000, 1000), (640, None), (None, 100)])
def test_maxwidth_and_maxheight_are_respected(client, lesson, maxwidth, maxheight):
    params = {"url": LESSON_URL}
    if maxwidth:
        params["maxwidth"] = maxwidth
    if maxheight:
        params["maxheight"] = maxheight
    data = oembed(client, **params).get_json()
    assert data["width"] <= (maxwidth or 10**6) and data["height"] <= (maxheight or 10**6)
    assert data["width"] == min(640, maxwidth or 640) and data["height"] == min(480, maxheight or 480)
    frame = iframe_of(data["html"])
    assert (int(frame["width"]), int(frame["height"])) == (data["width"], data["height"])


def test_only_json_is_supported(client, lesson):
    r = oembed(client, url=LESSON_URL, format="xml")
    assert r.status_code == 501 and "format=json" in r.get_json()["message"]


def test_missing_url_is_a_bad_request(client, lesson):
    for params in ({}, {"url": ""}, {"url": "   ", "format": "json"}):
        r = oembed(client, **params)
        assert r.status_code == 400 and "url" in r.get_json()["message"]


@pytest.mark.parametrize("maxwidth", ["abc", "0", "-10", "1.5"])
def test_bad_maxwidth_is_a_bad_request(client, lesson, maxwidth):
    assert oembed(client, url=LESSON_URL, maxwidth=maxwidth).status_code == 400


@pytest.mark.parametrize("url", [
    f"https://example.com/lessons/{FAKE_SLUG}",          # not our host
    f"http://localhost.evil.com/lessons/{FAKE_SLUG}",
    f"ftp://localhost/lessons/{FAKE_SLUG}",
    "http://localhost/progress",                          # ours, but not a lesson
    "http://localhost/",
    f"http://localhost/lessons/{FAKE_SLUG}/quiz",
    "http://localhost/lessons/no-such-lesson",            # no such lesson
    "http://localhost/embed/lessons/no-such-lesson/timeline",
    "http://localhost/lessons/a%00b",
    "not a url at all",
    "http://[::1",                                        # urlsplit raises on this
])
def test_urls_that_are_not_our_lessons_are_404(client, lesson, url):
    r = oembed(client, url=url)
    assert r.status_code == 404, url
    assert r.get_json()["message"]


def test_drafts_are_not_embeddable(app, client, lesson):
    with app.app_context():
        create_lesson(fake_lesson(), slug="draft-lesson", status="draft")
        db.session.commit()
    assert oembed(client, url="http://localhost/lessons/draft-lesson").status_code == 404


def test_lesson_page_has_discovery_link_that_works(client, lesson):
    page = client.get(f"/lessons/{FAKE_SLUG}").get_data(as_text=True)
    head = page.split("</head>")[0]
    link = re.search(r'<link rel="alternate" type="application/json\+oembed" href="([^"]+)"', head)
    assert link, "no oEmbed discovery link in the head"
    href = urlsplit(html.unescape(link.group(1)))
    assert parse_qs(href.query) == {"url": [LESSON_URL], "format": ["json"]}
    data = client.get(f"{href.path}?{href.query}").get_json()
    assert data["type"] == "rich" and iframe_of(data["html"])["src"] == EMBED_URL


def test_lesson_page_embed_disclosure_holds_the_snippet(client, lesson):
    """The Embed button is a <details> (keyboard-operable) with a labelled code box and a Copy button."""
    page = client.get(f"/lessons/{FAKE_SLUG}").get_data(as_text=True)
    assert '<details class="embed-share"' in page and "<summary" in page
    box = re.search(r'<textarea id="embed-code"[^>]*>(.*?)</textarea>', page, re.S)
    assert '<label for="embed-code">' in page
    snippet = html.unescape(box.group(1))
    assert "<iframe" not in box.group(1)                  # escaped in the page, not a live frame
    assert iframe_of(snippet)["src"] == EMBED_URL
    assert snippet == oembed(client, url=LESSON_URL).get_json()["html"]
    assert re.search(r'<button type="button"[^>]*id="embed-copy"[^>]*>Copy the code</button>', page)


def test_title_with_markup_is_escaped_in_the_snippet(app, client):
    with app.app_context():
        create_lesson(dataclasses.replace(fake_lesson(), title='Bridge "opens" <b>today</b>'),
                      slug="quoted", status="published")
        db.session.commit()
    data = oembed(client, url="http://localhost/lessons/quoted").get_json()
    assert data["title"] == 'Bridge "opens" <b>today</b>'
    assert iframe_of(data["html"])["title"] == 'Timeline: Bridge "opens" <b>today</b>'
    assert "<b>" not in data["html"]
