"""The time-out before step 6 (DESIGN.md §5): the team stops and confirms aloud who she is,
the procedure and what was screened; the record keeps what was read and who confirmed it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class Timeout:
    items: tuple[str, ...]   # what was confirmed aloud, as it was read
    confirmed_by: str        # the team members who confirmed, as typed
    at: datetime
    recorded_by: str = ""    # the signed-in user who recorded it
    id: int | None = None
