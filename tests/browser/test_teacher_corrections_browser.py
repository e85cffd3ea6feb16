"""A teacher in real Chromium corrects a lesson and manages a class; a student on a phone sees each
correction; axe finds no serious problem on any teacher page at 375 and 1280 px."""
from __future__ import annotations

import re

import pytest
from browser_support import new_page, running_app, serious_a11y_problems, sign_up_and_in

pytestmark = [pytest.mark.browser, pytest.mark.slow]

WIDTHS = (1280, 375)


@pytest.fixture(scope="module")
def live_server(tmp_path_factory):
    folder = tmp_path_factory.mktemp("teacher-corrections")
    with running_app(folder, seed=False, SEEDS_DIR=str(folder / "no-seeds")) as served:
        yield served


def test_corrections_reach_students_and_management_works(live_server, browser):
    app, base = live_server
    errors: list[str] = []
    a11y: dict[str, list[str]] = {}
    teacher_ctx, teacher = new_page(browser, errors, viewport={"width": 1280, "height": 900})

    def check(label: str) -> None:
        """axe at both widths on the page as it is now (the page fits a phone too)."""
        teacher.wait_for_load_state("networkidle")
        for width in WIDTHS:
            teacher.set_viewport_size({"width": width, "height": 900})
            problems = serious_a11y_problems(teacher)
            if problems:
                a11y[f"{label} @{width}"] = problems
            if width == 375:
                fits = teacher.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")
                if not fits:
                    a11y[f"{label} @375"] = a11y.get(f"{label} @375", []) + ["wider than the screen"]
        teacher.set_viewport_size({"width": 1280, "height": 900})

    # Sign up; the teacher's menu has no student pages.
    sign_up_and_in(teacher, base, name="Rosa Lind", email="rosa@school.example", password="tide tables and gulls")
    nav = teacher.get_by_role("navigation", name="Main")
    assert nav.get_by_role("link", name="My progress").count() == 0
    assert nav.get_by_role("link", name="Your lessons").count() == 1

    # The small lesson, made for this teacher (the engine is tested elsewhere).
    with app.app_context():
        from conftest import fake_lesson

        from classroom.extensions import db
        from classroom.lessons import create_lesson
        from classroom.models import User

        owner = db.session.execute(db.select(User)).scalar_one()
        lesson = create_lesson(fake_lesson(), slug="bridge", status="draft", owner_id=owner.id)
        db.session.commit()
        lesson_id = lesson.id
    review_url = f"{base}/teach/lessons/{lesson_id}"
    teacher.goto(review_url)
    check("review")

    # 1. Move "Work on the bridge began" to another year and rename the opening.
    teacher.get_by_role("link", name="Correct event Work on the bridge began").click()
    check("event form")
    teacher.get_by_label("Date").fill("2025-03-01")
    teacher.get_by_role("button", name="Save the event").click()
    teacher.wait_for_url(re.compile(r"/teach/lessons/\d+#events$"))
    assert "2 questions built on it updated to match" in teacher.locator(".flashes").inner_text()
    teacher.get_by_role("link", name="Correct event Ana Ruiz opened the Harbour Bridge").click()
    teacher.get_by_label("Label (a short headline)").fill("The bridge opened to traffic")
    teacher.get_by_role("button", name="Save the event").click()
    teacher.wait_for_url(re.compile(r"#events$"))
    order_card = teacher.locator("#quiz-questions > li").filter(has_text="Right order")
    assert order_card.locator("ol.choices-list li").all_inner_texts() == [
        "The bridge opened to traffic", "A festival follows", "Work on the bridge began"]

    # The true/false answer is a select; screen-reader labels number each card once.
    tf_card = teacher.locator("#quiz-questions > li").nth(1)
    labels = {t.strip() for t in tf_card.locator(".visually-hidden").all_inner_texts()}
    assert labels <= {"question 2", "(question 2)"}, labels
    tf_card.get_by_role("link", name="Edit question 2").click()
    assert teacher.get_by_label("Is the statement true or false?").evaluate("e => e.tagName") == "SELECT"
    check("question form (true or false)")
    teacher.go_back()

    # Remove a question from the quiz: it goes to the bank, and Undo brings it back.
    teacher.get_by_role("button", name="Remove from quiz (question 4)").click()
    teacher.wait_for_selector("#undo-bar")
    assert teacher.locator("#quiz-questions > li").count() == 5
    teacher.locator("#undo-bar").get_by_role("button", name="Undo").click()
    teacher.wait_for_selector("#quiz-questions")
    assert teacher.locator("#quiz-questions > li").count() == 6

    # Publish; a class; the join link with its copy button; the projector view; assign.
    teacher.get_by_role("button", name="Publish").click()
    teacher.wait_for_selector("#lesson-status:text('published')")
    assert teacher.locator("#embed-code").count() == 1                # embed code from the teacher side
    check("review (published)")
    teacher.goto(f"{base}/teach/classes")
    check("classes")
    teacher.get_by_label("Class name").fill("Year 9 Geography")
    teacher.get_by_role("button", name="Create the class").click()
    class_url = teacher.url
    code = teacher.locator("#join-code").inner_text().strip()
    join_link = teacher.locator("#join-link").input_value()
    assert join_link.endswith(f"/join?code={code}")
    assert teacher.get_by_role("button", name="Copy the link").is_visible()
    teacher.get_by_role("button", name="Copy the link").click()
    teacher.wait_for_selector("#join-link-status:not(:empty)")
    teacher.get_by_role("link", name="Show to the class").click()
    assert teacher.locator("#projector-code").inner_text().strip() == code
    check("projector view")
    teacher.go_back()
    teacher.get_by_label("Lesson").select_option(label="The Harbour Bridge opens")
    teacher.get_by_label("Due date (optional)").fill("2030-06-30")
    teacher.get_by_role("button", name="Assign").click()
    teacher.wait_for_url(re.compile(r"/teach/assignments/\d+$"))
    results_url = teacher.url

    # A student on a phone joins by the link and sees the corrected quiz.
    student_ctx, student = new_page(browser, errors, viewport={"width": 375, "height": 740},
                                    is_mobile=True, has_touch=True, timezone_id="America/Chicago")
    student.goto(join_link)
    assert student.get_by_label("Class code").input_value() == code
    student.get_by_label("Your name as your teacher will see it").fill("Kia")
    student.get_by_role("button", name="Join").click()
    student.wait_for_url(re.compile(r"/my-class$"))
    due = student.locator("time[data-local]").first
    assert due.get_attribute("datetime").startswith("2030-06-30T23:59")        # UTC in the markup
    assert "6:59" in due.inner_text() and "CDT" in due.inner_text()           # the phone's own zone
    student.get_by_role("link", name=re.compile("^Take the quiz")).click()
    student.wait_for_selector("form.quiz")
    when = student.get_by_role("group", name=re.compile("When did work on the bridge begin"))
    options = when.locator("label").all_inner_texts()
    assert "March 2025" in options and "March 2019" not in options
    order_labels = student.locator("fieldset.order label").all_inner_texts()
    assert sorted(order_labels) == sorted(["The bridge opened to traffic", "A festival follows",
                                           "Work on the bridge began"])
    when.get_by_label("March 2025").check()
    for group in student.locator("fieldset.question.choice").all():
        if group.locator("input:checked").count() == 0:
            group.locator("input[type=radio]").first.check()
    student.get_by_label(re.compile("Work on the bridge began in")).fill("two thousand")
    student.get_by_role("button", name="Submit my answers").click()
    student.wait_for_selector("#score")
    before = int(re.search(r"(\d+) of", student.locator("#score").inner_text()).group(1))
    result_url = student.url

    # 2. The teacher corrects the blank's key; the regrade says how many marks change, then applies.
    teacher.goto(review_url)
    blank = teacher.locator("#quiz-questions > li").filter(has_text="_____")
    blank.get_by_role("link", name=re.compile("^Edit")).click()
    teacher.get_by_label("Right answer").fill("2000")
    teacher.get_by_role("button", name="Save the question").click()
    teacher.wait_for_url(re.compile(r"/regrade$"))
    assert "1 mark would change" in teacher.locator("#regrade-summary").inner_text()
    check("regrade")
    teacher.get_by_role("button", name="Regrade 1 answer").click()
    teacher.wait_for_url(re.compile(r"/teach/lessons/\d+"))
    student.goto(result_url)
    assert f"Before, you had {before} of 6." in student.locator("#revised-note").inner_text()
    assert int(re.search(r"(\d+) of", student.locator("#score").inner_text()).group(1)) == before + 1

    # Results: statistics say there are too few answers to judge; per-student answers show the regrade.
    teacher.goto(results_url)
    assert "too few answers to judge (1 of the 5 needed)" in teacher.locator("#item-stats").inner_text()
    check("results")
    teacher.get_by_role("link", name="Answers of Kia").click()
    assert "wrong → right" in teacher.locator("main").inner_text()
    check("student's answers")

    # 3. Management: due date, rename the student, a new join code (asked first).
    teacher.goto(results_url)
    teacher.get_by_role("link", name="Due date or remove").click()
    check("assignment edit")
    teacher.get_by_label("Due date (leave empty for none)").fill("2030-07-15")
    teacher.get_by_role("button", name="Save").click()
    teacher.wait_for_url(re.compile(r"/teach/classes/\d+#assignments$"))
    assert "July 15, 2030" in teacher.locator("#assignments + ul").inner_text() or \
        "Jul" in teacher.locator("#assignments + ul").inner_text()
    check("class")
    teacher.get_by_role("link", name="Rename or merge Kia").click()
    check("student edit")
    teacher.get_by_role("textbox", name="Name").fill("Kia Moana")
    teacher.get_by_role("button", name="Save the name").click()
    teacher.wait_for_url(re.compile(r"#students$"))
    assert "Kia Moana" in teacher.locator("#student-list").inner_text()
    teacher.get_by_role("button", name="New join code…").click()
    assert "will stop working" in teacher.locator("#confirm-message").inner_text()
    check("confirm")
    teacher.get_by_role("button", name="Make a new code").click()
    new_code = teacher.locator("#join-code").inner_text().strip()
    assert new_code != code

    # "Back to draft" on the assigned lesson asks first and names the class; cancel keeps it published.
    teacher.goto(review_url)
    teacher.get_by_role("button", name="Back to draft…").click()
    assert "Year 9 Geography" in teacher.locator("#confirm-message").inner_text()
    teacher.get_by_role("link", name="Cancel").click()
    assert teacher.locator("#lesson-status").text_content().strip() == "published"

    # Duplicate, archive the copy, find it among the archived lessons.
    teacher.get_by_role("button", name="Duplicate").click()
    teacher.wait_for_selector("h1:text('The Harbour Bridge opens (copy)')")
    teacher.once("dialog", lambda dialog: dialog.accept())
    teacher.get_by_role("button", name="Archive").click()
    teacher.wait_for_url(re.compile(r"/teach/lessons$"))
    check("lesson list")
    assert "(copy)" not in teacher.locator("#lesson-table").inner_text()
    teacher.get_by_label("Status").select_option("archived")
    teacher.get_by_role("button", name="Show").click()
    assert "The Harbour Bridge opens (copy)" in teacher.locator("#lesson-table").inner_text()

    # Pasting the same article again says it is already a lesson.
    teacher.goto(f"{base}/teach/lessons/new")
    with app.app_context():
        from classroom.models import Lesson

        text = db.session.get(Lesson, lesson_id).text
    teacher.get_by_label("Article text or HTML").fill(text)
    teacher.get_by_role("button", name="Make the lesson").click()
    teacher.wait_for_selector("#already-a-lesson")
    check("new lesson (already a lesson)")
    for url, label in ((f"{base}/teach/", "overview"), (f"{base}/account/api-keys", "api keys")):
        teacher.goto(url)
        check(label)

    student_ctx.close()
    teacher_ctx.close()
    assert a11y == {}, a11y
    assert errors == [], f"errors in the browser console: {errors}"
