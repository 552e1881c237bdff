"""The audit trail's signing key, kept outside the database it protects.

A hash chain held only inside the file cannot catch someone who rewrites the file: they
recompute the chain and the anchor. The anchor is therefore signed with an HMAC whose
key the database does not hold: a random 32-byte key in a file readable by its owner
only (0600), in this account's configuration folder (platformdirs), or where
$HSG_DESK_AUDIT_KEY points. The OS keyring (`keyring`) was considered: on Windows and
macOS it is sound, but on a headless Linux it falls back to no backend or a plain file,
so one behaviour everywhere is a 0600 file; README "Your data" says so, and what this
cannot catch.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
from functools import cache
from pathlib import Path

from .permissions import make_private_folder, write_private_bytes

ENV_VAR = "HSG_DESK_AUDIT_KEY"


def key_path() -> Path:
    if os.environ.get(ENV_VAR):
        return Path(os.environ[ENV_VAR]).expanduser()
    from platformdirs import user_config_path

    return user_config_path("hsg-desk", appauthor=False) / "audit-key"


@cache
def _key(path: Path) -> bytes:
    try:
        key = bytes.fromhex(path.read_text(encoding="ascii").strip())
        if len(key) >= 32:
            return key
    except (OSError, ValueError):
        if path.exists():
            raise
    make_private_folder(path.parent)
    key = secrets.token_bytes(32)
    write_private_bytes(path, key.hex().encode("ascii"))
    return key


def audit_key() -> bytes:
    """The key (created on first use)."""
    return _key(key_path())


def sign(row_id: int, row_hash: str) -> str:
    """The HMAC-SHA256 of the chain head (row id and hash)."""
    return hmac.new(audit_key(), f"{row_id}:{row_hash}".encode("ascii"), hashlib.sha256).hexdigest()


def signature_matches(row_id: int, row_hash: str, signature: str) -> bool:
    return hmac.compare_digest(sign(row_id, row_hash), str(signature or ""))
