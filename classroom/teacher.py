"""Teacher pages: new lessons, review and edit, publish, exports, classes, assignments, results."""
from __future__ import annotations

from flask import Blueprint, Response, abort, flash, redirect, render_template, request, session, url_for
from flask_login import current_user, login_required
from wtforms import SelectChoice

import quizgen.article
import quizgen.kinds
from quizgen.export import EXPORT_FORMATS, export_with_report

from . import authoring, corrections, itemstats, job_views, jobs, management
from . import dashboard as result_tables     # the module; `dashboard` below is the overview page
from .job_forms import NewLessonsForm
from .dashboard import grades_csv as build_grades_csv, results as assignment_results
from .charts import format_date
from .extensions import db
from .lessons import engine_note_reason, sorted_events
from .models import Assignment, Classroom, Event, Learner, Lesson, Question
from .progress import feedback
from .teacher_forms import (QUESTION_TYPE_LABELS, ActionForm, AssignmentForm, ClassroomForm, DueDateForm,
                            EventForm, LearnerNameForm, MergeLearnerForm, PositionForm, QuestionForm)

bp = Blueprint("teacher", __name__, url_prefix="/teach")
# templates (teacher and student pages alike) ask the registry how a kind is answered
bp.add_app_template_global(quizgen.kinds.answer_form, "answer_form")
bp.add_app_template_global(engine_note_reason, "engine_note_reason")


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
    lessons, total, _, _ = management.lesson_list(current_user, status=None, search="", page=1)
    classrooms = db.session.execute(db.select(Classroom).filter_by(teacher_id=current_user.id)
                                    .order_by(Classroom.created.desc())).scalars().all()
    return render_template("teacher/dashboard.html", lessons=lessons[:10], classrooms=classrooms,
                           more_lessons=total if total > 10 else 0, jobs=jobs.recent_jobs(current_user.id))


# -------------------------------------------------------------------------------------- lessons

@bp.route("/lessons/new", methods=["GET", "POST"])
def new_lesson():
    """Paste an article (or several, or choose files); each becomes a job, then a draft lesson to review."""
    form = NewLessonsForm()
    existing = None
    if form.validate_on_submit():
        if not request.form.get("again") and len(jobs.split_articles(form.text.data or "")) == 1:
            existing = management.existing_lesson_for(current_user, form.text.data, form.published.data)
        response = job_views.submit_form(form) if existing is None else None
        if response is not None:
            return response
    return render_template("teacher/new_lesson.html", form=form, existing=existing,
                           max_kb=quizgen.article.MAX_BYTES // 1000,
                           max_bytes=quizgen.article.MAX_BYTES), \
        getattr(form, "status_code", None) or (422 if form.errors else 200)


@bp.get("/lessons/<int:lesson_id>")
def review_lesson(lesson_id: int):
    """Everything generated, to check and edit: events with how each date was read, questions."""
    lesson = own_lesson(lesson_id)
    questions = sorted(lesson.live_questions, key=lambda q: (q.position, q.id))
    return render_template("teacher/lesson.html", lesson=lesson, events=sorted_events(lesson),
                           questions=questions, overview=_question_overview(questions),
                           form=ActionForm(), exports=EXPORT_FORMATS,
                           export_gaps=authoring.export_gaps(lesson),
                           classrooms=current_user.classrooms,
                           assignments=management.assignments_of(lesson),
                           answered=_answered_question_ids(lesson),
                           undo=_pending_undo(lesson))


def _question_overview(questions: list[Question]) -> dict[str, list[Question]]:
    """The review page's groups: the quiz; the bank's questions with a note (the engine's reason for
    leaving it out, or a correction's) and the rest; and every question a correction flagged."""
    bank = [q for q in questions if not q.in_quiz]
    return {"quiz": [q for q in questions if q.in_quiz], "bank": bank,
            "bank_flagged": [q for q in bank if q.review_note],
            "bank_rest": [q for q in bank if not q.review_note],
            "corrected": [q for q in questions if q.review_note and engine_note_reason(q.review_note) is None]}


def _answered_question_ids(lesson: Lesson) -> set[int]:
    """Live questions with submitted answers to them or to an earlier version (regrade is offered)."""
    return {q.id for q in lesson.live_questions if corrections.has_past_answers(q)}


def _pending_undo(lesson: Lesson) -> dict | None:
    undo = session.pop("undo_question", None)
    return undo if undo and undo.get("lesson") == lesson.id else None


def confirm_page(*, title: str, message: str, action: str, fields: dict[str, str], button: str,
                 cancel: str, danger: bool = False):
    """Ask before doing something that cannot be taken back (works without JavaScript)."""
    return render_template("teacher/confirm.html", title=title, message=message, action=action,
                           fields=fields, button=button, cancel=cancel, danger=danger, form=ActionForm())


# ------------------------------------------------------------------------------ lesson management

@bp.get("/lessons")
def lessons():
    """All the teacher's lessons with dates and status: filter, search, pages of 20."""
    status = request.args.get("status") or None
    search = (request.args.get("q") or "").replace("\x00", "").strip()[:100]    # PostgreSQL refuses NUL
    page = request.args.get("page", 1, type=int)
    rows, total, page, pages = management.lesson_list(current_user, status=status, search=search, page=page)
    return render_template("teacher/lessons.html", lessons=rows, total=total, page=page, pages=pages,
                           status=status, search=search, form=ActionForm())


@bp.post("/lessons/<int:lesson_id>/archive")
def archive_lesson(lesson_id: int):
    lesson = own_lesson(lesson_id)
    if ActionForm().validate_on_submit():
        management.archive_lesson(lesson)
        db.session.commit()
        flash(f"“{lesson.title}” archived: students no longer see it; its results are kept. "
              "Find it under Your lessons → Archived.", "info")
    return redirect(url_for("teacher.lessons"))


@bp.post("/lessons/<int:lesson_id>/restore")
def restore_lesson(lesson_id: int):
    lesson = own_lesson(lesson_id)
    if ActionForm().validate_on_submit():
        management.restore_lesson(lesson)
        db.session.commit()
        flash(f"“{lesson.title}” is back, as a draft: publish it when it is ready.", "info")
    return redirect(url_for("teacher.review_lesson", lesson_id=lesson.id))


@bp.post("/lessons/<int:lesson_id>/delete")
def delete_lesson(lesson_id: int):
    lesson = own_lesson(lesson_id)
    if not ActionForm().validate_on_submit():
        return redirect(url_for("teacher.review_lesson", lesson_id=lesson.id))
    if request.form.get("confirm") != "yes":
        answers = management.attempt_count(lesson)
        if answers:
            flash(f"Students have made {answers} attempt(s) at this lesson: deleting it would delete their "
                  "results. Archive it instead.", "error")
            return redirect(url_for("teacher.review_lesson", lesson_id=lesson.id))
        return confirm_page(title="Delete this lesson?",
                            message=f"“{lesson.title}”, its timeline and its {len(lesson.live_questions)} "
                                    "questions will be deleted. This cannot be undone.",
                            action=url_for("teacher.delete_lesson", lesson_id=lesson.id), fields={},
                            button="Delete the lesson", cancel=url_for("teacher.review_lesson", lesson_id=lesson.id),
                            danger=True)
    try:
        title = lesson.title
        management.delete_lesson(lesson)
    except authoring.AuthoringError as e:
        flash(str(e), "error")
        return redirect(url_for("teacher.review_lesson", lesson_id=lesson.id))
    db.session.commit()
    flash(f"“{title}” deleted.", "info")
    return redirect(url_for("teacher.lessons"))


@bp.post("/lessons/<int:lesson_id>/duplicate")
def duplicate_lesson(lesson_id: int):
    lesson = own_lesson(lesson_id)
    if not ActionForm().validate_on_submit():
        return redirect(url_for("teacher.review_lesson", lesson_id=lesson.id))
    copy = management.duplicate_lesson(lesson, current_user)
    db.session.commit()
    flash("A draft copy, with your edits: change it freely, the original and its results stay as they are.",
          "info")
    return redirect(url_for("teacher.review_lesson", lesson_id=copy.id))


@bp.post("/lessons/<int:lesson_id>/status")
def set_status(lesson_id: int):
    """Publish a draft, or take a lesson back to draft."""
    lesson = own_lesson(lesson_id)
    form = ActionForm()
    status = request.form.get("status")
    if form.validate_on_submit() and status in ("draft", "published"):
        assigned = management.assignments_of(lesson) if status == "draft" and lesson.is_published else []
        if assigned and request.form.get("confirm") != "yes":
            classes = ", ".join(sorted({a.classroom.name for a in assigned}))
            return confirm_page(
                title="Take this lesson back to draft?",
                message=(f"“{lesson.title}” is assigned to {classes}. As a draft it disappears from those "
                         "students' “My class” and they cannot take the quiz until you publish it again. "
                         "Results already made are kept."),
                action=url_for("teacher.set_status", lesson_id=lesson.id), fields={"status": "draft"},
                button="Back to draft", cancel=url_for("teacher.review_lesson", lesson_id=lesson.id))
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
    response = Response(body, content_type=spec["mimetype"])   # has its charset already
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
        before = corrections.EventState.of(event) if event is not None else None
        event = authoring.save_event(lesson, event, form.data)
        spread = corrections.propagate_event_edit(lesson, event, before) if before else None
        db.session.commit()
        flash(" ".join(filter(None, ["Event saved.", spread and spread.summary()])), "info")
        return redirect(url_for("teacher.review_lesson", lesson_id=lesson.id, _anchor="events"))
    return render_template("teacher/event_form.html", lesson=lesson, event=event, form=form), \
        422 if form.errors else 200


@bp.post("/lessons/<int:lesson_id>/events/<int:event_id>/delete")
def delete_event(lesson_id: int, event_id: int):
    lesson = own_lesson(lesson_id)
    event = own_event(lesson, event_id)
    if ActionForm().validate_on_submit():
        flagged = corrections.flag_for_deleted_event(lesson, event)
        db.session.delete(event)
        db.session.commit()
        flash("Event deleted." + (f" {len(flagged)} question(s) built on it are flagged for you to check."
                                  if flagged else ""), "info")
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
        key_before = (question.answer, list(question.accept or [])) if question is not None else None
        row = authoring.save_question(lesson, question, values, sentence_id=sentence_id,
                                      in_quiz=form.in_quiz.data)
        db.session.commit()
        if key_before is not None and key_before != (row.answer, list(row.accept or [])) \
                and corrections.has_past_answers(row):
            flash("Question saved. Its answer changed: past attempts can be marked again.", "info")
            return redirect(url_for("teacher.regrade", lesson_id=lesson.id, question_id=row.id))
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
        # Nothing is destroyed: a quiz question goes back to the bank, a bank question is archived,
        # and either can be put back with the undo button the review page shows next.
        session["undo_question"] = {"lesson": lesson.id, "question": question.id, "in_quiz": question.in_quiz,
                                    "archived": not question.in_quiz}
        if question.in_quiz:
            question.in_quiz = False
            flash("Question taken out of the quiz: it is in the bank below.", "info")
        else:
            question.archived = True
            flash("Question deleted from the bank.", "info")
        db.session.commit()
    return redirect(url_for("teacher.review_lesson", lesson_id=lesson.id, _anchor="questions"))


@bp.post("/lessons/<int:lesson_id>/questions/<int:question_id>/undo")
def undo_delete_question(lesson_id: int, question_id: int):
    """Put a removed question back where it was (in the quiz, or in the bank)."""
    lesson = own_lesson(lesson_id)
    question = db.session.get(Question, question_id)
    if question is None or question.lesson_id != lesson.id:
        abort(404, "That question is not part of this lesson.")
    replaced = db.session.execute(db.select(Question.id).filter_by(previous_id=question.id)).first()
    if ActionForm().validate_on_submit() and replaced is None:
        question.archived = False
        question.in_quiz = request.form.get("in_quiz") == "1"
        db.session.commit()
        flash("Question put back.", "info")
    return redirect(url_for("teacher.review_lesson", lesson_id=lesson.id, _anchor=f"question-{question.id}"))


@bp.route("/lessons/<int:lesson_id>/questions/<int:question_id>/regrade", methods=["GET", "POST"])
def regrade(lesson_id: int, question_id: int):
    """Mark past answers again with the question's current key: first how many change, then do it."""
    lesson = own_lesson(lesson_id)
    question = own_question(lesson, question_id)
    plan = corrections.regrade_plan(question)
    form = ActionForm()
    if request.method == "POST" and form.validate_on_submit():
        changed = corrections.apply_regrade(plan, by=current_user.name or current_user.email)
        db.session.commit()
        flash(f"Regraded: {changed} mark{'s' if changed != 1 else ''} changed "
              f"({plan.up} now right, {plan.down} now wrong). Students see that their mark was revised.",
              "info")
        return redirect(url_for("teacher.review_lesson", lesson_id=lesson.id, _anchor=f"question-{question.id}"))
    return render_template("teacher/regrade.html", lesson=lesson, question=question, plan=plan, form=form)


@bp.post("/lessons/<int:lesson_id>/questions/<int:question_id>/checked")
def question_checked(lesson_id: int, question_id: int):
    """The teacher has looked at a flagged question and keeps it as it is."""
    lesson = own_lesson(lesson_id)
    question = own_question(lesson, question_id)
    if ActionForm().validate_on_submit():
        question.review_note = None
        db.session.commit()
        flash("Marked as checked.", "info")
    return redirect(url_for("teacher.review_lesson", lesson_id=lesson.id, _anchor=f"question-{question.id}"))


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
        flash(f"Class created. Students join with the code {classroom.join_code}, or with the join link below.",
              "info")
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
        management.set_due_date(assignment, form.due_date.data, request.form.get("tz"))
        db.session.commit()
        flash(f"“{lesson.title}” assigned to {classroom.name}.", "info")
        return redirect(url_for("teacher.assignment", assignment_id=assignment.id))
    return render_template("teacher/classroom.html", classroom=classroom, form=form,
                           learners=sorted(classroom.learners, key=lambda l: l.display_name.casefold())), \
        422 if form.errors else 200


def own_learner(classroom: Classroom, learner_id: int) -> Learner:
    learner = db.session.get(Learner, learner_id)
    if learner is None or learner.classroom_id != classroom.id:
        abort(404, "That student is not in this class.")
    return learner


@bp.get("/classes/<int:classroom_id>/show")
def show_class_code(classroom_id: int):
    """The join code and link, large, for a projector."""
    classroom = own_classroom(classroom_id)
    return render_template("teacher/show_code.html", classroom=classroom,
                           join_url=url_for("classes.join", code=classroom.join_code, _external=True))


@bp.post("/classes/<int:classroom_id>/join-code")
def new_join_code(classroom_id: int):
    """Replace the join code (a code that got out); students already in the class stay in it."""
    classroom = own_classroom(classroom_id)
    if not ActionForm().validate_on_submit():
        return redirect(url_for("teacher.classroom", classroom_id=classroom.id))
    if request.form.get("confirm") != "yes":
        return confirm_page(title="Make a new join code?",
                            message=f"The code {classroom.join_code} will stop working at once: anyone who has "
                                    "not joined yet needs the new one. Students already in the class stay in it.",
                            action=url_for("teacher.new_join_code", classroom_id=classroom.id), fields={},
                            button="Make a new code", cancel=url_for("teacher.classroom", classroom_id=classroom.id))
    code = management.regenerate_join_code(classroom)
    db.session.commit()
    flash(f"New join code: {code}. The old one no longer works.", "info")
    return redirect(url_for("teacher.classroom", classroom_id=classroom.id))


@bp.route("/classes/<int:classroom_id>/students/<int:learner_id>", methods=["GET", "POST"])
def edit_learner(classroom_id: int, learner_id: int):
    """Rename a student, or merge them with the same student who joined twice."""
    classroom = own_classroom(classroom_id)
    learner = own_learner(classroom, learner_id)
    # Two forms on one page, told apart by their fields (each carries the session's CSRF token).
    rename = LearnerNameForm(formdata=request.form if "display_name" in request.form else None)
    merge = MergeLearnerForm(formdata=request.form if "other_id" in request.form else None)
    others = sorted((l for l in classroom.learners if l.id != learner.id), key=lambda l: l.display_name.casefold())
    merge.other_id.choices = [SelectChoice(l.id, l.display_name) for l in others]
    if request.method == "GET":
        rename.display_name.data = learner.display_name
    elif "display_name" in request.form and rename.validate_on_submit():
        management.rename_learner(learner, rename.display_name.data)
        db.session.commit()
        flash(f"Renamed to {learner.display_name}.", "info")
        return redirect(url_for("teacher.classroom", classroom_id=classroom.id, _anchor="students"))
    elif "other_id" in request.form and merge.validate_on_submit():
        other = own_learner(classroom, merge.other_id.data)
        if request.form.get("confirm") != "yes":
            return confirm_page(
                title="Merge these two students?",
                message=(f"“{other.display_name}” becomes “{learner.display_name}”: every attempt of "
                         f"“{other.display_name}” moves to “{learner.display_name}”, and “{other.display_name}” "
                         "leaves the class (their resume code stops working). This cannot be undone."),
                action=url_for("teacher.edit_learner", classroom_id=classroom.id, learner_id=learner.id),
                fields={"other_id": str(other.id)}, button="Merge",
                cancel=url_for("teacher.edit_learner", classroom_id=classroom.id, learner_id=learner.id))
        moved = management.merge_learners(learner, other)
        db.session.commit()
        flash(f"Merged: {moved} attempt(s) moved to {learner.display_name}.", "info")
        return redirect(url_for("teacher.classroom", classroom_id=classroom.id, _anchor="students"))
    status = 422 if (rename.errors or merge.errors) else 200
    return render_template("teacher/learner_edit.html", classroom=classroom, learner=learner, rename=rename,
                           merge=merge, others=others), status


@bp.post("/classes/<int:classroom_id>/students/<int:learner_id>/remove")
def remove_learner(classroom_id: int, learner_id: int):
    """Take a student out of the class (after a confirmation)."""
    classroom = own_classroom(classroom_id)
    learner = own_learner(classroom, learner_id)
    if not ActionForm().validate_on_submit():
        return redirect(url_for("teacher.classroom", classroom_id=classroom.id))
    if request.form.get("confirm") != "yes":
        return confirm_page(title=f"Remove {learner.display_name} from {classroom.name}?",
                            message="They leave the class and their resume code stops working. Their finished "
                                    "attempts stay in your results. To let them back, give them the join code again.",
                            action=url_for("teacher.remove_learner", classroom_id=classroom.id, learner_id=learner.id),
                            fields={}, button="Remove the student", danger=True,
                            cancel=url_for("teacher.classroom", classroom_id=classroom.id, _anchor="students"))
    name = learner.display_name
    management.remove_learner(learner)
    db.session.commit()
    flash(f"{name} removed from {classroom.name}.", "info")
    return redirect(url_for("teacher.classroom", classroom_id=classroom.id, _anchor="students"))


@bp.route("/assignments/<int:assignment_id>/edit", methods=["GET", "POST"])
def edit_assignment(assignment_id: int):
    """Change or remove an assignment's due date."""
    assignment = own_assignment(assignment_id)
    form = DueDateForm()
    if request.method == "GET" and assignment.due_at:
        form.due_date.data = management.due_day(assignment.due_at)
    if form.validate_on_submit():
        management.set_due_date(assignment, form.due_date.data, request.form.get("tz"))
        db.session.commit()
        flash("Due date saved." if form.due_date.data else "Due date removed.", "info")
        return redirect(url_for("teacher.classroom", classroom_id=assignment.classroom_id, _anchor="assignments"))
    return render_template("teacher/assignment_edit.html", assignment=assignment, form=form,
                           delete_form=ActionForm()), 422 if form.errors else 200


@bp.post("/assignments/<int:assignment_id>/delete")
def delete_assignment(assignment_id: int):
    """Unset a lesson for a class (after a confirmation); attempts made are kept."""
    assignment = own_assignment(assignment_id)
    classroom_id = assignment.classroom_id
    if not ActionForm().validate_on_submit():
        return redirect(url_for("teacher.classroom", classroom_id=classroom_id))
    if request.form.get("confirm") != "yes":
        return confirm_page(title="Remove this assignment?",
                            message=f"“{assignment.lesson.title}” will no longer be set for {assignment.classroom.name}. "
                                    "Attempts already made are kept in each student's progress, but this "
                                    "assignment's results page goes.",
                            action=url_for("teacher.delete_assignment", assignment_id=assignment.id), fields={},
                            button="Remove the assignment", danger=True,
                            cancel=url_for("teacher.classroom", classroom_id=classroom_id, _anchor="assignments"))
    management.delete_assignment(assignment)
    db.session.commit()
    flash("Assignment removed.", "info")
    return redirect(url_for("teacher.classroom", classroom_id=classroom_id, _anchor="assignments"))


@bp.get("/assignments/<int:assignment_id>")
def assignment(assignment_id: int):
    """Results: who finished, the score distribution, per-question statistics on first attempts."""
    assignment = own_assignment(assignment_id)
    return render_template("teacher/assignment.html", assignment=assignment,
                           res=assignment_results(assignment),
                           can_edit=assignment.lesson.owner_id == current_user.id,
                           min_answers=itemstats.MIN_ANSWERS_TO_FLAG)


@bp.get("/assignments/<int:assignment_id>/grades.csv")
def grades_csv(assignment_id: int):
    assignment = own_assignment(assignment_id)
    body = build_grades_csv(assignment_results(assignment))
    response = Response(body, content_type="text/csv; charset=utf-8")   # mimetype= would add a second charset
    name = f"{assignment.lesson.slug}-{assignment.classroom.join_code}-grades.csv"
    response.headers["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


_RESULT_TABLES = {
    "responses": (result_tables.RESPONSE_COLUMNS, result_tables.response_rows),
    "items": (result_tables.ITEM_COLUMNS, result_tables.item_rows),
}


@bp.get("/assignments/<int:assignment_id>/<any(responses, items):table>.csv")
def results_csv(assignment_id: int, table: str):
    """Per-question responses (one row per student and question) or the item statistics, as CSV."""
    assignment = own_assignment(assignment_id)
    columns, rows = _RESULT_TABLES[table]
    body = result_tables.to_csv(columns, rows(assignment_results(assignment)))
    response = Response(body, mimetype="text/csv; charset=utf-8")
    name = f"{assignment.lesson.slug}-{assignment.classroom.join_code}-{table}.csv"
    response.headers["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


@bp.get("/assignments/<int:assignment_id>/results.xlsx")
def results_xlsx(assignment_id: int):
    """Grades, responses and item statistics as one Excel workbook (typed cells)."""
    assignment = own_assignment(assignment_id)
    res = assignment_results(assignment)
    body = result_tables.to_xlsx([("Grades", result_tables.GRADE_COLUMNS, result_tables.grade_rows(res)),
                              ("Responses", result_tables.RESPONSE_COLUMNS, result_tables.response_rows(res)),
                              ("Questions", result_tables.ITEM_COLUMNS, result_tables.item_rows(res))])
    response = Response(body, mimetype="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    name = f"{assignment.lesson.slug}-{assignment.classroom.join_code}-results.xlsx"
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
