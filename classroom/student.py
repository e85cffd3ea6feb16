"""Student pages: lessons, the timeline, quizzes with evidence feedback, progress and review."""
from __future__ import annotations

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask_login import current_user

from . import charts, progress
from .extensions import db
from .forms import answers_from, quiz_form
from .learners import current_learner, ensure_learner, touch
from .lessons import sorted_events
from .models import Assignment, Attempt, Lesson

bp = Blueprint("student", __name__)


def get_visible_lesson(slug: str) -> Lesson:
    """A published lesson, or a draft its owner (or an admin) is previewing; 404 otherwise."""
    lesson = db.session.execute(db.select(Lesson).filter_by(slug=slug)).scalar_one_or_none()
    if lesson is None:
        abort(404, f"There is no lesson called “{slug}”.")
    if not lesson.is_published:
        user = current_user
        if not (user.is_authenticated and (user.id == lesson.owner_id or getattr(user, "is_admin", False))):
            abort(404, f"There is no lesson called “{slug}”.")
    return lesson


@bp.get("/")
def index():
    """Home: the published lessons."""
    lessons = db.session.execute(
        db.select(Lesson).filter_by(status="published").order_by(Lesson.created.desc())).scalars().all()
    return render_template("student/index.html", lessons=lessons, learner=current_learner())


@bp.get("/lessons/<slug>")
def lesson(slug: str):
    """The article with addressable sentences, its timeline, and the start-quiz button."""
    lesson = get_visible_lesson(slug)
    paragraphs: dict[int, list[dict]] = {}
    for s in lesson.sentences or ():
        paragraphs.setdefault(s.get("paragraph", 0), []).append(s)
    return render_template("student/lesson.html", lesson=lesson, paragraphs=list(paragraphs.values()),
                           events=sorted_events(lesson), figure_json=charts.timeline_figure_html(lesson),
                           format_date=charts.format_date, quiz_size=len(lesson.quiz_questions))


@bp.route("/lessons/<slug>/quiz", methods=["GET", "POST"])
def take_quiz(slug: str):
    """Show this learner's attempt as a form; mark it once on submit, however often it is sent."""
    lesson = get_visible_lesson(slug)
    if not lesson.quiz_questions:
        flash("This lesson has no quiz yet.", "info")
        return redirect(url_for("student.lesson", slug=slug))
    learner, _ = ensure_learner()
    touch(learner)
    if request.method == "POST":
        key = "".join(c for c in (request.form.get("idempotency_key") or "")[:64] if "!" <= c <= "~")
        attempt = progress.find_attempt(learner, key) if key else None
        if attempt is None or attempt.lesson_id != lesson.id:
            flash("That quiz form had expired, so here is a fresh one. Nothing was recorded.", "info")
            return redirect(url_for("student.take_quiz", slug=slug))
        if attempt.submitted is not None:
            return redirect(url_for("student.result", attempt_id=attempt.id))
        form = quiz_form(attempt.questions)
        if form.validate_on_submit() and form.idempotency_key.data == key:
            # False means a twin request marked it first: either way, show that one result.
            progress.submit_attempt(attempt, answers_from(form, attempt.questions))
            return redirect(url_for("student.result", attempt_id=attempt.id))
        db.session.commit()
        return render_template("student/quiz.html", lesson=lesson, attempt=attempt, form=form), 422
    attempt = progress.open_attempt(learner, lesson)
    attempt.assignment_id = _assignment_for(learner, lesson) or attempt.assignment_id
    db.session.commit()
    form = quiz_form(attempt.questions, idempotency_key=attempt.idempotency_key)
    return render_template("student/quiz.html", lesson=lesson, attempt=attempt, form=form)


def _assignment_for(learner, lesson: Lesson) -> int | None:
    """The assignment named in ?assignment=, if it is this lesson's and in the learner's class."""
    assignment_id = request.args.get("assignment", type=int)
    if assignment_id is None or learner.classroom_id is None:
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
    if attempt is None or learner is None or attempt.learner_id != learner.id or attempt.submitted is None:
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
