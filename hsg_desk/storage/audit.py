"""The audit trail: one append-only, hash-chained row per event (DESIGN.md §8).

Triggers in the schema refuse UPDATE and DELETE. Each row's hash covers its own
fields and the previous row's hash, so an edited, removed or reordered row breaks
the chain at that row (`verify_chain`).
"""

from __future__ import annotations

import hashlib
import json
import socket
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any

GENESIS = "0" * 64
HASHED_FIELDS = ("id", "at", "user_id", "username", "workstation", "action",
                 "patient_id", "record_type", "record_id", "changes", "prev_hash")


def row_hash(row: dict[str, Any]) -> str:
    payload = json.dumps([row[name] for name in HASHED_FIELDS], ensure_ascii=False,
                         separators=(",", ":"), default=str)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def workstation_name() -> str:
    return socket.gethostname() or "unknown"


def record_event(db, *, at: datetime, action: str, user_id: int | None = None, username: str = "",
                 patient_id: int | None = None, record_type: str = "", record_id: Any = "",
                 changes: dict[str, Any] | None = None, workstation: str | None = None) -> int:
    """Append one audit row; inside the caller's transaction when there is one."""
    with db.atomic():
        last = db.execute("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
        row = {
            "id": (last[0] + 1) if last else 1,
            "at": at.astimezone(timezone.utc).isoformat(),
            "user_id": user_id,
            "username": username,
            "workstation": workstation if workstation is not None else workstation_name(),
            "action": action,
            "patient_id": patient_id,
            "record_type": record_type,
            "record_id": str(record_id if record_id is not None else ""),
            "changes": json.dumps(changes or {}, ensure_ascii=False, sort_keys=True, default=str),
            "prev_hash": last[1] if last else GENESIS,
        }
        row["hash"] = row_hash(row)
        db.execute(
            f"INSERT INTO audit_log({', '.join(row)}) VALUES ({', '.join('?' for _ in row)})",
            list(row.values()),
        )
        return row["id"]


@dataclass(frozen=True)
class ChainBreak:
    row_id: int
    problem: str


def verify_chain(db) -> ChainBreak | None:
    """The first row where the chain is broken, or None when it is intact."""
    previous_hash, expected_id = GENESIS, 1
    cursor = db.execute(f"SELECT {', '.join(HASHED_FIELDS)}, hash FROM audit_log ORDER BY id")
    columns = [*HASHED_FIELDS, "hash"]
    for values in cursor:
        row = dict(zip(columns, values))
        if row["id"] != expected_id:
            return ChainBreak(expected_id, f"row {expected_id} is missing (next row is {row['id']})")
        if row["prev_hash"] != previous_hash:
            return ChainBreak(row["id"], f"row {row['id']} does not follow row {row['id'] - 1} (removed or reordered)")
        if row_hash(row) != row["hash"]:
            return ChainBreak(row["id"], f"row {row['id']} was altered")
        previous_hash, expected_id = row["hash"], expected_id + 1
    return None
