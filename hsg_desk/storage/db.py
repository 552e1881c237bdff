"""Opening the one SQLite file: where it lives, the pragmas every connection sets, the schema.

This package is the only one that touches SQLite. It never imports Qt.
"""

from __future__ import annotations

import os
from contextlib import contextmanager
from pathlib import Path

import sqlite_utils

from .migrations import MIGRATIONS
from .records import disk_full_as_storage_error

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


def default_db_path() -> Path:
    from platformdirs import user_data_path

    return user_data_path("hsg-desk", appauthor=False) / "hsg-desk.sqlite3"


def resolve_db_path(explicit: str | os.PathLike | None, environ=os.environ) -> Path:
    """`--db PATH` first, then $HSG_DESK_DB, then the platform's user-data folder."""
    if explicit:
        return Path(explicit).expanduser()
    if environ.get(ENV_VAR):
        return Path(environ[ENV_VAR]).expanduser()
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


class Database(sqlite_utils.Database):
    """sqlite-utils' Database, with a full disk reported as StorageFullError.

    Every write passes through `execute` or `atomic`, so this is the one place where
    SQLite's "database or disk is full" becomes the message the user can act on.
    """

    def execute(self, sql, parameters=None):
        with disk_full_as_storage_error():
            return super().execute(sql, parameters)

    @contextmanager
    def atomic(self):
        with disk_full_as_storage_error(), super().atomic() as db:
            yield db


def connect(path: str | os.PathLike) -> sqlite_utils.Database:
    """A connection with the pragmas every HSG Desk connection sets; no schema work."""
    # sqlite-utils plugins installed on the machine may change every connection they see
    # (functions, pragmas); a clinical record's connection takes none of them. Skipping
    # the plugin scan also saves ~12 ms at start (it reads every package's metadata).
    db = Database(str(path), execute_plugins=False)
    db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    with db.ensure_autocommit_on():
        db.execute("PRAGMA journal_mode = WAL")
    db.execute("PRAGMA synchronous = FULL")
    db.execute("PRAGMA foreign_keys = ON")
    return db


def open_database(path: str | os.PathLike, *, migrate: bool = True) -> sqlite_utils.Database:
    """Open (creating if needed) the database at `path` and bring its schema up to date."""
    path = Path(path)
    if str(path) != ":memory:":
        refuse_network_path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
    db = connect(path)
    if migrate:
        MIGRATIONS.apply(db)
    return db


def pragma(db: sqlite_utils.Database, name: str):
    return db.execute(f"PRAGMA {name}").fetchone()[0]
