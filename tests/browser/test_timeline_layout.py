"""The timeline in real Chromium on lessons the engine built from real articles (3 to 80 events).

No two text boxes of the figure overlap and none leaves it, at 1280 px and on a phone, by the boxes
the browser reports; the keyboard reaches every event in order; the assets are small and cached.
"""
from __future__ import annotations

import re

import pytest
from browser_support import SEED_SLUG, running_app
from conftest import FAKE_SLUG
from timeline_support import TEXT_BOXES_JS, engine_lesson, outside, overlaps

pytestmark = [pytest.mark.browser, pytest.mark.slow]

# The articles with the most dated events first, so that few are run together for a big lesson.
BUSY = ("japans-national-diet", "rugby-union", "benedict", "spacex", "warhol", "semiconductor",
        "martial-law", "apalachee", "wayback", "waymo", "smiling-pope", "ozone", "shuttle-launch",
        "social-security", "kacsmaryk", "trump-liable", "explorer-6", "nuclear-plant", "disney",
        "islamabad", "italy", "mountaineers", "arctic-border", "scientology", "ahmed-mohamed")
SIZES = (3, 12, 36, 80)
BUDGET_FIRST_VISIT = 1_500_000    # bytes over the wire, everything a first visit loads
BUDGET_EMBED_NO_JS = 20_000


@pytest.fixture(scope="module")
def live(tmp_path_factory):
    """The app on a free port with lessons of 3, 12, 36 and 80 engine-made events, and a storm-style one.

    The storm-style lesson: a story of two busy days (South Korea's martial law, December 2024) run
    together with articles whose events lie decades back.
    """
    from classroom.extensions import db
    from classroom.lessons import create_lesson

    lessons = {f"tl-{n}": engine_lesson(n, first="super-bowl" if n == 3 else None, prefer=BUSY)
               for n in SIZES}
    lessons["tl-storm"] = engine_lesson(14, prefer=("martial-law", "arctic-border", "explorer-6"))
    with running_app(tmp_path_factory.mktemp("timeline-live")) as (app, base):
        with app.app_context():
            for slug, lesson in lessons.items():
                create_lesson(lesson, slug=slug, status="published")
            db.session.commit()
        yield app, base, lessons


def _page(browser, width: int, **kwargs):
    context = browser.new_context(viewport={"width": width, "height": 900}, **kwargs)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    return context, page, errors


def _drawn(page, selector: str = "#timeline-chart"):
    page.wait_for_selector(f"{selector}.is-drawn", state="attached", timeout=15000)
    return page.locator(selector)


def _assert_readable(figure, n_events: int) -> None:
    """Every event is drawn; no text overlaps other text or leaves the figure; cut labels have an ellipsis."""
    assert figure.locator(".tl-event").count() == n_events
    seen = figure.evaluate(TEXT_BOXES_JS)
    assert len(seen["texts"]) >= n_events
    assert overlaps(seen["texts"], same_owner_ok=True) == []
    assert overlaps(seen["labels"]) == []
    assert outside(seen["texts"], seen["figure"]) == []
    assert outside(seen["labels"], seen["figure"]) == []
    cut = figure.evaluate("""f => [...f.querySelectorAll('.tl-event')].filter(b => b.scrollWidth > b.clientWidth + 1)
        .map(b => [getComputedStyle(b).textOverflow, b.dataset.truncated || ''])""")
    assert all(style == "ellipsis" and flag == "true" for style, flag in cut), cut


@pytest.mark.parametrize("n_events", SIZES)
@pytest.mark.parametrize("width", [1280, 375])
def test_no_label_overlaps_or_leaves_the_figure(live, browser, n_events, width):
    """3 to 80 engine-made events at 1280 px (horizontal) and 375 px (vertical, time running down)."""
    app, base, lessons = live
    context, page, errors = _page(browser, width, **({"is_mobile": True, "has_touch": True} if width < 600 else {}))
    try:
        page.goto(f"{base}/lessons/tl-{n_events}")
        figure = _drawn(page)
        assert len(lessons[f"tl-{n_events}"].events) == n_events
        assert figure.get_attribute("class").split().count("tl-vertical" if width < 600 else "tl-horizontal") == 1
        _assert_readable(figure, n_events)
        assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")   # no sideways scroll
        assert errors == []
    finally:
        context.close()


@pytest.mark.parametrize("width", [320, 599, 600, 700, 1000])
def test_eighty_events_at_in_between_widths(live, browser, width):
    """The densest lesson at the narrowest phone, either side of the 600 px switch, and in between."""
    app, base, _ = live
    context, page, errors = _page(browser, width)
    try:
        page.goto(f"{base}/lessons/tl-80")
        figure = _drawn(page)
        _assert_readable(figure, 80)
        assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
        assert errors == []
    finally:
        context.close()


def test_resizing_redraws_without_overlap(live, browser):
    """A window made narrower then wider (a rotated tablet) is laid out again each time."""
    app, base, _ = live
    context, page, errors = _page(browser, 1280)
    try:
        page.goto(f"{base}/lessons/tl-36")
        figure = _drawn(page)
        for width in (800, 450, 1100):
            page.set_viewport_size({"width": width, "height": 900})
            page.wait_for_function(
                "([w]) => { const f = document.querySelector('#timeline-chart');"
                " return f.classList.contains(w < 600 ? 'tl-vertical' : 'tl-horizontal')"
                " && Math.abs(f.querySelector('ol').getBoundingClientRect().width - f.clientWidth) < 40"
                " || (w >= 600 && f.classList.contains('tl-horizontal')); }", arg=[width])
            page.wait_for_timeout(100)
            _assert_readable(figure, 36)
        assert errors == []
    finally:
        context.close()


def test_a_dense_cluster_is_not_squashed(live, browser):
    """Storm-style: decades-old background, then many events in two days: the days get room, gaps are named."""
    app, base, lessons = live
    context, page, errors = _page(browser, 1280)
    try:
        page.goto(f"{base}/lessons/tl-storm")
        figure = _drawn(page)
        _assert_readable(figure, len(lessons["tl-storm"].events))
        xs = figure.evaluate("f => [...f.querySelectorAll('circle.tl-marker')].map(c => +c.getAttribute('cx'))")
        whens = figure.evaluate("f => JSON.parse(document.getElementById('timeline-chart-data').textContent)"
                                ".map(e => e.date + ' ' + e.when)")
        assert len(xs) == len(dict.fromkeys(whens))        # one marker per date: same-day events grouped
        assert len(whens) > len(xs)                          # and this story has such days
        # The markers of the last, busiest days are spread like all the others (story order), not piled up.
        steps = [b - a for a, b in zip(xs, xs[1:])]
        assert min(steps) >= 0.5 * max(steps) / 1.6 - 1
        gaps = figure.locator(".tl-gaps .tl-gap").all_inner_texts()
        assert any(re.fullmatch(r"\d+ years? later", g) for g in gaps), gaps
        assert errors == []
    finally:
        context.close()


def test_keyboard_reaches_every_event_in_order_and_shows_its_full_text(live, browser):
    """One Tab stop; arrows walk the events in date order; the focused one shows its full text; Enter finds its sentence."""
    app, base, lessons = live
    events = lessons["tl-36"].events
    context, page, errors = _page(browser, 1280)
    try:
        page.goto(f"{base}/lessons/tl-36")
        figure = _drawn(page)
        assert figure.get_attribute("role") == "figure"
        assert "36 events" in figure.get_attribute("aria-label")
        assert figure.locator('.tl-event[tabindex="0"]').count() == 1
        figure.locator('.tl-event[tabindex="0"]').focus()
        spoken = []
        for i in range(len(events)):
            focused = page.locator("#timeline-chart .tl-event:focus")
            spoken.append(focused.locator(".tl-label").inner_text())
            card = figure.locator(".tl-card")
            assert card.is_visible() and events[i].label in card.inner_text()
            box, fig = card.bounding_box(), figure.bounding_box()
            assert fig["x"] - 0.5 <= box["x"] and box["x"] + box["width"] <= fig["x"] + fig["width"] + 0.5
            page.keyboard.press("ArrowRight")
        # Same-day events share a marker but each is its own stop; the order is the engine's date order.
        assert spoken == [e.label for e in events]
        page.keyboard.press("Home")
        page.keyboard.press("ArrowDown")
        second = events[1]
        page.keyboard.press("Enter")
        highlighted = page.locator(".sentence.is-highlighted")
        assert highlighted.get_attribute("id") == f"s-{second.sentence_id}"
        assert page.evaluate("document.activeElement.id") == f"s-{second.sentence_id}"
        assert errors == []
    finally:
        context.close()


def test_a_tap_on_the_phone_timeline_jumps_to_the_sentence(live, browser):
    """375 px, touch: one tap on an event row highlights its sentence; the no-JS list is one button away."""
    app, base, lessons = live
    events = lessons["tl-12"].events
    context, page, errors = _page(browser, 375, is_mobile=True, has_touch=True)
    try:
        page.goto(f"{base}/lessons/tl-12")
        figure = _drawn(page)
        row = figure.locator(".tl-event").nth(5)
        row.tap()
        assert page.locator(".sentence.is-highlighted").get_attribute("id") == f"s-{events[5].sentence_id}"
        assert page.locator("#event-list").is_hidden()
        page.get_by_role("button", name=re.compile("Show the events as a list")).tap()
        assert page.locator("#event-list").is_visible()
        assert errors == []
    finally:
        context.close()


def _transfer_counter(context, page):
    """Bytes that came over the network (headers and body, as sent: compressed), per URL."""
    cdp = context.new_cdp_session(page)
    cdp.send("Network.enable")
    cdp.send("Network.setCacheDisabled", {"cacheDisabled": False})
    urls: dict[str, str] = {}
    sizes: dict[str, int] = {}
    cdp.on("Network.requestWillBeSent", lambda e: urls.__setitem__(e["requestId"], e["request"]["url"]))
    cdp.on("Network.loadingFinished",
           lambda e: sizes.__setitem__(urls.get(e["requestId"], e["requestId"]), int(e["encodedDataLength"])))
    return sizes


def test_first_visit_is_small_and_second_visit_loads_no_assets(live, browser):
    """Lesson and progress pages: under 1.5 MB on a first visit; hashed assets are immutable and not fetched again."""
    app, base, _ = live
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    try:
        sizes = _transfer_counter(context, page)
        responses = []
        page.on("response", lambda r: responses.append(r))
        page.goto(f"{base}/lessons/tl-36")
        _drawn(page)
        page.wait_for_load_state("networkidle")
        first = sum(sizes.values())
        assert 0 < first <= BUDGET_FIRST_VISIT, sizes
        statics = [r for r in responses if "/static/" in r.url]
        assert statics
        for r in statics:
            assert re.search(r"\.[0-9a-f]{12}\.(js|css)$", r.url), r.url
            assert r.headers["cache-control"] == "public, max-age=31536000, immutable"
            if r.url.endswith(".js") and int(r.headers.get("content-length", "0") or 0) > 1024:
                assert r.headers.get("content-encoding") == "gzip"

        # Second visit: only the page itself comes over the network.
        sizes.clear()
        page.goto(f"{base}/lessons/tl-36")
        _drawn(page)
        page.wait_for_load_state("networkidle")
        assert {u: n for u, n in sizes.items() if "/static/" in u and n > 0} == {}   # all from the cache
        second = sum(sizes.values())
        assert second < first

        # The progress page draws with plotly: the partial bundle, compressed, still under budget.
        fresh = browser.new_context(viewport={"width": 1280, "height": 900})
        other = fresh.new_page()
        other.goto(f"{base}/lessons/{FAKE_SLUG}/quiz")
        for fieldset in other.locator("fieldset.question.choice").all():
            fieldset.locator("input[type=radio]").first.check()
        for text_input in other.locator(".question.fill input[type=text]").all():
            text_input.fill("march")
        other.get_by_role("button", name="Submit my answers").click()
        other.wait_for_selector("#score")
        state = fresh.storage_state()
        fresh.close()
        fresh = browser.new_context(storage_state=state)      # the same learner, an empty cache
        other = fresh.new_page()
        progress_sizes = _transfer_counter(fresh, other)
        other.goto(f"{base}/progress")
        other.wait_for_selector("#progress-chart.is-drawn svg.main-svg", timeout=15000)
        other.wait_for_load_state("networkidle")
        plotly = [u for u in progress_sizes if "/vendor/plotly" in u]
        total = sum(progress_sizes.values())
        fresh.close()
        assert len(plotly) == 1
        print(f"\nlesson (36 events) first visit {first:,} B, second visit {second:,} B; "
              f"progress page first visit {total:,} B (plotly {sum(progress_sizes[u] for u in plotly):,} B)")
        assert total <= BUDGET_FIRST_VISIT, progress_sizes
    finally:
        context.close()


def test_embed_without_javascript_is_small_and_sets_no_cookie(live, browser):
    """The embed without JS: the event list only, under 20 KB in all, no cookies."""
    app, base, _ = live
    context = browser.new_context(java_script_enabled=False, viewport={"width": 640, "height": 480})
    page = context.new_page()
    try:
        sizes = _transfer_counter(context, page)
        page.goto(f"{base}/embed/lessons/{SEED_SLUG}/timeline")
        page.wait_for_load_state("networkidle")
        total = sum(sizes.values())
        print(f"\nembed without JS: {total:,} B")
        assert total < BUDGET_EMBED_NO_JS, sizes
        assert page.locator("ol.embed-events > li").count() >= 1
        assert page.locator("#embed-chart").is_hidden()
        assert context.cookies() == []
    finally:
        context.close()


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_embed_draws_the_same_component_with_its_options(live, browser, theme):
    """The embed: height caps the figure, start selects an event on it, theme=dark recolours it; text stays clear."""
    app, base, lessons = live
    from classroom.extensions import db
    from classroom.lessons import sorted_events
    from classroom.models import Lesson

    with app.app_context():
        row = db.session.execute(db.select(Lesson).filter_by(slug="tl-36")).scalar_one()
        ids = [e.id for e in sorted_events(row)]
    context, page, errors = _page(browser, 700)
    try:
        page.goto(f"{base}/embed/lessons/tl-36/timeline?height=600&theme={theme}&start={ids[20]}")
        figure = _drawn(page, "#embed-chart")
        assert figure.evaluate("f => f.getBoundingClientRect().height") <= int(600 * 0.45) + 1
        assert figure.locator(".tl-event.is-selected").get_attribute("data-id") == str(ids[20])
        assert page.locator(".embed-event.is-selected").get_attribute("data-event-id") == str(ids[20])
        color = figure.evaluate("f => getComputedStyle(f.querySelector('.tl-label')).color")
        assert (color == "rgb(232, 236, 241)") == (theme == "dark")
        # A click on the figure selects the event in the list (which shows its sentence).
        figure.locator(".tl-event").nth(3).click()
        assert page.locator(".embed-event.is-selected").get_attribute("data-event-id") == str(ids[3])
        # Scrolled inside its box, the figure's text still never overlaps.
        seen = figure.evaluate(TEXT_BOXES_JS)
        assert overlaps(seen["labels"]) == []
        assert context.cookies() == []
        assert errors == []
    finally:
        context.close()


def test_teacher_review_page_redraws_a_corrected_event(live, browser):
    """The teacher's review page draws the same timeline; after a correction the new date and label show at once."""
    app, base, lessons = live
    from classroom.extensions import db
    from classroom.lessons import sorted_events
    from classroom.models import Lesson

    runner = app.test_cli_runner()
    result = runner.invoke(args=["create-teacher", "tl@school.example", "--name", "Ada",
                                 "--password", "long enough password 42"])
    assert result.exit_code == 0, result.output
    with app.app_context():
        from classroom.models import User
        row = db.session.execute(db.select(Lesson).filter_by(slug="tl-12")).scalar_one()
        row.owner_id = db.session.execute(db.select(User).filter_by(email="tl@school.example")).scalar_one().id
        db.session.commit()
        lesson_id, first = row.id, sorted_events(row)[0]
        first_id = first.id
    context, page, errors = _page(browser, 1100)
    try:
        page.goto(f"{base}/signin")
        page.get_by_label("Email").fill("tl@school.example")
        page.get_by_label("Password").fill("long enough password 42")
        page.get_by_role("button", name=re.compile("Sign in", re.I)).click()
        page.goto(f"{base}/teach/lessons/{lesson_id}")
        figure = _drawn(page, "#review-timeline")
        _assert_readable(figure, 12)
        assert figure.locator(".tl-event").first.get_attribute("data-id") == str(first_id)
        page.goto(f"{base}/teach/lessons/{lesson_id}/events/{first_id}")
        page.get_by_label("Date").fill("2030-01-15")
        page.get_by_label("Precision").select_option("day")
        page.get_by_label("Label (a short headline)").fill("The corrected event, now the last")
        page.get_by_role("button", name="Save the event").click()
        page.wait_for_url(re.compile(rf"/teach/lessons/{lesson_id}"))
        figure = _drawn(page, "#review-timeline")
        last = figure.locator(".tl-event").last
        assert last.get_attribute("data-id") == str(first_id)
        assert "The corrected event, now the last" in last.inner_text()
        assert "January 15, 2030" in figure.locator(".tl-item").last.inner_text()
        _assert_readable(figure, 12)
        # Choosing it on the figure goes to its entry in the list below, to correct it again.
        last.click()
        assert page.evaluate("document.activeElement.closest('li') && document.activeElement.closest('li').id") \
            == f"event-{first_id}"
        assert errors == []
    finally:
        context.close()


@pytest.mark.parametrize("width", [1280, 375])
def test_axe_finds_no_serious_problem_on_the_drawn_timeline(live, browser, width):
    """axe-core on the drawn figure (a label focused, its full text showing) and on the no-JS page."""
    from browser_support import serious_a11y_problems

    app, base, _ = live
    context, page, errors = _page(browser, width)
    try:
        page.goto(f"{base}/lessons/tl-36")
        figure = _drawn(page)
        figure.locator('.tl-event[tabindex="0"]').focus()
        page.keyboard.press("ArrowRight")
        assert serious_a11y_problems(page) == []
        # The event list (the no-JS timeline), opened from under the figure.
        page.get_by_role("button", name=re.compile("Show the events as a list")).click()
        assert page.locator("#event-list").is_visible()
        assert serious_a11y_problems(page) == []
        page.goto(f"{base}/embed/lessons/tl-36/timeline?theme=dark")
        if width >= 600:
            _drawn(page, "#embed-chart")
        else:       # a narrow frame shows the event list only, styled as a vertical timeline
            page.wait_for_selector("html.js .embed-event")
            assert page.locator("#embed-chart").is_hidden()
        assert serious_a11y_problems(page) == []
        assert errors == []
    finally:
        context.close()
    # Without JS (axe needs JS to run, so this only checks what is shown): the list is the timeline.
    context = browser.new_context(java_script_enabled=False, viewport={"width": width, "height": 900})
    page = context.new_page()
    try:
        page.goto(f"{base}/lessons/tl-36")
        assert page.locator("#event-list .event").count() == 36 and page.locator("#timeline-chart").is_hidden()
    finally:
        context.close()
