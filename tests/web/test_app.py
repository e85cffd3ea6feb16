"""The factory, configuration, migrations and the seed command."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from app import create_app, database_url
from classroom.extensions import db
from classroom.models import Attempt, Event, Lesson, Question

SEED = Path(__file__).resolve().parents[2] / "seeds" / "xi-putin-call-2022.txt"


@pytest.mark.parametrize("given, expected", [
    ("postgres://u:p@h:5432/d", "postgresql+psycopg://u:p@h:5432/d"),
    ("postgresql://u@h/d", "postgresql+psycopg://u@h/d"),
    ("postgresql+psycopg://u@h/d", "postgresql+psycopg://u@h/d"),
    ("sqlite:////tmp/x.db", "sqlite:////tmp/x.db"),
])
def test_database_url_maps_postgres_to_psycopg3(given, expected):
    """Heroku-style and plain PostgreSQL URLs use the psycopg 3 driver."""
    assert database_url(given) == expected


def test_environment_configures_database_and_secret(monkeypatch, tmp_path):
    """DATABASE_URL and SECRET_KEY from the environment win over the defaults."""
    monkeypatch.setenv("DATABASE_URL", "postgres://someone@db.example/newsline")
    monkeypatch.setenv("SECRET_KEY", "from-env")
    app = create_app()
    assert app.config["SQLALCHEMY_DATABASE_URI"] == "postgresql+psycopg://someone@db.example/newsline"
    assert app.config["SECRET_KEY"] == "from-env"


def test_generated_secret_key_survives_restarts(monkeypatch, tmp_path):
    """Without SECRET_KEY, a random key is written to the instance folder and reused."""
    monkeypatch.delenv("SECRET_KEY", raising=False)
    monkeypatch.setattr("flask.Flask.auto_find_instance_path", lambda self: str(tmp_path / "instance"))
    first = create_app({"TESTING": True})
    second = create_app({"TESTING": True})
    assert len(first.config["SECRET_KEY"]) == 64
    assert first.config["SECRET_KEY"] == second.config["SECRET_KEY"]
    assert (tmp_path / "instance" / "secret_key").stat().st_mode & 0o077 == 0
    assert first.config["SQLALCHEMY_DATABASE_URI"] == f"sqlite:///{tmp_path / 'instance' / 'newsline.sqlite3'}"


def test_sqlite_runs_in_wal_mode_with_foreign_keys(tmp_path):
    """The default SQLite database uses WAL and enforces foreign keys."""
    app = create_app({"TESTING": True, "SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp_path / 'w.db'}"})
    with app.app_context():
        assert db.session.execute(db.text("PRAGMA journal_mode")).scalar() == "wal"
        assert db.session.execute(db.text("PRAGMA foreign_keys")).scalar() == 1
        db.session.remove()
        db.engine.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def migrated_app(request, tmp_path):
    """An app whose schema was made by `flask db upgrade` (not create_all)."""
    from flask_migrate import upgrade

    if request.param == "postgres":
        app = create_app({"TESTING": True, "SQLALCHEMY_DATABASE_URI": request.getfixturevalue("postgres_schema")})
    else:
        app = create_app({"TESTING": True, "SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp_path / 'm.db'}"})
        with app.app_context():
            upgrade()
    yield app
    with app.app_context():
        db.session.remove()
        db.engine.dispose()


def test_migrations_match_the_models(migrated_app):
    """After `db upgrade`, Alembic finds no difference between the database and the models."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    with migrated_app.app_context(), db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), db.metadata)
    assert diff == []


@pytest.mark.slow
def test_seed_loads_articles_once(app, runner, tmp_path):
    """`flask seed` adds each article as a published lesson; a second run changes nothing."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    shutil.copy(SEED, seeds / "xi-putin-call-2022.txt")
    first = runner.invoke(args=["seed", "--dir", str(seeds)])
    assert first.exit_code == 0, first.output
    assert "xi-putin-call-2022.txt: added" in first.output
    with app.app_context():
        lesson = db.session.execute(db.select(Lesson)).scalar_one()
        assert lesson.status == "published" and lesson.slug == "xi-putin-call-2022"
        assert str(lesson.published) == "2022-06-16"
        counts = [db.session.execute(db.select(db.func.count()).select_from(m)).scalar_one()
                  for m in (Lesson, Event, Question)]
        updated = lesson.updated
    second = runner.invoke(args=["seed", "--dir", str(seeds)])
    assert second.exit_code == 0 and "unchanged" in second.output
    with app.app_context():
        again = [db.session.execute(db.select(db.func.count()).select_from(m)).scalar_one()
                 for m in (Lesson, Event, Question)]
        assert again == counts
        assert db.session.execute(db.select(Lesson)).scalar_one().updated == updated


def test_seed_reports_a_bad_article(runner, tmp_path):
    """An unreadable seed is reported by name and the command fails, with no traceback."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "broken.txt").write_bytes(b"\xff\xfe not utf-8 \xff")
    result = runner.invoke(args=["seed", "--dir", str(seeds)])
    assert result.exit_code == 1
    assert "broken.txt: skipped" in result.output and "UTF-8" in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)


def test_regeneration_archives_questions_and_keeps_attempts(app, client, lesson, quiz_ids):
    """Refreshing a lesson keeps unchanged questions, archives dropped ones; old results still read."""
    from dataclasses import replace

    from conftest import RIGHT_ANSWERS, fake_lesson

    from classroom.lessons import refresh_lesson

    r = client.post(f"/api/v1/lessons/{lesson}/attempts",
                    json={"answers": {quiz_ids[k]: v for k, v in RIGHT_ANSWERS.items()}})
    attempt_id = r.get_json()["attempt_id"]
    old = fake_lesson()
    new = replace(old, questions=old.questions[1:], quiz=old.quiz[1:])   # q1 is no longer made
    with app.app_context():
        row = db.session.execute(db.select(Lesson).filter_by(slug=lesson)).scalar_one()
        assert refresh_lesson(row, new) is True
        db.session.commit()
        assert refresh_lesson(row, new) is False
        q1 = db.session.get(Question, int(quiz_ids["q1"]))
        assert q1.archived and not q1.in_quiz
        assert db.session.get(Question, int(quiz_ids["q2"])).archived is False
        assert len(row.quiz_questions) == 5
        assert db.session.get(Attempt, attempt_id).score == 6
    page = client.get(f"/attempts/{attempt_id}").get_data(as_text=True)
    assert "Who opened the Harbour Bridge?" in page and "6 of 6" in page
    assert len(client.get(f"/api/v1/lessons/{lesson}").get_json()["questions"]) == 5


def test_form_hints_are_tied_to_their_fields(app):
    """A hint under a field is read out with it: aria-describedby names the hint's id."""
    from flask_wtf import FlaskForm
    from wtforms import StringField
    from flask import render_template_string

    class HintForm(FlaskForm):
        title = StringField("Title")

    with app.test_request_context():
        html = render_template_string(
            '{% from "macros.html" import render_field %}{{ render_field(form.title, hint="Short please") }}',
            form=HintForm())
    assert 'id="title-hint"' in html and 'aria-describedby="title-hint"' in html


def test_secret_key_is_shared_by_workers_starting_together(tmp_path):
    """Several workers creating instance/secret_key at once all end up with the same key."""
    import threading

    from app import _persistent_secret_key

    keys, barrier = [], threading.Barrier(8)

    def start():
        barrier.wait()
        keys.append(_persistent_secret_key(str(tmp_path)))

    threads = [threading.Thread(target=start) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(keys) == 8 and len(set(keys)) == 1
