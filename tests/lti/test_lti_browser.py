"""In real Chromium: Newsline inside the test LMS's iframe (another site), quiz taken, score at the LMS."""
from __future__ import annotations

import pytest
from conftest import FAKE_SLUG, RIGHT_ANSWERS
from lti_helpers import platform, tool_url  # noqa: F401  (fixtures)

pytestmark = [pytest.mark.browser, pytest.mark.slow]


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1000, "height": 900})
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    yield page
    context.close()
    assert errors == [], f"errors in the browser: {errors}"


@pytest.mark.parametrize("app", ["sqlite"], indirect=True)
def test_learner_takes_the_quiz_inside_the_lms_iframe_and_the_lms_gets_the_score(
        app, lesson, quiz_ids, platform, tool_url, page):
    """LMS course page (localhost) → iframe → OIDC login → launch (127.0.0.1) → quiz → score at the line item."""
    placement = platform.add_placement({"lesson": FAKE_SLUG})
    start = platform.launch_start_url("student-42", "learner", placement, name="Li Wei")
    page.goto(platform.course_page_url(start))
    frame = page.frame_locator("#tool")
    frame.get_by_role("button", name="Submit my answers").wait_for(timeout=20000)
    for key in ("q1", "q2", "q4", "q5"):
        frame.locator(f'input[name="q{quiz_ids[key]}"][value="{RIGHT_ANSWERS[key]}"]').check()
    frame.locator(f'input[name="q{quiz_ids["q3"]}"]').fill("March")
    order = RIGHT_ANSWERS["q6"]
    for i in range(len(order)):
        label = frame.locator(f'label[for="q{quiz_ids["q6"]}-p{i}"]').inner_text().strip()
        frame.locator(f'select[name="q{quiz_ids["q6"]}-p{i}"]').select_option(str(order.index(label) + 1))
    frame.get_by_role("button", name="Submit my answers").click()
    frame.get_by_text("You scored 6 out of 6.").wait_for(timeout=20000)
    assert "sent to your course's gradebook" in frame.locator("[data-grade-status]").inner_text()
    scores = platform.scores[placement.lineitem_id]
    assert [(s["userId"], s["scoreGiven"], s["scoreMaximum"]) for s in scores] == [("student-42", 6, 6)]
    # The tool's pages were loaded in a cross-site iframe: the top page is the LMS's.
    assert page.url.startswith(platform.url) and tool_url.startswith("http://127.0.0.1")


@pytest.mark.parametrize("app", ["sqlite"], indirect=True)
def test_instructor_sees_the_course_dashboard_inside_the_lms_iframe(app, lesson, platform, tool_url, page):
    """An instructor opening the same link lands on the course's results for the lesson."""
    placement = platform.add_placement({"lesson": FAKE_SLUG})
    page.goto(platform.course_page_url(platform.launch_start_url("teacher-1", "instructor", placement)))
    heading = page.frame_locator("#tool").locator("h1[data-dashboard]")
    heading.wait_for(timeout=20000)
    assert heading.inner_text() == "The Harbour Bridge opens"
    assert "Year 9 English" in page.frame_locator("#tool").locator("main").inner_text()


@pytest.mark.parametrize("app", ["sqlite"], indirect=True)
def test_lti_pages_work_without_any_cookie_and_pass_axe(app, lesson, platform, tool_url, page):
    """Launched elsewhere, opened in a browser holding no cookie of the tool: the token in the URL is enough;
    the quiz and the dashboard have no serious accessibility problems (axe-core)."""
    import requests
    from axe_playwright_python.sync_playwright import Axe
    from lti_helpers import launch

    placement = platform.add_placement({"lesson": FAKE_SLUG})
    quiz = launch(requests.Session(), platform.launch_start_url("student-8", "learner", placement))
    dashboard = launch(requests.Session(), platform.launch_start_url("teacher-8", "instructor", placement))
    for url, ready in ((quiz.url, "button:has-text('Submit my answers')"), (dashboard.url, "h1[data-dashboard]")):
        page.goto(url)
        page.wait_for_selector(ready)
        assert page.context.cookies(tool_url) == []
        violations = Axe().run(page).response["violations"]
        assert [v["id"] for v in violations if v.get("impact") in ("serious", "critical")] == []
