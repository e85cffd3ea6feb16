"""Tables for LTI: platform registrations, tool keys, logins, launches, links and grade posts."""
from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, Float, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..extensions import db
from ..models import Assignment, Attempt, Classroom, Learner, Lesson, User, UTCDateTime, utcnow


class LtiPlatform(db.Model):
    """A registered LMS (one issuer + client id), with the deployment ids it may launch from."""

    __tablename__ = "lti_platform"
    __table_args__ = (UniqueConstraint("issuer", "client_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    issuer: Mapped[str] = mapped_column(String(300))
    client_id: Mapped[str] = mapped_column(String(300))
    auth_login_url: Mapped[str] = mapped_column(String(500))
    auth_token_url: Mapped[str] = mapped_column(String(500))
    # Some platforms (Moodle, Canvas) want a token audience other than the token URL.
    auth_audience: Mapped[str | None] = mapped_column(String(500))
    key_set_url: Mapped[str] = mapped_column(String(500))
    deployment_ids: Mapped[list[str]] = mapped_column(JSON, default=list)
    created: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


class LtiToolKey(db.Model):
    """One of the tool's RSA signing keys. The newest unretired key signs; retired keys stay in
    the JWKS for a grace period so tokens signed just before a rotation still verify."""

    __tablename__ = "lti_tool_key"
    id: Mapped[int] = mapped_column(primary_key=True)
    kid: Mapped[str] = mapped_column(String(100), unique=True)
    private_pem: Mapped[str] = mapped_column(Text)
    public_jwk: Mapped[dict[str, Any]] = mapped_column(JSON)
    created: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    retired: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)


class LtiLogin(db.Model):
    """An OIDC login started by a platform: its state and nonce, usable for one launch only.

    Kept server-side, keyed by the state parameter, so a launch inside a third-party iframe
    needs no cookie; only hashes are stored (both values are long random strings).
    """

    __tablename__ = "lti_login"
    id: Mapped[int] = mapped_column(primary_key=True)
    state_hash: Mapped[str] = mapped_column(String(64), unique=True)
    nonce_hash: Mapped[str] = mapped_column(String(64), unique=True)
    platform_id: Mapped[int] = mapped_column(ForeignKey("lti_platform.id", ondelete="CASCADE"), index=True)
    created: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    used: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)


class LtiUser(db.Model):
    """A platform user (stable `sub`), tied to a Newsline teacher account or learner."""

    __tablename__ = "lti_user"
    __table_args__ = (UniqueConstraint("platform_id", "sub"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    platform_id: Mapped[int] = mapped_column(ForeignKey("lti_platform.id", ondelete="CASCADE"), index=True)
    sub: Mapped[str] = mapped_column(String(255))
    name: Mapped[str] = mapped_column(String(200), default="")
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"), index=True)
    learner_id: Mapped[int | None] = mapped_column(ForeignKey("learner.id", ondelete="SET NULL"), index=True)
    created: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)

    user: Mapped[User | None] = relationship()
    learner: Mapped[Learner | None] = relationship()


class LtiContext(db.Model):
    """An LMS course, mirrored as a Newsline class (made on its first launch)."""

    __tablename__ = "lti_context"
    __table_args__ = (UniqueConstraint("platform_id", "context_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    platform_id: Mapped[int] = mapped_column(ForeignKey("lti_platform.id", ondelete="CASCADE"), index=True)
    context_id: Mapped[str] = mapped_column(String(255))
    title: Mapped[str] = mapped_column(String(300), default="")
    classroom_id: Mapped[int] = mapped_column(ForeignKey("classroom.id", ondelete="CASCADE"), index=True)
    nrps_url: Mapped[str | None] = mapped_column(String(500))
    roster_synced: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)

    classroom: Mapped[Classroom] = relationship()


GRADE_POLICIES = ("best", "latest")


class LtiResourceLink(db.Model):
    """A placement of a lesson in a course, with its line item (where grades go)."""

    __tablename__ = "lti_resource_link"
    __table_args__ = (UniqueConstraint("platform_id", "resource_link_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    platform_id: Mapped[int] = mapped_column(ForeignKey("lti_platform.id", ondelete="CASCADE"), index=True)
    resource_link_id: Mapped[str] = mapped_column(String(255))
    context_id: Mapped[int] = mapped_column(ForeignKey("lti_context.id", ondelete="CASCADE"), index=True)
    lesson_id: Mapped[int | None] = mapped_column(ForeignKey("lesson.id", ondelete="SET NULL"), index=True)
    assignment_id: Mapped[int | None] = mapped_column(ForeignKey("assignment.id", ondelete="SET NULL"),
                                                      index=True)
    title: Mapped[str] = mapped_column(String(300), default="")
    # The AGS claim of the latest launch: scopes, lineitems URL, lineitem URL.
    ags: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    lineitem_url: Mapped[str | None] = mapped_column(String(500))
    grade_policy: Mapped[str] = mapped_column(String(10), default="best")
    created: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)

    platform: Mapped[LtiPlatform] = relationship()
    context: Mapped[LtiContext] = relationship()
    lesson: Mapped[Lesson | None] = relationship()
    assignment: Mapped[Assignment | None] = relationship()


class LtiLaunch(db.Model):
    """A validated launch. Its token (only the hash is kept) is carried in the page URLs of the
    LTI pages, which is how a learner inside an LMS iframe stays known without any cookie."""

    __tablename__ = "lti_launch"
    id: Mapped[int] = mapped_column(primary_key=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    platform_id: Mapped[int] = mapped_column(ForeignKey("lti_platform.id", ondelete="CASCADE"), index=True)
    deployment_id: Mapped[str] = mapped_column(String(255))
    lti_user_id: Mapped[int] = mapped_column(ForeignKey("lti_user.id", ondelete="CASCADE"), index=True)
    context_id: Mapped[int | None] = mapped_column(ForeignKey("lti_context.id", ondelete="CASCADE"), index=True)
    link_id: Mapped[int | None] = mapped_column(ForeignKey("lti_resource_link.id", ondelete="CASCADE"),
                                                index=True)
    message_type: Mapped[str] = mapped_column(String(40))
    role: Mapped[str] = mapped_column(String(20))         # "instructor" | "learner"
    deep_linking: Mapped[dict[str, Any] | None] = mapped_column(JSON)   # the settings claim
    created: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    expires: Mapped[dt.datetime] = mapped_column(UTCDateTime)

    platform: Mapped[LtiPlatform] = relationship()
    lti_user: Mapped[LtiUser] = relationship()
    context: Mapped[LtiContext | None] = relationship()
    link: Mapped[LtiResourceLink | None] = relationship()


class LtiGradePost(db.Model):
    """The score of one attempt, to be sent to one line item: one row per attempt (the unique
    key is what makes a second post for the same attempt impossible), retried until sent."""

    __tablename__ = "lti_grade_post"
    id: Mapped[int] = mapped_column(primary_key=True)
    attempt_id: Mapped[int] = mapped_column(ForeignKey("attempt.id", ondelete="CASCADE"), unique=True)
    link_id: Mapped[int] = mapped_column(ForeignKey("lti_resource_link.id", ondelete="CASCADE"), index=True)
    lti_user_id: Mapped[int] = mapped_column(ForeignKey("lti_user.id", ondelete="CASCADE"), index=True)
    score_given: Mapped[float] = mapped_column(Float)
    score_maximum: Mapped[float] = mapped_column(Float)
    timestamp: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    # pending | sending | sent | superseded (a later attempt's score was sent first)
    status: Mapped[str] = mapped_column(String(12), default="pending", index=True)
    tries: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str] = mapped_column(Text, default="")
    next_try: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    sent: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    created: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)

    attempt: Mapped[Attempt] = relationship()
    link: Mapped[LtiResourceLink] = relationship()
    lti_user: Mapped[LtiUser] = relationship()
