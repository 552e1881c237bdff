"""Backup and restore as use cases: the storage work plus its line in the audit trail."""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from hsg_desk.domain.permissions import allowed
from hsg_desk.domain.settings import DEFAULT_SETTINGS, ClinicSettings
from hsg_desk.storage import backup as store
from hsg_desk.storage.audit import record_event
from hsg_desk.storage.backup import BackupError, BackupFile, BackupResult, Progress, RestoreResult
from hsg_desk.storage.db import connect
from hsg_desk.storage.integrity import CheckResult, connect_read_only
from hsg_desk.storage.settings import load_settings

from .authorization import Action, PermissionDenied, require
from .context import ServiceContext, Session

__all__ = ["BackupError", "BackupFile", "BackupResult", "CheckResult", "RestoreResult", "audit_backup",
           "automatic_backup", "automatic_backup_job", "back_up", "backup_folder", "backup_job", "backups_of",
           "database_path", "latest_good_backup", "restore_backup"]


def database_path(ctx: ServiceContext) -> Path:
    return store.database_file(ctx.db)


def audit_backup(ctx: ServiceContext, result: BackupResult, automatic: bool = False) -> None:
    """The audit line for a finished backup (called on the thread that owns ctx.db)."""
    ctx.audit("backup", record_type="backup", record_id=result.path.name,
              changes={"path": [None, str(result.path)], "bytes": [None, result.bytes],
                       "automatic": [None, automatic],
                       "removed": [None, [path.name for path in result.removed]]})


def backup_folder(ctx: ServiceContext) -> Path:
    return store.backup_folder(database_path(ctx), ctx.settings)


def backup_job(ctx: ServiceContext) -> Callable[[Progress | None], BackupResult]:
    """The copy as a function safe to run on a worker thread (it never touches ctx.db).

    Backup now is the admin's (PermissionDenied otherwise). Call `audit_backup(ctx,
    result)` on the context's own thread when it finished.
    """
    require(ctx, Action.BACKUP)
    return _copy_job(ctx)


def _copy_job(ctx: ServiceContext) -> Callable[[Progress | None], BackupResult]:
    db_path, now, settings = database_path(ctx), ctx.now(), ctx.settings
    return lambda progress=None: store.make_backup(db_path, now, settings, progress=progress)


def back_up(ctx: ServiceContext, dest: str | os.PathLike | None = None,
            progress: Progress | None = None) -> BackupResult:
    """Back up now (on demand, admin only); audited. Raises BackupError with a readable message."""
    require(ctx, Action.BACKUP)
    result = store.make_backup(database_path(ctx), ctx.now(), ctx.settings, dest=dest, progress=progress)
    audit_backup(ctx, result)
    return result


def automatic_backup(ctx: ServiceContext) -> BackupResult | None:
    """The once-a-day backup at the first start of the day; None when today's copy exists."""
    result = store.automatic_backup_if_due(ctx.db, database_path(ctx), ctx.now(), ctx.settings)
    if result is not None:
        audit_backup(ctx, result, automatic=True)
    return result


def automatic_backup_job(ctx: ServiceContext) -> Callable[[Progress | None], BackupResult] | None:
    """Today's automatic backup as a worker-thread job, or None when today's copy exists.

    Run the job off the UI thread, then call `audit_backup(ctx, result, automatic=True)`.
    """
    if not store.backup_due(ctx.db, ctx.now(), ctx.settings):
        return None
    return _copy_job(ctx)  # the daily copy is the system's, whoever signed in first


def backups_of(db_path: str | os.PathLike, settings: ClinicSettings = DEFAULT_SETTINGS) -> list[BackupFile]:
    """The backups on disk for this database, newest first."""
    return store.available_backups(store.backup_folder(db_path, settings))


def restore_backup(src: str | os.PathLike, db_path: str | os.PathLike, now: datetime,
                   session: Session | None = None,
                   settings: ClinicSettings = DEFAULT_SETTINGS) -> RestoreResult:
    """Restore `src` over the (closed) database at `db_path`, then audit it in the restored file.

    With a session, only an admin may (PermissionDenied). Without one it is the recovery
    screen at start, where a damaged file lets nobody sign in. The caller closes its
    connection first and reopens the database afterwards.
    """
    if session is not None and not allowed(session.roles, Action.RESTORE):
        raise PermissionDenied(Action.RESTORE)
    result = store.restore(src, db_path, now, settings)
    db = connect(db_path)
    try:
        record_event(db, at=now, action="restore", user_id=session.user_id if session else None,
                     username=session.username if session else "", record_type="backup",
                     record_id=Path(src).name,
                     changes={"restored_from": [None, str(result.restored_from)],
                              "safety_copy": [None, str(result.safety_copy or "")],
                              "damaged_copy": [None, str(result.damaged_copy or "")]})
    finally:
        db.close()
    return result


def _settings_if_readable(db_path: Path) -> ClinicSettings:
    """The clinic's settings when the damaged file still yields them (for the backup folder)."""
    try:
        db = connect_read_only(db_path)
        try:
            return load_settings(db)
        finally:
            db.close()
    except Exception:  # a damaged file may fail in any way; the defaults still find the usual folder
        return DEFAULT_SETTINGS


def latest_good_backup(db_path: str | os.PathLike) -> BackupFile | None:
    """The newest backup that passes the restore check, from the configured and the default folder."""
    db_path = Path(db_path)
    folders = [store.backup_folder(db_path, _settings_if_readable(db_path)), store.default_backup_folder(db_path)]
    candidates = []
    for folder in dict.fromkeys(folders):
        found = store.latest_good_backup(folder)
        if found:
            candidates.append(found[0])
    return max(candidates, key=lambda item: item.created_at, default=None)
