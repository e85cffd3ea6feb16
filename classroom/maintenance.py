"""Admin CLI for a scheduler: `flask --app app backup FILE`, `restore FILE`, `cleanup`."""
from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
import subprocess
from pathlib import Path

import click
from flask.cli import with_appcontext
from sqlalchemy.engine import make_url

from .extensions import db
from .models import utcnow
from .progress import delete_stale


def _url():
    return make_url(str(db.engine.url))


def _libpq_url() -> str:
    """The database URL as pg_dump/pg_restore take it (no SQLAlchemy driver name)."""
    return _url().set(drivername="postgresql").render_as_string(hide_password=False)


def _pg_tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        raise click.ClickException(f"{name} is not installed (Debian: apt-get install postgresql-client).")
    return path


def backup_database(target: Path) -> str:
    """Write a consistent copy of the database to `target` while the app keeps writing.

    SQLite: the online backup API (a snapshot, readers and writers carry on). PostgreSQL:
    `pg_dump --format=custom` (one repeatable-read snapshot). Returns the kind made.
    """
    url = _url()
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f".{target.name}.partial")
    if url.get_backend_name() == "sqlite":
        source = sqlite3.connect(url.database)
        dest = sqlite3.connect(partial)
        try:
            source.backup(dest)
        finally:
            dest.close()
            source.close()
        kind = "SQLite online backup"
    elif url.get_backend_name() == "postgresql":
        subprocess.run([_pg_tool("pg_dump"), "--format=custom", "--no-owner", "--file", str(partial),
                        "--dbname", _libpq_url()], check=True, capture_output=True, text=True)
        kind = "pg_dump custom format"
    else:
        raise click.ClickException(f"Backups of {url.get_backend_name()} are not supported.")
    os.replace(partial, target)     # a half-written backup never has the real name
    return kind


def restore_database(source: Path) -> None:
    """Replace the database's contents with the backup `source` (made by `backup_database`)."""
    url = _url()
    db.session.remove()
    db.engine.dispose()
    if url.get_backend_name() == "sqlite":
        src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        dest = sqlite3.connect(url.database, timeout=30)
        try:
            src.backup(dest)
        finally:
            dest.close()
            src.close()
    elif url.get_backend_name() == "postgresql":
        result = subprocess.run([_pg_tool("pg_restore"), "--clean", "--if-exists", "--no-owner",
                                 "--single-transaction", "--dbname", _libpq_url(), str(source)],
                                capture_output=True, text=True)
        if result.returncode != 0:
            raise click.ClickException(f"pg_restore failed: {result.stderr.strip()[-2000:]}")
    else:
        raise click.ClickException(f"Restores of {url.get_backend_name()} are not supported.")


@click.command("backup")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@with_appcontext
def backup_command(file: Path) -> None:
    """Back the database up to FILE (safe while the site is in use)."""
    try:
        kind = backup_database(file)
    except subprocess.CalledProcessError as e:
        raise click.ClickException(f"pg_dump failed: {e.stderr.strip()[-2000:]}") from None
    click.echo(f"Backed up to {file} ({kind}, {file.stat().st_size:,} bytes).")


@click.command("restore")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
@with_appcontext
def restore_command(file: Path, yes: bool) -> None:
    """Replace everything in the database with the backup FILE."""
    if not yes:
        click.confirm(f"Replace everything in the database with {file}?", abort=True)
    restore_database(file)
    click.echo(f"Restored from {file}.")


@click.command("cleanup")
@click.option("--unfinished-hours", default=24, show_default=True,
              help="Delete attempts left unfinished for longer than this.")
@click.option("--empty-guest-hours", default=24, show_default=True,
              help="Delete guests who never submitted anything, idle for longer than this.")
@click.option("--guest-days", default=365, show_default=True,
              help="Delete guests (not in a class) idle for longer than this, with their results.")
@with_appcontext
def cleanup_command(unfinished_hours: int, empty_guest_hours: int, guest_days: int) -> None:
    """Delete unfinished attempts and idle guest data (for cron or a systemd timer)."""
    now = utcnow()
    attempts, guests = delete_stale(unfinished_before=now - dt.timedelta(hours=unfinished_hours),
                                    empty_guests_before=now - dt.timedelta(hours=empty_guest_hours),
                                    guests_idle_before=now - dt.timedelta(days=guest_days))
    click.echo(f"Deleted {attempts} attempt(s) and {guests} idle guest(s).")


COMMANDS = (backup_command, restore_command, cleanup_command)
