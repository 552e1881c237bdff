"""What other workstations changed: the audit trail read as a feed, and a cheap signal that
something was written at all.

Every change to a record already appends an audit row in the same transaction (audit.py),
so the trail *is* the change log: no new table, and a change that rolled back never shows.
The feed is "audit rows after id N"; the signal tells when that query is worth running.

On SQLite the signal is `PRAGMA data_version`, which moves when another connection commits
(never for this connection's own commits) and costs a few microseconds, so a window may ask
several times a second. A server database signals through its own channel (PostgreSQL's
LISTEN/NOTIFY, server_changes.py) behind the same `changed()` question.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from hsg_desk.domain.errors import DatabaseUnreachable

# Audit actions that record reading, signing in and housekeeping, not a change to a record.
NOT_CHANGES = ("view", "print", "export", "denied", "login", "login.failed", "logout", "session.lock",
               "session.unlock", "account.unlock", "audit.export", "backup", "worklist.pull",
               "mpps.sent", "mpps.failed", "mpps.retry")


@dataclass(frozen=True)
class ChangeRow:
    audit_id: int
    at: str  # ISO 8601, UTC
    user_id: int | None
    username: str
    display_name: str
    workstation: str
    action: str
    patient_id: int | None
    record_type: str
    record_id: str


@contextmanager
def unreachable_as_message() -> Iterator[None]:
    """A database that cannot be read at all (its disk failed or went away) is said as
    DatabaseUnreachable, which the window shows as a banner until it answers again."""
    try:
        yield
    except (sqlite3.OperationalError, sqlite3.ProgrammingError) as error:  # (a closed connection too)
        raise DatabaseUnreachable(f"The database cannot be read ({error}) — changes are not being saved.") \
            from error


def last_audit_id(db) -> int:
    with unreachable_as_message():
        return db.execute("SELECT COALESCE(MAX(id), 0) FROM audit_log").fetchone()[0]


def changes_after(db, audit_id: int, limit: int = 500) -> list[ChangeRow]:
    """Changes recorded after audit row `audit_id`, oldest first, at most `limit`."""
    marks = ", ".join("?" for _ in NOT_CHANGES)
    with unreachable_as_message():
        rows = db.execute(
        "SELECT a.id, a.at, a.user_id, a.username, COALESCE(u.display_name, a.username), a.workstation, "
            "a.action, a.patient_id, a.record_type, a.record_id "
            "FROM audit_log a LEFT JOIN users u ON u.id = a.user_id "
            f"WHERE a.id > ? AND a.action NOT IN ({marks}) ORDER BY a.id LIMIT ?",
            [audit_id, *NOT_CHANGES, limit]).fetchall()
    return [ChangeRow(*row) for row in rows]


class DataVersionSignal:
    """SQLite: has another connection committed since the last question?"""

    def __init__(self, db):
        self.db = db
        self.version = self._read()

    def _read(self) -> int:
        with unreachable_as_message():
            return self.db.execute("PRAGMA data_version").fetchone()[0]

    def changed(self) -> bool:
        version = self._read()
        moved, self.version = version != self.version, version
        return moved


def change_signal(db):
    """The cheapest way this database says "another workstation wrote something"."""
    if getattr(db, "dialect", "sqlite") == "postgresql":
        from .server_changes import NotifySignal

        return NotifySignal(db)
    return DataVersionSignal(db)


def database_answers(db) -> bool:
    """Whether the database answers now; safe on a worker thread (a server is asked on a
    connection of its own; a file needs no asking: the next poll tries it)."""
    if getattr(db, "dialect", "sqlite") == "postgresql":
        from .server_changes import server_answers

        return server_answers(db.url)
    return True
