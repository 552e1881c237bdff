"""Is this file a healthy HSG Desk database? The start-up check and the check of a backup copy.

Every problem comes back as a `CheckResult` with one plain sentence, never a traceback:
the recovery screen and `hsg-desk check` show that sentence as it is (DESIGN.md §8).
"""

from __future__ import annotations

import errno
import os
import sqlite3
import stat
from dataclasses import dataclass
from pathlib import Path

from .migrations import MIGRATION_SET, MIGRATIONS_TABLE, SCHEMA_TABLES, known_migrations

SQLITE_HEADER = b"SQLite format 3\x00"
HEADER_SIZE = 100

# Why a file cannot be used: the recovery screen tells each differently, and offers a
# backup only for DAMAGED (restoring over a newer or unreadable file would lose it).
DAMAGED, NEWER, PERMISSION, DISK_FULL, MISSING = "damaged", "newer", "permission", "disk_full", "missing"


@dataclass(frozen=True)
class CheckResult:
    ok: bool
    reason: str = ""
    schema_version: str = ""
    is_new: bool = False  # no database yet: the app creates a fresh one
    cause: str = ""       # DAMAGED, NEWER, PERMISSION, DISK_FULL or MISSING when not ok

    def __bool__(self) -> bool:
        return self.ok


def _bad(reason: str, cause: str = DAMAGED) -> CheckResult:
    return CheckResult(False, reason, cause=cause)


def newer_schema(applied: list[str]) -> str | None:
    """The newest migration in `applied` this version does not know, or None."""
    known = set(known_migrations())
    unknown = [name for name in applied if name not in known]
    return unknown[-1] if unknown else None


def newer_schema_reason(migration: str) -> str:
    return f"was made by a newer HSG Desk ({migration}); update this workstation"


def read_only_problem(path: str | os.PathLike) -> str | None:
    """Why HSG Desk could not save to the database at `path`, or None.

    A file marked read-only (or in a folder where SQLite cannot create its -wal and -shm
    files) opens, but every save fails; better said once at start than at sign-in.
    """
    path = Path(path)
    if not path.exists():
        return None
    mode = path.stat().st_mode
    if not os.access(path, os.W_OK) or not mode & stat.S_IWUSR:
        return (f"The database {path} is read-only, so HSG Desk could not save anything to it. "
                "Ask your IT support to make it writable for this computer's user, then start again.")
    if not os.access(path.parent, os.W_OK | os.X_OK):
        return (f"The folder {path.parent} is read-only, and HSG Desk keeps its write-ahead log beside the "
                "database. Ask your IT support to make the folder writable, then start again.")
    return None


def _os_cause(error: OSError) -> str:
    if error.errno in (errno.EACCES, errno.EPERM):
        return PERMISSION
    if error.errno == errno.ENOSPC:
        return DISK_FULL
    return DAMAGED


def _header_problem(path: Path) -> str | None:
    """What is wrong with the file's first 100 bytes and its length, or None."""
    with open(path, "rb") as handle:
        header = handle.read(HEADER_SIZE)
    size = path.stat().st_size
    if not header.startswith(SQLITE_HEADER):
        if len(header) < len(SQLITE_HEADER) and SQLITE_HEADER.startswith(header):
            return "is truncated: only a few bytes of it are left"
        return "is not an HSG Desk database: its first bytes are not a SQLite header (overwritten or not a database file)"
    if len(header) < HEADER_SIZE:
        return "is truncated: its header is incomplete"
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        return "has a damaged header (impossible page size)"
    wal = Path(f"{path}-wal")
    wal_pending = wal.exists() and wal.stat().st_size > 0
    page_count = int.from_bytes(header[28:32], "big")
    count_valid = header[24:28] == header[92:96]  # the in-header size is trusted only then
    if not wal_pending and count_valid and page_count and size < page_count * page_size:
        return (f"is truncated: it should hold {page_count * page_size:,} bytes "
                f"but only {size:,} are left")
    return None


def _connect(path: Path) -> sqlite3.Connection:
    connection = sqlite3.connect(str(path), timeout=5)
    connection.execute("PRAGMA busy_timeout = 5000")
    return connection


def connect_read_only(path: str | os.PathLike):
    """A connection to `path` that cannot write (for reading a damaged file)."""
    from .db import connect

    return connect(path, read_only=True)


def _rows(connection: sqlite3.Connection, sql: str) -> list[tuple]:
    return connection.execute(sql).fetchall()


def _schema_problem(connection: sqlite3.Connection) -> tuple[str | None, str, bool]:
    """(problem, schema version, is_new) from the migrations record and the tables."""
    tables = {row[0] for row in _rows(connection, "SELECT name FROM sqlite_master WHERE type = 'table'")}
    if not tables:
        return None, "", True
    if MIGRATIONS_TABLE not in tables:
        return "is not an HSG Desk database: it has no schema record", "", False
    applied = [row[0] for row in connection.execute(
        f"SELECT name FROM {MIGRATIONS_TABLE} WHERE migration_set = ? ORDER BY rowid", [MIGRATION_SET])]
    version = applied[-1] if applied else ""
    known = known_migrations()
    if newer_schema(applied):
        return newer_schema_reason(newer_schema(applied)), version, False
    if len(applied) < len(known):
        return None, version, False  # an older schema: opening it applies the missing migrations
    missing = sorted(SCHEMA_TABLES - tables)
    if missing:
        return f"is missing tables HSG Desk needs ({', '.join(missing[:3])})", version, False
    return None, version, False


def _first_problem(messages: list[str]) -> str:
    """SQLite's first complaint as one line ("*** in database main ***" headers dropped)."""
    lines = [line.strip() for message in messages for line in str(message).splitlines()]
    lines = [line for line in lines if line and not line.startswith("***")]
    more = f" (and {len(lines) - 1} more problems)" if len(lines) > 1 else ""
    return (lines[0] if lines else "unknown problem") + more


def check_database(path: str | os.PathLike, *, full: bool = False, allow_new: bool = False,
                   foreign_keys: bool = True, scan_pages: bool = True) -> CheckResult:
    """Check the database file at `path`; `full` runs integrity_check instead of quick_check.

    `allow_new` accepts a path where no file exists (a first start creates the database);
    an existing file that is empty (0 bytes) or not a database is damaged, never a first start.
    `scan_pages=False` checks only the header and the schema (milliseconds, for the
    moment before the window opens); the page scan then runs on a worker thread.
    """
    path = Path(path)
    try:
        if not path.exists():
            return CheckResult(True, "", is_new=True) if allow_new else _bad("does not exist", MISSING)
        if path.is_dir():
            return _bad("is a folder, not a database file")
        if path.stat().st_size == 0 and not Path(f"{path}-wal").exists():
            return _bad("is empty (0 bytes): it holds no records")
        problem = _header_problem(path)
        if problem:
            return _bad(problem)
    except OSError as error:
        return _bad(f"cannot be read ({error.strerror or error})", _os_cause(error))
    try:
        connection = _connect(path)
    except sqlite3.Error as error:
        return _bad(f"cannot be opened ({error})", DISK_FULL if "full" in str(error) else DAMAGED)
    try:
        problem, version, is_new = _schema_problem(connection)
        if problem:
            return CheckResult(False, problem, version, cause=NEWER if newer_schema([version]) else DAMAGED)
        if is_new and not allow_new:
            return _bad("is an empty database: it holds no HSG Desk tables")
        if not scan_pages:
            return CheckResult(True, "", version, is_new=is_new and allow_new)
        check = "integrity_check" if full else "quick_check"
        messages = [row[0] for row in _rows(connection, f"PRAGMA {check}(20)")]
        if messages != ["ok"]:
            return CheckResult(False, f"is damaged: {_first_problem(messages)}", version)
        if foreign_keys:
            orphans = _rows(connection, "PRAGMA foreign_key_check")
            if orphans:
                table, rowid, parent = orphans[0][:3]
                return CheckResult(False, f"has {len(orphans)} record(s) pointing at missing records "
                                          f"(first: {table} row {rowid} → {parent})", version)
        return CheckResult(True, "", version, is_new=is_new and allow_new)
    except sqlite3.DatabaseError as error:
        text = str(error)
        if "disk is full" in text:
            return _bad("cannot be opened: the disk is full. Free space, then start again", DISK_FULL)
        if "unable to open" in text or "readonly" in text:
            return _bad(f"cannot be opened ({text}): check the file's permissions", PERMISSION)
        if "not a database" in text:
            return _bad("is not an HSG Desk database, or its first page is damaged")
        if "malformed" in text:
            return _bad("is damaged (SQLite reports a malformed database)")
        return _bad(f"cannot be checked ({text})")
    except OSError as error:
        return _bad(f"cannot be read ({error.strerror or error})", _os_cause(error))
    finally:
        connection.close()


def describe(path: str | os.PathLike, result: CheckResult) -> str:
    """'The database /x/hsg.sqlite3 is damaged: …' — one line for people."""
    return f"The database {path} {result.reason}." if not result.ok else f"The database {path} is healthy."
