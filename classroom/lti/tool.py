"""PyLTI1p3 wired to the database: registrations, OIDC login and a launch whose nonce is single-use.

PyLTI1p3's own storage only checks that a nonce was once issued, so a replayed launch, or a
captured id_token + state posted again from a browser without cookies, passes. Here each OIDC
login is a row keyed by the hash of its state; the launch must carry that login's own nonce,
and the row is consumed (a conditional UPDATE) only after every other check passed, so a
launch is accepted once. Because the state lives on the server, a launch inside a third-party
iframe needs no cookie at all (PyLTI1p3's state cookie is set with SameSite=None; Secure over
HTTPS, but nothing depends on it).
"""
from __future__ import annotations

import datetime as dt
import hashlib
import secrets
from typing import Any

import jwt
import requests
from flask import request
from pylti1p3.contrib.flask import FlaskMessageLaunch, FlaskOIDCLogin, FlaskRequest
from pylti1p3.deployment import Deployment
from pylti1p3.exception import LtiException, OIDCException
from pylti1p3.registration import Registration
from pylti1p3.session import SessionService
from pylti1p3.tool_config.abstract import ToolConfAbstract
from sqlalchemy import update

from ..extensions import db
from ..models import utcnow
from . import keys
from .models import LtiLogin, LtiPlatform

LOGIN_TTL = dt.timedelta(minutes=10)       # from OIDC login to launch: seconds in practice
HTTP_TIMEOUT = 10                           # seconds for any call to a platform


class LaunchRefused(Exception):
    """A launch or login that must not go further, with a message a teacher or student can act on."""

    def __init__(self, title: str, message: str, *, status: int = 400):
        super().__init__(message)
        self.title, self.message, self.status = title, message, status


def digest(value: str) -> str:
    return hashlib.sha256(value.encode()).hexdigest()


class PlatformSession(requests.Session):
    """requests with a timeout on every call, so a platform that hangs cannot hang a page."""

    def __init__(self) -> None:
        super().__init__()
        self.headers["User-Agent"] = "Newsline-LTI"

    def request(self, *args: Any, **kwargs: Any):
        kwargs.setdefault("timeout", HTTP_TIMEOUT)
        return super().request(*args, **kwargs)


# ------------------------------------------------------------------------- registrations

def find_platform(issuer: str, client_id: str | None) -> LtiPlatform | None:
    """The registration for this issuer and client id (client id may be left out if unique)."""
    query = db.select(LtiPlatform).filter_by(issuer=issuer)
    if client_id:
        return db.session.execute(query.filter_by(client_id=client_id)).scalar_one_or_none()
    rows = db.session.execute(query.limit(2)).scalars().all()
    return rows[0] if len(rows) == 1 else None


def registration_for(platform: LtiPlatform) -> Registration:
    """A PyLTI1p3 registration for this platform, signing with the tool's current key."""
    key = keys.current_key()
    reg = (Registration().set_issuer(platform.issuer).set_client_id(platform.client_id)
           .set_key_set_url(platform.key_set_url).set_auth_token_url(platform.auth_token_url)
           .set_auth_login_url(platform.auth_login_url)
           .set_tool_private_key(key.private_pem).set_tool_public_key(keys.public_pem(key)))
    if platform.auth_audience:
        reg.set_auth_audience(platform.auth_audience)
    return reg


class DatabaseToolConf(ToolConfAbstract):
    """Registrations and deployments read from the lti_platform table."""

    def __init__(self) -> None:
        self.platform: LtiPlatform | None = None

    def check_iss_has_one_client(self, iss: str) -> bool:
        return False        # always look up by issuer *and* client id

    def check_iss_has_many_clients(self, iss: str) -> bool:
        return True

    def find_registration_by_issuer(self, iss: str, *args: Any, **kwargs: Any) -> Registration | None:
        return self.find_registration_by_params(iss, None)

    def find_registration_by_params(self, iss: str, client_id: str | None, *args: Any,
                                    **kwargs: Any) -> Registration | None:
        self.platform = find_platform(iss, client_id)
        return registration_for(self.platform) if self.platform else None

    def find_deployment(self, iss: str, deployment_id: str) -> Deployment | None:
        return None

    def find_deployment_by_params(self, iss: str, deployment_id: str, client_id: str, *args: Any,
                                  **kwargs: Any) -> Deployment | None:
        platform = find_platform(iss, client_id)
        if platform is None or deployment_id not in (platform.deployment_ids or []):
            return None
        return Deployment().set_deployment_id(deployment_id)


class ServerSideSession(SessionService):
    """Keeps nothing in the browser session: logins are rows, launches are LtiLaunch rows."""

    def save_nonce(self, nonce: str) -> None:
        pass                                 # recorded with its state by NewslineOIDCLogin

    def check_nonce(self, nonce: str) -> bool:
        return False                         # never trusted: see NewslineMessageLaunch.validate_nonce

    def save_launch_data(self, key: str, jwt_body: Any) -> None:
        pass

    def get_launch_data(self, key: str) -> Any:
        return None

    def set_state_valid(self, state: str, id_token_hash: str) -> None:
        pass

    def check_state_is_valid(self, state: str, id_token_hash: str) -> bool:
        return False


def _flask_request() -> FlaskRequest:
    return FlaskRequest(request_is_secure=request.is_secure)


# ----------------------------------------------------------------------------- OIDC login

class NewslineOIDCLogin(FlaskOIDCLogin):
    """OIDC login initiation that records each login's state and nonce server-side."""

    def _get_uuid(self) -> str:
        return secrets.token_urlsafe(32)

    def _generate_nonce(self) -> str:
        nonce = secrets.token_urlsafe(32)
        self.issued_nonce = nonce
        return nonce

    def _prepare_redirect_url(self, launch_url: str) -> str:
        url = super()._prepare_redirect_url(launch_url)
        from urllib.parse import parse_qs, urlsplit

        state = parse_qs(urlsplit(url).query)["state"][0]
        platform = self._tool_config.platform
        db.session.add(LtiLogin(state_hash=digest(state), nonce_hash=digest(self.issued_nonce),
                                platform_id=platform.id))
        return url


def start_login(launch_url: str):
    """Answer a platform's login initiation with the redirect to its authorisation endpoint."""
    conf = DatabaseToolConf()
    flask_request = _flask_request()
    # Logins never launched (closed tabs) and launches past their lifetime are of no use: drop day-old ones.
    from .models import LtiLaunch

    a_day_ago = utcnow() - dt.timedelta(days=1)
    db.session.execute(db.delete(LtiLogin).where(LtiLogin.created < a_day_ago))
    db.session.execute(db.delete(LtiLaunch).where(LtiLaunch.expires < a_day_ago))
    login = NewslineOIDCLogin(flask_request, conf, session_service=ServerSideSession(flask_request))
    try:
        response = login.redirect(launch_url)
    except OIDCException as e:
        raise LaunchRefused("This LMS is not registered with Newsline",
                            f"The login could not start: {e}. Ask your Newsline administrator to register "
                            "this LMS (its issuer and client id) and try again.") from e
    db.session.commit()
    return response


# --------------------------------------------------------------------------------- launch

class NewslineMessageLaunch(FlaskMessageLaunch):
    """A launch validated in full, with a state and nonce that belong to one login, used once."""

    login: LtiLogin | None = None

    def validate_state(self) -> "NewslineMessageLaunch":
        state = self._get_request_param("state")
        if not state or len(state) > 200:
            raise LaunchRefused("This launch cannot be used", "The launch has no state: open the activity "
                                "again from your course.")
        login = db.session.execute(db.select(LtiLogin).filter_by(state_hash=digest(state))).scalar_one_or_none()
        if login is None:
            raise LaunchRefused("This launch cannot be used", "This launch was not started by Newsline "
                                "(unknown state). Open the activity again from your course.")
        if login.used is not None:
            raise LaunchRefused("This launch was already used",
                                "Each launch works once, and this one has been used already (a reloaded or "
                                "replayed launch). Open the activity again from your course.")
        if utcnow() - login.created > LOGIN_TTL:
            raise LaunchRefused("This launch has expired", "Too much time passed between the LMS login and "
                                "the launch. Open the activity again from your course.")
        self.login = login
        return self

    def validate_jwt_format(self) -> "NewslineMessageLaunch":
        try:
            return super().validate_jwt_format()
        except LtiException as e:
            raise LaunchRefused("This launch cannot be read", f"The LMS sent a launch Newsline could not read: {e}.") from e

    def validate_nonce(self) -> "NewslineMessageLaunch":
        nonce = self._jwt.get("body", {}).get("nonce")
        if not nonce or not isinstance(nonce, str) or self.login is None or digest(nonce) != self.login.nonce_hash:
            raise LaunchRefused("This launch cannot be used", "The launch's nonce does not belong to the login "
                                "that started it (a replayed or copied launch). Open the activity again from "
                                "your course.")
        return self

    def validate_registration(self) -> "NewslineMessageLaunch":
        body = self._jwt.get("body", {})
        try:
            super().validate_registration()
        except LtiException as e:
            raise LaunchRefused("This launch was not meant for Newsline",
                                f"No Newsline registration matches issuer “{body.get('iss')}” and audience "
                                f"“{body.get('aud')}” ({e}). Check the client id registered for this LMS.",
                                status=403) from e
        platform = self._tool_config.platform
        if platform is None or self.login is None or platform.id != self.login.platform_id:
            raise LaunchRefused("This launch was not meant for Newsline", "The launch comes from another "
                                "LMS registration than the login that started it.", status=403)
        aud = body.get("aud")
        audiences = aud if isinstance(aud, list) else [aud]
        if platform.client_id not in audiences or (len(audiences) > 1 and body.get("azp") != platform.client_id):
            raise LaunchRefused("This launch was not meant for Newsline",
                                "The launch's audience is not Newsline's client id.", status=403)
        return self

    def validate_jwt_signature(self) -> "NewslineMessageLaunch":
        # PyLTI1p3 leaves audience to validate_registration; exp and iat must be there and checked.
        self._jwt_verify_options = {"verify_aud": False, "require": ["exp", "iat"]}
        try:
            return super().validate_jwt_signature()
        except LtiException as e:
            if isinstance(e.__cause__, jwt.ExpiredSignatureError):
                raise LaunchRefused("This launch has expired", "The LMS's launch token has expired. Open the "
                                    "activity again from your course (and check the server clocks if this "
                                    "keeps happening).", status=403) from e
            if "Error during fetch URL" in str(e) or "Must be JSON" in str(e):
                raise LaunchRefused("The LMS could not be reached", "Newsline could not fetch the LMS's public "
                                    "keys to check this launch. Try again in a moment; if it goes on, ask your "
                                    "administrator to check the LMS's keyset URL.", status=502) from e
            raise LaunchRefused("This launch could not be verified",
                                f"The launch's signature does not match the keys the LMS publishes ({e}). "
                                "Nothing was recorded.", status=403) from e

    def validate_deployment(self) -> "NewslineMessageLaunch":
        try:
            return super().validate_deployment()
        except LtiException as e:
            deployment = self._jwt.get("body", {}).get("https://purl.imsglobal.org/spec/lti/claim/deployment_id")
            raise LaunchRefused("This LMS deployment is not registered",
                                f"Deployment “{deployment}” of this LMS is not registered with Newsline. "
                                "Ask your Newsline administrator to add this deployment id.", status=403) from e

    def validate_message(self) -> "NewslineMessageLaunch":
        try:
            return super().validate_message()
        except LtiException as e:
            raise LaunchRefused("This launch is incomplete", f"The LMS's launch is missing something: {e}.") from e

    def save_launch_data(self) -> "NewslineMessageLaunch":
        """Consume the login: the last check, so a refused launch never uses up a login."""
        claimed = db.session.execute(
            update(LtiLogin).where(LtiLogin.id == self.login.id, LtiLogin.used.is_(None))
            .values(used=utcnow()).execution_options(synchronize_session=False))
        if claimed.rowcount != 1:
            db.session.rollback()
            raise LaunchRefused("This launch was already used", "Each launch works once, and this one "
                                "has been used already. Open the activity again from your course.")
        return self


def validate_launch() -> NewslineMessageLaunch:
    """The launch in this request, validated in full and its login consumed (not yet committed)."""
    conf = DatabaseToolConf()
    flask_request = _flask_request()
    launch = NewslineMessageLaunch(flask_request, conf, session_service=ServerSideSession(flask_request),
                                   requests_session=PlatformSession())
    try:
        launch.validate()
    except LaunchRefused:
        db.session.rollback()
        raise
    except LtiException as e:
        db.session.rollback()
        raise LaunchRefused("This launch could not be accepted", f"{e}.") from e
    return launch


def service_connector(platform: LtiPlatform):
    """A PyLTI1p3 service connector (access tokens, AGS and NRPS calls) for this platform."""
    from pylti1p3.service_connector import ServiceConnector

    return ServiceConnector(registration_for(platform), PlatformSession())
