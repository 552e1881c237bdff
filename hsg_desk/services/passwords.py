"""Password hashing with argon2id at or above the OWASP floor (m=19 MiB, t=2, p=1)."""

from __future__ import annotations

from functools import cache


@cache
def hasher():
    """argon2id at OWASP's minimum of 19 MiB / t=2 / p=1 (argon2 is imported on first
    use: the window's start, which checks no password, does not pay for it)."""
    from argon2 import PasswordHasher

    return PasswordHasher(time_cost=2, memory_cost=19 * 1024, parallelism=1)


def hash_password(password: str) -> str:
    return hasher().hash(password)


def verify_password(stored_hash: str, password: str) -> bool:
    from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

    try:
        return hasher().verify(stored_hash, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def needs_rehash(stored_hash: str) -> bool:
    return hasher().check_needs_rehash(stored_hash)
