"""Backups and restore with SQLite's online backup API (DESIGN.md §8).

A live database is never copied as a file: its write-ahead log may hold the newest
records, and a file copy taken mid-write is torn. `sqlite3.Connection.backup` copies a
consistent snapshot page by page while the app keeps working. A copy counts only after
it passed `PRAGMA integrity_check` and carries the newest schema this version knows;
until then it is a `.partial` file that nothing offers for restore.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from time import perf_counter
from zoneinfo import ZoneInfo

from hsg_desk.domain.settings import DEFAULT_SETTINGS, ClinicSettings

from .db import StorageError
from .audit import workstation_name
from .audit_key import sign, signature_matches
from .integrity import NEWER, PERMISSION, CheckResult, check_database
from .permissions import make_private_folder, write_private_bytes
from .presence import RESTORING, PresenceLock, others_present
from .migrations import known_migrations
from .rows import is_disk_full

PREFIX = "hsg-desk-"
SAFETY_PREFIX = "hsg-desk-before-restore-"
SUFFIX = ".sqlite3"
BACKUP_NAME = re.compile(r"^hsg-desk-(\d{8}-\d{6})(?:-(\d+))?\.sqlite3$")
PAGES_PER_STEP = 512  # small steps: progress moves, and the app's writer waits at most one step

STALE_PARTIAL_SECONDS = 24 * 3600

Progress = Callable[[int, int], None]  # (pages copied, pages in all)


class BackupError(StorageError):
    """A backup or restore that did not happen; the message says why and what to do."""


@dataclass(frozen=True)
class BackupFile:
    path: Path
    created_at: datetime
    bytes: int


@dataclass(frozen=True)
class BackupResult:
    path: Path
    created_at: datetime
    bytes: int
    schema_version: str
    seconds: float
    removed: tuple[Path, ...] = ()


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    safety_copy: Path | None   # the database as it was, copied with the backup API
    damaged_copy: Path | None  # the database moved aside when it could not even be read


def database_file(db) -> Path:
    """The file behind a sqlite-utils Database (or a sqlite3 connection)."""
    connection = getattr(db, "conn", db)
    for _, name, file in connection.execute("PRAGMA database_list"):
        if name == "main":
            return Path(file)
    raise StorageError("the database has no main file")


def default_backup_folder(db_path: str | os.PathLike) -> Path:
    return Path(db_path).expanduser().resolve().parent / "backups"


def backup_folder(db_path: str | os.PathLike, settings: ClinicSettings = DEFAULT_SETTINGS) -> Path:
    """settings.backup_folder, or a `backups` folder next to the database."""
    if settings.backup_folder:
        return Path(settings.backup_folder).expanduser()
    return default_backup_folder(db_path)


def backup_name(now: datetime, prefix: str = PREFIX) -> str:
    return f"{prefix}{now.astimezone(timezone.utc):%Y%m%d-%H%M%S}{SUFFIX}"


def _unique(path: Path) -> Path:
    candidate, number = path, 1
    while candidate.exists() or Path(f"{candidate}.partial").exists():
        number += 1
        candidate = path.with_name(f"{path.name[:-len(SUFFIX)]}-{number}{SUFFIX}")
    return candidate


def _fsync_folder(folder: Path) -> None:
    try:
        handle = os.open(folder, os.O_RDONLY)
    except OSError:
        return  # Windows cannot open a folder; its rename is durable enough
    try:
        os.fsync(handle)
    except OSError:
        pass
    finally:
        os.close(handle)


def _connect(path: Path) -> sqlite3.Connection:
    connection = sqlite3.connect(str(path), timeout=5)
    connection.execute("PRAGMA busy_timeout = 5000")
    return connection


def copy_database(source: sqlite3.Connection, target: Path, progress: Progress | None = None) -> Path:
    """Copy `source` into `<target>.partial` with the backup API; return the partial file."""
    partial = Path(f"{target}.partial")
    partial.unlink(missing_ok=True)
    write_private_bytes(partial, b"")  # 0600 before the first record is in it
    destination = sqlite3.connect(str(partial))
    try:
        def report(status: int, remaining: int, total: int) -> None:
            progress(total - remaining, total)

        source.backup(destination, pages=PAGES_PER_STEP, progress=report if progress else None)
        # A backup is one self-contained file: no -wal beside it.
        destination.execute("PRAGMA journal_mode = DELETE")
        destination.close()
    except BaseException:
        destination.close()
        partial.unlink(missing_ok=True)
        raise
    return partial


def verify_backup(path: str | os.PathLike) -> CheckResult:
    """A copy counts only when integrity_check passes and its schema is the newest known."""
    result = check_database(path, full=True)
    newest = known_migrations()[-1]
    if result.ok and result.schema_version != newest:
        return CheckResult(False, f"has schema {result.schema_version or 'none'}, expected {newest}",
                           result.schema_version)
    return result


def check_restorable(path: str | os.PathLike) -> CheckResult:
    """A copy can be restored when it is healthy and its schema is not newer than this version's."""
    return check_database(path, full=True)


def _failure(action: str, error: BaseException) -> BackupError:
    if is_disk_full(error):
        return BackupError(f"The disk is full: the {action} was not made. Free space and try again.")
    detail = getattr(error, "strerror", None) or str(error)
    return BackupError(f"The {action} failed: {detail}.")


def make_backup(db_path: str | os.PathLike, now: datetime, settings: ClinicSettings = DEFAULT_SETTINGS, *,
                dest: str | os.PathLike | None = None, progress: Progress | None = None) -> BackupResult:
    """Back up the database at `db_path`, verify the copy, record it, prune old copies.

    Opens its own connections, so it may run on a worker thread while the app writes.
    `dest` is a folder or a file name; without it the copy goes to the backup folder and
    only the newest `settings.backups_kept` copies there are kept.
    """
    db_path = Path(db_path)
    if dest is None:
        folder, target = backup_folder(db_path, settings), None
    else:
        dest = Path(dest).expanduser()
        if dest.is_dir() or not dest.suffix:
            folder, target = dest, None
        else:
            folder, target = dest.parent, dest
    start = perf_counter()
    try:
        if target is not None and db_path.exists() and target.resolve() == db_path.resolve():
            raise BackupError("A backup cannot overwrite the database itself: choose another file.")
        make_private_folder(folder)
        target = _unique(target or folder / backup_name(now))
        if not db_path.exists():
            raise BackupError(f"There is no database at {db_path} to back up.")
        source = _connect(db_path)
        try:
            partial = copy_database(source, target, progress)
            check = verify_backup(partial)
            if not check.ok:
                partial.unlink(missing_ok=True)
                raise BackupError(f"The backup copy failed its check and was deleted: it {check.reason}. "
                                  "Run `hsg-desk check` on the database.")
            write_backup_head(partial, target, now)
            os.replace(partial, target)
            _fsync_folder(folder)
            size = target.stat().st_size
            with source:
                source.execute("INSERT INTO backups(path, created_at, bytes, verified, schema_version) "
                               "VALUES (?, ?, ?, 1, ?)",
                               [str(target), now.isoformat(), size, check.schema_version])
        finally:
            source.close()
        removed = prune_backups(folder, settings.backups_kept) if dest is None else ()
    except BackupError:
        raise
    except (sqlite3.Error, OSError) as error:
        raise _failure("backup", error) from error
    return BackupResult(target, now, size, check.schema_version, perf_counter() - start, tuple(removed))


def available_backups(folder: str | os.PathLike) -> list[BackupFile]:
    """The finished backups in `folder`, newest first (partial copies are never listed)."""
    folder = Path(folder)
    found = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    for path in entries:
        match = BACKUP_NAME.match(path.name)
        if not match:
            continue
        created = datetime.strptime(match.group(1), "%Y%m%d-%H%M%S").replace(tzinfo=timezone.utc)
        try:
            size = path.stat().st_size
        except OSError:
            continue
        found.append((created, int(match.group(2) or 1), BackupFile(path, created, size)))
    found.sort(key=lambda item: item[:2], reverse=True)
    return [item[2] for item in found]


def prune_backups(folder: str | os.PathLike, keep: int) -> list[Path]:
    """Delete all but the `keep` newest copies (each was verified before it got its name)."""
    removed = []
    for leftover in Path(folder).glob(f"{PREFIX}*{SUFFIX}.partial"):  # a copy cut short by a crash
        try:
            if time.time() - leftover.stat().st_mtime > STALE_PARTIAL_SECONDS:
                leftover.unlink()
        except OSError:
            continue
    for old in available_backups(folder)[max(keep, 1):]:
        try:
            old.path.unlink()
            head_file(old.path).unlink(missing_ok=True)
            removed.append(old.path)
        except OSError:
            continue  # a copy that cannot be deleted now is tried again next time
    return removed


def latest_good_backup(folder: str | os.PathLike) -> tuple[BackupFile, CheckResult] | None:
    """The newest copy in `folder` that passes the restore check, or None."""
    for candidate in available_backups(folder):
        result = check_restorable(candidate.path)
        if result.ok:
            return candidate, result
    return None


def backup_due(db, now: datetime, settings: ClinicSettings) -> bool:
    """True when no verified backup was made on the facility's calendar day of `now`."""
    zone = ZoneInfo(settings.time_zone)
    today = now.astimezone(zone).date()
    for path, created_at in db.execute(
            "SELECT path, created_at FROM backups WHERE verified = 1 ORDER BY id DESC LIMIT 50"):
        if datetime.fromisoformat(created_at).astimezone(zone).date() == today and Path(path).exists():
            return False
    return True


def automatic_backup_if_due(db, path: str | os.PathLike, now: datetime,
                            settings: ClinicSettings = DEFAULT_SETTINGS,
                            progress: Progress | None = None) -> BackupResult | None:
    """The daily backup at the first start of a day; None when today's copy exists."""
    if not backup_due(db, now, settings):
        return None
    return make_backup(path, now, settings, progress=progress)


def _move_aside(db_path: Path, stamp: str) -> Path:
    damaged = db_path.with_name(f"{db_path.name}.damaged-{stamp}")
    for suffix in ("", "-wal", "-shm"):
        part = Path(f"{db_path}{suffix}")
        if part.exists():
            os.replace(part, Path(f"{damaged}{suffix}"))
    return damaged


def restore(src: str | os.PathLike, db_path: str | os.PathLike, now: datetime | None = None,
            settings: ClinicSettings = DEFAULT_SETTINGS) -> RestoreResult:
    """Replace the database at `db_path` with the backup `src`.

    Refused (BackupError naming the workstation) while any other process has the
    database open (presence.py); the caller closes its own connection first. The copy is checked
    first; the current database is kept as a safety copy (or, when it cannot be read,
    moved aside as `.damaged-<time>`), so a restore never destroys anything.
    """
    src, db_path = Path(src).expanduser(), Path(db_path).expanduser()
    now = now or datetime.now(timezone.utc)
    stamp = f"{now.astimezone(timezone.utc):%Y%m%d-%H%M%S}"
    if db_path.exists() and src.exists() and src.resolve() == db_path.resolve():
        raise BackupError("That file is the database itself: choose a backup copy.")
    check = check_restorable(src)
    if not check.ok:
        raise BackupError(f"The backup {src} {check.reason}. Nothing was changed.")
    broken = _audit_problem(src)
    if broken:
        raise BackupError(f"The backup {src} has an audit trail that fails verification ({broken}): it was "
                          "altered after it was made, so it is not restored. Nothing was changed.")
    marker = PresenceLock(db_path, workstation_name(), RESTORING).acquire()
    try:
        others = others_present(db_path, marker)
        if others:
            where = "; ".join(other.describe() for other in others)
            raise BackupError(f"HSG Desk has {db_path} open on {where}. Close it there first, then "
                              "restore: a restore under a running workstation would lose its saves. "
                              "Nothing was changed.")
        return _restore_checked(src, db_path, stamp, settings)
    finally:
        marker.release()


def _restore_checked(src: Path, db_path: Path, stamp: str, settings: ClinicSettings) -> RestoreResult:
    """The restore itself, once no other process has the database open."""
    current = check_database(db_path, scan_pages=False) if db_path.exists() else None
    if current is not None and current.cause in (NEWER, PERMISSION):
        # A newer HSG Desk's file is healthy: restoring would set that clinic back.
        raise BackupError(f"The database {db_path} {current.reason}. Nothing was changed.")
    staged = db_path.with_name(f"{db_path.name}.restoring")
    safety_copy = damaged_copy = None
    try:
        db_path.parent.mkdir(parents=True, exist_ok=True)
        for leftover in (staged, Path(f"{staged}.partial")):
            leftover.unlink(missing_ok=True)
        source = _connect(src)
        try:
            partial = copy_database(source, staged)
        finally:
            source.close()
        os.replace(partial, staged)
        staged_check = check_restorable(staged)
        if not staged_check.ok:
            staged.unlink(missing_ok=True)
            raise BackupError(f"The restored copy {staged_check.reason}. Nothing was changed.")
        if db_path.exists():
            safety_copy = _safety_copy(db_path, backup_folder(db_path, settings), stamp)
            if safety_copy is None:
                damaged_copy = _move_aside(db_path, stamp)
        # The old database's log must never be replayed into the restored file.
        for suffix in ("-wal", "-shm"):
            Path(f"{db_path}{suffix}").unlink(missing_ok=True)
        os.replace(staged, db_path)
        _fsync_folder(db_path.parent)
    except BackupError:
        raise
    except (sqlite3.Error, OSError) as error:
        staged.unlink(missing_ok=True)
        raise _failure("restore", error) from error
    return RestoreResult(src, safety_copy, damaged_copy)


def _safety_copy(db_path: Path, folder: Path, stamp: str) -> Path | None:
    """Copy the current database aside with the backup API; None when it cannot be read."""
    if not check_database(db_path, foreign_keys=False).ok:
        return None
    make_private_folder(folder)
    target = _unique(folder / f"{SAFETY_PREFIX}{stamp}{SUFFIX}")
    try:
        current = _connect(db_path)
        try:
            partial = copy_database(current, target)
        finally:
            current.close()  # the last connection: SQLite checkpoints and removes the -wal
    except sqlite3.DatabaseError:
        return None
    os.replace(partial, target)
    return target


# --- the audit chain's head beside each backup (issue #16 §5) ---

HEAD_SUFFIX = ".audit-head"


def head_file(backup: Path) -> Path:
    return backup.with_name(backup.name + HEAD_SUFFIX)


def write_backup_head(copy: Path, target: Path, now: datetime) -> None:
    """Record the copy's audit chain head (row id, hash, signature) in a file beside it.

    The live database's chain must still hold that row with that hash: a trail rewritten
    or cut after the backup no longer does (`check_backup_heads`)."""
    connection = sqlite3.connect(str(copy))
    try:
        row = connection.execute("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    finally:
        connection.close()
    row_id, row_hash = row if row else (0, "")
    head = {"id": row_id, "hash": row_hash, "mac": sign(row_id, row_hash),
            "created_at": now.astimezone(timezone.utc).isoformat()}
    write_private_bytes(head_file(target), json.dumps(head).encode("utf-8"))


def _audit_problem(path: Path) -> str | None:
    """Why the audit trail of the database file at `path` fails verification, or None."""
    from .audit import verify_chain
    from .integrity import connect_read_only

    db = connect_read_only(path)
    try:
        broken = verify_chain(db, backup_heads=False)
    except sqlite3.Error as error:
        return f"it cannot be read: {error}"
    finally:
        db.close()
    return None if broken is None else f"row {broken.row_id}: {broken.problem}"


def check_backup_heads(db):
    """The first backup head (beside the copies in the backup folder) this chain no longer
    holds, as an audit.ChainBreak, or None. Heads made before the last restore belong to
    the timeline the restore replaced and are skipped; an unsigned head is ignored."""
    from .audit import ChainBreak
    from .settings import load_settings

    try:
        path = database_file(db)
    except StorageError:
        return None
    if not str(path):
        return None
    restored = db.execute("SELECT max(at) FROM audit_log WHERE action = 'restore'").fetchone()[0] or ""
    folders = dict.fromkeys([backup_folder(path, load_settings(db)), default_backup_folder(path)])
    for folder in folders:
        for head_path in sorted(Path(folder).glob(f"{PREFIX}*{SUFFIX}{HEAD_SUFFIX}")):
            try:
                head = json.loads(head_path.read_text(encoding="utf-8"))
                row_id, row_hash = int(head["id"]), str(head["hash"])
                if not signature_matches(row_id, row_hash, head.get("mac")):
                    continue
                made = datetime.fromisoformat(head["created_at"]).astimezone(timezone.utc).isoformat()
            except (OSError, ValueError, KeyError, TypeError):
                continue
            if row_id == 0 or made <= restored:
                continue
            stored = db.execute("SELECT hash FROM audit_log WHERE id = ?", [row_id]).fetchone()
            name = head_path.name[:-len(HEAD_SUFFIX)]
            if stored is None:
                return ChainBreak(row_id, f"row {row_id} is missing, but the backup {name} holds it "
                                          "(the end of the audit trail was cut off)")
            if stored[0] != row_hash:
                return ChainBreak(row_id, f"row {row_id} differs from the backup {name} "
                                          "(the audit trail was rewritten)")
    return None
