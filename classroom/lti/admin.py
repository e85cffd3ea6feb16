"""Admin pages for LTI: platform registrations and the tool's signing keys (admins only)."""
from __future__ import annotations

from flask import Blueprint, abort, flash, redirect, render_template, url_for
from flask_login import current_user, login_required

from ..extensions import db
from ..teacher_forms import ActionForm
from . import keys
from .forms import PlatformForm
from .models import LtiPlatform, LtiToolKey

bp = Blueprint("lti_admin", __name__, url_prefix="/admin/lti")


class RegistrationError(ValueError):
    """A registration that clashes with another one."""


@bp.before_request
@login_required
def _admins_only() -> None:
    if not current_user.is_admin:
        abort(403, "LMS registrations are managed by Newsline administrators.")


def save_platform(platform: LtiPlatform | None, *, name: str, issuer: str, client_id: str,
                  deployment_ids: list[str], auth_login_url: str, auth_token_url: str, key_set_url: str,
                  auth_audience: str | None = None) -> LtiPlatform:
    """Create or update a registration (the caller commits); RegistrationError on a duplicate."""
    issuer, client_id = issuer.strip(), client_id.strip()
    clash = db.session.execute(db.select(LtiPlatform).filter_by(issuer=issuer, client_id=client_id)).scalar_one_or_none()
    if clash is not None and clash is not platform:
        raise RegistrationError(f"There is already a registration for issuer {issuer} and client id {client_id}.")
    if not deployment_ids:
        raise RegistrationError("Give at least one deployment id.")
    if platform is None:
        platform = LtiPlatform()
        db.session.add(platform)
    platform.name, platform.issuer, platform.client_id = name.strip(), issuer, client_id
    platform.deployment_ids = sorted(set(d.strip() for d in deployment_ids if d.strip()))
    platform.auth_login_url, platform.auth_token_url = auth_login_url.strip(), auth_token_url.strip()
    platform.key_set_url, platform.auth_audience = key_set_url.strip(), (auth_audience or "").strip() or None
    return platform


@bp.get("/")
def platforms():
    rows = db.session.execute(db.select(LtiPlatform).order_by(LtiPlatform.name)).scalars().all()
    tool_keys = db.session.execute(db.select(LtiToolKey).order_by(LtiToolKey.created.desc())).scalars().all()
    return render_template("lti/admin_platforms.html", platforms=rows, tool_keys=tool_keys,
                           form=ActionForm(), grace_days=keys.KEY_GRACE.days)


@bp.route("/new", methods=["GET", "POST"])
def new_platform():
    return _edit(None)


@bp.route("/<int:platform_id>", methods=["GET", "POST"])
def edit_platform(platform_id: int):
    return _edit(db.get_or_404(LtiPlatform, platform_id, description="There is no LMS registration with that number."))


def _edit(platform: LtiPlatform | None):
    form = PlatformForm(obj=platform)
    if platform is not None and not form.is_submitted():
        form.deployment_ids.data = "\n".join(platform.deployment_ids or [])
    if form.validate_on_submit():
        try:
            save_platform(platform, name=form.name.data, issuer=form.issuer.data, client_id=form.client_id.data,
                          deployment_ids=form.deployments(), auth_login_url=form.auth_login_url.data,
                          auth_token_url=form.auth_token_url.data, key_set_url=form.key_set_url.data,
                          auth_audience=form.auth_audience.data)
        except RegistrationError as e:
            db.session.rollback()
            form.client_id.errors.append(str(e))
        else:
            db.session.commit()
            flash("The LMS registration is saved.", "info")
            return redirect(url_for("lti_admin.platforms"))
    return render_template("lti/admin_platform_form.html", form=form, platform=platform), 422 if form.errors else 200


@bp.post("/<int:platform_id>/delete")
def delete_platform(platform_id: int):
    platform = db.get_or_404(LtiPlatform, platform_id, description="There is no LMS registration with that number.")
    if not ActionForm().validate_on_submit():
        abort(400, "The form had expired. Try again.")
    db.session.delete(platform)
    db.session.commit()
    flash(f"The registration of {platform.name} is deleted; its launches no longer work.", "info")
    return redirect(url_for("lti_admin.platforms"))


@bp.post("/keys/rotate")
def rotate():
    if not ActionForm().validate_on_submit():
        abort(400, "The form had expired. Try again.")
    key = keys.rotate_keys()
    flash(f"New key {key.kid[:12]}… is published and signs from {keys.PUBLISH_AHEAD.seconds // 60} minutes on; "
          f"the old one stays published for {keys.KEY_GRACE.days} days after that.", "info")
    return redirect(url_for("lti_admin.platforms"))
