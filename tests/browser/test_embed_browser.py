"""The embed in real Chromium on a page of another site: the timeline works, other pages refuse framing."""
from __future__ import annotations

import json
import threading
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import quote

import pytest
from browser_support import SEED_SLUG, running_app

pytestmark = [pytest.mark.browser, pytest.mark.slow]


@pytest.fixture(scope="module")
def live_app(tmp_path_factory):
    """The app on a free port (127.0.0.1), migrated and seeded as `flask seed` does, plus the small lesson."""
    with running_app(tmp_path_factory.mktemp("embed-live")) as served:
        yield served


@pytest.fixture(scope="module")
def host_site():
    """Another site (a different host name and port): serves whatever HTML the test puts in `pages`."""
    pages: dict[str, str] = {}

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802  (http.server's naming)
            body = pages.get(self.path)
            self.send_response(200 if body else 404)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.end_headers()
            self.wfile.write((body or "not found").encode())

        def log_message(self, *args):   # keep the test output clean
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    # "localhost" vs the app's "127.0.0.1": a different site to the browser, not only another port.
    yield pages, f"http://localhost:{server.server_port}"
    server.shutdown()
    server.server_close()
    thread.join(timeout=5)


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 900, "height": 1200})
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    yield page, errors
    context.close()


def oembed_html(base: str, url: str, **params) -> str:
    query = "&".join([f"url={quote(url, safe='')}"] + [f"{k}={v}" for k, v in params.items()])
    with urllib.request.urlopen(f"{base}/oembed?{query}") as r:
        return json.load(r)["html"]


def event_ids(app, slug: str) -> list[int]:
    from classroom.extensions import db
    from classroom.lessons import sorted_events
    from classroom.models import Lesson

    with app.app_context():
        lesson = db.session.execute(db.select(Lesson).filter_by(slug=slug)).scalar_one()
        return [e.id for e in sorted_events(lesson)]


def test_embed_snippet_on_another_site_shows_a_working_timeline(live_app, host_site, page):
    app, base = live_app
    pages, host = host_site
    page, errors = page
    ids = event_ids(app, SEED_SLUG)
    assert len(ids) >= 2
    snippet = oembed_html(base, f"{base}/lessons/{SEED_SLUG}")
    narrow = oembed_html(base, f"{base}/embed/lessons/{SEED_SLUG}/timeline?theme=dark&start={ids[-1]}",
                         maxwidth=320, maxheight=420)
    pages["/school-blog.html"] = (
        "<!doctype html><html><head><title>A school blog</title></head><body>"
        f"<h1>Our lesson</h1><div id='wide'>{snippet}</div><div id='narrow'>{narrow}</div>"
        f"<iframe id='blocked' name='blocked' src='{base}/lessons/{SEED_SLUG}' width='600' height='300'></iframe>"
        "</body></html>")
    page.goto(f"{host}/school-blog.html")

    # The wide frame: the timeline component drew the figure, one label per event in the list.
    frame = page.frame_locator("#wide iframe")
    frame.locator("#embed-chart.is-drawn .tl-event").first.wait_for(timeout=20000)
    events = frame.locator("#embed-events .embed-event")
    assert events.count() == len(ids)
    assert frame.locator("#embed-chart .tl-event").count() == len(ids)
    assert frame.locator("#embed-events time[datetime]").count() == len(ids)
    link = frame.locator("a.embed-open")
    assert link.get_attribute("target") == "_blank" and "noopener" in link.get_attribute("rel")

    # Keyboard: Tab reaches the list, arrows move the selection (and the focus), End jumps to the last.
    events.first.focus()
    assert events.first.get_attribute("aria-current") == "true"
    page.keyboard.press("ArrowDown")
    assert events.nth(1).get_attribute("aria-current") == "true"
    assert frame.locator(".embed-event:focus").get_attribute("data-event-id") == str(ids[1])
    assert events.first.get_attribute("aria-current") is None
    page.keyboard.press("End")
    assert frame.locator(".embed-event:focus").get_attribute("data-event-id") == str(ids[-1])
    page.keyboard.press("ArrowUp")
    assert frame.locator(".embed-event.is-selected").get_attribute("data-event-id") == str(ids[-2])
    # Only the chosen event is a Tab stop, so Tab leaves the list (to its source link) instead of walking it.
    assert frame.locator('.embed-event[tabindex="0"]').count() == 1
    # The chosen event is marked on the figure too (bold on a highlight, not colour alone).
    chosen = frame.locator("#embed-chart .tl-event.is-selected")
    assert chosen.count() == 1 and chosen.get_attribute("data-id") == str(ids[-2])
    # Choosing an event on the figure selects it in the list.
    frame.locator("#embed-chart .tl-event").first.click()
    assert frame.locator(".embed-event.is-selected").get_attribute("data-event-id") == str(ids[0])

    # The narrow dark frame: starts on the chosen event, fits its 320 px without sideways scrolling;
    # there the event list is the (vertical) timeline and the wide figure stays hidden.
    narrow_frame = page.frame_locator("#narrow iframe")
    narrow_frame.locator(".embed-event.is-selected").wait_for(timeout=20000)
    assert narrow_frame.locator(".embed-event.is-selected").get_attribute("data-event-id") == str(ids[-1])
    assert narrow_frame.locator("#embed-chart").is_hidden()
    assert narrow_frame.locator("html.theme-dark").count() == 1
    assert narrow_frame.locator("body").evaluate(
        "b => document.documentElement.scrollWidth <= window.innerWidth + 1 && window.innerWidth <= 320")
    narrow_frame.locator(".embed-event").first.click()
    assert narrow_frame.locator(".embed-event.is-selected").get_attribute("data-event-id") == str(ids[0])

    # The lesson page itself refused to be framed: its frame never got the page.
    blocked = page.frame(name="blocked")
    assert blocked is not None
    assert blocked.url.startswith("chrome-error://")          # Chromium's "refused to connect" page
    assert blocked.locator("#timeline-chart, article.lesson").count() == 0
    assert errors == [], errors


def test_embed_reads_without_javascript(live_app, browser):
    app, base = live_app
    context = browser.new_context(java_script_enabled=False, viewport={"width": 400, "height": 600})
    page = context.new_page()
    try:
        page.goto(f"{base}/embed/lessons/{SEED_SLUG}/timeline")
        items = page.locator("ol.embed-events > li")
        assert items.count() == len(event_ids(app, SEED_SLUG))
        first = items.first
        assert first.locator("time").get_attribute("datetime")
        assert first.locator(".embed-label").inner_text().strip()
        assert first.locator(".embed-evidence").is_visible()        # every sentence shows without JS
        assert page.locator("#embed-chart svg, #embed-chart .tl-event").count() == 0
        assert context.cookies() == []                               # nothing was set
    finally:
        context.close()


def test_lesson_page_embed_button_copies_the_snippet(live_app, browser):
    app, base = live_app
    context = browser.new_context(viewport={"width": 375, "height": 740})
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=base)
    page = context.new_page()
    try:
        page.goto(f"{base}/lessons/{SEED_SLUG}")
        summary = page.locator("#embed-share summary")
        summary.focus()
        page.keyboard.press("Enter")                  # a <details> opens from the keyboard
        code = page.locator("#embed-code")
        assert code.is_visible()
        assert code.input_value().startswith(f'<iframe src="{base}/embed/lessons/{SEED_SLUG}/timeline"')
        page.locator("#embed-copy").focus()
        page.keyboard.press("Enter")
        page.wait_for_selector("#embed-copy-status:has-text('Copied')")
        assert page.evaluate("navigator.clipboard.readText()") == code.input_value()
    finally:
        context.close()
