"""axe-core (an accessibility engine not written here) finds no serious problem on any page."""
from __future__ import annotations

import pytest
from browser_support import SEED_SLUG, running_app, serious_a11y_problems, sign_up_and_in

pytestmark = [pytest.mark.browser, pytest.mark.slow]

@pytest.fixture(scope="module")
def live_server(tmp_path_factory):
    with running_app(tmp_path_factory.mktemp("a11y")) as served:
        yield served


@pytest.mark.parametrize("width", [375, 1280])
def test_student_and_teacher_pages_have_no_serious_violations(live_server, browser, width):
    """Every page a student or teacher meets, on a phone and a laptop, read by axe-core."""
    _, base = live_server
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    found: dict[str, list[str]] = {}

    def check(path: str | None = None):
        if path is not None:
            page.goto(base + path)
        page.wait_for_load_state("networkidle")
        problems = serious_a11y_problems(page)
        if problems:
            found[page.url] = problems

    for path in ["/", f"/lessons/{SEED_SLUG}", f"/embed/lessons/{SEED_SLUG}/timeline", "/join",
                 "/resume", "/signin", "/signup", "/progress", "/review"]:
        check(path)
    # a quiz, sent with nothing answered (the error state), then answered: the result page
    page.goto(f"{base}/lessons/{SEED_SLUG}/quiz")
    check()
    with page.expect_navigation():
        page.get_by_role("button", name="Submit my answers").click()
    check()
    for group in page.locator("fieldset.choice").all():
        group.locator("input[type=radio]").first.check()
    for box in page.locator("input[type=text]").all():
        box.fill("x")
    with page.expect_navigation():
        page.get_by_role("button", name="Submit my answers").click()
    check()
    check("/progress")     # now with an attempt on its chart
    # a teacher's pages
    sign_up_and_in(page, base, name="Ada Axe", email=f"ada{width}@school.example", password="a long enough password")
    for path in ["/teach/", "/teach/lessons/new", "/teach/classes", "/account/api-keys"]:
        check(path)
    context.close()
    assert found == {}, found
