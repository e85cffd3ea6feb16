"""Flask CLI command for admins: `flask --app app create-teacher EMAIL`."""
from __future__ import annotations

import click
from flask.cli import with_appcontext

from .auth import create_user, find_user
from .extensions import db
from .passwords import password_problem
from .teacher_forms import MIN_PASSWORD_LENGTH


@click.command("create-teacher")
@click.argument("email")
@click.option("--name", default="", help="The teacher's name as shown in the app.")
@click.option("--password", prompt=True, hide_input=True, confirmation_prompt=True,
              help="Asked for when not given (keeps it out of the shell history).")
@click.option("--admin", is_flag=True, help="Make an admin, who can open every teacher's lessons.")
@with_appcontext
def create_teacher_command(email: str, name: str, password: str, admin: bool) -> None:
    """Create a teacher account (or an admin with --admin)."""
    if "@" not in email:
        raise click.BadParameter("That does not look like an email address.", param_hint="EMAIL")
    if len(password) < MIN_PASSWORD_LENGTH:
        raise click.BadParameter(f"Use at least {MIN_PASSWORD_LENGTH} characters.", param_hint="--password")
    problem = password_problem(password, email=email)
    if problem:
        raise click.BadParameter(problem, param_hint="--password")
    if find_user(email) is not None:
        raise click.ClickException(f"There is already an account for {email.strip().lower()}.")
    user = create_user(email, password, name=name or email.split("@")[0],
                       role="admin" if admin else "teacher")
    db.session.commit()
    click.echo(f"Created {user.role} {user.email} (id {user.id}).")
