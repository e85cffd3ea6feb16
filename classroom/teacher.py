"""Teacher pages: new lessons, review and edit, publish, exports, classes, assignments, results."""
from __future__ import annotations

from flask import Blueprint, Response, abort, flash, redirect, render_template, request, url_for
from flask_login import current_user, login_required
from wtforms import SelectChoice

import quizgen.article
import quizgen.kinds
from quizgen.export import EXPORT_FORMATS, export_with_report

from . import authoring
from .dashboard import grades_csv as build_grades_csv, results as assignment_results
from .charts import format_date
from .extensions import db
from .lessons import sorted_events
from .models import Assignment, Classroom, Event, Learner, Lesson, Question
from .progress import feedback
from .teacher_forms import (QUESTION_TYPE_LABELS, ActionForm, AssignmentForm, ClassroomForm, EventForm,
                            NewLessonForm, PositionForm, QuestionForm)

bp = Blueprint("teacher", __name__, url_prefix="/teach")
# templates (teacher and student pages alike) ask the registry how a kind is answered
bp.add_app_template_global(quizgen.kinds.answer_form, "answer_form")


@bp.before_request
@login_required
def _teachers_only() -> None:
    """Every page here needs a signed-in teacher; students (learner cookies) are sent to sign in."""


@bp.app_context_processor
def _teacher_globals():
    return {"question_type_labels": QUESTION_TYPE_LABELS, "format_date": format_date}


# ------------------------------------------------------------------- ownership: every id checked

def own_lesson(lesson_id: int) -> Lesson:
    """The signed-in teacher's lesson; anyone else's looks missing (ids are not to be probed)."""
    lesson = db.session.get(Lesson, lesson_id)
    if lesson is None or not (lesson.owner_id == current_user.id or current_user.is_admin):
        abort(404, "There is no lesson with that number among yours.")
    return lesson


def own_event(lesson: Lesson, event_id: int) -> Event:
    event = db.session.get(Event, event_id)
    if event is None or event.lesson_id != lesson.id:
        abort(404, "That event is not part of this lesson.")
    return event


def own_question(lesson: Lesson, question_id: int) -> Question:
    question = db.session.get(Question, question_id)
    if question is None or question.lesson_id != lesson.id or question.archived:
        abort(404, "That question is not part of this lesson (it may have been replaced by an edit).")
    return question


def own_classroom(classroom_id: int) -> Classroom:
    classroom = db.session.get(Classroom, classroom_id)
    if classroom is None or not (classroom.teacher_id == current_user.id or current_user.is_admin):
        abort(404, "There is no class with that number among yours.")
    return classroom


def own_assignment(assignment_id: int) -> Assignment:
    assignment = db.session.get(Assignment, assignment_id)
    if assignment is None:
        abort(404, "There is no assignment with that number.")
    own_classroom(assignment.classroom_id)
    return assignment


# ------------------------------------------------------------------------------------- overview

@bp.get("/")
def dashboard():
    """The teacher's lessons and classes."""
    lessons = db.session.execute(db.select(Lesson).filter_by(owner_id=current_user.id)
                                 .order_by(Lesson.created.desc())).scalars().all()
    classrooms = db.session.execute(db.select(Classroom).filter_by(teacher_id=current_user.id)
                                    .order_by(Classroom.created.desc())).scalars().all()
    return render_template("teacher/dashboard.html", lessons=lessons, classrooms=classrooms)


# -------------------------------------------------------------------------------------- lessons

@bp.route("/lessons/new", methods=["GET", "POST"])
def new_lesson():
    """Paste an article; on submit the engine builds a draft lesson to review."""
    form = NewLessonForm()
    if form.validate_on_submit():
        try:
            lesson = authoring.generate_lesson(current_user, text=form.text.data, title=form.title.data,
                                               source=form.source.data, published=form.published.data)
        except authoring.AuthoringError as e:
            form.text.errors.append(str(e))
        else:
            db.session.commit()
            flash(_generated_summary(lesson), "info")
            return redirect(url_for("teacher.review_lesson", lesson_id=lesson.id))
    return render_template("teacher/new_lesson.html", form=form,
                           max_kb=quizgen.article.MAX_BYTES // 1000,
                           max_bytes=quizgen.article.MAX_BYTES), 422 if form.errors else 200


def _generated_summary(lesson: Lesson) -> str:
    text = (f"Draft made: {len(lesson.events)} events, {len(lesson.questions)} questions "
            f"({len(lesson.quiz_questions)} in the quiz). Check them, then publish.")
    if lesson.messages:
        text += " " + " ".join(lesson.messages)
    return text


@bp.get("/lessons/<int:lesson_id>")
def review_lesson(lesson_id: int):
    """Everything generated, to check and edit: events with how each date was read, questions."""
    lesson = own_lesson(lesson_id)
    questions = sorted(lesson.live_questions, key=lambda q: (q.position, q.id))
    return render_template("teacher/lesson.html", lesson=lesson, events=sorted_events(lesson),
                           questions=questions, form=ActionForm(), exports=EXPORT_FORMATS,
                           export_gaps=authoring.export_gaps(lesson),
                           classrooms=current_user.classrooms)


@bp.post("/lessons/<int:lesson_id>/status")
def set_status(lesson_id: int):
    """Publish a draft, or take a lesson back to draft."""
    lesson = own_lesson(lesson_id)
    form = ActionForm()
    status = request.form.get("status")
    if form.validate_on_submit() and status in ("draft", "published"):
        try:
            authoring.set_status(lesson, status)
        except authoring.AuthoringError as e:
            flash(str(e), "error")
        else:
            db.session.commit()
            flash("Published: students can open it now." if status == "published"
                  else "Back to draft: students no longer see it.", "info")
    return redirect(url_for("teacher.review_lesson", lesson_id=lesson.id))


@bp.get("/lessons/<int:lesson_id>/export/<fmt>")
def export_lesson(lesson_id: int, fmt: str):
    """Download the quiz as GIFT, Moodle XML, a QTI 2.1 zip, or the timeline as TimelineJS JSON."""
    lesson = own_lesson(lesson_id)
    if fmt not in EXPORT_FORMATS:
        abort(404, "There is no export in that format.")
    spec = EXPORT_FORMATS[fmt]
    body, skipped = export_with_report(authoring.to_quizgen(lesson), fmt)
    response = Response(body, mimetype=spec["mimetype"])
    response.headers["Content-Disposition"] = f'attachment; filename="{lesson.slug}{spec["extension"]}"'
    if skipped:
        response.headers["X-Newsline-Skipped"] = "; ".join(f"{qid}: {why}" for qid, why in skipped)[:500]
    return response


# --------------------------------------------------------------------------------------- events

def _sentence_choices(lesson: Lesson) -> list[tuple[int, str]]:
    choices = [SelectChoice(-1, "(none)")]
    for s in lesson.sentences or ():
        text = s["text"] if len(s["text"]) <= 110 else s["text"][:107] + "…"
        choices.append(SelectChoice(s["id"], f"{s['id'] + 1}. {text}"))
    return choices


@bp.route("/lessons/<int:lesson_id>/events/new", methods=["GET", "POST"], defaults={"event_id": None})
@bp.route("/lessons/<int:lesson_id>/events/<int:event_id>", methods=["GET", "POST"])
def edit_event(lesson_id: int, event_id: int | None):
    """Correct an event's date, precision, label or evidence, or add one."""
    lesson = own_lesson(lesson_id)
    event = own_event(lesson, event_id) if event_id is not None else None
    form = EventForm(obj=event) if event is not None and request.method == "GET" else EventForm()
    form.sentence_id.choices = _sentence_choices(lesson)
    if event is not None and request.method == "GET" and event.sentence_id is None:
        form.sentence_id.data = -1
    if form.validate_on_submit():
        authoring.save_event(lesson, event, form.data)
        db.session.commit()
        flash("Event saved.", "info")
        return redirect(url_for("teacher.review_lesson", lesson_id=lesson.id, _anchor="events"))
    return render_template("teacher/event_form.html", lesson=lesson, event=event, form=form), \
        422 if form.errors else 200


@bp.post("/lessons/<int:lesson_id>/events/<int:event_id>/delete")
def delete_event(lesson_id: int, event_id: int):
    lesson = own_lesson(lesson_id)
    event = own_event(lesson, event_id)
    if ActionForm().validate_on_submit():
        db.session.delete(event)
        db.session.commit()
        flash("Event deleted.", "info")
    return redirect(url_for("teacher.review_lesson", lesson_id=lesson.id, _anchor="events"))


# ------------------------------------------------------------------------------------ questions

@bp.route("/lessons/<int:lesson_id>/questions/new", methods=["GET", "POST"], defaults={"question_id": None})
@bp.route("/lessons/<int:lesson_id>/questions/<int:question_id>", methods=["GET", "POST"])
def edit_question(lesson_id: int, question_id: int | None):
    """Change a question's wording, options and answer, or write a new one."""
    lesson = own_lesson(lesson_id)
    question = own_question(lesson, question_id) if question_id is not None else None
    form = QuestionForm()
    form.sentence_id.choices = _sentence_choices(lesson)
    if request.method == "GET":
        if question is not None:
            _fill_question_form(form, question)
        elif request.args.get("type") in QUESTION_TYPE_LABELS:
            form.type.data = request.args["type"]
    if question is not None:
        form.type.data = question.type        # the kind of an existing question stays
    if form.validate_on_submit():
        values = authoring.question_values(form.type.data, form.prompt.data, form.lines(form.choices),
                                           (form.answer.data or "").strip(), form.lines(form.accept),
                                           (form.explanation.data or "").strip())
        sentence_id = form.sentence_id.data if form.sentence_id.data >= 0 else None
        authoring.save_question(lesson, question, values, sentence_id=sentence_id, in_quiz=form.in_quiz.data)
        db.session.commit()
        flash("Question saved.", "info")
        return redirect(url_for("teacher.review_lesson", lesson_id=lesson.id, _anchor="questions"))
    sentence = lesson.sentence(question.sentence_id) if question else None
    return render_template("teacher/question_form.html", lesson=lesson, question=question, form=form,
                           sentence=sentence), 422 if form.errors else 200


def _fill_question_form(form: QuestionForm, q: Question) -> None:
    form.type.data = q.type
    form.prompt.data = q.prompt
    # For an ordering question the options are written in the right order: that is the answer.
    items = q.answer if quizgen.kinds.answer_form(q.type) == "order" else (q.choices or [])
    form.choices.data = "\n".join(items)
    form.answer.data = q.answer if isinstance(q.answer, str) else ""
    form.accept.data = "\n".join(q.accept or [])
    form.explanation.data = q.explanation
    form.sentence_id.data = q.sentence_id if q.sentence_id is not None else -1
    form.in_quiz.data = q.in_quiz


@bp.post("/lessons/<int:lesson_id>/questions/<int:question_id>/delete")
def delete_question(lesson_id: int, question_id: int):
    lesson = own_lesson(lesson_id)
    question = own_question(lesson, question_id)
    if ActionForm().validate_on_submit():
        authoring.delete_question(question)
        db.session.commit()
        flash("Question deleted.", "info")
    return redirect(url_for("teacher.review_lesson", lesson_id=lesson.id, _anchor="questions"))


@bp.post("/lessons/<int:lesson_id>/questions/<int:question_id>/move")
def move_question(lesson_id: int, question_id: int):
    lesson = own_lesson(lesson_id)
    question = own_question(lesson, question_id)
    form = PositionForm()
    if form.validate_on_submit():
        authoring.move_question(lesson, question, form.steps.data)
        db.session.commit()
    return redirect(url_for("teacher.review_lesson", lesson_id=lesson.id, _anchor=f"question-{question.id}"))


# -------------------------------------------------------------------------- classes, assignments

@bp.route("/classes", methods=["GET", "POST"])
def classes():
    """The teacher's classes, and a form to add one."""
    form = ClassroomForm()
    if form.validate_on_submit():
        classroom = authoring.create_classroom(current_user, form.name.data)
        db.session.commit()
        flash(f"Class created. Students join at /join with the code {classroom.join_code}.", "info")
        return redirect(url_for("teacher.classroom", classroom_id=classroom.id))
    classrooms = db.session.execute(db.select(Classroom).filter_by(teacher_id=current_user.id)
                                    .order_by(Classroom.created.desc())).scalars().all()
    return render_template("teacher/classes.html", form=form, classrooms=classrooms), 422 if form.errors else 200


@bp.route("/classes/<int:classroom_id>", methods=["GET", "POST"])
def classroom(classroom_id: int):
    """A class: its join code, its students, its assignments, and a form to assign a lesson."""
    classroom = own_classroom(classroom_id)
    form = AssignmentForm()
    lessons = authoring.assignable_lessons(current_user)
    form.lesson_id.choices = [SelectChoice(lesson.id, lesson.title) for lesson in lessons]
    if request.method == "GET" and request.args.get("lesson", type=int):
        form.lesson_id.data = request.args.get("lesson", type=int)
    if form.validate_on_submit():
        lesson = next(lesson for lesson in lessons if lesson.id == form.lesson_id.data)
        assignment = authoring.create_assignment(classroom, lesson, form.due_date.data)
        db.session.commit()
        flash(f"“{lesson.title}” assigned to {classroom.name}.", "info")
        return redirect(url_for("teacher.assignment", assignment_id=assignment.id))
    return render_template("teacher/classroom.html", classroom=classroom, form=form,
                           learners=sorted(classroom.learners, key=lambda l: l.display_name.casefold())), \
        422 if form.errors else 200


@bp.get("/assignments/<int:assignment_id>")
def assignment(assignment_id: int):
    """Results: who finished, the score distribution, per-question statistics on first attempts."""
    assignment = own_assignment(assignment_id)
    return render_template("teacher/assignment.html", assignment=assignment,
                           res=assignment_results(assignment),
                           can_edit=assignment.lesson.owner_id == current_user.id)


@bp.get("/assignments/<int:assignment_id>/grades.csv")
def grades_csv(assignment_id: int):
    assignment = own_assignment(assignment_id)
    body = build_grades_csv(assignment_results(assignment))
    response = Response(body, mimetype="text/csv; charset=utf-8")
    name = f"{assignment.lesson.slug}-{assignment.classroom.join_code}-grades.csv"
    response.headers["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


@bp.get("/assignments/<int:assignment_id>/learners/<int:learner_id>")
def learner_answers(assignment_id: int, learner_id: int):
    """One student's answers for an assignment, attempt by attempt."""
    assignment = own_assignment(assignment_id)
    learner = db.session.get(Learner, learner_id)
    attempts = [a for a in authoring.assignment_attempts(assignment) if a.learner_id == learner_id]
    if learner is None or (learner.classroom_id != assignment.classroom_id and not attempts):
        abort(404, "That student is not in this class.")
    return render_template("teacher/learner.html", assignment=assignment, learner=learner,
                           attempts=[(a, feedback(a)) for a in attempts])
