"""Reading, exporting and verifying the audit trail; recording that a patient's record was opened.

ONC 170.315(d)(2)/(d)(3)/(d)(10), HIPAA 164.312(b).
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from hsg_desk.domain.audit import AuditEvent
from hsg_desk.domain.permissions import Action
from hsg_desk.storage.permissions import write_private_bytes
from hsg_desk.storage import audit as store
from hsg_desk.storage.audit import AuditFilter, ChainBreak
from hsg_desk.storage.db import connect, database_file

from .authorization import require
from .context import ServiceContext

__all__ = ["AuditFilter", "ChainBreak", "ExportResult", "audit_actions", "audit_usernames",
           "export_csv", "export_csv_job", "record_export", "record_patient_view", "search", "verify",
           "verify_job"]


def record_patient_view(ctx: ServiceContext, patient_id: int, *, exam_id: int | None = None) -> None:
    """Call when a patient's record is opened on screen: checks the permission, writes a 'view' row."""
    require(ctx, Action.VIEW_PATIENT, patient_id=patient_id)
    ctx.audit("view", patient_id=patient_id, record_type="exam" if exam_id else "patient",
              record_id=exam_id if exam_id else patient_id)


def search(ctx: ServiceContext, where: AuditFilter | None = None, *, sort_by: str = "id",
           descending: bool = True, limit: int | None = None) -> list[AuditEvent]:
    require(ctx, Action.VIEW_AUDIT)
    return store.audit_events(ctx.db, where, sort_by=sort_by, descending=descending, limit=limit)


def audit_actions(ctx: ServiceContext) -> list[str]:
    require(ctx, Action.VIEW_AUDIT)
    return store.distinct_actions(ctx.db)


def audit_usernames(ctx: ServiceContext) -> list[str]:
    require(ctx, Action.VIEW_AUDIT)
    return store.distinct_usernames(ctx.db)


def verify(ctx: ServiceContext) -> ChainBreak | None:
    require(ctx, Action.VIEW_AUDIT)
    return store.verify_chain(ctx.db)


def verify_job(ctx: ServiceContext) -> Callable[[Callable[[int, int], None]], ChainBreak | None]:
    """`verify` as a job for a worker thread (it hashes every row), reading through its own
    read-only connection to the same file; the permission is checked now."""
    require(ctx, Action.VIEW_AUDIT)
    source = database_file(ctx.db)

    def job(progress: Callable[[int, int], None]) -> ChainBreak | None:
        db = connect(source, read_only=True)
        try:
            return store.verify_chain(db)
        finally:
            db.close()
    return job


@dataclass(frozen=True)
class ExportResult:
    path: Path
    rows: int


def _filter_changes(where: AuditFilter | None) -> dict:
    if where is None:
        return {}
    return {name: [None, str(value)] for name, value in vars(where).items() if value not in (None, "")}


def export_csv(ctx: ServiceContext, path: str | Path, where: AuditFilter | None = None, *,
               sort_by: str = "id", descending: bool = False) -> ExportResult:
    """Write the matching rows to `path` as CSV (UTF-8 with BOM for spreadsheets); audited."""
    require(ctx, Action.EXPORT_AUDIT)
    rows = store.query_events(ctx.db, where, sort_by=sort_by, descending=descending)
    result = _write_csv(rows, path)
    record_export(ctx, result, where)
    return result


def export_csv_job(ctx: ServiceContext, path: str | Path,
                   where: AuditFilter | None = None) -> Callable[[Callable[[int, int], None]], ExportResult]:
    """The export's reading and writing as a job for a worker thread (qt/ops.py): years of
    audit rows take seconds. The job reads through its own read-only connection to the
    same file (the context's connection belongs to the UI thread); `record_export` then
    writes the export's own audit row on the UI thread. The permission is checked now."""
    require(ctx, Action.EXPORT_AUDIT)
    source = database_file(ctx.db)

    def job(progress: Callable[[int, int], None]) -> ExportResult:
        db = connect(source, read_only=True)
        try:
            rows = store.query_events(db, where)
        finally:
            db.close()
        return _write_csv(rows, path)
    return job


def record_export(ctx: ServiceContext, result: ExportResult, where: AuditFilter | None = None) -> None:
    ctx.audit("audit.export", record_type="audit", record_id=result.path.name,
              changes={"rows": [None, result.rows], **_filter_changes(where)})


def _write_csv(rows: list[dict], path: str | Path) -> ExportResult:
    buffer = io.StringIO()
    count = store.write_csv(rows, buffer)
    path = Path(path)
    write_private_bytes(path, buffer.getvalue().encode("utf-8-sig"))  # 0600: it names patients
    return ExportResult(path, count)
