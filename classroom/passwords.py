"""Password rules for teacher accounts: not one of the common ones, not repetitive, not the email."""
from __future__ import annotations

import functools
from pathlib import Path

COMMON_PASSWORDS_FILE = Path(__file__).resolve().parent / "data" / "common_passwords.txt"
MIN_DISTINCT_CHARACTERS = 4      # "aaaaaaaaaa", "abababababab", "1212121212" are guessed early
TOO_EASY = ("This password is too common or too easy to guess (such passwords are tried first). "
            "A few unrelated words make a strong one.")


@functools.cache
def common_passwords() -> frozenset[str]:
    """The shipped list (lower case), read once per process."""
    lines = COMMON_PASSWORDS_FILE.read_text(encoding="utf-8").splitlines()
    return frozenset(line for line in lines if line and not line.startswith("#"))


def password_problem(password: str, *, email: str = "") -> str | None:
    """Why this password may not be used, in words a teacher can act on; None when it is fine."""
    candidate = password.strip().lower()
    if candidate in common_passwords() or len(set(candidate)) < MIN_DISTINCT_CHARACTERS:
        return TOO_EASY
    address = email.strip().lower()
    local_part = address.split("@")[0]
    if address and (candidate == address or (len(local_part) >= 3 and local_part in candidate
                                             and len(candidate) - len(local_part) < 4)):
        return "Do not build your password from your email address: choose something else."
    return None
