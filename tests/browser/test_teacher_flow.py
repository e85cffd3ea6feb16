"""A teacher and a student in real Chromium: paste an article, edit, publish, assign, take it, see results."""
from __future__ import annotations

import re

import pytest
from browser_support import new_page, running_app, serious_a11y_problems, sign_up_and_in

from quizgen.article import MAX_BYTES

pytestmark = [pytest.mark.browser, pytest.mark.slow]


# Invented for this test (not in seeds/): relative and absolute dates, quotes, people, places, numbers.
ARTICLE = """Harbor town votes to rebuild its storm-damaged pier

The town council of Port Ellery voted on Tuesday to rebuild the old pier that a winter storm wrecked in January, ending months of argument over its future.
Seven of the nine councillors backed the plan, which will cost 4.2 million dollars and be paid for partly by a state grant awarded last month.
Mayor Helen Vasquez said the vote was "a promise kept to the fishermen of this town."
The pier was first built in 1911 and was last repaired in 1987, after a fire destroyed its wooden deck.
The storm of January 14 tore away about a third of the structure and sank two fishing boats moored alongside.
No one was hurt, but the town's harbor master, Daniel Okoro, said the fishing fleet had lost nearly half its landing space since then.
Local businesses had warned that summer visitors would stay away without the pier, which hosts a seafood market every weekend.
Opponents, led by councillor Marcus Reid, argued that the money should go to the town's flood defenses instead.
Reid said on Wednesday that he would accept the result but would keep pressing for a new sea wall.
Work on the new pier is due to begin in September and should take about eighteen months.
The state's Department of Transportation will inspect the site next week before the final design is approved.
Port Ellery, a town of about 6,000 people, has depended on fishing and tourism since the nineteenth century."""

PUBLISHED = "2024-03-14"      # a Thursday: "Tuesday" is March 12, "Wednesday" March 13


@pytest.fixture(scope="module")
def live_server(tmp_path_factory):
    """The app on a free local port, on an empty database made by the real migrations."""
    folder = tmp_path_factory.mktemp("teacher-live")
    with running_app(folder, seed=False, SEEDS_DIR=str(folder / "no-seeds")) as served:
        yield served


def _fits_width(page) -> bool:
    return page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")


def test_teacher_builds_assigns_and_sees_a_students_results(live_server, browser):
    """Sign up, paste, edit, publish, class, assign; a student joins and answers; the dashboard shows it."""
    app, base = live_server
    errors: list[str] = []
    teacher_ctx, teacher = new_page(browser, errors, viewport={"width": 1100, "height": 900})

    # Sign up.
    sign_up_and_in(teacher, base, name="Rosa Lind", email="rosa@school.example", password="tide tables and gulls")

    # Too long an article is stopped before sending, with a message; what was typed stays.
    teacher.get_by_label("Source (newspaper or website)").fill("Ellery Tide")
    teacher.get_by_label("Publication date").fill(PUBLISHED)
    text = teacher.get_by_label("Article text or HTML")
    text.fill("The council met on Monday. " * 9000)
    teacher.get_by_role("button", name="Make the lesson").click()
    assert f"the limit is {MAX_BYTES // 1000} KB" in teacher.locator("#size-note").inner_text()
    assert teacher.url.endswith("/teach/lessons/new")
    assert teacher.get_by_label("Source (newspaper or website)").input_value() == "Ellery Tide"

    # Paste an article: the page shows progress while the engine works.
    text.fill(ARTICLE)
    teacher.evaluate("""document.getElementById('new-lesson-form').addEventListener('submit', () =>
        sessionStorage.setItem('progress-shown', String(!document.getElementById('generate-progress').hidden)))""")
    teacher.get_by_role("button", name="Make the lesson").click()
    teacher.wait_for_url(re.compile(r"/teach/lessons/\d+$"), timeout=30000)
    review_url = teacher.url
    assert teacher.evaluate("sessionStorage.getItem('progress-shown')") == "true"
    assert teacher.locator("h1").inner_text() == "Harbor town votes to rebuild its storm-damaged pier"
    events = teacher.locator("#events ~ ol .review-item, section[aria-labelledby=events] .review-item")
    assert events.count() >= 3
    assert teacher.locator("time[datetime='2024-03-12']").count() >= 1     # "on Tuesday"
    assert "From the words “Tuesday”" in teacher.content()
    quiz_items = teacher.locator("#quiz-questions > li")
    n_questions = quiz_items.count()
    assert n_questions >= 5
    assert quiz_items.first.locator(".evidence-quote").count() == 1

    # Edit the first question's wording.
    quiz_items.first.get_by_role("link", name=re.compile("^Edit")).click()
    prompt = teacher.get_by_label("Question", exact=True)
    new_prompt = "Edited by the teacher: " + prompt.input_value()
    prompt.fill(new_prompt)
    teacher.get_by_role("button", name="Save the question").click()
    teacher.wait_for_selector("#quiz-questions")
    assert teacher.locator("#quiz-questions > li").first.locator("h3").inner_text() == f"1. {new_prompt}"

    # Publish, then make a class and assign the lesson with a due date.
    teacher.get_by_role("button", name="Publish").click()
    teacher.wait_for_selector("#lesson-status:text('published')")
    teacher.goto(f"{base}/teach/classes")
    teacher.get_by_label("Class name").fill("Year 9 Geography")
    teacher.get_by_role("button", name="Create the class").click()
    code = teacher.locator("#join-code").inner_text().strip()
    assert re.fullmatch(r"[A-Z2-9]{6}", code)
    teacher.get_by_label("Lesson").select_option(label="Harbor town votes to rebuild its storm-damaged pier")
    teacher.get_by_label("Due date (optional)").fill("2030-06-30")
    teacher.get_by_role("button", name="Assign").click()
    teacher.wait_for_url(re.compile(r"/teach/assignments/\d+$"))
    results_url = teacher.url

    # A student on a phone joins with the code and takes the assigned quiz.
    student_ctx, student = new_page(browser, errors, viewport={"width": 375, "height": 740},
                                    is_mobile=True, has_touch=True)
    student.goto(f"{base}/join")
    student.get_by_label("Class code").fill(code.lower())
    student.get_by_label("Your name as your teacher will see it").fill("Kai")
    student.get_by_role("button", name="Join").click()
    student.wait_for_url(re.compile(r"/my-class$"))
    assert re.fullmatch(r"[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}", student.locator("#resume-code").inner_text())
    assert _fits_width(student)
    student.get_by_role("link", name=re.compile("^Take the quiz")).click()
    student.wait_for_selector("form.quiz")
    assert new_prompt in student.content()
    for fieldset in student.locator("fieldset.question.choice").all():
        fieldset.locator("input[type=radio]").first.check()
    for text_input in student.locator(".question.fill input[type=text]").all():
        text_input.fill("pier")
    student.get_by_role("button", name="Submit my answers").click()
    student.wait_for_selector("#score")
    score = int(re.search(r"(\d+) of (\d+)", student.locator("#score").inner_text()).group(1))

    # The teacher's dashboard shows the attempt and per-question statistics.
    teacher.goto(results_url)
    assert teacher.locator("#finished-count").inner_text().startswith("1 of 1 student finished")
    row = teacher.locator("#students tbody tr").first
    assert "Kai" in row.inner_text() and f"{score} / {n_questions}" in row.inner_text()
    teacher.wait_for_selector("#score-chart.is-drawn svg.main-svg", timeout=15000)
    stats = teacher.locator("#item-stats tbody tr")
    assert stats.count() == n_questions
    assert re.search(r"\b[01]\.00\b", stats.first.inner_text())           # facility of one answer
    assert stats.first.get_by_role("link", name=re.compile("^Edit")).count() == 1

    # The teacher's pages also work on a phone.
    teacher.set_viewport_size({"width": 375, "height": 740})
    for url in (results_url, review_url, f"{base}/teach/lessons/new", f"{base}/teach/"):
        teacher.goto(url)
        assert _fits_width(teacher), url
        if url == results_url:
            teacher.wait_for_selector("#score-chart.is-drawn svg.main-svg", timeout=15000)
        assert serious_a11y_problems(teacher) == [], url

    student_ctx.close()
    teacher_ctx.close()
    assert errors == [], f"errors in the browser console: {errors}"
