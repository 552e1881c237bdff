"""Backup and restore as use cases: the storage work plus its line in the audit trail."""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

from hsg_desk.domain.settings import DEFAULT_SETTINGS, ClinicSettings
from hsg_desk.storage import backup as store
from hsg_desk.storage.audit import record_event
from hsg_desk.storage.backup import BackupError, BackupFile, BackupResult, Progress, RestoreResult
from hsg_desk.storage.db import connect

from .context import ServiceContext, Session

__all__ = ["BackupError", "BackupFile", "BackupResult", "RestoreResult", "audit_backup", "automatic_backup",
           "back_up", "backups_of", "database_path", "restore_backup"]


def database_path(ctx: ServiceContext) -> Path:
    return store.database_file(ctx.db)


def audit_backup(ctx: ServiceContext, result: BackupResult, automatic: bool = False) -> None:
    """The audit line for a finished backup (called on the thread that owns ctx.db)."""
    ctx.audit("backup", record_type="backup", record_id=result.path.name,
              changes={"path": [None, str(result.path)], "bytes": [None, result.bytes],
                       "automatic": [None, automatic],
                       "removed": [None, [path.name for path in result.removed]]})


def back_up(ctx: ServiceContext, dest: str | os.PathLike | None = None,
            progress: Progress | None = None) -> BackupResult:
    """Back up now (on demand); audited. Raises BackupError with a readable message."""
    result = store.make_backup(database_path(ctx), ctx.now(), ctx.settings, dest=dest, progress=progress)
    audit_backup(ctx, result)
    return result


def automatic_backup(ctx: ServiceContext) -> BackupResult | None:
    """The once-a-day backup at the first start of the day; None when today's copy exists."""
    result = store.automatic_backup_if_due(ctx.db, database_path(ctx), ctx.now(), ctx.settings)
    if result is not None:
        audit_backup(ctx, result, automatic=True)
    return result


def backups_of(db_path: str | os.PathLike, settings: ClinicSettings = DEFAULT_SETTINGS) -> list[BackupFile]:
    """The backups on disk for this database, newest first."""
    return store.available_backups(store.backup_folder(db_path, settings))


def restore_backup(src: str | os.PathLike, db_path: str | os.PathLike, now: datetime,
                   session: Session | None = None,
                   settings: ClinicSettings = DEFAULT_SETTINGS) -> RestoreResult:
    """Restore `src` over the (closed) database at `db_path`, then audit it in the restored file.

    The caller closes its connection first and reopens the database afterwards.
    """
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
