"""The worker side of lesson jobs: `celery -A classroom.celery_app worker` (loads spaCy once per process)."""
from __future__ import annotations

import logging
import os
import resource
import time

from celery import Task
from celery.signals import task_failure, worker_process_init

from app import create_app
from classroom import jobs
from classroom.extensions import db

log = logging.getLogger("newsline.worker")

# A worker started without a broker setting uses the local Redis, the default kind.
os.environ.setdefault("CELERY_BROKER_URL", "redis://127.0.0.1:6379/0")
flask_app = create_app()
celery = flask_app.extensions["newsline_celery"]


class LessonTask(Task):
    """Runs in the Flask app's context."""

    def __call__(self, *args, **kwargs):
        with flask_app.app_context():
            try:
                return super().__call__(*args, **kwargs)
            finally:
                db.session.remove()


@celery.task(name=jobs.TASK_NAME, base=LessonTask, acks_late=True, reject_on_worker_lost=True)
def generate_lesson(job_id: str, attempt: int) -> str:
    """Make one job's lesson (idempotent: see jobs.run_job)."""
    return jobs.run_job(job_id, attempt)


@task_failure.connect
def _mark_killed_job(sender=None, exception=None, args=None, **_kwargs) -> None:
    """In the worker's parent: a lesson job killed by the hard time limit is marked failed (the task's own
    on_failure would run only in the killed process)."""
    if getattr(sender, "name", None) != jobs.TASK_NAME:
        return
    with flask_app.app_context():
        try:
            jobs.fail_killed_job(exception, args)
        finally:
            db.session.remove()


@worker_process_init.connect
def _prepare_process(**_kwargs) -> None:
    """Each worker process: its own database connections, a memory ceiling, the language model loaded once."""
    with flask_app.app_context():
        db.engine.dispose(close=False)      # connections inherited from the parent are not shared
    nice = int(flask_app.config["GENERATION_NICE"])
    if nice > 0:
        os.nice(nice)                        # students' page views come first where web and worker share CPUs
    limit_mb = int(flask_app.config["GENERATION_MEMORY_LIMIT_MB"])
    if limit_mb > 0:
        limit = limit_mb * 1024 * 1024
        soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        if hard != resource.RLIM_INFINITY:
            limit = min(limit, hard)
        resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    started = time.perf_counter()
    import quizgen

    # One small lesson loads the model and warms the date parser, so the first real job is not slower.
    quizgen.build_lesson("Warm-up\n\nThe council met on 3 March 2020 and will meet again next week.",
                         published="2020-03-05")
    log.warning("worker process %d: language model loaded in %.1f s, memory limit %s MB",
                os.getpid(), time.perf_counter() - started, limit_mb or "none")
