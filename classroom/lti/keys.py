"""The tool's signing keys: made on first use, rotated by an admin, published as a JWKS."""
from __future__ import annotations

import datetime as dt
import json
from typing import Any

from jwcrypto.jwk import JWK

from ..extensions import db
from ..models import utcnow
from .models import LtiToolKey

# How long a retired key stays in the JWKS: longer than any platform caches a key set
# (Canvas and Moodle refetch within hours), so nothing signed before a rotation fails.
KEY_GRACE = dt.timedelta(days=7)
# A new key is published this long before it signs (the JWKS's max-age), so a platform holding a
# cached key set never sees a kid it does not know yet.
PUBLISH_AHEAD = dt.timedelta(hours=1)
KEY_BITS = 2048


def new_key() -> LtiToolKey:
    """A fresh RSA key with kid = its RFC 7638 thumbprint (what PyLTI1p3 puts in JWT headers)."""
    jwk = JWK.generate(kty="RSA", size=KEY_BITS)
    public = json.loads(jwk.export_public())
    kid = jwk.thumbprint()
    public.update({"kid": kid, "alg": "RS256", "use": "sig"})
    key = LtiToolKey(kid=kid, private_pem=jwk.export_to_pem(private_key=True, password=None).decode(),
                     public_jwk=public)
    db.session.add(key)
    return key


def current_key() -> LtiToolKey:
    """The key that signs now (made, and committed, the first time it is needed).

    After a rotation the outgoing key keeps signing until its `retired` time (PUBLISH_AHEAD later),
    then the newest key takes over.
    """
    now = utcnow()
    live = db.session.execute(
        db.select(LtiToolKey).filter(LtiToolKey.retired.is_(None) | (LtiToolKey.retired > now))
        .order_by(LtiToolKey.created.desc(), LtiToolKey.id.desc())).scalars().all()
    outgoing = [k for k in live if k.retired is not None]
    if outgoing:
        return min(outgoing, key=lambda k: k.retired)
    if live:
        return live[0]
    key = new_key()
    db.session.commit()
    return key


def public_pem(key: LtiToolKey) -> str:
    return JWK.from_json(json.dumps(key.public_jwk)).export_to_pem().decode()


def rotate_keys() -> LtiToolKey:
    """Publish a new key now; it signs from PUBLISH_AHEAD on, and the old key stays published
    until KEY_GRACE after that."""
    switch = utcnow() + PUBLISH_AHEAD
    for key in db.session.execute(db.select(LtiToolKey).filter(
            LtiToolKey.retired.is_(None) | (LtiToolKey.retired > switch))).scalars():
        key.retired = switch
    key = new_key()
    db.session.commit()
    return key


def jwks() -> dict[str, list[dict[str, Any]]]:
    """The tool's public keys as a JSON Web Key Set: {"keys": [...]}, a flat list of JWKs
    (the next key, the signing key, and keys retired less than KEY_GRACE ago)."""
    current_key()
    since = utcnow() - KEY_GRACE
    keys = db.session.execute(
        db.select(LtiToolKey).filter((LtiToolKey.retired.is_(None)) | (LtiToolKey.retired > since))
        .order_by(LtiToolKey.created.desc(), LtiToolKey.id.desc())).scalars()
    return {"keys": [dict(k.public_jwk) for k in keys]}
