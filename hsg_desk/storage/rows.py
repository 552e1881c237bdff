"""What every repository shares about rows: the errors a save ends in (SaveFailed and its kinds,
NotFoundError), the one transaction a save runs in (`saving`), rows read as dicts, rows inserted
and updated under a version, and the text a time, a date or JSON is kept as."""

from __future__ import annotations

import errno
import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime
from typing import Any

from hsg_desk.domain.errors import ConflictError, DomainError


class NotFoundError(LookupError):
    pass


class SaveFailed(DomainError):
    """A save the database could not make; it was rolled back whole, and the message says
    what to do. A DomainError, so every view that shows a rule's refusal shows this too:
    storage trouble is caught here, once, not in each dialog."""

    MESSAGE = "The save failed: nothing was saved."

    def __init__(self, message: str | None = None):
        super().__init__(message or self.MESSAGE)


class StorageFullError(SaveFailed):
    """The disk (or the database's size limit) is full; the save was rolled back whole."""

    MESSAGE = "The disk is full: nothing was saved. Free space and save again."


class StorageBusyError(SaveFailed):
    """Another connection held the write lock for the whole busy timeout; nothing was saved."""

    MESSAGE = "Another workstation is saving; try again."


def is_disk_full(error: BaseException) -> bool:
    """SQLite's SQLITE_FULL ("database or disk is full") or the OS's ENOSPC."""
    if isinstance(error, sqlite3.OperationalError):
        return (getattr(error, "sqlite_errorcode", None) == sqlite3.SQLITE_FULL
                or "database or disk is full" in str(error))
    return isinstance(error, OSError) and error.errno == errno.ENOSPC


def is_busy(error: BaseException) -> bool:
    """SQLITE_BUSY or SQLITE_LOCKED (any extended code): another connection holds the lock."""
    if not isinstance(error, sqlite3.OperationalError):
        return False
    code = getattr(error, "sqlite_errorcode", None)
    if code is not None and code & 0xFF in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
        return True
    return "database is locked" in str(error)


@contextmanager
def storage_errors_as_messages() -> Iterator[None]:
    """A full disk surfaces as StorageFullError, a lock held past the busy timeout as
    StorageBusyError; every other error passes unchanged."""
    try:
        yield
    except (sqlite3.OperationalError, OSError) as error:
        if is_disk_full(error):
            raise StorageFullError() from error
        if is_busy(error):
            raise StorageBusyError() from error
        raise


@contextmanager
def saving(db) -> Iterator[Any]:
    """One save: every write inside commits together or not at all.

    A full disk or a busy database surfaces as a SaveFailed with a message the user can
    act on; the transaction is rolled back, so the next save starts clean.
    Nested inside another `saving`/`atomic` block it becomes a savepoint. (Connections
    from `db.connect` map a full disk on every write; this also covers plain ones.)
    """
    with storage_errors_as_messages(), db.atomic():
        yield db


def dict_rows(db, sql: str, params=()) -> list[dict]:
    """Every row of a query as a dict keyed by column name."""
    cursor = db.execute(sql, params)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row)) for row in cursor.fetchall()]


def dict_row(db, sql: str, params=()) -> dict | None:
    """The first row of a query as a dict keyed by column name, or None."""
    cursor = db.execute(sql, params)
    row = cursor.fetchone()
    return dict(zip([d[0] for d in cursor.description], row)) if row is not None else None


def time_text(value: datetime | None) -> str | None:
    """Aware datetime → ISO text; refuses naive times, which would lose the offset."""
    if value is None:
        return None
    if value.tzinfo is None:
        raise ValueError("naive datetime: times are stored with their UTC offset")
    return value.isoformat()


def parse_time(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


def date_text(value: date | None) -> str | None:
    return value.isoformat() if value else None


def parse_date(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def json_text(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def bool_or_none(value: Any) -> bool | None:
    return None if value is None else bool(value)


def insert_row(db, table: str, row: dict[str, Any]) -> int:
    """INSERT one row given as column → value; returns its rowid."""
    columns, marks = ", ".join(row), ", ".join("?" for _ in row)
    return db.execute(f"INSERT INTO {table}({columns}) VALUES ({marks})", list(row.values())).lastrowid


def save_versioned(db, table: str, key_column: str, key: Any, changes: dict[str, Any],
                   expected_version: int | None) -> int:
    """Create the row keyed `key` (version 1) on first use, else update it version-checked."""
    with saving(db):
        if db.execute(f"SELECT 1 FROM {table} WHERE {key_column} = ?", [key]).fetchone() is None:
            insert_row(db, table, {key_column: key} | changes)
            return 1
        return update_versioned(db, table, key_column, key, changes, expected_version)


def update_versioned(db, table: str, key_column: str, key: Any, changes: dict[str, Any],
                     expected_version: int | None) -> int:
    """UPDATE one row only if its version is still `expected_version`; return the new version.

    `expected_version=None` skips the check (a write that cannot conflict, e.g. a stamp).
    Raises ConflictError when another writer got there first.
    """
    if not changes:
        row = db.execute(f"SELECT version FROM {table} WHERE {key_column} = ?", [key]).fetchone()
        if row is None:
            raise NotFoundError(f"{table} {key} not found")
        return row[0]
    assignments = ", ".join(f"{column} = ?" for column in changes)
    params = list(changes.values())
    sql = f"UPDATE {table} SET {assignments}, version = version + 1 WHERE {key_column} = ?"
    params.append(key)
    if expected_version is not None:
        sql += " AND version = ?"
        params.append(expected_version)
    with saving(db):
        cursor = db.execute(sql, params)
        if cursor.rowcount == 0:
            exists = db.execute(f"SELECT 1 FROM {table} WHERE {key_column} = ?", [key]).fetchone()
            if not exists:
                raise NotFoundError(f"{table} {key} not found")
            raise ConflictError(table, key)
        return db.execute(f"SELECT version FROM {table} WHERE {key_column} = ?", [key]).fetchone()[0]
