"""What every service receives: the database, a clock, the signed-in session, the settings.

Injected, never global (DESIGN.md §7), so tests pin the time and the user.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from typing import Any, Protocol
from zoneinfo import ZoneInfo

from hsg_desk.domain.roles import Role
from hsg_desk.domain.settings import ClinicSettings
from hsg_desk.storage.audit import record_event, workstation_name
from hsg_desk.storage.settings import load_settings


class Clock(Protocol):
    def now(self) -> datetime: ...


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(timezone.utc)


class FixedClock:
    """A clock that stands still until told to move (tests, demos, benchmarks)."""

    def __init__(self, at: datetime):
        self.at = at

    def now(self) -> datetime:
        return self.at

    def advance(self, **delta: float) -> None:
        self.at += timedelta(**delta)


@dataclass(frozen=True)
class Session:
    user_id: int | None
    username: str
    display_name: str
    roles: frozenset[Role] = field(default_factory=frozenset)
    ui_language: str = ""  # the user's interface language; "" follows the system locale

    def has(self, role: Role) -> bool:
        return role in self.roles


@dataclass
class ServiceContext:
    db: Any  # storage.db.Database
    clock: Clock
    session: Session
    workstation: str = field(default_factory=workstation_name)
    settings: ClinicSettings = None  # type: ignore[assignment]

    def __post_init__(self) -> None:
        if self.settings is None:
            self.settings = load_settings(self.db)

    def reload_settings(self) -> None:
        self.settings = load_settings(self.db)

    def now(self) -> datetime:
        return self.clock.now()

    def today(self) -> date:
        """Today on the clinic's wall clock (the *Time zone* setting), not this PC's."""
        return self.now().astimezone(ZoneInfo(self.settings.time_zone)).date()

    def audit(self, action: str, *, patient_id: int | None = None, record_type: str = "",
              record_id: Any = "", changes: dict | None = None) -> None:
        record_event(self.db, at=self.now(), action=action, user_id=self.session.user_id,
                     username=self.session.username, workstation=self.workstation,
                     patient_id=patient_id, record_type=record_type, record_id=record_id,
                     changes=changes)
