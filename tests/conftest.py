"""Shared fixtures: the app on SQLite and on PostgreSQL, its client and CLI runner, a small lesson,
the question context of a short text."""
from __future__ import annotations

import datetime as dt
import os
import secrets
from pathlib import Path

import pytest

import quizgen
from quizgen.model import Event, Lesson, Question, Sentence

PG_DSN = "host=127.0.0.1 port=5432 user=postgres connect_timeout=3"
FAKE_SLUG = "harbour-bridge"


# ------------------------------------------------------------------------------ engine contexts

def _analyse(body: str, published: dt.date | None):
    """The language layer (quizgen.pipeline.analyse) of a short text written in a test."""
    from quizgen.article import Article
    from quizgen.pipeline import analyse

    return analyse(Article(body=body, title="Test", published=published))


@pytest.fixture(scope="session")
def parse():
    """The spaCy pipeline's parse of a text (`parse(text)` -> Doc; the model loads once per session)."""
    from quizgen import nlp

    return nlp.parse


@pytest.fixture(scope="module")
def parsed_of(request):
    """Analyses a short text written in a test: `parsed_of(body, published)` -> ParsedArticle.

    The publication date defaults to the test module's PUBLISHED, or 2022-06-16; pass "" for none."""
    default = getattr(request.module, "PUBLISHED", "2022-06-16")

    def build(body: str, published: str | None = None):
        date = published if published is not None else default
        return _analyse(body, dt.date.fromisoformat(date) if date else None)
    return build


@pytest.fixture(scope="module")
def context_of(parsed_of):
    """Builds the question context of a short text written in a test: `context_of(body, published)`.

    The publication date defaults to the test module's PUBLISHED, or 2022-06-16."""
    from quizgen.questions.context import make_context

    def build(body: str, published: str | None = None):
        return make_context(parsed_of(body, published or None))
    return build


@pytest.fixture(scope="module")
def resolved(parsed_of):
    """`resolved(body, word, n=0)`: what the n-th token written `word` refers to (None: as written)."""
    from quizgen.referents import Referents

    made: dict[str, tuple] = {}

    def resolve(body: str, word: str, n: int = 0) -> str | None:
        if body not in made:
            parsed = parsed_of(body)
            made[body] = (parsed.doc, Referents(parsed.doc, parsed.spans))
        doc, referents = made[body]
        tok = [t for t in doc if t.text == word][n]
        return referents.resolve(tok)
    return resolve


@pytest.fixture(scope="module")
def generated(request, context_of):
    """(context, questions) of the test module's BODY, made by the generator of its question KIND."""
    from quizgen.kinds import get

    ctx = context_of(request.module.BODY)
    return ctx, get(request.module.KIND).generate(ctx)


@pytest.fixture(scope="module")
def qti_package(request):
    """The QTI package (an open zip) of the test module's `sample_lesson()`; every question exported."""
    import io
    import zipfile

    from quizgen.export import export_with_report

    data, skipped = export_with_report(request.module.sample_lesson(), "qti")
    assert skipped == []
    return zipfile.ZipFile(io.BytesIO(data))


# ------------------------------------------------------------------------------ a small lesson

def fake_lesson() -> Lesson:
    """A short invented article with every question kind (no engine, no model load)."""
    paragraphs = [
        ["Mayor Ana Ruiz opened the Harbour Bridge on Monday.",
         "The bridge cost 40 million euros, the city council said."],
        ["Work began in March 2019 after a long debate.",
         "“It joins two halves of our city,” Ruiz said."],
        ["A festival will follow next Saturday."],
    ]
    sentences, text, sid = [], "", 0
    for p, para in enumerate(paragraphs):
        if text:
            text += "\n\n"
        for k, s in enumerate(para):
            if k:
                text += " "
            sentences.append(Sentence(sid, s, len(text), len(text) + len(s), p))
            text += s
            sid += 1
    events = (
        Event("e1", dt.date(2019, 3, 1), "month", "Work on the bridge began", "March 2019", 2,
              rule="month and year as written"),
        Event("e2", dt.date(2024, 5, 6), "day", "Ana Ruiz opened the Harbour Bridge", "Monday", 0,
              rule="the latest Monday on or before publication"),
        Event("e3", dt.date(2024, 5, 11), "day", "A festival follows", "next Saturday", 4,
              rule="the next Saturday after publication", future=True),
    )
    questions = (
        Question("q1", "multiple_choice", "Who opened the Harbour Bridge?", "Ana Ruiz", 0,
                 choices=("Ana Ruiz", "Marta Gil", "Pedro Sanz", "Luis Mora"), focus="who", score=0.9),
        Question("q2", "true_false", "The bridge cost 40 million euros.", "True", 1,
                 choices=("True", "False"), score=0.8),
        Question("q3", "fill_blank", "Work on the bridge began in _____ 2019.", "March", 2,
                 accept=("Mar",), focus="date", score=0.7),
        Question("q4", "who_said", "Who said “It joins two halves of our city”?", "Ana Ruiz", 3,
                 choices=("Ana Ruiz", "The city council", "Pedro Sanz"), score=0.6),
        Question("q5", "when", "When did work on the bridge begin?", "March 2019", 2,
                 choices=("March 2019", "May 2024", "January 2018"), score=0.5, event_ids=("e1",)),
        Question("q6", "order_events", "Put these events in the order they happened.",
                 ("Work on the bridge began", "Ana Ruiz opened the Harbour Bridge", "A festival follows"), 2,
                 choices=("A festival follows", "Work on the bridge began",
                          "Ana Ruiz opened the Harbour Bridge"),
                 score=0.5, event_ids=("e1", "e2", "e3")),
        Question("q7", "multiple_choice", "What did the city council give?", "The cost", 1,
                 choices=("The cost", "The date", "The name"), score=0.1),
    )
    return Lesson(title="The Harbour Bridge opens", published=dt.date(2024, 5, 8), source="Test Gazette",
                  text=text, sentences=tuple(sentences), events=events, questions=questions,
                  quiz=("q1", "q2", "q3", "q4", "q5", "q6"), generator="test")


RIGHT_ANSWERS = {  # by quizgen id, in the shapes a student sends
    "q1": "Ana Ruiz", "q2": "True", "q3": "march", "q4": "Ana Ruiz", "q5": "March 2019",
    "q6": ["Work on the bridge began", "Ana Ruiz opened the Harbour Bridge", "A festival follows"],
}


# --------------------------------------------------------------------------------- PostgreSQL

@pytest.fixture(scope="session")
def postgres_url():
    """A fresh, uniquely named PostgreSQL database for this test session, dropped afterwards."""
    psycopg = pytest.importorskip("psycopg")
    try:
        admin = psycopg.connect(PG_DSN + " dbname=postgres", autocommit=True)
    except psycopg.OperationalError as e:
        if os.environ.get("CI"):
            pytest.fail(f"PostgreSQL is not reachable on 127.0.0.1:5432 and CI is set: {e}")
        pytest.skip(f"PostgreSQL is not reachable on 127.0.0.1:5432: {e}")
    name = f"newsline_test_{secrets.token_hex(6)}"
    admin.execute(f'CREATE DATABASE "{name}"')
    try:
        yield f"postgresql://postgres@127.0.0.1:5432/{name}"
    finally:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.close()


@pytest.fixture(scope="session")
def postgres_schema(postgres_url):
    """The schema made once per session by the real migrations, then emptied per test."""
    from flask_migrate import upgrade

    from app import create_app
    from classroom.extensions import db

    app = create_app({"TESTING": True, "SQLALCHEMY_DATABASE_URI": postgres_url})
    with app.app_context():
        upgrade()
        db.engine.dispose()
    return postgres_url


def _empty_tables(db) -> None:
    tables = ", ".join(f'"{t.name}"' for t in db.metadata.sorted_tables)
    db.session.execute(db.text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))
    db.session.commit()


# ------------------------------------------------------------------------------------ the app

def _make_app(request, tmp_path, extra: dict | None = None):
    from app import create_app
    from classroom.extensions import db

    config = {"TESTING": True, "SECRET_KEY": "test", "RATELIMIT_ENABLED": False,
              "SEEDS_DIR": str(tmp_path / "no-seeds")}
    if request.param == "postgres":
        config["SQLALCHEMY_DATABASE_URI"] = request.getfixturevalue("postgres_schema")
    else:
        config["SQLALCHEMY_DATABASE_URI"] = f"sqlite:///{tmp_path / 'test.sqlite3'}"
    config.update(extra or {})
    app = create_app(config)
    with app.app_context():
        if request.param == "postgres":
            _empty_tables(db)
        else:
            db.create_all()
    return app


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def app(request, tmp_path):
    """The app with an empty database, on SQLite and on PostgreSQL."""
    from classroom.extensions import db

    app = _make_app(request, tmp_path)
    yield app
    with app.app_context():
        db.session.remove()
        db.engine.dispose()


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def runner(app):
    return app.test_cli_runner()


@pytest.fixture
def lesson(app):
    """The small lesson, published, as a database row (returns its slug)."""
    from classroom.extensions import db
    from classroom.lessons import create_lesson

    with app.app_context():
        create_lesson(fake_lesson(), slug=FAKE_SLUG, status="published")
        db.session.commit()
    return FAKE_SLUG


@pytest.fixture
def quiz_ids(app, lesson):
    """quizgen id -> database id (as a string) of the small lesson's questions."""
    from classroom.extensions import db
    from classroom.models import Lesson as LessonRow

    with app.app_context():
        row = db.session.execute(db.select(LessonRow).filter_by(slug=lesson)).scalar_one()
        return {q.key: str(q.id) for q in row.questions}


@pytest.fixture(scope="session")
def seed_lesson() -> quizgen.Lesson:
    """The real engine on the seed article (loads the language model once per session)."""
    path = Path(__file__).resolve().parent.parent / "seeds" / "xi-putin-call-2022.txt"
    return quizgen.lesson_from_article(quizgen.read_article(path))


# ------------------------------------------------------------------------------ a real browser
CHROMIUM = "/usr/bin/chromium"          # Debian's; Playwright's own browser download is not used
CHROMIUM_ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]


@pytest.fixture(scope="session")
def browser():
    """Headless Chromium; skipped only where it is missing and CI is not set."""
    if not Path(CHROMIUM).exists():
        if os.environ.get("CI"):
            pytest.fail(f"{CHROMIUM} is missing and CI is set (make browser installs it)")
        pytest.skip(f"{CHROMIUM} is not installed")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


# -------------------------------------------------------------------------------------- Redis
REDIS_URL = "redis://127.0.0.1:6379/0"


@pytest.fixture
def redis_prefix():
    """A key prefix unique to this test on the Redis at 127.0.0.1:6379; its keys are deleted afterwards."""
    redis = pytest.importorskip("redis")
    client = redis.Redis.from_url(REDIS_URL)
    try:
        client.ping()
    except redis.ConnectionError as e:
        if os.environ.get("CI"):
            pytest.fail(f"Redis is not reachable on 127.0.0.1:6379 and CI is set: {e}")
        pytest.skip(f"Redis is not reachable on 127.0.0.1:6379: {e}")
    prefix = f"newsline-test-{secrets.token_hex(6)}"
    yield prefix
    for key in client.scan_iter(f"*{prefix}*"):
        client.delete(key)
    client.close()
