"""Lesson generation as background jobs: queue articles, follow each job's progress, get its lesson.

Where jobs run (`app.extensions["newsline_jobs"]`, logged at start):
- "celery": CELERY_BROKER_URL is set; `celery -A classroom.celery_app worker` processes run them
  (the web process never imports spaCy);
- "thread": no broker (a plain `make run`): a background thread of the web process runs them;
- "inline": no broker under TESTING: the request runs the job before answering.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import logging
import os
import re
import secrets
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

from celery.exceptions import SoftTimeLimitExceeded, TimeLimitExceeded
from flask import Flask, current_app
from sqlalchemy.exc import IntegrityError

from .extensions import db
from .models import JOB_FINISHED, JOB_STEPS, GenerationJob, User, utcnow

log = logging.getLogger("newsline.jobs")

TASK_NAME = "newsline.generate_lesson"
STEP_LABELS = {
    "queued": "Waiting for a worker",
    "parsing": "Reading the article",
    "dates": "Finding and placing its dates",
    "questions": "Writing questions",
    "done": "Done",
    "failed": "Failed",
}
ARTICLE_SEPARATOR = re.compile(r"^[ \t]*={3,}[ \t]*$", re.M)   # a line of ===: several articles in one paste

DEFAULTS: dict[str, Any] = {
    "CELERY_BROKER_URL": None,             # redis://host:6379/0 (default kind) or amqp://user:pw@host:5672//
    "CELERY_RESULT_BACKEND": None,         # derived from the broker when not set
    "JOBS_QUEUE": "newsline-lessons",
    "JOBS_KEY_PREFIX": "",                 # Redis key prefix, so several sites (or test runs) share a Redis
    "GENERATION_TIME_LIMIT": 60,           # seconds of work per article before the job fails (README)
    "GENERATION_MEMORY_LIMIT_MB": 1536,    # address space of a worker process (RLIMIT_AS)
    "GENERATION_NICE": 10,                 # workers yield the CPU to web processes on a shared machine
    "JOBS_VISIBILITY_TIMEOUT": 300,        # Redis: seconds before a job taken by a dead worker is handed out again
    "GENERATION_PER_HOUR": 60,             # per teacher, across the web form and all their API keys
    "GENERATION_PER_DAY": 300,
    "GENERATION_MAX_PENDING": 20,          # queued or running at once, per teacher
    "GENERATION_MAX_PER_SUBMIT": 10,       # articles in one paste or upload
}
_ENV = {name: "NEWSLINE_" + name for name in DEFAULTS} | {
    "CELERY_BROKER_URL": "CELERY_BROKER_URL", "CELERY_RESULT_BACKEND": "CELERY_RESULT_BACKEND"}


class JobLimitError(Exception):
    """The teacher has queued as much as they may for now; `retry_after` in seconds."""

    def __init__(self, message: str, retry_after: int):
        super().__init__(message)
        self.retry_after = retry_after


@dataclass
class ArticleIn:
    """One article as the teacher sent it (nothing cleaned yet: the worker does that)."""

    text: str
    title: str | None = None
    source: str | None = None
    published: dt.date | None = None


# ------------------------------------------------------------------------------------ set-up

def init_app(app: Flask) -> None:
    """Read the job settings (config, then environment), choose where jobs run and say so in the log."""
    for name, default in DEFAULTS.items():
        app.config.setdefault(name, default)
        value = os.environ.get(_ENV[name])
        if value:
            app.config[name] = int(value) if isinstance(default, int) else value
    broker = app.config["CELERY_BROKER_URL"]
    if broker:
        mode = "celery"
        app.extensions["newsline_celery"] = make_celery(app)
        message = (f"Lesson jobs go to Celery workers through {_safe_url(broker)} "
                   f"(queue {app.config['JOBS_QUEUE']}); start them with `make worker`.")
    elif app.config.get("TESTING"):
        mode, message = "inline", "Lesson jobs run inside the request (TESTING without CELERY_BROKER_URL)."
    else:
        mode = "thread"
        message = ("No CELERY_BROKER_URL: lesson jobs run in a background thread of this web process, "
                   "which loads the language model. Set CELERY_BROKER_URL and run workers for real use.")
    app.config.setdefault("JOBS_MODE", mode)
    app.extensions["newsline_jobs"] = app.config["JOBS_MODE"]
    (app.logger.info if mode == "inline" else app.logger.warning)(message)


def make_celery(app: Flask):
    """The Celery app for this Flask app: late acks, one job at a time per process, time limits."""
    from celery import Celery

    conf = app.config
    broker = conf["CELERY_BROKER_URL"]
    backend = conf["CELERY_RESULT_BACKEND"] or (broker if broker.startswith(("redis", "rediss")) else "rpc://")
    limit = int(conf["GENERATION_TIME_LIMIT"])
    transport: dict[str, Any] = {}
    if broker.startswith(("redis", "rediss")):
        transport = {"visibility_timeout": int(conf["JOBS_VISIBILITY_TIMEOUT"])}
        if conf["JOBS_KEY_PREFIX"]:
            transport["global_keyprefix"] = conf["JOBS_KEY_PREFIX"]
    celery = Celery("newsline", broker=broker, backend=backend, set_as_current=False)
    celery.conf.update(
        task_default_queue=conf["JOBS_QUEUE"],
        task_serializer="json", accept_content=["json"], result_serializer="json",
        task_acks_late=True,                 # a job is acknowledged when it is finished, not when taken
        task_reject_on_worker_lost=True,     # a worker killed mid-job puts it back for another worker
        worker_prefetch_multiplier=1,        # a busy worker does not sit on jobs others could run
        task_soft_time_limit=limit,          # raises in the job: it fails with a message
        task_time_limit=limit + 15,          # then the process is killed (fail_killed_job marks the job)
        result_expires=24 * 3600,
        broker_transport_options=transport,
        result_backend_transport_options=dict(transport),
        broker_connection_retry_on_startup=True,
        worker_max_memory_per_child=800_000,  # KiB: a process grown by a huge article is replaced
        worker_hijack_root_logger=False,
    )
    return celery


def close_celery(app: Flask) -> None:
    """Close the broker connections of a process that is done queueing (tests, scripts).

    kombu keeps one connection pool per broker URL for the whole process, so every app's pools close.
    """
    from kombu import pools

    celery = app.extensions.get("newsline_celery")
    if celery is not None:
        celery.close()
        pools.reset()


def mode() -> str:
    return current_app.extensions.get("newsline_jobs", "inline")


def _safe_url(url: str) -> str:
    return re.sub(r"//[^@/]*@", "//***@", url)


# ---------------------------------------------------------------------------------- submitting

def split_articles(text: str) -> list[str]:
    """Several articles pasted at once, separated by a line of === ; empty parts are dropped."""
    text = text.replace("\r\n", "\n")                 # browsers send textarea lines ending in CR LF
    return [part.strip() for part in ARTICLE_SEPARATOR.split(text) if part.strip()]


def article_key(article: ArticleIn) -> str:
    """What makes two submissions 'the same article': text and every setting that changes the lesson."""
    text = article.text.replace("\r\n", "\n").strip()
    parts = [text, article.title or "", article.source or "",
             article.published.isoformat() if article.published else ""]
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()


def submit(owner: User, articles: list[ArticleIn], *, via: str = "form", _retry: bool = True
           ) -> list[GenerationJob]:
    """Queue one job per article (re-using the job of an article already sent); checks the teacher's limits.

    Returns the jobs in order. Raises JobLimitError when the teacher may not queue more now.
    """
    conf = current_app.config
    if len(articles) > conf["GENERATION_MAX_PER_SUBMIT"]:
        raise JobLimitError(f"That is {len(articles)} articles; send at most "
                            f"{conf['GENERATION_MAX_PER_SUBMIT']} at a time.", 0)
    # One teacher's submissions are counted one request at a time (PostgreSQL row lock; SQLite writes serialise).
    db.session.execute(db.select(User.id).filter_by(id=owner.id).with_for_update())
    batch = secrets.token_hex(8) if len(articles) > 1 else None
    jobs: list[GenerationJob | None] = []
    to_run: dict[str, tuple[int, ArticleIn, GenerationJob | None]] = {}   # by article key
    for article in articles:
        key = article_key(article)
        if key in to_run:                    # the same article twice in one paste: one job
            jobs.append(None)
            continue
        job = db.session.execute(db.select(GenerationJob).filter_by(owner_id=owner.id, article_key=key)
                                 ).scalar_one_or_none()
        if job is not None and not _needs_rerun(job):
            jobs.append(job)                 # the same article again: the same job, one lesson
            continue
        to_run[key] = (len(jobs), article, job)
        jobs.append(job)
    _check_allowance(owner.id, len(to_run))
    now = utcnow()
    for key, (i, article, job) in to_run.items():
        if job is None:
            job = GenerationJob(id=secrets.token_hex(16), owner_id=owner.id, article_key=key, attempt=1)
            db.session.add(job)
        else:
            job.attempt += 1
        job.batch, job.via, job.state, job.error = batch, via, "queued", None
        job.text, job.title, job.source, job.published = (article.text, article.title, article.source,
                                                          article.published)
        job.lesson_id, job.created, job.started, job.finished = None, now, None, None
        jobs[i] = job
    try:
        db.session.commit()
    except IntegrityError:            # the same article sent at the same moment by another request
        db.session.rollback()
        if not _retry:
            raise
        return submit(owner, articles, via=via, _retry=False)
    for i, _, _ in to_run.values():
        dispatch(jobs[i])
    by_key = {job.article_key: job for job in jobs if job is not None}
    return list(dict.fromkeys(by_key[article_key(article)] for article in articles))


def _needs_rerun(job: GenerationJob) -> bool:
    """A failed job, or a done job whose lesson was deleted, runs again when the article is sent again."""
    refresh_stale(job)
    return job.state == "failed" or (job.state == "done" and job.lesson_id is None)


def _check_allowance(owner_id: int, new: int) -> None:
    """Per teacher, whatever they used (form or any API key): jobs at once, per hour, per day."""
    if not new:
        return
    conf = current_app.config
    count = lambda *where: db.session.execute(  # noqa: E731
        db.select(db.func.count()).select_from(GenerationJob).where(
            GenerationJob.owner_id == owner_id, *where)).scalar_one()
    pending = count(GenerationJob.state.notin_(JOB_FINISHED))
    if pending + new > conf["GENERATION_MAX_PENDING"]:
        raise JobLimitError(f"You have {pending} lesson{'s' if pending != 1 else ''} being made already; "
                            f"at most {conf['GENERATION_MAX_PENDING']} can wait at once. "
                            "Wait for some to finish, then send the rest.", 60)
    now = utcnow()
    for window, limit, words in ((3600, conf["GENERATION_PER_HOUR"], "an hour"),
                                 (86400, conf["GENERATION_PER_DAY"], "a day")):
        used = count(GenerationJob.created >= now - dt.timedelta(seconds=window))
        if used + new > limit:
            raise JobLimitError(f"You can make {limit} lessons {words} and have made {used} in that time. "
                                f"Try again later; your text has not been lost.", window // 12)


def dispatch(job: GenerationJob) -> None:
    """Hand the job to whatever runs jobs here (see the module docstring)."""
    where = mode()
    if where == "celery":
        celery = current_app.extensions["newsline_celery"]
        try:
            celery.send_task(TASK_NAME, args=[job.id, job.attempt], task_id=f"{job.id}-{job.attempt}",
                             queue=current_app.config["JOBS_QUEUE"],
                             retry=True, retry_policy={"max_retries": 2, "interval_start": 0.2,
                                                       "interval_step": 0.5, "interval_max": 1})
        except Exception:  # noqa: BLE001  (any broker failure: the teacher gets a message, not a 500)
            log.exception("Could not queue job %s", job.id)
            _finish(job.id, job.attempt, state="failed",
                    error="The lesson queue could not be reached, so nothing was started. "
                          "Your text is kept: try again in a minute.")
            db.session.refresh(job)
    elif where == "thread":
        app = current_app._get_current_object()
        _executor().submit(_run_in_app, app, job.id, job.attempt)
    else:
        run_job(job.id, job.attempt)
        db.session.refresh(job)


_pool: ThreadPoolExecutor | None = None
_pool_lock = threading.Lock()


def _executor() -> ThreadPoolExecutor:
    global _pool
    with _pool_lock:
        if _pool is None:
            _pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="lesson-job")
        return _pool


def _run_in_app(app: Flask, job_id: str, attempt: int) -> None:
    with app.app_context():
        try:
            run_job(job_id, attempt)
        finally:
            db.session.remove()


# -------------------------------------------------------------------------------------- running

def run_job(job_id: str, attempt: int) -> str:
    """Make the lesson of one job; safe to run twice (a redelivered job makes no second lesson).

    Returns the job's final state ("done", "failed"), or "skipped" when another run owns it.
    """
    job = db.session.get(GenerationJob, job_id)
    if job is None or job.attempt != attempt or job.is_finished:
        db.session.rollback()
        return "skipped"
    text, title, source, published, owner_id = job.text, job.title, job.source, job.published, job.owner_id
    _set_state(job_id, attempt, "parsing", started=utcnow())
    try:
        lesson_id = _generate(job_id, attempt, owner_id, text=text, title=title, source=source,
                              published=published)
    except SoftTimeLimitExceeded:
        db.session.rollback()
        return _finish(job_id, attempt, state="failed", error=time_limit_message())
    except MemoryError:
        db.session.rollback()
        return _finish(job_id, attempt, state="failed", error=(
            "Making this lesson needed more memory than one article may use, so it was stopped. "
            "Paste only the article itself (no comments or other stories), or split it into parts."))
    except _JobRefused as e:
        db.session.rollback()
        return _finish(job_id, attempt, state="failed", error=str(e))
    except Exception:  # noqa: BLE001  (the teacher gets a plain message; the traceback goes to the log)
        db.session.rollback()
        log.exception("Lesson job %s failed", job_id)
        return _finish(job_id, attempt, state="failed", error=(
            "Something went wrong on our side while making this lesson; it has been logged. "
            "Your text is kept: try again in a few minutes."))
    return "done" if lesson_id else "skipped"


class _JobRefused(Exception):
    """The article cannot become a lesson, with a message the teacher can act on."""


def _generate(job_id: str, attempt: int, owner_id: int, **article: Any) -> int | None:
    """Clean, run quizgen with progress, then store the lesson and finish the job in one transaction."""
    from .authoring import AuthoringError, generate_lesson

    try:
        lesson = generate_lesson(owner_id, **article, progress=lambda step: _set_state(job_id, attempt, step))
    except AuthoringError as e:
        raise _JobRefused(str(e)) from None
    # Only the run that still owns the job may finish it: a second delivery of the same job rolls back here.
    claimed = db.session.execute(
        db.update(GenerationJob)
        .where(GenerationJob.id == job_id, GenerationJob.attempt == attempt,
               GenerationJob.state.notin_(JOB_FINISHED), GenerationJob.lesson_id.is_(None))
        .values(state="done", lesson_id=lesson.id, finished=utcnow(), error=None)
        .execution_options(synchronize_session=False)).rowcount
    if claimed != 1:
        db.session.rollback()
        return None
    db.session.commit()
    return lesson.id


def _set_state(job_id: str, attempt: int, state: str, **values: Any) -> None:
    """Record progress in its own short transaction (the job page reads it)."""
    db.session.execute(
        db.update(GenerationJob)
        .where(GenerationJob.id == job_id, GenerationJob.attempt == attempt,
               GenerationJob.state.notin_(JOB_FINISHED))
        .values(state=state, **values).execution_options(synchronize_session=False))
    db.session.commit()


def _finish(job_id: str, attempt: int, *, state: str, error: str | None = None) -> str:
    _set_state(job_id, attempt, state, error=error, finished=utcnow())
    return state


def fail_job(job_id: str, attempt: int, message: str) -> None:
    """Mark a job failed from outside it (the worker's parent process after a hard time limit)."""
    _finish(job_id, attempt, state="failed", error=message)


def fail_killed_job(exception: BaseException | None, args: tuple | list | None) -> bool:
    """A job whose process the hard time limit killed fails with the time-limit message (a job already
    finished stays as it is). The soft limit is raised inside the job as a signal, and a signal that lands
    in a garbage-collection callback is swallowed there, so the hard limit is the one that ends such a job;
    Celery then reports it only to the worker's parent, through its `task_failure` signal."""
    if not isinstance(exception, TimeLimitExceeded) or not args or len(args) < 2:
        return False
    fail_job(args[0], args[1], time_limit_message())
    return True


def time_limit_message() -> str:
    limit = current_app.config["GENERATION_TIME_LIMIT"]
    return (f"Making this lesson took longer than {limit} seconds, so it was stopped. Very long texts, "
            "or texts with a great many dates, take longest: paste only the article itself, "
            "or split it into parts.")


def refresh_stale(job: GenerationJob) -> None:
    """A job that has 'run' far longer than any worker may (its worker died and nobody took it back) fails."""
    if job.is_finished or job.started is None:
        return
    conf = current_app.config
    bound = int(conf["GENERATION_TIME_LIMIT"]) + 15 + int(conf["JOBS_VISIBILITY_TIMEOUT"]) + 60
    if utcnow() - job.started > dt.timedelta(seconds=bound):
        _finish(job.id, job.attempt, state="failed", error=(
            "The worker making this lesson stopped and it was not finished in time. "
            "Your text is kept: send it again."))
        db.session.refresh(job)


# -------------------------------------------------------------------------------------- reading

def own_job(job_id: str, owner_id: int) -> GenerationJob | None:
    job = db.session.get(GenerationJob, job_id) if len(job_id) <= 32 else None
    if job is None or job.owner_id != owner_id:
        return None
    refresh_stale(job)
    return job


def step_number(job: GenerationJob) -> int:
    """1-based position of the job's state among queued … done (a failed job keeps 0)."""
    return JOB_STEPS.index(job.state) + 1 if job.state in JOB_STEPS else 0


def display_title(job: GenerationJob) -> str:
    """The title given, else the article's own (a `Title:` header or its first line), shortened."""
    if job.title:
        return job.title
    first = "Untitled article"
    for line in job.text.splitlines():
        line = " ".join(re.sub(r"<[^>]+>", " ", line).split())
        header = _HEADER.match(line)
        if header and header.group(1).lower() == "title":
            first = header.group(2)
            break
        if line and not header:
            first = line
            break
    return first if len(first) <= 80 else first[:77].rstrip() + "…"


_HEADER = re.compile(r"^(title|source|published|url|author|date):\s*(.*)$", re.I)


def queue_position(job: GenerationJob) -> int:
    """Jobs of everyone queued before this one (what a waiting teacher wants to know)."""
    if job.state != "queued":
        return 0
    return db.session.execute(db.select(db.func.count()).select_from(GenerationJob).where(
        GenerationJob.state == "queued", GenerationJob.created < job.created)).scalar_one()


def recent_jobs(owner_id: int, *, days: int = 7) -> list[GenerationJob]:
    """The teacher's jobs still running, or failed lately (done jobs show as lessons)."""
    since = utcnow() - dt.timedelta(days=days)
    jobs = db.session.execute(
        db.select(GenerationJob).where(
            GenerationJob.owner_id == owner_id, GenerationJob.created >= since,
            GenerationJob.state != "done").order_by(GenerationJob.created.desc()).limit(50)).scalars().all()
    for job in jobs:
        refresh_stale(job)
    return list(jobs)


def job_json(job: GenerationJob, *, api: bool = True) -> dict[str, Any]:
    """The job resource: state, progress, the lesson when done, a readable error when failed."""
    from flask import url_for

    data: dict[str, Any] = {
        "id": job.id, "state": job.state, "label": STEP_LABELS.get(job.state, job.state),
        "progress": {"step": step_number(job), "of": len(JOB_STEPS), "steps": list(JOB_STEPS)},
        "title": display_title(job),
        "created": job.created.isoformat() if job.created else None,
        "finished": job.finished.isoformat() if job.finished else None,
        "error": job.error if job.state == "failed" else None,
        "lesson": None,
    }
    if api:
        data["url"] = url_for("api_write.get_job", job_id=job.id, _external=True)
    if job.state == "done" and job.lesson is not None:
        data["lesson"] = {"id": job.lesson.id, "slug": job.lesson.slug, "status": job.lesson.status,
                          "url": url_for("student.lesson", slug=job.lesson.slug, _external=True),
                          "review_url": url_for("teacher.review_lesson", lesson_id=job.lesson.id,
                                                _external=True)}
    return data


def wait_for(job: GenerationJob, seconds: float) -> GenerationJob:
    """Poll the job until it finishes or `seconds` pass (the API's ?wait=N)."""
    deadline = time.monotonic() + seconds
    while not job.is_finished and time.monotonic() < deadline:
        time.sleep(0.25)
        db.session.commit()                   # end the read transaction so the worker's writes are seen
        db.session.refresh(job)
    return job
