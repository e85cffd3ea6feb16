"""CLI for LTI: `flask lti-register`, `flask lti-rotate-key`, `flask lti-post-grades`."""
from __future__ import annotations

import click
from flask.cli import with_appcontext

from ..extensions import db
from . import grades, keys
from .admin import RegistrationError, save_platform
from .models import LtiPlatform


@click.command("lti-register")
@click.option("--name", required=True, help="A name for this LMS (shown to admins).")
@click.option("--issuer", required=True, help="The platform's issuer (iss), e.g. https://canvas.instructure.com.")
@click.option("--client-id", required=True, help="The client id the LMS gave Newsline.")
@click.option("--deployment-id", "deployment_ids", multiple=True, required=True,
              help="A deployment id (repeat for several).")
@click.option("--auth-login-url", required=True, help="The platform's OIDC authorisation URL.")
@click.option("--auth-token-url", required=True, help="The platform's access token URL.")
@click.option("--key-set-url", required=True, help="The platform's public JWKS URL.")
@click.option("--auth-audience", default=None, help="Token audience, if the LMS wants one other than the token URL.")
@click.option("--update", is_flag=True, help="Change the existing registration for this issuer and client id.")
@with_appcontext
def register_command(name: str, issuer: str, client_id: str, deployment_ids: tuple[str, ...], auth_login_url: str,
                     auth_token_url: str, key_set_url: str, auth_audience: str | None, update: bool) -> None:
    """Register an LMS (LTI 1.3 platform) so its launches are accepted."""
    existing = db.session.execute(db.select(LtiPlatform).filter_by(issuer=issuer.strip(),
                                                                   client_id=client_id.strip())).scalar_one_or_none()
    if existing is not None and not update:
        raise click.ClickException(f"{issuer} / {client_id} is already registered (id {existing.id}); "
                                   "add --update to change it.")
    try:
        platform = save_platform(existing, name=name, issuer=issuer, client_id=client_id,
                                 deployment_ids=list(deployment_ids), auth_login_url=auth_login_url,
                                 auth_token_url=auth_token_url, key_set_url=key_set_url, auth_audience=auth_audience)
    except RegistrationError as e:
        raise click.ClickException(str(e)) from e
    db.session.commit()
    keys.current_key()
    click.echo(f"{'Updated' if existing else 'Registered'} {platform.name} (id {platform.id}): issuer {platform.issuer}, "
               f"client id {platform.client_id}, deployments {', '.join(platform.deployment_ids)}.")


@click.command("lti-rotate-key")
@with_appcontext
def rotate_key_command() -> None:
    """Publish a new tool key (it signs an hour later); the old one stays in the JWKS for the grace period."""
    key = keys.rotate_keys()
    click.echo(f"Published kid {key.kid}; it signs from {keys.PUBLISH_AHEAD.seconds // 60} minutes from now, "
               f"and the old key stays published for {keys.KEY_GRACE.days} days after that.")


@click.command("lti-post-grades")
@click.option("--limit", default=100, show_default=True, help="At most this many posts in one run.")
@with_appcontext
def post_grades_command(limit: int) -> None:
    """Send the grades still waiting for their LMS (run from cron: posts that failed are retried)."""
    sent, superseded, waiting = grades.send_due(limit)
    click.echo(f"{sent} grade(s) sent, {superseded} superseded by a later attempt's, {waiting} still waiting.")
    if waiting:
        raise click.exceptions.Exit(1)
