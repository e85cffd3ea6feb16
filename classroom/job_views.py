"""Teacher pages for lesson jobs: progress of one article or of several sent together."""
from __future__ import annotations

from flask import Blueprint, abort, flash, jsonify, redirect, render_template, request, url_for
from flask_login import current_user, login_required
from werkzeug.wrappers import Response

import quizgen.article

from . import jobs
from .job_forms import NewLessonsForm
from .models import GenerationJob, Lesson

bp = Blueprint("jobs", __name__, url_prefix="/teach/jobs")


@bp.before_request
@login_required
def _teachers_only() -> None:
    """Only the signed-in teacher who sent an article sees its job."""


def _own_job(job_id: str) -> GenerationJob:
    job = jobs.own_job(job_id, current_user.id)
    if job is None:
        abort(404, "There is no lesson job with that id among yours.")
    return job


def lesson_summary(lesson: Lesson) -> str:
    text = (f"Draft made: {len(lesson.events)} events, {len(lesson.questions)} questions "
            f"({len(lesson.quiz_questions)} in the quiz). Check them, then publish.")
    if lesson.messages:
        text += " " + " ".join(lesson.messages)
    return text


# -------------------------------------------------------------------------- from the new-lesson form

def submit_form(form: NewLessonsForm) -> Response | None:
    """Queue what the form holds; a redirect to follow it, or None with the problem on the form."""
    title = (form.title.data or "").strip() or None
    source = (form.source.data or "").strip() or None
    texts = jobs.split_articles(form.text.data or "")
    texts += [text for _, text in getattr(form, "file_texts", [])]
    several = len(texts) > 1
    articles = [jobs.ArticleIn(text=text, title=None if several else title, source=source,
                               published=form.published.data) for text in texts]
    too_big = [i + 1 for i, a in enumerate(articles) if len(a.text.encode("utf-8")) > quizgen.article.MAX_BYTES]
    if too_big:
        form.text.errors = [*form.text.errors, f"Article {too_big[0]} is over the limit of "
                            f"{quizgen.article.MAX_BYTES // 1000} KB. Your text is still here."]
        return None
    try:
        queued = jobs.submit(current_user, articles, via="form")
    except jobs.JobLimitError as e:
        form.text.errors = [*form.text.errors, str(e)]
        form.status_code = 429
        return None
    if len(queued) > 1:
        return redirect(url_for("jobs.several", ids=",".join(one.id for one in queued)), code=303)
    job = queued[0]
    if job.state == "failed" and jobs.mode() == "inline":
        form.text.errors = [*form.text.errors, job.error or "The lesson could not be made."]
        return None
    if job.state == "done" and job.lesson is not None:
        flash(lesson_summary(job.lesson), "info")
        return redirect(url_for("teacher.review_lesson", lesson_id=job.lesson.id))
    return redirect(url_for("jobs.job", job_id=job.id), code=303)


# ------------------------------------------------------------------------------------------ pages

@bp.get("/<job_id>")
def job(job_id: str):
    """One article's progress; done jobs go to the lesson's review page; failed ones keep the text."""
    job = _own_job(job_id)
    if job.state == "done" and job.lesson is not None:
        flash(lesson_summary(job.lesson), "info")
        return redirect(url_for("teacher.review_lesson", lesson_id=job.lesson.id))
    form = None
    if job.is_finished:
        # Failed (or its lesson was deleted since): the text comes back in the form, ready to send again.
        form = NewLessonsForm(formdata=None, title=job.title, source=job.source, published=job.published,
                              text=job.text)
    return render_template("jobs/job.html", job=job, data=jobs.job_json(job, api=False), form=form,
                           steps=jobs.STEP_LABELS, position=jobs.queue_position(job),
                           max_kb=quizgen.article.MAX_BYTES // 1000, max_bytes=quizgen.article.MAX_BYTES)


@bp.get("/<job_id>/status")
def status(job_id: str):
    """The job as JSON for the page's script (the page itself works by refreshing)."""
    job = _own_job(job_id)
    data = jobs.job_json(job, api=False)
    data["page"] = url_for("jobs.job", job_id=job.id)
    if job.state == "done" and job.lesson is not None:
        data["review"] = url_for("teacher.review_lesson", lesson_id=job.lesson.id)
    data["position"] = jobs.queue_position(job)
    response = jsonify(data)
    response.headers["Cache-Control"] = "no-store"
    return response


@bp.get("/")
def several():
    """Several articles sent together (`?ids=a,b,c`): each one's state, and its review page when done."""
    ids = [one for one in request.args.get("ids", "").split(",") if one][:50]
    found = [job for job in (jobs.own_job(one, current_user.id) for one in ids) if job is not None]
    if not found:
        abort(404, "There are no lesson jobs with that id among yours.")
    pending = any(not one.is_finished for one in found)
    return render_template("jobs/several.html", jobs=found, pending=pending, steps=jobs.STEP_LABELS,
                           json_of=lambda one: jobs.job_json(one, api=False))


@bp.app_context_processor
def _job_globals():
    """For the lesson list's "being made" table (templates/jobs/_dashboard.html)."""
    return {"job_title": jobs.display_title, "job_labels": jobs.STEP_LABELS}
