"""Flask CLI commands: `flask --app app seed`."""
from __future__ import annotations

from pathlib import Path

import click
from flask import current_app
from flask.cli import with_appcontext

import quizgen

from .extensions import db
from .lessons import create_lesson, refresh_lesson
from .models import Lesson


@click.command("seed")
@click.option("--dir", "seeds_dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Folder of seed articles (default: seeds/).")
@with_appcontext
def seed_command(seeds_dir: Path | None) -> None:
    """Load every seeds/*.txt article as a published lesson (running it twice changes nothing)."""
    folder = seeds_dir or Path(current_app.config["SEEDS_DIR"])
    paths = sorted(folder.glob("*.txt"))
    if not paths:
        click.echo(f"No seed articles in {folder}.")
        return
    failed = 0
    for path in paths:
        try:
            generated = quizgen.lesson_from_article(quizgen.read_article(path))
        except quizgen.QuizgenError as e:
            click.echo(f"{path.name}: skipped: {e}", err=True)
            failed += 1
            continue
        status = seed_lesson(path.stem, generated)
        click.echo(f"{path.name}: {status} ({len(generated.events)} events, "
                   f"{len(generated.questions)} questions, {len(generated.quiz)} in the quiz)")
    if failed:
        raise click.exceptions.Exit(1)


def seed_lesson(slug: str, generated: quizgen.Lesson) -> str:
    """Create or refresh the published lesson `slug`; return "added", "updated" or "unchanged"."""
    lesson = db.session.execute(db.select(Lesson).filter_by(slug=slug)).scalar_one_or_none()
    if lesson is None:
        create_lesson(generated, slug=slug, status="published")
        status = "added"
    elif refresh_lesson(lesson, generated):
        status = "updated"
    else:
        return "unchanged"
    db.session.commit()
    return status
