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
    """The key that signs now (made, and committed, the first time it is needed)."""
    key = db.session.execute(db.select(LtiToolKey).filter(LtiToolKey.retired.is_(None))
                             .order_by(LtiToolKey.created.desc(), LtiToolKey.id.desc()).limit(1)).scalar_one_or_none()
    if key is None:
        key = new_key()
        db.session.commit()
    return key


def public_pem(key: LtiToolKey) -> str:
    return JWK.from_json(json.dumps(key.public_jwk)).export_to_pem().decode()


def rotate_keys() -> LtiToolKey:
    """Retire the signing key (still published for KEY_GRACE) and start signing with a new one."""
    now = utcnow()
    for key in db.session.execute(db.select(LtiToolKey).filter(LtiToolKey.retired.is_(None))).scalars():
        key.retired = now
    key = new_key()
    db.session.commit()
    return key


def jwks() -> dict[str, list[dict[str, Any]]]:
    """The tool's public keys as a JSON Web Key Set: {"keys": [...]}, a flat list of JWKs."""
    current_key()
    since = utcnow() - KEY_GRACE
    keys = db.session.execute(
        db.select(LtiToolKey).filter((LtiToolKey.retired.is_(None)) | (LtiToolKey.retired > since))
        .order_by(LtiToolKey.created.desc(), LtiToolKey.id.desc())).scalars()
    return {"keys": [dict(k.public_jwk) for k in keys]}
