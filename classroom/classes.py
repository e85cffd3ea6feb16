"""Students and classes: join with a code and a name, sign back in with a resume code, see assignments."""
from __future__ import annotations

import base64
import hashlib
import hmac
import secrets

from flask import Blueprint, current_app, flash, g, redirect, render_template, request, session, url_for
from flask_limiter.util import get_remote_address

from .authoring import JOIN_CODE_ALPHABET, normalize_join_code
from .extensions import db, limiter
from .learners import current_learner, hash_secret, remember_learner
from .models import Assignment, Attempt, Classroom, Learner
from .teacher_forms import ActionForm, JoinForm, ResumeForm

bp = Blueprint("classes", __name__)

RESUME_GROUPS, RESUME_GROUP_LENGTH = 3, 4     # "ABCD-EFGH-JKLM": about 59 bits, easy to copy
# Guessing limits count only codes that match nothing, so a class joining (or signing back in)
# from one school network is never held up; joins are also capped per address and class code.
WRONG_CODES_PER_ADDRESS = "10 per minute; 30 per hour"
JOINS_PER_ADDRESS_AND_CODE = "100 per hour"


def _wrong_code(response) -> bool:
    return g.get("wrong_code", False)


def _joined(response) -> bool:
    return response.status_code == 302 and not g.get("wrong_code", False)


def _address_and_code() -> str:
    return f"{get_remote_address()}:{normalize_join_code(request.form.get('code', ''))[:16]}"


def new_resume_code() -> str:
    return "-".join("".join(secrets.choice(JOIN_CODE_ALPHABET) for _ in range(RESUME_GROUP_LENGTH))
                    for _ in range(RESUME_GROUPS))


def normalize_resume_code(code: str) -> str:
    raw = normalize_join_code(code)
    return "-".join(raw[i:i + RESUME_GROUP_LENGTH] for i in range(0, len(raw), RESUME_GROUP_LENGTH))


def token_for(resume_code: str) -> str:
    """The learner's cookie token, derived from the resume code, so every device they sign in on
    shares one token and signing in on a phone does not sign the Chromebook out."""
    key = current_app.config["SECRET_KEY"].encode()
    digest = hmac.new(key, b"learner-token:" + resume_code.encode(), hashlib.sha256).digest()
    return base64.urlsafe_b64encode(digest).decode().rstrip("=")


def give_resume_code(learner: Learner) -> str:
    """A fresh resume code for the learner, remembered on this device (older codes stop working)."""
    code = new_resume_code()
    learner.resume_code_hash = hash_secret(code)
    token = token_for(code)
    learner.token_hash = hash_secret(token)
    remember_learner(token)
    return code


def join_classroom(classroom: Classroom, display_name: str) -> tuple[Learner, str]:
    """Put this device's learner in the class (a guest keeps their attempts), or start a new one."""
    learner = current_learner()
    if learner is None or learner.classroom_id is not None or learner.resume_code_hash is not None:
        learner = Learner(display_name=display_name, token_hash="")
        db.session.add(learner)
    learner.display_name = display_name.strip()
    learner.classroom = classroom
    return learner, give_resume_code(learner)


def find_by_resume_code(code: str) -> Learner | None:
    return db.session.execute(db.select(Learner).filter_by(
        resume_code_hash=hash_secret(normalize_resume_code(code)))).scalar_one_or_none()


@bp.route("/join", methods=["GET", "POST"])
@limiter.limit(WRONG_CODES_PER_ADDRESS, methods=["POST"], deduct_when=_wrong_code)
@limiter.limit(JOINS_PER_ADDRESS_AND_CODE, methods=["POST"], key_func=_address_and_code, deduct_when=_joined)
def join():
    """Join a class with the teacher's code and a display name (no email)."""
    form = JoinForm()
    if request.method == "GET" and request.args.get("code"):
        form.code.data = normalize_join_code(request.args["code"])[:16]   # the teacher's join link
    if form.validate_on_submit():
        classroom = db.session.execute(db.select(Classroom).filter_by(
            join_code=normalize_join_code(form.code.data))).scalar_one_or_none()
        if classroom is None:
            g.wrong_code = True
            form.code.errors.append("No class has this code. Check it with your teacher.")
        else:
            _, code = join_classroom(classroom, form.display_name.data)
            db.session.commit()
            session["resume_code"] = code
            return redirect(url_for("classes.my_class"))
    return render_template("classes/join.html", form=form), 422 if form.errors else 200


@bp.route("/resume", methods=["GET", "POST"])
@limiter.limit(WRONG_CODES_PER_ADDRESS, methods=["POST"], deduct_when=_wrong_code)
def resume():
    """Sign back in on another device with a resume code."""
    form = ResumeForm()
    if form.validate_on_submit():
        learner = find_by_resume_code(form.code.data)
        if learner is None:
            g.wrong_code = True
            form.code.errors.append("This resume code is not right. Check each letter and try again.")
        else:
            token = token_for(normalize_resume_code(form.code.data))
            learner.token_hash = hash_secret(token)     # unchanged, unless the secret key was rotated
            db.session.commit()
            remember_learner(token)
            flash(f"Welcome back, {learner.display_name}.", "info")
            return redirect(url_for("classes.my_class"))
    return render_template("classes/resume.html", form=form), 422 if form.errors else 200


@bp.get("/my-class")
def my_class():
    """The learner's class and its assignments, with what they have done."""
    learner = current_learner()
    classroom = learner.classroom if learner else None
    assignments: list[tuple[Assignment, list[Attempt]]] = []
    if classroom is not None:
        done: dict[int, list[Attempt]] = {}
        for a in learner.attempts:
            if a.submitted is not None:
                done.setdefault(a.lesson_id, []).append(a)
        assignments = [(a, done.get(a.lesson_id, [])) for a in classroom.assignments
                       if a.lesson.is_published]
    return render_template("classes/my_class.html", learner=learner, classroom=classroom,
                           assignments=assignments, resume_code=session.pop("resume_code", None),
                           form=ActionForm())


@bp.post("/my-class/resume-code")
def new_code():
    """Replace a lost resume code (other devices will need the new one)."""
    learner = current_learner()
    form = ActionForm()
    if learner is None or learner.classroom_id is None or not form.validate_on_submit():
        return redirect(url_for("classes.join"))
    session["resume_code"] = give_resume_code(learner)
    db.session.commit()
    return redirect(url_for("classes.my_class"))
