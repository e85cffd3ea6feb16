"""In real Chromium on a phone-sized screen, the review page's summary link takes the keyboard focus to
the bank questions that need a look, each with its reason; axe finds no serious problem."""
from __future__ import annotations

import pytest
from browser_support import new_page, running_app, serious_a11y_problems, sign_up_and_in

pytestmark = [pytest.mark.browser, pytest.mark.slow]

REASON = "Its answer is given away by question 2 of the quiz."


def _lesson_with_flagged_bank(app) -> int:
    """The small lesson for the one teacher, with q5-q7 in the bank and the engine's reason on q6, q7."""
    from conftest import fake_lesson

    from classroom.extensions import db
    from classroom.lessons import ENGINE_NOTE_PREFIX, create_lesson
    from classroom.models import User

    with app.app_context():
        owner = db.session.execute(db.select(User)).scalar_one()
        lesson = create_lesson(fake_lesson(), slug="bridge", status="draft", owner_id=owner.id)
        for q in lesson.questions:
            q.in_quiz = q.key in ("q1", "q2", "q3", "q4")
            if q.key in ("q6", "q7"):
                q.review_note = ENGINE_NOTE_PREFIX + REASON
        db.session.commit()
        return lesson.id


def test_summary_link_moves_focus_to_the_questions_that_need_a_look(browser, tmp_path):
    errors: list[str] = []
    with running_app(tmp_path, seed=False, SEEDS_DIR=str(tmp_path / "no-seeds")) as (app, base):
        context, page = new_page(browser, errors, viewport={"width": 375, "height": 740})
        sign_up_and_in(page, base, name="Rosa Lind", email="rosa@school.example", password="tide tables and gulls")
        page.goto(f"{base}/teach/lessons/{_lesson_with_flagged_bank(app)}")
        summary = page.locator("#question-summary")
        assert "4 questions in the quiz. 3 more in the bank; 2 of them need a look." in " ".join(
            summary.inner_text().split())
        link = summary.get_by_role("link", name="2 of them need a look")
        link.focus()
        page.keyboard.press("Enter")
        page.wait_for_function("document.activeElement && document.activeElement.id === 'bank-flagged-heading'")
        assert page.locator("#bank-flagged-heading").is_visible()
        assert page.locator("#bank-flagged .review-note").all_inner_texts() == [f"Left out of the quiz: {REASON}"] * 2
        page.keyboard.press("Tab")        # the next stop is inside the flagged list: the first one's Edit
        assert page.evaluate("document.activeElement.closest('#bank-flagged') !== null")
        assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")
        assert not serious_a11y_problems(page)
        context.close()
    assert errors == []
