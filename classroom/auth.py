"""Teacher accounts: sign up, sign in (rate-limited), sign out, with Flask-Login."""
from __future__ import annotations

import hashlib
import hmac
from urllib.parse import urlsplit

from flask import (Blueprint, after_this_request, current_app, flash, g, redirect, render_template,
                   request, session, url_for)
from flask_login import current_user, login_required, login_user, logout_user
from itsdangerous import BadSignature, URLSafeSerializer
from werkzeug.security import check_password_hash, generate_password_hash

from .extensions import db, limiter, login_manager
from .models import User
from .security import https_in_use
from .teacher_forms import SignInForm, SignUpForm

bp = Blueprint("auth", __name__)

BAD_LOGIN = "That email and password do not match an account. Check both and try again."
# Only failed sign-ins count, so a school's teachers signing in from one address are never held up.
# Per address (the client's, once TRUSTED_PROXIES is set behind a proxy) against guessing many
# accounts; per account against guessing one account from many addresses.
SIGN_IN_LIMIT_PER_ADDRESS = "10 per minute; 50 per hour"
SIGN_IN_LIMIT_PER_ACCOUNT = "5 per minute; 30 per hour"
# A browser that signed in to an account before is counted apart for that account (OWASP's "device
# cookie"), so someone guessing at a teacher's account cannot lock the teacher out of their own laptop.
DEVICE_COOKIE = "newsline_device"
DEVICE_COOKIE_MAX_AGE = 400 * 24 * 3600
DEVICE_ACCOUNTS = 5           # a shared classroom computer remembers its last five teachers
# A real hash to compare against when the email is unknown, so both failures take the same time.
_DUMMY_HASH = generate_password_hash("not a real password")


@bp.record_once
def _configure_login(state) -> None:
    login_manager.login_view = "auth.sign_in"
    login_manager.login_message = "Sign in as a teacher to open that page."
    login_manager.login_message_category = "info"


def create_user(email: str, password: str, *, name: str = "", role: str = "teacher") -> User:
    """A new user with a salted scrypt hash of the password (added to the session, not committed)."""
    user = User(email=normalize_email(email), password_hash=generate_password_hash(password),
                name=name.strip(), role=role)
    db.session.add(user)
    return user


def normalize_email(email: str) -> str:
    return email.strip().lower()


def find_user(email: str) -> User | None:
    return db.session.execute(
        db.select(User).filter_by(email=normalize_email(email))).scalar_one_or_none()


def authenticate(email: str, password: str) -> User | None:
    """The user whose email and password these are, or None."""
    user = find_user(email)
    if user is None:
        check_password_hash(_DUMMY_HASH, password)
        return None
    return user if check_password_hash(user.password_hash, password) else None


def start_session(user: User) -> None:
    """Sign in on a fresh session: nothing from before is kept, and the CSRF token is a new one."""
    session.clear()
    g.pop("csrf_token", None)      # Flask-WTF's per-request copy of the token
    login_user(user)


def end_every_session(user: User) -> None:
    """Sign out here and on every other device: sessions carry a version that no longer matches."""
    user.session_version = (user.session_version or 0) + 1
    db.session.commit()
    logout_user()
    session.clear()


def _safe_next(target: str | None) -> str:
    """Only a path on this site (no scheme, no host) may be a redirect target after sign-in."""
    if target:
        parts = urlsplit(target)
        if not parts.scheme and not parts.netloc and target.startswith("/") and not target.startswith("//"):
            return target
    return url_for("teacher.dashboard")


SIGNED_UP = ("Thank you. If {email} had no account, it has one now: sign in with the password you "
             "just chose. If it already had one, sign in with that account's password.")


@bp.route("/signup", methods=["GET", "POST"])
@limiter.limit("10 per hour", methods=["POST"])
def sign_up():
    """Create a teacher account, then sign in.

    The answer is the same whether or not the email already has an account (that account is left
    untouched), so sign-up cannot be used to find out who has one; the password is hashed either
    way so both take about as long.
    """
    if current_user.is_authenticated:
        return redirect(url_for("teacher.dashboard"))
    form = SignUpForm()
    if form.validate_on_submit():
        email = normalize_email(form.email.data)
        if find_user(email) is None:
            create_user(email, form.password.data, name=form.name.data)
            db.session.commit()
        else:
            generate_password_hash(form.password.data)
        session["sign_in_email"] = email
        flash(SIGNED_UP.format(email=email), "info")
        return redirect(url_for("auth.sign_in", next=url_for("teacher.new_lesson")))
    return render_template("auth/sign_up.html", form=form), 422 if form.errors else 200


def _sign_in_failed(response) -> bool:
    return response.status_code == 401


def _account_key() -> str:
    """The per-account count: one for the account, and one for each browser that signed in to it."""
    email = normalize_email(request.form.get("email", ""))[:254]
    if _account_digest(email) in _known_accounts():
        device = hashlib.sha256(request.cookies[DEVICE_COOKIE].encode()).hexdigest()[:16]
        return f"account:{email}:device:{device}"
    return "account:" + email


def _device_serializer() -> URLSafeSerializer:
    return URLSafeSerializer(current_app.config["SECRET_KEY"], salt="newsline-known-device")


def _account_digest(email: str) -> str:
    """The account as the device cookie keeps it: a keyed hash, so the cookie names nobody."""
    key = current_app.config["SECRET_KEY"].encode()
    return hmac.new(key, b"device-account:" + email.encode(), hashlib.sha256).hexdigest()[:24]


def _known_accounts() -> list[str]:
    raw = request.cookies.get(DEVICE_COOKIE)
    if not raw:
        return []
    try:
        accounts = _device_serializer().loads(raw)
    except BadSignature:
        return []
    return [a for a in accounts if isinstance(a, str)] if isinstance(accounts, list) else []


def _remember_device(user: User) -> None:
    """Note on this browser that it signed in to this account (see SIGN_IN_LIMIT_PER_ACCOUNT)."""
    digest = _account_digest(user.email)
    accounts = [digest] + [a for a in _known_accounts() if a != digest][:DEVICE_ACCOUNTS - 1]
    value = _device_serializer().dumps(accounts)

    @after_this_request
    def set_cookie(response):
        response.set_cookie(DEVICE_COOKIE, value, max_age=DEVICE_COOKIE_MAX_AGE, httponly=True,
                            samesite="Lax", secure=https_in_use())
        return response


@bp.route("/signin", methods=["GET", "POST"])
@limiter.limit(SIGN_IN_LIMIT_PER_ADDRESS, methods=["POST"], deduct_when=_sign_in_failed)
@limiter.limit(SIGN_IN_LIMIT_PER_ACCOUNT, methods=["POST"], key_func=_account_key,
               deduct_when=_sign_in_failed)
def sign_in():
    """Sign in with email and password."""
    if current_user.is_authenticated:
        return redirect(url_for("teacher.dashboard"))
    form = SignInForm()
    if request.method == "GET" and not form.email.data:
        form.email.data = session.pop("sign_in_email", None)     # just signed up
    error = None
    if form.validate_on_submit():
        user = authenticate(form.email.data, form.password.data)
        if user is not None:
            start_session(user)
            _remember_device(user)
            return redirect(_safe_next(request.args.get("next")))
        error = BAD_LOGIN
    status = 401 if error else (422 if form.errors else 200)
    return render_template("auth/sign_in.html", form=form, error=error), status


@bp.post("/signout")
@login_required
def sign_out():
    """Sign out everywhere (POST with a CSRF token, so another site cannot sign a teacher out)."""
    end_every_session(current_user._get_current_object())
    flash("You are signed out, on this device and any other.", "info")
    return redirect(url_for("student.index"))
