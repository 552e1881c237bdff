"""Live updates: what other workstations changed since this one last looked (DESIGN.md §9).

The window asks `ChangeFeed.poll()` a few times a second. It costs microseconds while
nothing happened (storage's change signal: SQLite's data_version, or a server's
notifications); when something did, it reads the audit rows written since, which say who
changed which patient's record and when. Saves do not rely on this: they keep the version
check, so a page that missed a change is refused, never allowed to overwrite it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from hsg_desk.domain.errors import DatabaseUnreachable
from hsg_desk.domain.timing import format_clock, wall_clock
from hsg_desk.storage import changes as change_store

from .authorization import Action, can
from .context import ServiceContext


@dataclass(frozen=True)
class Change:
    """One change another workstation made: who, when, to which patient's record."""

    audit_id: int
    at: datetime
    by: str  # the user's display name
    workstation: str
    action: str
    patient_id: int | None
    record_type: str
    record_id: str

    @property
    def touches_patient_records(self) -> bool:
        return self.patient_id is not None


class ChangeFeed:
    """Changes made elsewhere since the feed was made (or last polled)."""

    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx
        self.signal = change_store.change_signal(ctx.db)
        self.cursor = change_store.last_audit_id(ctx.db)
        self.catching_up = False  # after a failed poll: read the trail whatever the signal says

    def poll(self) -> list[Change]:
        """Changes by other workstations since the last poll, oldest first; [] at once when
        storage says nothing was written. Raises DatabaseUnreachable while the database
        does not answer; the first poll after that reads everything missed meanwhile."""
        try:
            return self._poll()
        except Exception:
            self.catching_up = True
            raise

    def _poll(self) -> list[Change]:
        if not self.signal.changed() and not self.catching_up:
            return []
        self.catching_up = False
        found: list[Change] = []
        while True:
            rows = change_store.changes_after(self.ctx.db, self.cursor)
            if not rows:
                break
            self.cursor = rows[-1].audit_id
            found += [_change(row) for row in rows if not self._own(row)]
        if not can(self.ctx, Action.VIEW_PATIENT):  # the admin role sees no patient's changes
            found = [change for change in found if change.patient_id is None]
        return found

    def unreachable_text(self, error: Exception) -> str:
        """The banner's words while the database does not answer."""
        if getattr(self.ctx.db, "dialect", "sqlite") == "postgresql":
            return DatabaseUnreachable.MESSAGE
        return str(error)

    def answers(self) -> bool:
        """Whether the database answers again after a failed poll. Safe on a worker thread:
        it never uses the window's connection, so a server that is away cannot freeze it."""
        return change_store.database_answers(self.ctx.db)

    def _own(self, row: change_store.ChangeRow) -> bool:
        """This window's own saves (it shows them already): same workstation, same user."""
        return row.workstation == self.ctx.workstation and row.user_id == self.ctx.session.user_id

    def describe(self, change: Change) -> str:
        """'changed by NAME at TIME' on the clinic's wall clock."""
        return f"changed by {change.by} at {format_clock(wall_clock(change.at, self.ctx.settings.time_zone))}"


def _change(row: change_store.ChangeRow) -> Change:
    return Change(row.audit_id, datetime.fromisoformat(row.at), row.display_name, row.workstation, row.action,
                  row.patient_id, row.record_type, row.record_id)
