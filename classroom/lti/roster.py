"""Names and Role Provisioning Services: the course roster from the LMS fills the Newsline class."""
from __future__ import annotations

from pylti1p3.names_roles import NamesRolesProvisioningService

from ..extensions import db
from ..models import utcnow
from .launches import is_instructor, learner_for, lti_user_for
from .models import LtiContext, LtiPlatform
from .tool import service_connector


def sync_roster(ctx: LtiContext) -> int:
    """Add every active learner of the LMS course to the class (by platform user id); returns how many."""
    if not ctx.nrps_url:
        return 0
    platform = db.session.get(LtiPlatform, ctx.platform_id)
    service = NamesRolesProvisioningService(service_connector(platform),
                                            {"context_memberships_url": ctx.nrps_url})
    count = 0
    for member in service.get_members():
        if member.get("status", "Active") != "Active" or not member.get("user_id"):
            continue
        if is_instructor(member.get("roles") or []):
            continue
        name = (member.get("name") or " ".join(p for p in (member.get("given_name"), member.get("family_name"))
                                                if p) or "LMS learner")[:80]
        lti_user = lti_user_for(platform, str(member["user_id"]), name)
        db.session.flush()
        learner_for(lti_user, ctx)
        count += 1
    ctx.roster_synced = utcnow()
    db.session.commit()
    return count
