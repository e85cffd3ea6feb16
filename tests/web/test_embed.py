"""The timeline embed on SQLite and PostgreSQL: framable, cookie-free, readable without JS, options."""
from __future__ import annotations

import dataclasses
import html
import re

import pytest
from conftest import FAKE_SLUG, fake_lesson

from classroom.extensions import db
from classroom.lessons import create_lesson, sorted_events
from classroom.models import Lesson

EMBED = f"/embed/lessons/{FAKE_SLUG}/timeline"


def event_ids(app, slug=FAKE_SLUG) -> list[int]:
    """Database ids of the lesson's events, in date order."""
    with app.app_context():
        row = db.session.execute(db.select(Lesson).filter_by(slug=slug)).scalar_one()
        return [e.id for e in sorted_events(row)]


def add_lesson(app, slug, status="published", **changes):
    with app.app_context():
        create_lesson(dataclasses.replace(fake_lesson(), **changes), slug=slug, status=status)
        db.session.commit()


def list_items(page: str) -> list[str]:
    return re.findall(r'<li class="embed-event[^"]*"[^>]*>(.*?)</li>', page, re.S)


def test_embed_page_may_be_framed_by_any_site(client, lesson):
    """frame-ancestors * and no X-Frame-Options, on the embed page only."""
    r = client.get(EMBED)
    assert r.status_code == 200
    csp = r.headers["Content-Security-Policy"]
    assert "frame-ancestors *" in csp and "'none'" not in csp.split("frame-ancestors")[1]
    assert "X-Frame-Options" not in r.headers
    assert "script-src 'self'" in csp                      # still no inline or foreign script


@pytest.mark.parametrize("path", ["/", f"/lessons/{FAKE_SLUG}", "/progress", "/api/v1/lessons",
                                  f"/oembed?url=http://localhost/lessons/{FAKE_SLUG}"])
def test_every_other_page_still_refuses_framing(client, lesson, path):
    r = client.get(path)
    assert r.status_code == 200
    assert "frame-ancestors 'none'" in r.headers["Content-Security-Policy"]
    assert r.headers["X-Frame-Options"] == "DENY"


def test_embed_sets_and_needs_no_cookies(app, lesson):
    """No session, CSRF or learner cookie is set, whether or not the browser sends cookies."""
    client = app.test_client()
    r = client.get(EMBED)
    assert r.headers.getlist("Set-Cookie") == []
    # A learner who already has our cookies gets no new ones from an embed either.
    client.get(f"/lessons/{FAKE_SLUG}/quiz")
    assert client.get_cookie(app.config["LEARNER_COOKIE"]) is not None
    r = client.get(EMBED)
    assert r.status_code == 200 and r.headers.getlist("Set-Cookie") == []


def test_embed_is_readable_without_javascript(app, client, lesson):
    """An ordered list of every event, in date order, with <time datetime> and label; local assets only."""
    page = client.get(EMBED).get_data(as_text=True)
    assert '<ol class="embed-events"' in page
    items = list_items(page)
    assert len(items) == 3
    dates = [re.search(r'<time datetime="([\d-]+)">([^<]+)</time>', item).groups() for item in items]
    assert dates == [("2019-03-01", "March 2019"), ("2024-05-06", "May 6, 2024"),
                     ("2024-05-11", "May 11, 2024")]
    assert "Work on the bridge began" in items[0] and "Ana Ruiz opened the Harbour Bridge" in items[1]
    assert "(planned)" in items[2]                       # a future event says so in words
    assert "Mayor Ana Ruiz opened the Harbour Bridge on Monday." in items[1]   # its evidence sentence
    # Every event can be focused and every asset comes from us (no CDN).
    assert all('tabindex="0"' in m for m in re.findall(r'<li class="embed-event[^>]*>', page))
    for src in re.findall(r'(?:src|href)="([^"]+)"', page):
        assert src.startswith(("/static/", "http://localhost/", "data:")), src
    assert re.search(r"/static/js/timeline\.[0-9a-f]{12}\.js", page) and re.search(r"/static/js/embed\.[0-9a-f]{12}\.js", page)


def test_embed_links_back_to_the_full_lesson_in_a_new_tab(client, lesson):
    page = client.get(EMBED).get_data(as_text=True)
    link = re.search(r'<a class="embed-open" href="([^"]+)"([^>]*)>', page)
    assert link.group(1) == f"http://localhost/lessons/{FAKE_SLUG}"
    assert 'target="_blank"' in link.group(2) and 'rel="noopener"' in link.group(2)
    for attrs in re.findall(r"<a ([^>]*)>", page):
        assert 'target="_blank"' in attrs and "noopener" in attrs, attrs   # never navigate the frame away


def test_embed_carries_the_events_for_the_timeline(client, lesson):
    page = client.get(EMBED + "?height=600").get_data(as_text=True)
    m = re.search(r'<script type="application/json" id="embed-chart-data">(.*?)</script>', page, re.S)
    import json

    events = json.loads(m.group(1))
    assert [e["date"] for e in events] == ["2019-03-01", "2024-05-06", "2024-05-11"]
    assert [e["when"] for e in events] == ["March 2019", "May 6, 2024", "May 11, 2024"]
    assert "max-height: 270px" in page                # 45% of the height, within the chart's limits


def test_theme_option(client, lesson):
    assert 'class="embed theme-dark"' in client.get(EMBED + "?theme=dark").get_data(as_text=True)
    for bad in ("?theme=", "?theme=purple", "?theme=dark%00", "?theme=DARK"):
        r = client.get(EMBED + bad)
        assert r.status_code == 200 and 'class="embed theme-light"' in r.get_data(as_text=True)


def test_start_option_selects_that_event(app, client, lesson):
    ids = event_ids(app)
    page = client.get(f"{EMBED}?start={ids[1]}").get_data(as_text=True)
    selected = re.findall(r'<li class="embed-event is-selected"[^>]*id="event-(\d+)"[^>]*aria-current="true"', page)
    assert selected == [str(ids[1])]
    assert f'data-start="{ids[1]}"' in page


def test_start_option_ignores_events_of_other_lessons_and_junk(app, client, lesson):
    add_lesson(app, "other-lesson")
    other = event_ids(app, "other-lesson")
    for start in [str(other[0]), "abc", "-1", "1e3", "99999999999999", "", "٣"]:
        r = client.get(f"{EMBED}?start={start}")
        assert r.status_code == 200, start
        page = r.get_data(as_text=True)
        assert "is-selected" not in page and 'data-start=""' in page


@pytest.mark.parametrize("height, chart", [("abc", 216), ("-5", 216), ("0", 140), ("99999", 360),
                                           ("250", 140), ("480", 216), ("1e9", 216), ("", 216)])
def test_height_option_falls_back_or_is_clamped(client, lesson, height, chart):
    r = client.get(f"{EMBED}?height={height}")
    assert r.status_code == 200
    assert f'style="max-height: {chart}px"' in r.get_data(as_text=True)


def test_only_published_lessons_are_embeddable(app, client, lesson):
    add_lesson(app, "a-draft", status="draft")
    assert client.get("/embed/lessons/a-draft/timeline").status_code == 404
    assert client.get("/embed/lessons/no-such-lesson/timeline").status_code == 404
    assert client.get("/embed/lessons/bad%00slug/timeline").status_code == 404


def test_article_text_is_escaped(app, client):
    evil = fake_lesson()
    events = list(evil.events)
    events[0] = dataclasses.replace(events[0], label='<script>alert("x")</script> began')
    add_lesson(app, "evil", title="<img src=x onerror=alert(1)>", events=tuple(events))
    page = client.get("/embed/lessons/evil/timeline").get_data(as_text=True)
    assert "<script>alert" not in page and "<img src=x" not in page
    assert html.escape('<script>alert("x")</script>', quote=False) in page.replace("&#34;", '"')


def test_lesson_without_events_says_so(app, client):
    add_lesson(app, "no-dates", events=())
    page = client.get("/embed/lessons/no-dates/timeline").get_data(as_text=True)
    assert "No dated events were found" in page and "embed-chart" not in page
