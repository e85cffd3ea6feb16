"""In real Chromium, with a real Celery worker: a teacher pastes two articles and follows both to done."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from browser_support import new_page, running_app, serious_a11y_problems, sign_up_and_in
from worker_support import Worker, forget_namespace, new_namespace, redis_or_skip

pytestmark = [pytest.mark.browser, pytest.mark.slow]

HELDOUT = Path(__file__).resolve().parent.parent / "heldout"


def _body_and_title(name: str) -> tuple[str, str]:
    text = (HELDOUT / f"{name}.txt").read_text()
    title = re.search(r"^Title: (.+)$", text, re.M).group(1)
    return text, title


def test_teacher_pastes_two_articles_and_opens_each_review_page(browser, tmp_path):
    redis_or_skip()
    namespace = new_namespace()
    (first, first_title), (second, second_title) = _body_and_title("council_carpark"), _body_and_title("cup_final")
    worker = None
    try:
        with running_app(tmp_path, seed=False, SEEDS_DIR=str(tmp_path / "no-seeds"), **namespace) as (app, base):
            assert app.extensions["newsline_jobs"] == "celery"
            worker = Worker(app.config["SQLALCHEMY_DATABASE_URI"], namespace, tmp_path).start()
            errors: list[str] = []
            context, page = new_page(browser, errors, viewport={"width": 1000, "height": 900})
            sign_up_and_in(page, base, name="Jo Marsh", email="jo@school.example", password="harbour lights at dusk")

            page.get_by_label("Article text or HTML").fill(first + "\n===\n" + second)
            page.get_by_role("button", name="Make the lesson").click()
            page.wait_for_url(re.compile(r"/teach/jobs/\?ids="))
            rows = page.locator("tr.job")
            assert rows.count() == 2
            assert page.locator("progress").count() == 2
            assert not serious_a11y_problems(page)

            # Both reach "Done" on this page by themselves (the script follows them), with a review link each.
            links = page.get_by_role("link", name=re.compile("^Review “"))
            links.nth(1).wait_for(timeout=120_000)
            assert [s.strip() for s in page.locator("[data-job-label]").all_text_contents()] == ["Done", "Done"]
            hrefs = links.evaluate_all("els => els.map(e => e.href)")
            assert len(hrefs) == 2 and hrefs[0] != hrefs[1]
            titles = []
            for href in hrefs:
                page.goto(href)
                assert re.search(r"/teach/lessons/\d+$", page.url)
                titles.append(page.locator("h1").inner_text())
                assert page.locator("#quiz-questions > li").count() >= 1
            assert sorted(titles) == sorted([first_title, second_title])

            # The lesson list shows both lessons.
            page.goto(f"{base}/teach/")
            for title in (first_title, second_title):
                assert page.get_by_role("link", name=title).count() == 1
            assert not errors, errors
            context.close()
    finally:
        if worker:
            worker.stop()
        forget_namespace(namespace)
