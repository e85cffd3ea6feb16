"""Published lessons served from the cache: ETag/304, rebuilt after a teacher's edit, nothing personal shared."""
from __future__ import annotations

import pytest
from conftest import FAKE_SLUG, RIGHT_ANSWERS
from student_helpers import quiz_form_data
from teacher_helpers import own_lesson, post, question_ids, sign_up

from classroom.extensions import db
from classroom.models import Lesson

CACHED_URLS = [f"/lessons/{FAKE_SLUG}", f"/api/v1/lessons/{FAKE_SLUG}",
               f"/embed/lessons/{FAKE_SLUG}/timeline"]


@pytest.mark.parametrize("url", CACHED_URLS)
def test_second_request_with_its_etag_is_a_bodiless_304(app, lesson, url):
    client = app.test_client()
    first = client.get(url)
    assert first.status_code == 200 and first.headers["ETag"] and first.headers["Last-Modified"]
    again = client.get(url, headers={"If-None-Match": first.headers["ETag"]})
    assert again.status_code == 304 and again.data == b""
    assert again.headers["ETag"] == first.headers["ETag"]
    by_date = client.get(url, headers={"If-Modified-Since": first.headers["Last-Modified"]})
    assert by_date.status_code == 304
    other = client.get(url, headers={"If-None-Match": '"something-else"'})
    assert other.status_code == 200 and other.data == first.data


def test_the_page_is_rendered_once_per_version(app, lesson, monkeypatch):
    """Ten views render the template once; the cache hands out the same bytes."""
    from classroom import student

    calls = []
    real = student._render_lesson_page
    monkeypatch.setattr(student, "_render_lesson_page", lambda *a: calls.append(1) or real(*a))
    bodies = {app.test_client().get(f"/lessons/{lesson}").data for _ in range(10)}
    assert len(calls) == 1 and len(bodies) == 1


def _teacher_with_published_lesson(app, client):
    sign_up(client, "t@example.com")
    lesson_id = own_lesson(app, "t@example.com", slug=FAKE_SLUG, status="published")
    return lesson_id


def test_a_teachers_edit_is_served_at_once_everywhere(app):
    """Editing a question through the teacher's form changes page, API and embed, and their ETags."""
    teacher = app.test_client()
    lesson_id = _teacher_with_published_lesson(app, teacher)
    student = app.test_client()
    before = {url: student.get(url) for url in CACHED_URLS}
    qid = question_ids(app, lesson_id)["q2"]
    r = post(teacher, f"/teach/lessons/{lesson_id}/questions/{qid}", {
        "type": "true_false", "prompt": "The bridge cost 41 million euros.", "choices": "True\nFalse",
        "answer": "False", "accept": "", "explanation": "", "sentence_id": "1", "in_quiz": "y"})
    assert r.status_code == 302
    api = student.get(f"/api/v1/lessons/{FAKE_SLUG}", headers={"If-None-Match": before[CACHED_URLS[1]].headers["ETag"]})
    assert api.status_code == 200
    assert "The bridge cost 41 million euros." in api.get_data(as_text=True)
    for url in CACHED_URLS:
        r = student.get(url, headers={"If-None-Match": before[url].headers["ETag"]})
        assert r.status_code == 200 and r.headers["ETag"] != before[url].headers["ETag"], url


def test_taking_a_lesson_back_to_draft_hides_it_at_once(app):
    teacher = app.test_client()
    lesson_id = _teacher_with_published_lesson(app, teacher)
    student = app.test_client()
    assert all(student.get(url).status_code == 200 for url in CACHED_URLS)
    r = post(teacher, f"/teach/lessons/{lesson_id}/status", {"status": "draft"})
    assert r.status_code == 302
    assert [student.get(url).status_code for url in CACHED_URLS] == [404, 404, 404]
    assert teacher.get(f"/lessons/{FAKE_SLUG}").status_code == 200          # the owner's preview


def test_any_write_to_a_lesson_moves_its_version(app, lesson):
    """The version moves for changes made anywhere (CLI, API, other views), not only one form."""
    from classroom.models import Event

    with app.app_context():
        row = db.session.execute(db.select(Lesson).filter_by(slug=lesson)).scalar_one()
        before = row.updated
        event = db.session.execute(db.select(Event).filter_by(lesson_id=row.id)).scalars().first()
        event.label = "Changed label"
        db.session.commit()
        assert db.session.get(Lesson, row.id).updated > before


def test_one_learners_progress_never_reaches_another(app, lesson, quiz_ids):
    """A learner sees their own best score on the lesson page; others (and the shared copy) never do."""
    alice, bob, anonymous = app.test_client(), app.test_client(), app.test_client()
    page = alice.get(f"/lessons/{lesson}/quiz").get_data(as_text=True)
    assert alice.post(f"/lessons/{lesson}/quiz", data=quiz_form_data(page, RIGHT_ANSWERS, quiz_ids)).status_code == 302
    mine = alice.get(f"/lessons/{lesson}")
    assert "Your best score here" in mine.get_data(as_text=True) and "6 of 6" in mine.get_data(as_text=True)
    assert "private" in mine.headers["Cache-Control"] and "Cookie" in mine.headers["Vary"]
    bob.get(f"/lessons/{lesson}/quiz")                     # has a cookie, no results
    for other in (bob, anonymous):
        r = other.get(f"/lessons/{lesson}")
        assert "Your best score here" not in r.get_data(as_text=True)
        assert r.headers["ETag"] != mine.headers["ETag"]
        # Alice's ETag must not let anyone else get "not modified" for her copy.
    assert anonymous.get(f"/lessons/{lesson}", headers={"If-None-Match": mine.headers["ETag"]}).status_code == 200
    assert "<!--newsline:personal-->" not in mine.get_data(as_text=True)


def test_signed_in_teacher_gets_their_own_header_not_the_shared_page(app):
    teacher = app.test_client()
    _teacher_with_published_lesson(app, teacher)
    app.test_client().get(f"/lessons/{FAKE_SLUG}")         # fills the shared cache
    page = teacher.get(f"/lessons/{FAKE_SLUG}").get_data(as_text=True)
    assert "Sign out" in page
    assert "Sign out" not in app.test_client().get(f"/lessons/{FAKE_SLUG}").get_data(as_text=True)


def test_shared_cache_in_redis_serves_a_second_server(app, lesson, monkeypatch):
    """With CACHE_REDIS_URL, a document made by one server is read by another without rebuilding."""
    redis = pytest.importorskip("redis")
    url = "redis://127.0.0.1:6379/15"
    try:
        redis.Redis.from_url(url).ping()
    except redis.exceptions.ConnectionError:
        pytest.skip("Redis is not running on 127.0.0.1:6379")
    from app import create_app
    from classroom import api

    config = {k: app.config[k] for k in ("TESTING", "SECRET_KEY", "SQLALCHEMY_DATABASE_URI", "RATELIMIT_ENABLED")}
    one, two = create_app({**config, "CACHE_REDIS_URL": url}), create_app({**config, "CACHE_REDIS_URL": url})
    body = one.test_client().get(f"/api/v1/lessons/{lesson}").data
    built = []
    real = api.lesson_json
    monkeypatch.setattr(api, "lesson_json", lambda *a, **k: built.append(1) or real(*a, **k))
    assert two.test_client().get(f"/api/v1/lessons/{lesson}").data == body
    assert built == []
    for server in (one, two):
        with server.app_context():
            db.engine.dispose()


@pytest.mark.parametrize("url", CACHED_URLS)
def test_the_fast_path_repeats_flasks_answer_exactly_and_forgets_it_on_an_edit(app, lesson, url, monkeypatch):
    from classroom import pagecache

    # (a slow first render on a busy machine must not outlive the 1 s version memo mid-test)
    monkeypatch.setattr(app.extensions["lesson_cache"], "ttl", 60.0)
    client = app.test_client(use_cookies=False)
    first = client.get(url)
    calls = []
    real = app.view_functions.copy()
    for endpoint, view in real.items():
        monkeypatch.setitem(app.view_functions, endpoint, lambda *a, _v=view, **k: calls.append(1) or _v(*a, **k))
    second = client.get(url)
    assert calls == []                                   # answered without entering Flask's views
    assert second.data == first.data and sorted(second.headers.items()) == sorted(first.headers.items())
    assert "frame-ancestors" in second.headers["Content-Security-Policy"]
    with app.app_context():
        row = db.session.execute(db.select(Lesson).filter_by(slug=lesson)).scalar_one()
        row.title = "A new title"
        db.session.commit()
    third = client.get(url)
    assert calls and third.headers["ETag"] != first.headers["ETag"]
    assert "A new title" in third.get_data(as_text=True)
    # A request with cookies always goes to Flask.
    calls.clear()
    client.get(url, headers={"Cookie": "newsline_learner=" + "x" * 43})
    assert calls == [1]
    assert isinstance(app.wsgi_app, pagecache.SharedCopies)
