"""A student in real Chromium against a real server: timeline, evidence highlight, quiz, progress."""
from __future__ import annotations

import re

import pytest
from browser_support import SEED_SLUG, running_app

pytestmark = [pytest.mark.browser, pytest.mark.slow]


@pytest.fixture(scope="module")
def live_server(tmp_path_factory):
    """The app on a free local port with the seeds loaded (and the small test lesson beside them)."""
    with running_app(tmp_path_factory.mktemp("live")) as served:
        yield served


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 375, "height": 740}, is_mobile=True, has_touch=True)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    yield page
    context.close()
    assert errors == [], f"errors in the browser console: {errors}"


def _quiz_slug(app) -> str:
    """The seed lesson when the engine gave it a quiz, else the small test lesson."""
    from classroom.extensions import db
    from classroom.models import Lesson
    from conftest import FAKE_SLUG

    with app.app_context():
        seed = db.session.execute(db.select(Lesson).filter_by(slug=SEED_SLUG)).scalar_one()
        return SEED_SLUG if seed.quiz_questions else FAKE_SLUG


def _fits_width(page) -> bool:
    return page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")


def test_student_reads_explores_timeline_takes_quiz_and_sees_progress(live_server, page):
    """The whole student journey at 375 px: timeline drawn, event -> sentence, quiz, result, progress."""
    app, base = live_server
    page.goto(f"{base}/lessons/{SEED_SLUG}")
    page.wait_for_selector("#timeline-chart.is-drawn .tl-event", timeout=15000)
    points = page.locator("#timeline-chart .tl-event")
    events = page.locator("#event-list .event")
    assert events.count() >= 1 and points.count() == events.count()
    assert _fits_width(page)

    # Keyboard: the events list (folded away under the figure) opens, its first link + Enter highlights.
    page.get_by_role("button", name=re.compile("Show the events as a list")).click()
    first = page.locator(".event-link").first
    sentence_id = first.get_attribute("data-sentence")
    first.focus()
    page.keyboard.press("Enter")
    highlighted = page.locator(".sentence.is-highlighted")
    assert highlighted.count() == 1
    assert highlighted.get_attribute("id") == f"s-{sentence_id}"
    assert page.evaluate("document.activeElement.id") == f"s-{sentence_id}"

    # Touch: tap the last event on the (vertical, at 375 px) timeline: the highlight moves to its sentence.
    last_sentence = events.last.get_attribute("data-sentence")
    assert "tl-vertical" in page.locator("#timeline-chart").get_attribute("class")
    points.last.tap()
    page.wait_for_selector(f"#s-{last_sentence}.is-highlighted", timeout=5000)
    assert page.locator(".sentence.is-highlighted").count() == 1

    # The quiz: answer everything (the first option, a word, one move of an ordering).
    slug = _quiz_slug(app)
    page.goto(f"{base}/lessons/{slug}")
    page.get_by_role("link", name=re.compile("Start the quiz")).first.click()
    page.wait_for_selector("form.quiz")
    assert _fits_width(page)
    for fieldset in page.locator("fieldset.question.choice").all():
        fieldset.locator("input[type=radio]").first.check()
    for text_input in page.locator(".question.fill input[type=text]").all():
        text_input.fill("march")
    for order in page.locator("fieldset.order").all():
        order.get_by_role("button", name=re.compile("^Move up")).last.click()
        values = [s.input_value() for s in order.locator("select").all()]
        assert sorted(values) == [str(i) for i in range(1, len(values) + 1)]
    total = page.locator(".question").count()
    page.get_by_role("button", name="Submit my answers").click()

    page.wait_for_selector("#score")
    score = page.locator("#score").inner_text()
    m = re.search(r"(\d+) of (\d+)", score)
    assert m and int(m.group(2)) == total and 0 <= int(m.group(1)) <= total
    items = page.locator(".feedback-item")
    assert items.count() == total
    right = page.locator(".feedback-item.is-right").count()
    assert right == int(m.group(1))
    assert page.locator(".feedback-item .mark").first.inner_text().strip() in {"✔ Correct", "✘ Not right"}
    evidence = page.locator(".evidence figcaption a").first
    href = evidence.get_attribute("href")
    assert re.search(rf"/lessons/{slug}#s-\d+$", href)
    evidence.click()
    page.wait_for_selector(f"#{href.split('#')[1]}.is-highlighted")

    page.goto(f"{base}/progress")
    page.wait_for_selector("#progress-chart.is-drawn svg.main-svg", timeout=15000)
    assert page.locator("table.attempts tbody tr").count() == 1
    assert f"{m.group(1)} / {m.group(2)}" in page.locator("table.attempts").inner_text()
    assert _fits_width(page)
