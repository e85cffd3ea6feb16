"""Lesson jobs run inside the request (TESTING, no broker): one lesson per article, limits per teacher."""
from __future__ import annotations

import io
import re
from urllib.parse import parse_qs, urlsplit

import pytest
from celery.exceptions import TimeLimitExceeded
from teacher_helpers import post, sign_up, user_id

from classroom import jobs
from classroom.apikeys import create_key
from classroom.extensions import db
from classroom.models import GenerationJob, Lesson, User

SHORT = ("Harbour bridge opens\n\nMayor Ana Ruiz opened the Harbour Bridge on Monday. "
         "Work on the bridge began in March 2019, the city council said.")
OTHER = ("Library reopens\n\nThe town library reopened on Tuesday, two years after a fire on March 3, 2022. "
         "About 300 residents came, the council said.")


def count(app, model, **where) -> int:
    with app.app_context():
        return db.session.execute(db.select(db.func.count()).select_from(model).filter_by(**where)).scalar_one()


def key_for(app, email) -> str:
    with app.app_context():
        _, token = create_key(db.session.get(User, user_id(app, email)), "k")
        db.session.commit()
        return token


def test_articles_are_split_on_a_line_of_equals_signs():
    assert jobs.split_articles("One.\n===\nTwo.\n  =====  \n\nThree.\n===\n") == ["One.", "Two.", "Three."]
    assert jobs.split_articles("One.\r\n===\r\nTwo.\r\n") == ["One.", "Two."]     # as a browser sends it
    assert jobs.split_articles("A == B is not a separator.\n== neither") == [
        "A == B is not a separator.\n== neither"]


def test_the_mode_is_inline_under_testing_without_a_broker(app):
    assert app.extensions["newsline_jobs"] == "inline"


@pytest.mark.slow
def test_the_same_article_twice_is_one_lesson(app, client):
    sign_up(client, "twice@school.example")
    first = post(client, "/teach/lessons/new", {"text": SHORT, "published": "2024-05-08"})
    second = post(client, "/teach/lessons/new", {"text": SHORT + "\n", "published": "2024-05-08"})
    assert first.status_code == 302      # the second paste is told it is already a lesson (issue 16)
    assert second.status_code == 200 and "You already have a lesson from this article" in second.get_data(as_text=True)
    assert count(app, Lesson) == 1 and count(app, GenerationJob) == 1
    # A different publication date is a different lesson (its dates are read differently).
    third = post(client, "/teach/lessons/new", {"text": SHORT, "published": "2024-06-08"})
    assert third.headers["Location"] != first.headers["Location"] and count(app, Lesson) == 2
    # Deleting the lesson and sending the article again makes it anew, in the same job.
    lesson_id = int(first.headers["Location"].rsplit("/", 1)[1])
    with app.app_context():
        db.session.delete(db.session.get(Lesson, lesson_id))
        db.session.commit()
    again = post(client, "/teach/lessons/new", {"text": SHORT, "published": "2024-05-08"})
    assert again.status_code == 302 and count(app, Lesson) == 2 and count(app, GenerationJob) == 2


@pytest.mark.slow
def test_a_page_with_run_together_words_pasted_twice_is_one_lesson(app, client):
    glued = SHORT.replace("the city council said.", "engineer Tom Bellamydescribed the work.")
    sign_up(client, "glued@school.example")
    first = post(client, "/teach/lessons/new", {"text": glued, "published": "2024-05-08"})
    second = post(client, "/teach/lessons/new", {"text": glued, "published": "2024-05-08"})
    assert first.status_code == 302
    assert "You already have a lesson from this article" in second.get_data(as_text=True)
    with app.app_context():      # the lesson keeps the mended text; the paste still has the glued word
        assert "Bellamy described" in db.session.execute(db.select(Lesson.text)).scalar_one()
    assert count(app, Lesson) == 1


@pytest.mark.slow
def test_several_files_make_several_lessons_listed_on_one_page(app, client):
    sign_up(client, "files@school.example")
    r = post(client, "/teach/lessons/new", {
        "files": [(io.BytesIO(SHORT.encode()), "bridge.txt"), (io.BytesIO(OTHER.encode()), "library.txt")]},
        content_type="multipart/form-data")
    assert r.status_code == 303, r.get_data(as_text=True)[:2000]
    ids = parse_qs(urlsplit(r.headers["Location"]).query)["ids"][0].split(",")
    page = client.get(r.headers["Location"]).get_data(as_text=True)
    assert len(ids) == 2 and page.count("Review “") == 2
    assert "Harbour bridge opens" in page and "Library reopens" in page
    assert count(app, Lesson) == 2


def test_a_file_that_is_not_utf8_is_refused_with_its_name(app, client):
    sign_up(client, "latin@school.example")
    r = post(client, "/teach/lessons/new", {"files": [(io.BytesIO("Caf\xe9 opens".encode("latin-1")), "cafe.txt")]},
             content_type="multipart/form-data")
    assert r.status_code == 422 and "cafe.txt: The file is not UTF-8" in r.get_data(as_text=True)
    assert count(app, GenerationJob) == 0


@pytest.mark.slow
def test_a_failed_job_says_why_keeps_the_text_and_shows_on_the_lesson_list(app, client):
    sign_up(client, "fails@school.example")
    r = post(client, "/teach/lessons/new", {"text": "!!! ??? 12345", "title": "Noise"})
    assert r.status_code == 422 and "No sentences were found" in r.get_data(as_text=True)
    with app.app_context():
        job = db.session.execute(db.select(GenerationJob)).scalar_one()
        assert job.state == "failed" and job.text == "!!! ??? 12345"
        job_id = job.id
    dashboard = client.get("/teach/").get_data(as_text=True)
    assert f"/teach/jobs/{job_id}" in dashboard and "Failed" in dashboard
    page = client.get(f"/teach/jobs/{job_id}").get_data(as_text=True)
    assert "No sentences were found" in page and "!!! ??? 12345" in page and 'value="Noise"' in page
    status = client.get(f"/teach/jobs/{job_id}/status").get_json()
    assert status["state"] == "failed" and "No sentences" in status["error"]
    # Nobody else sees it.
    other = app.test_client()
    sign_up(other, "other@school.example")
    assert other.get(f"/teach/jobs/{job_id}").status_code == 404
    assert other.get(f"/teach/jobs/{job_id}/status").status_code == 404


@pytest.fixture
def limited(app):
    app.config.update(GENERATION_PER_HOUR=2, GENERATION_MAX_PENDING=3)
    return app


@pytest.mark.slow
def test_the_hourly_limit_counts_the_form_and_every_key_of_a_teacher(limited, client):
    app = limited
    sign_up(client, "busy@school.example")
    assert post(client, "/teach/lessons/new", {"text": SHORT}).status_code == 302
    first_key, second_key = key_for(app, "busy@school.example"), key_for(app, "busy@school.example")
    r = client.post("/api/v1/lessons", json={"text": OTHER}, headers={"X-API-Key": first_key})
    assert r.status_code == 201
    r = client.post("/api/v1/lessons", json={"text": OTHER + " More."}, headers={"X-API-Key": second_key})
    assert r.status_code == 429 and "2 lessons an hour" in r.get_json()["message"]
    assert int(r.headers["Retry-After"]) > 0
    r = post(client, "/teach/lessons/new", {"text": "Third story\n\nIt rained on Monday, May 6, 2024."})
    page = r.get_data(as_text=True)
    assert r.status_code == 429 and "2 lessons an hour" in page and "It rained on Monday" in page
    # What was already made can still be asked for: it is named, nothing new runs.
    again = post(client, "/teach/lessons/new", {"text": SHORT})
    assert again.status_code == 200 and "You already have a lesson" in again.get_data(as_text=True)
    # Another teacher has their own allowance.
    other = app.test_client()
    sign_up(other, "calm@school.example")
    assert post(other, "/teach/lessons/new", {"text": SHORT}).status_code == 302


def test_too_many_jobs_waiting_at_once_are_refused_before_queueing(limited, client):
    app = limited
    sign_up(client, "queue@school.example")
    owner = user_id(app, "queue@school.example")
    with app.app_context():
        for i in range(3):
            db.session.add(GenerationJob(id=f"{i:032x}", owner_id=owner, article_key=str(i), text=f"Story {i}",
                                         state="queued"))
        db.session.commit()
    r = post(client, "/teach/lessons/new", {"text": SHORT})
    assert r.status_code == 429 and "3 lessons being made already" in r.get_data(as_text=True)
    assert count(app, GenerationJob) == 3 and count(app, Lesson) == 0


def test_more_articles_than_allowed_in_one_paste_are_refused(app, client):
    sign_up(client, "many@school.example")
    text = "\n===\n".join(f"Story {i}\n\nThe council met on Monday." for i in range(11))
    r = post(client, "/teach/lessons/new", {"text": text})
    assert r.status_code == 429 and "send at most 10 at a time" in r.get_data(as_text=True)
    assert count(app, GenerationJob) == 0


def test_the_job_api_needs_the_owners_key(app, client):
    sign_up(client, "keys@school.example")
    token = key_for(app, "keys@school.example")
    assert client.get("/api/v1/jobs/" + "0" * 32).status_code == 401
    r = client.get("/api/v1/jobs/" + "0" * 32, headers={"X-API-Key": token})
    assert r.status_code == 404 and r.get_json()["message"]
    assert client.get("/api/v1/jobs/" + "x" * 300, headers={"X-API-Key": token}).status_code == 404


def test_api_wait_must_be_a_small_number_of_seconds(app, client):
    sign_up(client, "wait@school.example")
    token = key_for(app, "wait@school.example")
    for bad in ("soon", "-1", "1000"):
        r = client.post(f"/api/v1/lessons?wait={bad}", json={"text": SHORT}, headers={"X-API-Key": token})
        assert r.status_code == 400 and "wait" in r.get_json()["message"]
    assert count(app, GenerationJob) == 0


def test_progress_reaches_quizgen_stages_in_order():
    """quizgen.build_lesson reports its stages to an optional callback."""
    import quizgen

    seen: list[str] = []
    quizgen.build_lesson(SHORT, published="2024-05-08", progress=seen.append)
    assert seen == ["parsing", "dates", "questions"]


def test_job_page_title_is_the_first_line_without_markup():
    job = GenerationJob(text="\n\n<h1>Big <b>news</b></h1>\nbody", title=None)
    assert jobs.display_title(job) == "Big news"
    assert re.fullmatch(r".{77}…", jobs.display_title(GenerationJob(text="x" * 200, title=None)))
    header = GenerationJob(text="Source: Echo\nTitle: The real headline\n\nBody.", title=None)
    assert jobs.display_title(header) == "The real headline"


def test_a_job_that_runs_out_of_memory_fails_with_a_message(app, client, monkeypatch):
    """What a worker process under its RLIMIT_AS sees (a MemoryError) becomes a plain failure, text kept."""
    import quizgen

    def exhausted(*args, **kwargs):
        raise MemoryError

    monkeypatch.setattr(quizgen, "build_lesson", exhausted)
    sign_up(client, "memory@school.example")
    r = post(client, "/teach/lessons/new", {"text": SHORT})
    assert r.status_code == 422 and "more memory than one article may use" in r.get_data(as_text=True)
    with app.app_context():
        job = db.session.execute(db.select(GenerationJob)).scalar_one()
        assert job.state == "failed" and job.text == SHORT and job.finished is not None


def test_an_unreachable_queue_is_a_message_not_a_500(tmp_path):
    """With the broker down, nothing is lost: the API says 503, the form's job page says why and keeps the text."""
    from teacher_helpers import csrf_token

    from app import create_app

    app = create_app({"TESTING": True, "SECRET_KEY": "t", "RATELIMIT_ENABLED": False,
                      "SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp_path / 'down.sqlite3'}",
                      "CELERY_BROKER_URL": "redis://127.0.0.1:1/0"})
    with app.app_context():
        db.create_all()
    try:
        client = app.test_client()
        sign_up(client, "down@school.example")
        r = client.post("/teach/lessons/new", data={"csrf_token": csrf_token(client, "/teach/"), "text": SHORT})
        assert r.status_code == 303
        page = client.get(r.headers["Location"]).get_data(as_text=True)
        assert "could not be reached" in page and "Mayor Ana Ruiz opened the Harbour Bridge" in page
        token = key_for(app, "down@school.example")
        r = client.post("/api/v1/lessons", json={"text": OTHER}, headers={"X-API-Key": token})
        assert r.status_code == 503 and "could not be reached" in r.get_json()["message"]
    finally:
        with app.app_context():
            db.session.remove()
            db.engine.dispose()
        jobs.close_celery(app)


def test_the_web_sides_date_format_is_quizgens():
    """The web side writes dates with quizgen's own format_date, from a module that does not import spaCy."""
    import datetime as dt

    from quizgen.model import format_date as engine_format

    from classroom.charts import format_date as web_format

    for day in (dt.date(2022, 6, 16), dt.date(1999, 1, 1), dt.date(2024, 2, 29)):
        for precision in ("day", "month", "year"):
            assert web_format(day, precision) == engine_format(day, precision)


def test_a_waiting_job_page_shows_the_steps_and_refreshes_itself_without_javascript(app, client):
    sign_up(client, "waiting@school.example")
    owner = user_id(app, "waiting@school.example")
    with app.app_context():
        db.session.add(GenerationJob(id="a" * 32, owner_id=owner, article_key="k", text="Title: Storm\n\nBody.",
                                     state="dates", started=jobs.utcnow()))
        db.session.commit()
    r = client.get("/teach/jobs/" + "a" * 32)
    page = r.get_data(as_text=True)
    assert r.status_code == 200
    assert '<noscript><meta http-equiv="refresh" content="3"></noscript>' in page
    steps = re.findall(r'<li class="job-step([^"]*)"', page)
    assert steps == [" is-done", " is-done", " is-current", "", ""]        # queued, reading, *dates*, …
    assert 'aria-current="step">Finding and placing its dates' in page and "From “Storm”" in page
    assert 'value="3"' in page                                             # <progress> 3 of 5
    dashboard = client.get("/teach/").get_data(as_text=True)
    assert "Finding and placing its dates" in dashboard and 'data-job-status="/teach/jobs/' in dashboard


@pytest.mark.parametrize("exception, fails", [
    (TimeLimitExceeded(18), True),         # the hard limit killed the job's process
    (ValueError("other"), False),          # any other failure is the job's own to report
])
def test_a_job_killed_by_the_hard_time_limit_is_marked_failed(app, client, exception, fails):
    """The worker's parent hears of a killed job only through Celery's task_failure signal: the job then
    fails with the time-limit message, and a finished job is never overwritten."""
    sign_up(client, "killed@school.example")
    with app.app_context():
        owner = db.session.get(User, user_id(app, "killed@school.example"))
        running = GenerationJob(id="a" * 32, owner_id=owner.id, article_key="k1", text=SHORT, state="questions",
                                attempt=2)
        done = GenerationJob(id="b" * 32, owner_id=owner.id, article_key="k2", text=OTHER, state="done", attempt=1)
        db.session.add_all([running, done])
        db.session.commit()
        assert jobs.fail_killed_job(exception, ("a" * 32, 2)) is fails
        assert jobs.fail_killed_job(exception, ("b" * 32, 1)) is fails
        assert jobs.fail_killed_job(exception, ("a" * 32, 1)) is fails     # an older attempt's kill changes nothing
        db.session.expire_all()
        running, done = db.session.get(GenerationJob, "a" * 32), db.session.get(GenerationJob, "b" * 32)
        assert (running.state == "failed") is fails and done.state == "done"
        if fails:
            assert "took longer than" in running.error and running.finished is not None and running.text == SHORT
