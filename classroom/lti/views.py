"""LTI endpoints (login, launch, JWKS, configuration) and the pages shown inside the LMS.

Pages inside the LMS iframe are addressed by the launch token in their URL: third-party
iframes often get no cookies (SameSite, blocked third-party cookies), so nothing here relies
on the session or the learner cookie. The token is a 256-bit secret, which also makes it the
CSRF token of these forms (another site cannot know it); it expires with the launch.
"""
from __future__ import annotations

from urllib.parse import urlsplit

from flask import (Blueprint, abort, current_app, g, jsonify, make_response, redirect, render_template,
                   request, url_for)
from pylti1p3.deep_link import DeepLink
from pylti1p3.deep_link_resource import DeepLinkResource
from pylti1p3.lineitem import LineItem
from sqlalchemy.exc import IntegrityError

from .. import progress
from ..auth import start_session
from ..authoring import assignable_lessons
from ..dashboard import results as assignment_results
from ..extensions import db
from ..forms import answers_from, quiz_form
from ..models import Attempt, Lesson
from . import grades, keys
from .launches import launch_by_token, record_launch
from .models import GRADE_POLICIES, LtiLaunch
from .roster import sync_roster
from .tool import LaunchRefused, registration_for, start_login, validate_launch

bp = Blueprint("lti", __name__, url_prefix="/lti")

AGS_SCOPES = ["https://purl.imsglobal.org/spec/lti-ags/scope/lineitem",
              "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem.readonly",
              "https://purl.imsglobal.org/spec/lti-ags/scope/result.readonly",
              "https://purl.imsglobal.org/spec/lti-ags/scope/score",
              "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly"]


# Messages for the next page, named in its URL (?notice=): flash() would need the session cookie,
# which a third-party iframe does not send back.
NOTICES = {
    "quiz-expired": "That quiz form had expired, so here is a fresh one. Nothing was recorded.",
    "no-roster": "This LMS does not offer its course roster to Newsline.",
    "roster-failed": "The course roster could not be read from the LMS just now; learners still appear "
                     "when they open the quiz.",
    "roster-updated": "The roster is updated from the LMS.",
    "policy-best": "From now on the gradebook gets each learner's best attempt.",
    "policy-latest": "From now on the gradebook gets each learner's latest attempt.",
}


@bp.before_request
def _inside_the_lms() -> None:
    g.embeddable = True      # these pages live in the LMS's iframe


@bp.context_processor
def _notice() -> dict:
    return {"lti_notice": NOTICES.get(request.args.get("notice", ""))}


@bp.errorhandler(LaunchRefused)
def refused(e: LaunchRefused):
    db.session.rollback()
    current_app.logger.info("LTI launch refused: %s", e.message)
    return render_template("lti/refused.html", title=e.title, message=e.message), e.status


# ------------------------------------------------------------------ endpoints the LMS calls

@bp.route("/login", methods=["GET", "POST"])
def login():
    """OIDC login initiation (third-party initiated login)."""
    return start_login(url_for("lti.launch", _external=True))


@bp.post("/launch")
def launch():
    """The launch (resource link or deep linking): validate fully, record, go to the right page."""
    message = validate_launch()
    platform = message.get_tool_conf().platform
    try:
        record, token = record_launch(platform, message.get_launch_data())
        db.session.commit()
    except IntegrityError:
        # Two first launches in one course at once both made its class: use the one that won.
        db.session.rollback()
        message.save_launch_data()
        record, token = record_launch(platform, message.get_launch_data())
        db.session.commit()
    notice = None
    if record.role == "instructor" and record.context and record.context.nrps_url:
        notice = _sync_roster_quietly(record)
    return redirect(url_for("lti.home", token=token, notice=None if notice == "roster-updated" else notice))


@bp.get("/jwks")
def jwks():
    """The tool's public keys, as {"keys": [...]} (current key first, retired ones for a grace period)."""
    response = jsonify(keys.jwks())
    response.headers["Cache-Control"] = "public, max-age=3600"
    return response


def tool_configuration() -> dict:
    """What an LMS admin needs to register Newsline (also in Canvas's JSON configuration shape)."""
    launch_url = url_for("lti.launch", _external=True)
    return {
        "title": "Newsline",
        "description": "News articles as timelines and comprehension quizzes, with grades sent back.",
        "oidc_initiation_url": url_for("lti.login", _external=True),
        "target_link_uri": launch_url,
        "redirect_uris": [launch_url],
        "deep_link_url": launch_url,
        "public_jwk_url": url_for("lti.jwks", _external=True),
        "scopes": AGS_SCOPES,
        "custom_fields": {},
        "extensions": [{
            "platform": "canvas.instructure.com", "privacy_level": "name_only",
            "settings": {"placements": [
                {"placement": "link_selection", "message_type": "LtiDeepLinkingRequest",
                 "target_link_uri": launch_url},
                {"placement": "assignment_selection", "message_type": "LtiDeepLinkingRequest",
                 "target_link_uri": launch_url}]}}],
    }


@bp.get("/config.json")
def config_json():
    return jsonify(tool_configuration())


@bp.get("/config")
def config_page():
    g.embeddable = False
    return render_template("lti/config.html", config=tool_configuration())


# ------------------------------------------------------------------ pages inside the LMS

def current_launch(token: str, *, role: str | None = None) -> LtiLaunch:
    launch = launch_by_token(token)
    if launch is None:
        raise LaunchRefused("This page has expired", "Open the activity again from your course: Newsline "
                            "pages opened from an LMS stay valid for a few hours.", status=403)
    if role and launch.role != role:
        raise LaunchRefused("This page is not for you", "This page is for the course's instructors.", status=403)
    return launch


@bp.get("/s/<token>/")
def home(token: str):
    launch = current_launch(token)
    notice = request.args.get("notice") if request.args.get("notice") in NOTICES else None
    if launch.message_type == "LtiDeepLinkingRequest":
        return redirect(url_for("lti.pick_lesson", token=token))
    if launch.link is None or launch.link.lesson is None:
        return render_template("lti/no_lesson.html", launch=launch), 404
    if launch.role == "instructor":
        return redirect(url_for("lti.dashboard", token=token, notice=notice))
    return redirect(url_for("lti.quiz", token=token))


@bp.route("/s/<token>/quiz", methods=["GET", "POST"])
def quiz(token: str):
    """The link's quiz for the LMS learner; marked once however often it is sent; score sent to the LMS."""
    launch = current_launch(token, role="learner")
    link = launch.link
    lesson = link.lesson if link else None
    if lesson is None or not lesson.is_published or not lesson.quiz_questions:
        return render_template("lti/no_lesson.html", launch=launch), 404
    learner = launch.lti_user.learner
    if request.method == "POST":
        key = (request.form.get("idempotency_key") or "")[:64]
        attempt = progress.find_attempt(learner, key) if key else None
        if attempt is None or attempt.lesson_id != lesson.id:
            return redirect(url_for("lti.quiz", token=token, notice="quiz-expired"))
        if attempt.submitted is None:
            form = quiz_form(attempt.questions, meta={"csrf": False})
            if not form.validate_on_submit():
                return render_template("lti/quiz.html", launch=launch, token=token, lesson=lesson,
                                       attempt=attempt, form=form), 422
            progress.submit_attempt(attempt, answers_from(form, attempt.questions))
        return redirect(url_for("lti.result", token=token, attempt_id=attempt.id))
    attempt = progress.open_attempt(learner, lesson)
    attempt.assignment_id = link.assignment_id
    db.session.commit()
    form = quiz_form(attempt.questions, idempotency_key=attempt.idempotency_key, meta={"csrf": False})
    return render_template("lti/quiz.html", launch=launch, token=token, lesson=lesson, attempt=attempt, form=form)


@bp.get("/s/<token>/attempts/<int:attempt_id>")
def result(token: str, attempt_id: int):
    launch = current_launch(token, role="learner")
    attempt = db.session.get(Attempt, attempt_id)
    if attempt is None or attempt.learner_id != launch.lti_user.learner_id or attempt.submitted is None:
        abort(404, "There is no result with that number for you.")
    post = db.session.execute(db.select(grades.LtiGradePost).filter_by(attempt_id=attempt.id)).scalar_one_or_none()
    return render_template("lti/result.html", launch=launch, token=token, attempt=attempt, lesson=attempt.lesson,
                           lines=progress.feedback(attempt), post=post)


@bp.get("/s/<token>/dashboard")
def dashboard(token: str):
    """The course's results for this link's lesson (the Newsline class made from the LMS course)."""
    launch = current_launch(token, role="instructor")
    link = launch.link
    if link is None or link.assignment is None:
        return render_template("lti/no_lesson.html", launch=launch), 404
    res = assignment_results(link.assignment)
    posts = db.session.execute(db.select(grades.LtiGradePost).filter_by(link_id=link.id)).scalars().all()
    return render_template("lti/dashboard.html", launch=launch, token=token, link=link, res=res,
                           classroom=launch.context.classroom, policies=GRADE_POLICIES,
                           pending=sum(1 for p in posts if p.status != "sent"), sent=sum(1 for p in posts if p.status == "sent"))


@bp.post("/s/<token>/policy")
def set_policy(token: str):
    launch = current_launch(token, role="instructor")
    policy = request.form.get("grade_policy")
    if launch.link is None or policy not in GRADE_POLICIES:
        abort(400, "Choose “best” or “latest”.")
    launch.link.grade_policy = policy
    db.session.commit()
    return redirect(url_for("lti.dashboard", token=token, notice="policy-" + policy))


@bp.post("/s/<token>/roster")
def refresh_roster(token: str):
    launch = current_launch(token, role="instructor")
    return redirect(url_for("lti.dashboard", token=token, notice=_sync_roster_quietly(launch)))


def _sync_roster_quietly(launch: LtiLaunch) -> str:
    """Fill the class from the LMS roster (a failing LMS must not stop the teacher's page); the notice."""
    from pylti1p3.exception import LtiException
    from requests import RequestException

    if launch.context is None or not launch.context.nrps_url:
        return "no-roster"
    try:
        sync_roster(launch.context)
    except (LtiException, RequestException, ValueError) as e:
        db.session.rollback()
        current_app.logger.warning("NRPS roster sync failed: %s", e)
        return "roster-failed"
    return "roster-updated"


@bp.route("/s/<token>/deep-link", methods=["GET", "POST"])
def pick_lesson(token: str):
    """Deep linking: the instructor picks a published lesson; it goes back as a link with a line item."""
    launch = current_launch(token, role="instructor")
    if launch.message_type != "LtiDeepLinkingRequest" or not launch.deep_linking:
        abort(404, "This launch was not a request to add content.")
    teacher = launch.lti_user.user
    lessons = assignable_lessons(teacher)
    if request.method == "POST":
        lesson = db.session.get(Lesson, request.form.get("lesson_id", type=int) or 0)
        if lesson is None or lesson not in lessons:
            abort(404, "There is no published lesson with that number for you.")
        return _deep_link_response(launch, lesson)
    return render_template("lti/deep_link.html", launch=launch, token=token, lessons=lessons)


@bp.post("/s/<token>/write-lesson")
def write_lesson(token: str):
    """From the picker, in a new tab (first-party, so cookies work): the instructor's Newsline
    account, signed in, on the new-lesson page; once published, the lesson shows in the picker."""
    launch = current_launch(token, role="instructor")
    if launch.lti_user.user is None:
        abort(404, "This launch has no Newsline teacher account.")
    start_session(launch.lti_user.user)
    return redirect(url_for("teacher.new_lesson"))


def _deep_link_response(launch: LtiLaunch, lesson: Lesson):
    quiz_size = len(lesson.quiz_questions)
    resource = (DeepLinkResource().set_url(url_for("lti.launch", _external=True)).set_title(lesson.title)
                .set_custom_params({"lesson": lesson.slug}))
    if quiz_size:
        resource.set_lineitem(LineItem().set_label(lesson.title[:200]).set_score_maximum(quiz_size)
                              .set_resource_id(lesson.slug).set_tag("newsline"))
    deep_link = DeepLink(registration_for(launch.platform), launch.deployment_id, launch.deep_linking)
    jwt_value = deep_link.get_response_jwt([resource])
    return_url = launch.deep_linking["deep_link_return_url"]
    parts = urlsplit(return_url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        abort(400, "The LMS gave no usable address to send the lesson back to.")
    response = make_response(render_template("lti/deep_link_return.html", return_url=return_url,
                                             jwt_value=jwt_value, lesson=lesson))
    # The form goes to the LMS, so form-action must name it (the app's default is 'self' only).
    response.headers["Content-Security-Policy"] = (
        "default-src 'self'; style-src 'self' 'unsafe-inline'; script-src 'self'; object-src 'none'; "
        f"base-uri 'self'; form-action 'self' {parts.scheme}://{parts.netloc}; frame-ancestors *")
    return response


@bp.record_once
def _connect_grade_hook(state) -> None:
    progress.attempt_submitted.connect(_post_grade)


def _post_grade(attempt: Attempt, **kwargs) -> None:
    """After any attempt is marked: if it belongs to an LMS learner, send the score (never raises)."""
    try:
        grades.on_attempt_submitted(attempt)
    except Exception:  # noqa: BLE001  (a grade post must never break a student's submit)
        db.session.rollback()
        current_app.logger.exception("Queueing the LTI grade for attempt %s failed", attempt.id)
