"""Hostile article text (markup, script, RTL marks, zero-width and astral characters, template
syntax) is shown as text on every page that shows it; property-based checks of the form parsers."""
from __future__ import annotations

import dataclasses
import html

import pytest
from conftest import RIGHT_ANSWERS, fake_lesson
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from student_helpers import quiz_form_data
from werkzeug.datastructures import MultiDict

from classroom.extensions import db
from quizgen.model import Sentence

SCRIPT = "<script>alert(1)</script>"
IMG = '"><img src=x onerror=alert(2)>'
ODD = "\u202egnp.exe \u200b\u200d 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 😀 {{ 7*7 }} javascript:alert(3)"
HOSTILE = f"{SCRIPT} {IMG} {ODD}"
RAW_MARKUP = ("<script>alert", "<img src=x", "onerror=alert(2)>")


def hostile_lesson():
    fake = fake_lesson()
    sentences = list(fake.sentences)
    s0 = sentences[0]
    text = fake.text.replace(s0.text, s0.text + " " + HOSTILE, 1)
    sentences = [Sentence(s.id, s.text + " " + HOSTILE if s.id == 0 else s.text,
                          s.start if s.id == 0 else s.start + len(HOSTILE) + 1,
                          s.end + len(HOSTILE) + 1, s.paragraph) for s in sentences]
    events = [dataclasses.replace(fake.events[0], label=f"Work began {HOSTILE}"), *fake.events[1:]]
    questions = [dataclasses.replace(fake.questions[0], prompt=f"Who opened it? {HOSTILE}",
                                     explanation=f"Because {HOSTILE}"), *fake.questions[1:]]
    return dataclasses.replace(fake, title=f"Bridge {HOSTILE}", text=text, sentences=tuple(sentences),
                               events=tuple(events), questions=tuple(questions))


def assert_shown_as_text(page: str, where: str) -> None:
    for raw in RAW_MARKUP:
        assert raw not in page, f"{raw!r} unescaped in {where}"
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page, where
    assert "{{ 7*7 }}" in page and "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 😀" in page and "\u202e" in page and "\u200b" in page, where


@pytest.fixture
def hostile(app):
    from classroom.lessons import create_lesson

    with app.app_context():
        create_lesson(hostile_lesson(), slug="hostile", status="published")
        db.session.commit()
        from classroom.models import Lesson
        lesson = db.session.execute(db.select(Lesson).filter_by(slug="hostile")).scalar_one()
        return {q.key: str(q.id) for q in lesson.questions}


def test_hostile_text_is_escaped_on_every_student_page(app, client, hostile):
    assert_shown_as_text(client.get("/lessons/hostile").get_data(as_text=True), "lesson page")
    page = client.get("/lessons/hostile/quiz").get_data(as_text=True)
    assert_shown_as_text(page, "quiz")
    wrong = {**RIGHT_ANSWERS, "q1": "Marta Gil"}
    r = client.post("/lessons/hostile/quiz", data=quiz_form_data(page, wrong, hostile))
    assert r.status_code == 302
    assert_shown_as_text(client.get(r.headers["Location"]).get_data(as_text=True), "result")
    assert_shown_as_text(client.get("/review").get_data(as_text=True), "review")
    progress = client.get("/progress").get_data(as_text=True)
    assert_shown_as_text(progress, "progress")
    home = client.get("/").get_data(as_text=True)
    assert "Bridge &lt;script&gt;" in home and not any(raw in home for raw in RAW_MARKUP)


def test_hostile_text_is_escaped_in_the_embed_and_oembed(app, client, hostile):
    page = client.get("/embed/lessons/hostile/timeline").get_data(as_text=True)
    assert_shown_as_text(page, "embed")
    data = client.get("/oembed", query_string={"url": "http://localhost/lessons/hostile"}).get_json()
    assert "<script" not in data["html"] and "<img" not in data["html"]


def test_hostile_text_survives_the_api_unchanged(client, hostile):
    data = client.get("/api/v1/lessons/hostile").get_json()
    assert data["title"] == f"Bridge {HOSTILE}"
    assert data["sentences"][0]["text"].endswith(HOSTILE)


def test_hostile_text_in_teacher_exports_is_data_not_markup(app):
    """The HTML-bearing exports keep the text as escaped data (XML parses, no script element)."""
    from lxml import etree
    from teacher_helpers import own_lesson, sign_up

    from classroom.lessons import create_lesson
    from classroom.models import Lesson

    teacher = app.test_client()
    sign_up(teacher, "t@example.com")
    own_lesson(app, "t@example.com", slug="unused")
    with app.app_context():
        owner = db.session.execute(db.select(Lesson.owner_id).filter_by(slug="unused")).scalar_one()
        lesson = create_lesson(hostile_lesson(), slug="hostile", status="published", owner_id=owner)
        db.session.commit()
        lesson_id = lesson.id
    from classroom.teacher import EXPORT_FORMATS

    for fmt in EXPORT_FORMATS:
        r = teacher.get(f"/teach/lessons/{lesson_id}/export/{fmt}")
        assert r.status_code == 200, fmt
        body = r.get_data()
        if body.lstrip().startswith(b"<"):
            root = etree.fromstring(body, etree.XMLParser(resolve_entities=False))
            assert not root.xpath("//*[local-name()='script' or local-name()='img']"), fmt


# ---------------------------------------------------------------------------- form parsers

TEXT = st.text(st.characters(codec="utf-8"), max_size=40)


@settings(max_examples=200, deadline=None, suppress_health_check=list(HealthCheck))
@given(height=st.one_of(st.none(), TEXT), theme=st.one_of(st.none(), TEXT), start=st.one_of(st.none(), TEXT))
def test_embed_options_parser_never_fails_and_stays_in_range(height, theme, start):
    from classroom.embed import MAX_HEIGHT, MIN_HEIGHT, THEMES, parse_options

    args = MultiDict({k: v for k, v in (("height", height), ("theme", theme), ("start", start)) if v is not None})
    options = parse_options(args)
    assert MIN_HEIGHT <= options.height <= MAX_HEIGHT and options.theme in THEMES
    assert options.start is None or 0 <= options.start < 10**6


ANSWER = st.one_of(st.none(), st.booleans(), st.integers(), TEXT, st.lists(TEXT, max_size=4),
                   st.dictionaries(TEXT, TEXT, max_size=2))


@settings(max_examples=300, deadline=None)
@given(answers=st.dictionaries(st.sampled_from(["1", "2", "3", "4", "5", "6", "x", ""]), ANSWER, max_size=6))
def test_api_answer_checker_accepts_or_says_why(answers):
    from classroom import progress

    snaps = _snaps()
    try:
        checked = progress.check_answers(snaps, answers)
    except progress.AnswerError as e:
        assert str(e)
        return
    for snap in snaps:
        value = checked[snap["question_id"]]
        assert value is None or isinstance(value, (str, list))
        progress.is_correct(snap, value)          # marking never fails on a checked answer


def _snaps():
    from classroom.progress import _shuffle

    questions = []
    for i, q in enumerate(fake_lesson().questions[:6], start=1):
        answer = list(q.answer) if isinstance(q.answer, tuple) else q.answer
        questions.append({"question_id": i, "type": q.type, "prompt": q.prompt,
                          "choices": _shuffle(i, q.type, list(q.choices) if q.choices else None, answer, 7),
                          "answer": answer, "accept": list(q.accept), "sentence_id": q.sentence_id,
                          "sentence": None, "explanation": ""})
    return questions


@settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))
@given(fields=st.dictionaries(st.sampled_from(["q1", "q2", "q3", "q4", "q5", "q6-p0", "q6-p1", "q6-p2",
                                                "idempotency_key"]), TEXT, max_size=9))
def test_quiz_form_parser_validates_or_refuses_any_post(fields):
    from flask import Flask

    from classroom.forms import answers_from, quiz_form

    snaps = _snaps()
    flask_app = Flask("t")
    flask_app.config.update(SECRET_KEY="t", WTF_CSRF_ENABLED=False)
    with flask_app.test_request_context(method="POST", data=fields):
        form = quiz_form(snaps)
        if form.validate():
            answers = answers_from(form, snaps)
            assert set(answers) == {s["question_id"] for s in snaps}
            order = answers[6]
            assert sorted(order) == sorted(snaps[5]["choices"])
