"""Forms for the LTI admin pages: a platform registration."""
from __future__ import annotations

from flask_wtf import FlaskForm
from wtforms import StringField, TextAreaField
from wtforms.validators import URL, DataRequired, Length, Optional


class PlatformForm(FlaskForm):
    """An LMS registration: what the LMS admin gives back after adding Newsline as a tool."""

    name = StringField("Name", validators=[DataRequired(), Length(max=120)])
    issuer = StringField("Issuer (iss)", validators=[DataRequired(), Length(max=300)])
    client_id = StringField("Client id", validators=[DataRequired(), Length(max=300)])
    deployment_ids = TextAreaField("Deployment ids (one a line)", validators=[DataRequired(), Length(max=4000)])
    auth_login_url = StringField("Authorisation (OIDC auth) URL",
                                 validators=[DataRequired(), URL(require_tld=False), Length(max=500)])
    auth_token_url = StringField("Access token URL",
                                 validators=[DataRequired(), URL(require_tld=False), Length(max=500)])
    key_set_url = StringField("Platform JWKS (public keyset) URL",
                              validators=[DataRequired(), URL(require_tld=False), Length(max=500)])
    auth_audience = StringField("Token audience (only if the LMS asks for one)",
                                validators=[Optional(), Length(max=500)])

    def deployments(self) -> list[str]:
        return [line.strip() for line in (self.deployment_ids.data or "").splitlines() if line.strip()]
