"""One row of the audit trail (DESIGN.md §8) as the admin's viewer reads it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any


@dataclass(frozen=True)
class AuditEvent:
    """Who did what, when, to which record. The trail is shown as stored: a row someone
    altered keeps its text where it no longer reads as a time or as changes (the chain
    check names it), instead of disappearing from the list."""

    id: int
    at: datetime | str
    user_id: int | None
    username: str
    workstation: str
    action: str
    patient_id: int | None
    record_type: str
    record_id: str
    changes: dict[str, list[Any]] | str   # {field: [old, new]}
    hash: str
