"""Student pages: lessons, the timeline, quizzes with evidence feedback, progress and review."""
from __future__ import annotations

import base64
import hashlib
import hmac
from types import SimpleNamespace

from flask import (Blueprint, abort, current_app, flash, make_response, redirect, render_template,
                   request, session, url_for)
from flask_login import current_user
from markupsafe import Markup

from . import charts, progress
from .extensions import db
from .forms import answers_from, quiz_form
from .learners import (anonymous_submit_limit, browser_token, cookie_token, current_learner,
                       learner_id_for_submit)
from .lessons import lesson_or_404, sorted_events
from .models import Assignment, Attempt, Learner, Lesson
from .pagecache import conditional, lesson_cache

bp = Blueprint("student", __name__)

PERSONAL_MARK = "<!--newsline:personal-->"     # where a learner's own results go in a cached page


def get_visible_lesson(slug: str) -> Lesson:
    """A published lesson, or a draft its owner (or an admin) is previewing; 404 otherwise."""
    return lesson_or_404(slug, viewer=current_user)


@bp.get("/")
def index():
    """Home: the published lessons."""
    lessons = db.session.execute(
        db.select(Lesson).filter_by(status="published").order_by(Lesson.created.desc())).scalars().all()
    return render_template("student/index.html", lessons=lessons, learner=current_learner())


@bp.get("/lessons/<slug>")
def lesson(slug: str):
    """The article with addressable sentences, its timeline, and the start-quiz button.

    A published lesson's page is rendered once per version and host and served from the cache;
    only the learner's own line (their best score here) is rendered per request. Signed-in
    teachers and pending flash messages get a fresh render, since the page header differs.
    """
    ref = lesson_cache().ref(slug)
    # No session cookie: nobody signed in, no flash messages, so no need to open the session.
    plain = current_app.config["SESSION_COOKIE_NAME"] not in request.cookies or not (
        current_user.is_authenticated or session.get("_flashes"))
    if ref is None or not ref.is_published or not plain:
        lesson = get_visible_lesson(slug)
        response = make_response(_render_lesson_page(lesson, _personal_part(lesson.id)))
        response.headers["Cache-Control"] = "private, no-cache"
        return response
    page = lesson_cache().get_or_make(
        ("page", ref.id, ref.version, request.host),
        lambda: _render_lesson_page(db.session.get(Lesson, ref.id), Markup(PERSONAL_MARK)).encode())
    personal = _personal_part(ref.id) if cookie_token() else ""
    etag = ref.etag("page", request.host, personal) if personal else ref.etag("page", request.host)
    return conditional(lambda: page.replace(PERSONAL_MARK.encode(), personal.encode()) if personal else page,
                       etag=etag, last_modified=ref.updated, mimetype="text/html",
                       private=bool(personal), shared_as=ref)


def _render_lesson_page(lesson: Lesson, personal: str) -> str:
    paragraphs: dict[int, list[dict]] = {}
    for s in lesson.sentences or ():
        paragraphs.setdefault(s.get("paragraph", 0), []).append(s)
    return render_template("student/lesson.html", lesson=lesson, paragraphs=list(paragraphs.values()),
                           events=sorted_events(lesson), figure_json=charts.timeline_figure_html(lesson),
                           format_date=charts.format_date, quiz_size=len(lesson.quiz_questions),
                           personal=personal)


def _personal_part(lesson_id: int) -> str:
    """This learner's best score on the lesson (empty for a visitor who has not tried it)."""
    learner = current_learner()
    if learner is None:
        return ""
    row = db.session.execute(
        db.select(Attempt.score, Attempt.max_score, db.func.count().over().label("n"))
        .filter(Attempt.learner_id == learner.id, Attempt.lesson_id == lesson_id,
                Attempt.submitted.is_not(None))
        .order_by(Attempt.score.desc()).limit(1)).first()
    if row is None:
        return ""
    best = {"score": row.score, "max_score": row.max_score, "attempts": row.n}
    return render_template("student/_my_lesson_progress.html", best=best)


def _quiz_key(token: str, learner_id: int | None, plan: progress.QuizPlan) -> str:
    """The idempotency key of the quiz this browser would take now: the same on a reload (so the
    options keep their order), new once an attempt at it is stored. Derived, so nothing is
    written when a quiz is only opened."""
    done = 0
    if learner_id is not None:
        done = db.session.execute(
            db.select(db.func.count()).select_from(Attempt)
            .filter(Attempt.learner_id == learner_id, Attempt.lesson_id == plan.lesson_id)).scalar_one()
    message = f"quiz:{token}:{plan.lesson_id}:{done}:{','.join(map(str, plan.ids))}".encode()
    digest = hmac.new(current_app.config["SECRET_KEY"].encode(), message, hashlib.sha256).digest()
    return "w" + base64.urlsafe_b64encode(digest).decode().rstrip("=")[:42]


@bp.route("/lessons/<slug>/quiz", methods=["GET", "POST"])
@anonymous_submit_limit
def take_quiz(slug: str):
    """Show the quiz as a form; mark it once on submit, however often it is sent.

    Opening the quiz writes nothing (a crawler costs no rows): the form's key is derived from the
    browser's cookie, and the learner (a guest if need be) and the attempt are stored together
    when the answers arrive.
    """
    lesson = get_visible_lesson(slug)
    plan = progress.quiz_plan_for(lesson)
    if not plan.questions:
        flash("This lesson has no quiz yet.", "info")
        return redirect(url_for("student.lesson", slug=slug))
    token = browser_token()
    learner = current_learner()
    expected = _quiz_key(token, learner.id if learner else None, plan)
    if request.method == "POST":
        key = "".join(c for c in (request.form.get("idempotency_key") or "")[:64] if "!" <= c <= "~")
        attempt = progress.find_attempt(learner, key) if (key and learner) else None
        if attempt is not None and attempt.lesson_id == lesson.id:
            if attempt.submitted is not None:
                return redirect(url_for("student.result", attempt_id=attempt.id))
            return _submit_open_attempt(lesson, attempt, key)     # one opened before this version
        if key != expected:
            flash("That quiz form had expired, so here is a fresh one. Nothing was recorded.", "info")
            return redirect(url_for("student.take_quiz", slug=slug))
        seed = progress.seed_for_key(key)
        snaps = plan.snapshots(seed)
        form = quiz_form(snaps)
        if form.validate_on_submit() and form.idempotency_key.data == key:
            with progress.serialized_writes():
                learner_id, _ = learner_id_for_submit(token)
                recorded = progress.record_attempt(
                    learner_id, plan, snaps, answers_from(form, snaps), key=key, seed=seed, via="web",
                    assignment_id=_assignment_for(learner_id, lesson))
                if recorded is not None:
                    db.session.commit()
            if recorded is None:    # a twin request stored it first: show that one
                attempt = db.session.execute(db.select(Attempt).filter_by(
                    learner_id=learner_id, idempotency_key=key)).scalar_one()
                return redirect(url_for("student.result", attempt_id=attempt.id))
            return redirect(url_for("student.result", attempt_id=recorded.id))
        return _quiz_page(lesson, snaps, form, status=422)
    snaps = plan.snapshots(progress.seed_for_key(expected))
    return _quiz_page(lesson, snaps, quiz_form(snaps, idempotency_key=expected))


def _quiz_page(lesson: Lesson, snaps: list[dict], form, status: int = 200):
    response = make_response(render_template("student/quiz.html", lesson=lesson,
                                             attempt=SimpleNamespace(questions=snaps), form=form), status)
    response.headers["Cache-Control"] = "private, no-store"    # the form carries this browser's key
    return response


def _submit_open_attempt(lesson: Lesson, attempt: Attempt, key: str):
    """An unfinished attempt stored by an older version of this page: marked as before."""
    form = quiz_form(attempt.questions)
    if form.validate_on_submit() and form.idempotency_key.data == key:
        progress.submit_attempt(attempt, answers_from(form, attempt.questions))
        return redirect(url_for("student.result", attempt_id=attempt.id))
    return _quiz_page(lesson, attempt.questions, form, status=422)


def _assignment_for(learner_id: int, lesson: Lesson) -> int | None:
    """The assignment named in ?assignment= (kept in the form's address), if it is this lesson's
    and in the learner's class."""
    assignment_id = request.args.get("assignment", type=int)
    if assignment_id is None or not 0 < assignment_id < 2**31:
        return None
    learner = db.session.get(Learner, learner_id)
    if learner is None or learner.classroom_id is None:
        return None
    assignment = db.session.get(Assignment, assignment_id)
    if assignment and assignment.lesson_id == lesson.id and assignment.classroom_id == learner.classroom_id:
        return assignment.id
    return None


@bp.get("/attempts/<int:attempt_id>")
def result(attempt_id: int):
    """Score and per-question feedback, each answer tied to its evidence sentence."""
    learner = current_learner()
    attempt = db.session.get(Attempt, attempt_id)
    # Someone else's attempt looks exactly like a missing one: ids are not to be probed.
    if attempt is None or learner is None or attempt.learner_id != learner.id or attempt.submitted is None \
            or not attempt.lesson.is_published:       # nor one of a lesson taken back to draft
        abort(404, "There is no result with that number for you.")
    return render_template("student/result.html", attempt=attempt, lesson=attempt.lesson,
                           lines=progress.feedback(attempt))


@bp.get("/progress")
def my_progress():
    """Attempts over time, best score per lesson, and the questions this learner keeps missing."""
    learner = current_learner()
    attempts = progress.submitted_attempts(learner) if learner else []
    return render_template("student/progress.html", learner=learner, attempts=attempts,
                           figure=charts.progress_figure(attempts),
                           best=progress.best_per_lesson(attempts),
                           missed=progress.missed_questions(learner) if learner else [],
                           due=len(progress.due_reviews(learner)) if learner else 0)


@bp.route("/review", methods=["GET", "POST"])
def review():
    """Mistakes due for another try, as a short quiz; right answers push them further away."""
    learner = current_learner()
    items = progress.due_reviews(learner) if learner else []
    questions = [item.question for item in items]
    snaps = [progress.snapshot(q, q.lesson, seed=item.id) for item, q in zip(items, questions)]
    form = quiz_form(snaps, idempotency_key="review")
    if request.method == "POST" and learner is not None:
        if form.validate_on_submit():
            answers = answers_from(form, snaps)
            results = [(snap, q, answers.get(q.id), progress.is_correct(snap, answers.get(q.id)))
                       for snap, q in zip(snaps, questions)]
            progress.schedule_reviews(learner.id, {q.id: correct for _, q, _, correct in results})
            db.session.commit()
            return render_template("student/review_done.html", results=results)
        return render_template("student/review.html", form=form, snaps=snaps, questions=questions), 422
    return render_template("student/review.html", form=form, snaps=snaps, questions=questions)


@bp.app_template_filter("answer_text")
def answer_text(value) -> str:
    """An answer as a learner reads it: lists joined with arrows, nothing as a dash."""
    if value is None or value == "":
        return "(no answer)"
    if isinstance(value, list):
        return " → ".join(str(v) for v in value)
    return str(value)
