"""Grades back to the LMS (Assignment and Grade Services): one post per attempt, retried until sent."""
from __future__ import annotations

import datetime as dt

from flask import current_app
from pylti1p3.assignments_grades import AssignmentsGradesService
from pylti1p3.exception import LtiException, LtiServiceException
from pylti1p3.grade import Grade
from pylti1p3.lineitem import LineItem
from requests import RequestException
from sqlalchemy import update
from sqlalchemy.exc import IntegrityError

from ..extensions import db
from ..models import Attempt, utcnow
from .models import LtiGradePost, LtiResourceLink, LtiUser
from .tool import service_connector

SENDING_LEASE = dt.timedelta(minutes=2)    # a post stuck in "sending" (a crashed worker) is retried after this
MAX_BACKOFF = dt.timedelta(hours=6)


def queue_grade(attempt: Attempt) -> LtiGradePost | None:
    """Record that this submitted attempt's score must go to its LMS line item (None if it need not).

    An attempt counts for the LMS link it was opened from (or the learner's latest link to its lesson).
    """
    lti_user = db.session.execute(db.select(LtiUser).filter_by(learner_id=attempt.learner_id)).scalars().first()
    if lti_user is None or attempt.submitted is None or attempt.score is None:
        return None
    links = (db.select(LtiResourceLink).filter(LtiResourceLink.platform_id == lti_user.platform_id,
                                               LtiResourceLink.lesson_id == attempt.lesson_id,
                                               LtiResourceLink.ags.is_not(None))
             .order_by(LtiResourceLink.id.desc()))
    # The link the quiz was opened from (its assignment), else the latest link to the lesson.
    link = (db.session.execute(links.filter(LtiResourceLink.assignment_id == attempt.assignment_id)).scalars().first()
            if attempt.assignment_id else None) or db.session.execute(links).scalars().first()
    if link is None:
        return None
    given, maximum = score_for(attempt, link)
    post = LtiGradePost(attempt_id=attempt.id, link=link, lti_user=lti_user, score_given=given,
                        score_maximum=maximum, timestamp=attempt.submitted)
    try:
        with db.session.begin_nested():
            db.session.add(post)
    except IntegrityError:
        return None       # already queued for this attempt: never a second post
    db.session.commit()
    return post


def score_for(attempt: Attempt, link: LtiResourceLink) -> tuple[float, float]:
    """(scoreGiven, scoreMaximum) under the link's policy: this attempt's, or the learner's best."""
    maximum = float(attempt.max_score or 0)
    given = float(attempt.score or 0)
    if link.grade_policy == "best":
        others = db.session.execute(
            db.select(Attempt).filter(Attempt.learner_id == attempt.learner_id, Attempt.lesson_id == attempt.lesson_id,
                                      Attempt.submitted.is_not(None))).scalars()
        best = max(((a.score or 0) / a.max_score for a in others if a.max_score), default=0.0)
        if maximum and best > given / maximum:
            given = round(best * maximum, 4)
    return given, maximum


def send_grade(post: LtiGradePost) -> bool:
    """Post one score if no one else is posting it now; True when the platform accepted it."""
    now = utcnow()
    claimed = db.session.execute(
        update(LtiGradePost)
        .where(LtiGradePost.id == post.id,
               (LtiGradePost.status == "pending")
               | ((LtiGradePost.status == "sending") & (LtiGradePost.next_try < now)))
        .values(status="sending", next_try=now + SENDING_LEASE, tries=LtiGradePost.tries + 1)
        .execution_options(synchronize_session=False))
    db.session.commit()
    if claimed.rowcount != 1:
        return False
    db.session.refresh(post)
    if _superseded(post):
        # A later attempt's score is already in the gradebook (its "best" included this one):
        # posting this older one would be refused for its older timestamp, or overwrite the newer.
        post.status, post.last_error = "superseded", ""
        db.session.commit()
        return False
    try:
        _post_score(post)
    except (LtiException, RequestException, ValueError, KeyError) as e:
        post.status = "pending"
        post.last_error = _describe(e)[:1000]
        post.next_try = utcnow() + min(dt.timedelta(minutes=2 ** min(post.tries, 12)), MAX_BACKOFF)
        db.session.commit()
        current_app.logger.warning("LTI grade post %s failed (try %s): %s", post.id, post.tries, post.last_error)
        return False
    post.status, post.sent, post.last_error = "sent", utcnow(), ""
    db.session.commit()
    return True


def _superseded(post: LtiGradePost) -> bool:
    return db.session.execute(
        db.select(LtiGradePost.id).filter(LtiGradePost.link_id == post.link_id,
                                          LtiGradePost.lti_user_id == post.lti_user_id,
                                          LtiGradePost.status == "sent",
                                          LtiGradePost.timestamp > post.timestamp).limit(1)).first() is not None


def _describe(e: Exception) -> str:
    if isinstance(e, LtiServiceException):
        return f"the platform answered {e.response.status_code}: {e.response.text[:300]}"
    return f"{type(e).__name__}: {e}"


def _post_score(post: LtiGradePost) -> None:
    link = post.link
    ags = AssignmentsGradesService(service_connector(link.platform), dict(link.ags or {}))
    grade = (Grade().set_score_given(post.score_given).set_score_maximum(post.score_maximum)
             .set_timestamp(post.timestamp.isoformat()).set_activity_progress("Completed")
             .set_grading_progress("FullyGraded").set_user_id(post.lti_user.sub))
    lineitem = None
    if not link.lineitem_url:
        # No line item in the launch: find or make one for this link (needs the lineitem scope).
        label = link.lesson.title if link.lesson else (link.title or "Newsline quiz")
        wanted = (LineItem().set_label(label[:200]).set_score_maximum(post.score_maximum)
                  .set_resource_id(link.lesson.slug if link.lesson else link.resource_link_id)
                  .set_resource_link_id(link.resource_link_id).set_tag("newsline"))
        lineitem = ags.find_or_create_lineitem(wanted, find_by="resource_link_id")
        link.lineitem_url = lineitem.get_id()
    else:
        lineitem = LineItem({"id": link.lineitem_url})
    ags.put_grade(grade, lineitem)


def send_due(limit: int = 100) -> tuple[int, int, int]:
    """Send every post that is due (the retry loop of `flask lti-post-grades`); (sent, superseded, waiting)."""
    now = utcnow()
    due = db.session.execute(
        db.select(LtiGradePost).filter(LtiGradePost.status.in_(("pending", "sending")), LtiGradePost.next_try <= now)
        .order_by(LtiGradePost.timestamp).limit(limit)).scalars().all()
    sent = superseded = waiting = 0
    for post in due:
        if send_grade(post):
            sent += 1
        elif post.status == "superseded":
            superseded += 1
        else:
            waiting += 1
    return sent, superseded, waiting


def on_attempt_submitted(attempt: Attempt) -> None:
    """Hook run after an attempt is marked: queue its score and try to send it at once."""
    post = queue_grade(attempt)
    if post is not None and post.next_try <= utcnow():
        send_grade(post)
