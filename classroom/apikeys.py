"""Teachers' API keys: created (shown once), listed, revoked, verified; a page and a CLI command."""
from __future__ import annotations

import hashlib
import secrets

import click
from flask import Blueprint, abort, flash, redirect, render_template, url_for
from flask.cli import with_appcontext
from flask_login import current_user, login_required
from flask_wtf import FlaskForm
from wtforms import StringField
from wtforms.validators import Length, Optional

from .extensions import db
from .models import ApiKey, User, utcnow

bp = Blueprint("apikeys", __name__, url_prefix="/account/api-keys")

KEY_PREFIX = "nl_"          # tells a Newsline key apart from a learner token at a glance
PREFIX_LENGTH = 11          # "nl_" and 8 characters: shown in lists so a teacher can tell keys apart
MAX_KEY_LENGTH = 200
MAX_KEYS_PER_USER = 20


def hash_key(token: str) -> str:
    """SHA-256 of the key: enough, as a key is 256 random bits (no dictionary to try)."""
    return hashlib.sha256(token.encode()).hexdigest()


def create_key(user: User, name: str = "") -> tuple[ApiKey, str]:
    """A new key for `user` (added to the session); returns the row and the key, which is never stored."""
    token = KEY_PREFIX + secrets.token_urlsafe(32)
    key = ApiKey(user=user, name=name.strip()[:80], prefix=token[:PREFIX_LENGTH], key_hash=hash_key(token))
    db.session.add(key)
    return key, token


def revoke_key(key: ApiKey) -> None:
    """Stop the key from working (the row stays, so the list still shows when it was last used)."""
    key.revoked = True


def verify_key(token: str | None) -> ApiKey | None:
    """The live key this token is, or None; notes when it was used (not committed here)."""
    if not token or len(token) > MAX_KEY_LENGTH or not token.startswith(KEY_PREFIX):
        return None
    key = db.session.execute(
        db.select(ApiKey).filter_by(key_hash=hash_key(token), revoked=False)).scalar_one_or_none()
    if key is None:
        return None
    key.last_used = utcnow()
    return key


def active_keys(user: User) -> list[ApiKey]:
    """The user's keys that still work, newest first."""
    return list(db.session.execute(
        db.select(ApiKey).filter_by(user_id=user.id, revoked=False).order_by(ApiKey.created.desc(),
                                                                               ApiKey.id.desc())).scalars())


# ---------------------------------------------------------------------------------- the page

class NewKeyForm(FlaskForm):
    name = StringField("What the key is for (optional)", validators=[Optional(), Length(max=80)],
                       description="For example: “lesson import script”.")


class RevokeKeyForm(FlaskForm):
    """CSRF only: the key to revoke is in the URL."""


@bp.get("")
@login_required
def index():
    """The teacher's keys (prefix, name, created, last used) and a form for a new one."""
    return render_template("account/api_keys.html", keys=active_keys(current_user), form=NewKeyForm(),
                           revoke_form=RevokeKeyForm(), new_token=None)


@bp.post("")
@login_required
def create():
    """Make a key and show it once, on this response only (never in a redirect or the session)."""
    form = NewKeyForm()
    if not form.validate_on_submit():
        return render_template("account/api_keys.html", keys=active_keys(current_user), form=form,
                               revoke_form=RevokeKeyForm(), new_token=None), 422
    if len(active_keys(current_user)) >= MAX_KEYS_PER_USER:
        flash(f"You already have {MAX_KEYS_PER_USER} keys. Revoke one you no longer use first.", "error")
        return redirect(url_for("apikeys.index"))
    key, token = create_key(current_user, form.name.data or "")
    db.session.commit()
    response = render_template("account/api_keys.html", keys=active_keys(current_user), form=NewKeyForm(formdata=None),
                               revoke_form=RevokeKeyForm(), new_token=token, new_key=key)
    # The key is in this page only: keep it out of caches and the back-forward history.
    return response, 201, {"Cache-Control": "no-store"}


@bp.post("/<int:key_id>/revoke")
@login_required
def revoke(key_id: int):
    """Revoke one of the teacher's own keys (someone else's key looks like a missing one)."""
    key = db.session.get(ApiKey, key_id)
    if key is None or key.user_id != current_user.id or key.revoked:
        abort(404, "There is no such key on your account.")
    if not RevokeKeyForm().validate_on_submit():
        abort(400, "The form had expired. Reload the page and try again.")
    revoke_key(key)
    db.session.commit()
    flash(f"The key {key.prefix}… is revoked: scripts using it will get 401 from now on.", "info")
    return redirect(url_for("apikeys.index"))


# ------------------------------------------------------------------------------------- the CLI

@click.command("create-api-key")
@click.argument("email")
@click.option("--name", default="", help="What the key is for, shown in the key list.")
@with_appcontext
def create_api_key_command(email: str, name: str) -> None:
    """Create an API key for the teacher with this EMAIL and print it (it is shown only once)."""
    user = db.session.execute(
        db.select(User).where(db.func.lower(User.email) == email.strip().lower())).scalar_one_or_none()
    if user is None:
        raise click.ClickException(f"No teacher account has the email {email!r}.")
    key, token = create_key(user, name)
    db.session.commit()
    click.echo(f"API key for {user.email} (prefix {key.prefix}); copy it now, it is not shown again:")
    click.echo(token)
