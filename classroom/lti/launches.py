"""What a validated launch becomes: the platform user, the course as a class, the link as an
assignment, and a launch token that carries the user through the LTI pages."""
from __future__ import annotations

import datetime as dt
import secrets
from typing import Any

from werkzeug.security import generate_password_hash

from ..authoring import create_assignment, create_classroom
from ..extensions import db
from ..learners import hash_secret
from ..models import Assignment, Learner, Lesson, User, utcnow
from .models import LtiContext, LtiLaunch, LtiPlatform, LtiResourceLink, LtiUser
from .tool import LaunchRefused

LAUNCH_LIFETIME = dt.timedelta(hours=8)     # a school day: a quiz left open over lunch still submits

CLAIM = "https://purl.imsglobal.org/spec/lti/claim/"
AGS_CLAIM = "https://purl.imsglobal.org/spec/lti-ags/claim/endpoint"
NRPS_CLAIM = "https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice"
DL_CLAIM = "https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings"

INSTRUCTOR_ROLES = ("#Instructor", "#Administrator", "#ContentDeveloper", "#TeachingAssistant")


def is_instructor(roles: list[str]) -> bool:
    """Teaching roles (context or institution) see the dashboard; everyone else takes the quiz."""
    return any(str(r).endswith(INSTRUCTOR_ROLES) or "Instructor" in str(r).rsplit("/", 1)[-1] for r in roles)


def display_name(body: dict[str, Any]) -> str:
    """The user's name, or (an LMS that keeps names private) a label the teacher can still tell apart."""
    name = body.get("name") or " ".join(p for p in (body.get("given_name"), body.get("family_name")) if p)
    return (name or f"LMS user {str(body.get('sub', ''))[-6:]}").strip()[:80]


def lti_user_for(platform: LtiPlatform, sub: str, name: str) -> LtiUser:
    row = db.session.execute(db.select(LtiUser).filter_by(platform_id=platform.id, sub=sub)).scalar_one_or_none()
    if row is None:
        row = LtiUser(platform_id=platform.id, sub=sub, name=name)
        db.session.add(row)
    elif name and not name.startswith("LMS user "):
        row.name = name
    return row


def teacher_account(lti_user: LtiUser) -> User:
    """The Newsline teacher account of an LMS instructor, made on their first launch.

    Never matched by email (a platform can assert any email): the account is reachable only
    through launches, so it gets an unusable random password.
    """
    if lti_user.user is None:
        user = User(email=f"lti-{lti_user.platform_id}-{secrets.token_hex(8)}@lti.invalid",
                    password_hash=generate_password_hash(secrets.token_urlsafe(32)),
                    name=lti_user.name[:120], role="teacher")
        db.session.add(user)
        db.session.flush()
        lti_user.user = user
    return lti_user.user


def platform_teacher(platform: LtiPlatform) -> User:
    """Owner of courses first opened by a learner (the platform's own account, made once)."""
    email = f"lti-platform-{platform.id}@lti.invalid"
    user = db.session.execute(db.select(User).filter_by(email=email)).scalar_one_or_none()
    if user is None:
        user = User(email=email, password_hash=generate_password_hash(secrets.token_urlsafe(32)),
                    name=f"{platform.name} (LMS)"[:120], role="teacher")
        db.session.add(user)
        db.session.flush()
    return user


def context_for(platform: LtiPlatform, body: dict[str, Any], owner: User) -> LtiContext:
    claim = body.get(CLAIM + "context") or {}
    if not claim.get("id"):
        raise LaunchRefused("This launch has no course", "Newsline is used inside a course: the LMS sent no "
                            "course (context) with this launch.")
    ctx = db.session.execute(db.select(LtiContext).filter_by(platform_id=platform.id,
                                                             context_id=str(claim["id"]))).scalar_one_or_none()
    title = str(claim.get("title") or claim.get("label") or "LMS course")[:120]
    if ctx is None:
        classroom = create_classroom(owner, title)
        ctx = LtiContext(platform_id=platform.id, context_id=str(claim["id"]), title=title, classroom=classroom)
        db.session.add(ctx)
    nrps = body.get(NRPS_CLAIM) or {}
    if nrps.get("context_memberships_url"):
        ctx.nrps_url = nrps["context_memberships_url"]
    return ctx


def lesson_for_link(body: dict[str, Any], link: LtiResourceLink | None) -> Lesson | None:
    """The lesson a link shows: set by deep linking (custom `lesson`), else the one it had."""
    custom = body.get(CLAIM + "custom") or {}
    slug = custom.get("lesson") if isinstance(custom, dict) else None
    if slug:
        lesson = db.session.execute(db.select(Lesson).filter_by(slug=str(slug))).scalar_one_or_none()
        if lesson is not None and lesson.is_published:
            return lesson
    return link.lesson if link is not None else None


def link_for(platform: LtiPlatform, ctx: LtiContext, body: dict[str, Any]) -> LtiResourceLink:
    claim = body.get(CLAIM + "resource_link") or {}
    link = db.session.execute(db.select(LtiResourceLink).filter_by(
        platform_id=platform.id, resource_link_id=str(claim["id"]))).scalar_one_or_none()
    if link is None:
        link = LtiResourceLink(platform_id=platform.id, resource_link_id=str(claim["id"]), context=ctx,
                               title=str(claim.get("title") or "")[:300])
        db.session.add(link)
    lesson = lesson_for_link(body, link)
    if lesson is not None and link.lesson_id != lesson.id:
        link.lesson = lesson
        link.assignment = None
    if link.lesson is not None and link.assignment is None:
        link.assignment = db.session.execute(db.select(Assignment).filter_by(
            classroom_id=ctx.classroom_id, lesson_id=link.lesson.id)).scalars().first() \
            or create_assignment(ctx.classroom, link.lesson, None)
    ags = body.get(AGS_CLAIM)
    if isinstance(ags, dict):
        link.ags = ags
        if ags.get("lineitem"):
            link.lineitem_url = ags["lineitem"]
    return link


def learner_for(lti_user: LtiUser, ctx: LtiContext) -> Learner:
    """The learner row of an LMS student in this course (no join code, no resume code)."""
    learner = lti_user.learner
    if learner is None:
        learner = Learner(display_name=lti_user.name or "LMS learner", token_hash=hash_secret(secrets.token_urlsafe(32)))
        db.session.add(learner)
        lti_user.learner = learner
    learner.classroom_id = ctx.classroom_id
    if lti_user.name:
        learner.display_name = lti_user.name[:80]
    return learner


def record_launch(platform: LtiPlatform, body: dict[str, Any]) -> tuple[LtiLaunch, str]:
    """Store a validated launch and everything it implies; returns (launch, its URL token)."""
    message_type = body.get(CLAIM + "message_type")
    roles = body.get(CLAIM + "roles") or []
    role = "instructor" if is_instructor(roles) else "learner"
    lti_user = lti_user_for(platform, str(body["sub"]), display_name(body))
    db.session.flush()
    owner = teacher_account(lti_user) if role == "instructor" else None
    ctx = context_for(platform, body, owner or platform_teacher(platform))
    db.session.flush()
    if owner is not None and db.session.get(User, ctx.classroom.teacher_id).email.startswith("lti-platform-"):
        ctx.classroom.teacher_id = owner.id     # the course's first instructor takes over the class
    link = None
    if message_type == "LtiResourceLinkRequest":
        link = link_for(platform, ctx, body)
        if role == "learner":
            learner_for(lti_user, ctx)
    elif role != "instructor":
        raise LaunchRefused("Only teachers can add content", "Choosing a Newsline lesson for the course is "
                            "for instructors.", status=403)
    token = secrets.token_urlsafe(32)
    launch = LtiLaunch(token_hash=hash_secret(token), platform_id=platform.id,
                       deployment_id=str(body.get(CLAIM + "deployment_id")), lti_user=lti_user, context=ctx,
                       link=link, message_type=str(message_type), role=role,
                       deep_linking=body.get(DL_CLAIM) if message_type == "LtiDeepLinkingRequest" else None,
                       expires=utcnow() + LAUNCH_LIFETIME)
    db.session.add(launch)
    db.session.flush()
    return launch, token


def launch_by_token(token: str) -> LtiLaunch | None:
    """The unexpired launch this URL token names, or None."""
    if not token or len(token) > 100:
        return None
    launch = db.session.execute(db.select(LtiLaunch).filter_by(token_hash=hash_secret(token))).scalar_one_or_none()
    if launch is None or launch.expires < utcnow():
        return None
    return launch
