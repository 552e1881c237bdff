"""Opening the database: the one SQLite file (where it lives, the pragmas every connection
sets, the schema), or the clinic's PostgreSQL server when the target is a URL (server.py).

This package is the only one that touches a database. It never imports Qt.
"""

from __future__ import annotations

import itertools
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from .migrations import applied_migrations, apply_migrations, known_migrations
from .permissions import make_private, make_private_folder
from .presence import RESTORING, PresenceLock, others_present
from .rows import storage_errors_as_messages
from .server import is_server_url

ENV_VAR = "HSG_DESK_DB"
BUSY_TIMEOUT_MS = 5000
# File systems on which SQLite's WAL locking is not safe (sqlite.org/wal.html, "WAL does
# not work over a network filesystem").
NETWORK_FILESYSTEMS = frozenset({
    "nfs", "nfs4", "cifs", "smb", "smbfs", "smb3", "afs", "ncpfs", "9p", "fuse.sshfs",
    "sshfs", "davfs", "fuse.davfs2", "glusterfs", "fuse.glusterfs", "ceph", "fuse.rclone",
})


class StorageError(Exception):
    """The database cannot be used; the message says why and what to do."""


class NetworkPathError(StorageError):
    pass


class NewerSchemaError(StorageError):
    """The file carries a migration this version does not know: it is never opened, let alone
    "repaired"; the workstation needs the newer HSG Desk."""


def default_db_path() -> Path:
    from platformdirs import user_data_path

    return user_data_path("hsg-desk", appauthor=False) / "hsg-desk.sqlite3"


def resolve_db_path(explicit: str | os.PathLike | None, environ=os.environ) -> Path | str:
    """`--db PATH` first, then $HSG_DESK_DB, then the platform's user-data folder. A
    postgresql:// URL in either place is returned as it is: the clinic's server."""
    chosen = explicit or environ.get(ENV_VAR)
    if is_server_url(chosen):
        return str(chosen).strip()
    if chosen:
        return Path(chosen).expanduser()
    return default_db_path()


def filesystem_type(path: Path, mounts_text: str | None = None) -> str | None:
    """The file-system type holding `path` (Linux /proc/mounts); None when unknown."""
    if mounts_text is None:
        try:
            mounts_text = Path("/proc/mounts").read_text()
        except OSError:
            return None
    target = str(path.resolve())
    best, best_type = "", None
    for line in mounts_text.splitlines():
        parts = line.split()
        if len(parts) < 3:
            continue
        mount_point = parts[1].replace("\\040", " ")
        inside = target == mount_point or target.startswith(mount_point.rstrip("/") + "/")
        if inside and len(mount_point) >= len(best):
            best, best_type = mount_point, parts[2]
    return best_type


def refuse_network_path(path: Path, mounts_text: str | None = None) -> None:
    """Raise NetworkPathError when `path` is on a network share."""
    text = str(path)
    is_unc = text.startswith("\\\\") or text.startswith("//")
    fs_type = filesystem_type(path.parent if not path.exists() else path, mounts_text)
    if is_unc or (fs_type or "").lower() in NETWORK_FILESYSTEMS:
        where = "a network share" if is_unc else f"a network file system ({fs_type})"
        raise NetworkPathError(
            f"The database {path} is on {where}. SQLite cannot guarantee that records are "
            "kept safe there (its write-ahead log needs a local disk), so HSG Desk refuses it. "
            "Keep the database on this computer's own disk and use backups to copy it elsewhere."
        )


class Database:
    """The one connection to the database file, and its two ways to write.

    A statement outside `atomic()` commits on its own; `atomic()` is one transaction that
    commits or rolls back whole, and nested inside another it is a savepoint. These are
    the rules of sqlite-utils' Database, which still applies the schema migrations on
    this same connection (migrations.py). The app does not import sqlite-utils to start:
    it brings click, dateutil and pluggy along and costs ~55 ms, a third of the start,
    for the four methods below.

    Every write passes through `execute` or `atomic`, so this is also the one place where
    SQLite's "database or disk is full" and "database is locked" become messages the user
    can act on.

    `atomic()` is the one place a write transaction begins, and it begins IMMEDIATE: it
    takes the write lock first, waiting up to the busy timeout for another workstation's
    save to finish. A deferred BEGIN would read first and then fail at once when it
    cannot upgrade to a writer, and what it read could be stale by the time it writes.
    """

    dialect = "sqlite"

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn
        self.presence = None  # this process's presence.PresenceLock while the file is open

    @property
    def in_transaction(self) -> bool:
        return self.conn.in_transaction

    def execute(self, sql: str, parameters=None) -> sqlite3.Cursor:
        with storage_errors_as_messages():
            return self.conn.execute(sql, () if parameters is None else parameters)

    def executemany(self, sql: str, rows) -> None:
        with storage_errors_as_messages():
            self.conn.executemany(sql, rows)

    def rollback(self) -> None:
        if self.conn.in_transaction:
            self.conn.execute("ROLLBACK")

    def lock_for_append(self, what: str) -> None:
        """Writers take turns at `what` (the audit chain's head): on SQLite the write
        transaction (BEGIN IMMEDIATE) already holds the file's only write lock."""

    @contextmanager
    def atomic(self) -> Iterator[Database]:
        with storage_errors_as_messages():
            if self.conn.in_transaction:
                with self._savepoint():
                    yield self
                return
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                yield self
                self.conn.execute("COMMIT")
            except BaseException:
                # A failed COMMIT (a full disk) leaves the transaction open: end it here,
                # so the next save starts clean. ROLLBACK is skipped when SQLite already
                # ended the transaction itself (some errors do).
                if self.conn.in_transaction:
                    self.conn.execute("ROLLBACK")
                raise

    @contextmanager
    def _savepoint(self) -> Iterator[None]:
        name = f"hsg_desk_{next(_savepoint_numbers)}"
        self.conn.execute(f"SAVEPOINT {name}")
        try:
            yield
        except BaseException:
            if self.conn.in_transaction:  # an error may have ended the whole transaction
                self.conn.execute(f"ROLLBACK TO SAVEPOINT {name}")
                self.conn.execute(f"RELEASE SAVEPOINT {name}")
            raise
        self.conn.execute(f"RELEASE SAVEPOINT {name}")

    def table_names(self) -> list[str]:
        return [row[0] for row in self.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]

    def checkpoint_and_close(self) -> None:
        """On quit: copy the write-ahead log into the main file (TRUNCATE empties it), so
        the main file alone is complete, then close. Another workstation still reading
        may keep part of the log; that is only ever later pages, never lost ones."""
        try:
            self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except sqlite3.Error:
            pass  # busy or read-only: SQLite checkpoints again at the next start
        self.close()

    def close(self) -> None:
        self.conn.close()
        if self.presence is not None:
            self.presence.release()
            self.presence = None


_savepoint_numbers = itertools.count(1)


def connect(path: str | os.PathLike, *, read_only: bool = False) -> Database:
    """A connection with the pragmas every HSG Desk connection sets; no schema work.

    `isolation_level=None` is SQLite's own autocommit: the sqlite3 module opens no hidden
    transactions, so a transaction is exactly an `atomic()` block. A URL is the server
    (server.py), whose connection has the same methods.
    """
    if is_server_url(path):
        from .server import connect_server

        return connect_server(str(path))
    if read_only:  # for reading a damaged file: nothing may be written to it
        uri = Path(path).resolve().as_uri() + "?mode=ro"
        db = Database(sqlite3.connect(uri, uri=True, isolation_level=None))
    else:
        db = Database(sqlite3.connect(str(path), isolation_level=None))
    db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    db.execute("PRAGMA recursive_triggers = ON")  # as sqlite-utils sets it
    if not read_only:
        db.execute("PRAGMA journal_mode = WAL")
        db.execute("PRAGMA synchronous = FULL")
    db.execute("PRAGMA foreign_keys = ON")
    return db


def open_database(path: str | os.PathLike, *, migrate: bool = True) -> Database:
    """Open (creating if needed) the database at `path` and bring its schema up to date."""
    if is_server_url(path):
        return open_server_database(str(path), migrate=migrate)
    path = Path(path)
    in_memory = str(path) == ":memory:"
    created = False
    if not in_memory:
        refuse_network_path(path)
        make_private_folder(path.parent)
        created = not path.exists()
    db = connect(path)
    if created:  # it holds patient records: its owner only (the -wal and -shm follow its mode)
        make_private(path)
    if not in_memory:
        _mark_present(db, path)
    applied = applied_migrations(db)
    unknown = [name for name in applied if name not in known_migrations()]
    if unknown:
        db.close()
        raise NewerSchemaError(f"The database {path} was made by a newer HSG Desk ({unknown[-1]}); "
                               "update this workstation.")
    if migrate:
        apply_migrations(db, applied)
    return db


def open_server_database(url: str, *, migrate: bool = True):
    """The clinic's database on its PostgreSQL server, its schema checked as a file's is:
    a migration this version does not know is refused, a pending one applied (by a role
    allowed to change the schema; the application's role is told to run server-setup)."""
    from .server import connect_server, describe_url
    from .server_schema import apply_server_migrations, applied_server_migrations, known_server_migrations

    db = connect_server(url)
    try:
        applied = applied_server_migrations(db)
        unknown = [name for name in applied if name not in known_server_migrations()]
        if unknown:
            raise NewerSchemaError(f"The database {describe_url(url)} was made by a newer HSG Desk "
                                   f"({unknown[-1]}); update this workstation.")
        if migrate and set(known_server_migrations()) - set(applied):
            try:
                apply_server_migrations(db)
            except sqlite3.OperationalError as error:
                if "permission denied" not in str(error) and "must be owner" not in str(error):
                    raise
                raise StorageError(f"The database {describe_url(url)} needs its schema brought up to date, "
                                   "which this workstation's role may not do: run `hsg-desk server-setup` "
                                   "on the server (README, \"Several workstations\").") from None
    except BaseException:
        db.close()
        raise
    return db


def _mark_present(db: Database, path: Path) -> None:
    """Hold this process's presence at the file (see presence.py); refuse while a restore
    is replacing it."""
    from .audit import workstation_name

    db.presence = PresenceLock(path, workstation_name()).acquire()
    restoring = [other for other in others_present(path, db.presence) if other.purpose == RESTORING]
    if restoring:
        db.close()
        raise StorageError(f"A backup is being restored into {path} on {restoring[0].describe()}. "
                           "Start HSG Desk again when it has finished.")


def pragma(db: Database, name: str):  # SQLite only
    return db.execute(f"PRAGMA {name}").fetchone()[0]


def database_file(db: Database) -> str:
    """The file behind `db` ("" for an in-memory database), for a second connection to it;
    a server database's URL."""
    if db.dialect == "postgresql":
        return db.url
    return db.execute("PRAGMA database_list").fetchone()[2]
