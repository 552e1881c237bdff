"""The procedure record of an exam (`procedure_records`) and the amendments made after signing."""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

from hsg_desk.domain.fields import Day
from hsg_desk.domain.procedure_record import PROCEDURE_FIELDS, ProcedureRecord

from .rows import dict_row, dict_rows, parse_date, saving, time_text, update_versioned

PROCEDURE_COLUMNS = PROCEDURE_FIELDS.names() + ("value_sources",)  # the columns a save may change


def _json(text: str | None, empty):
    try:
        value = json.loads(text or "null")
    except ValueError:
        return empty
    return value if isinstance(value, type(empty)) else empty


def procedure_from_row(row: dict) -> ProcedureRecord:
    """A `procedure_records` row as the domain's value: dates, the complication codes and each
    value's source decoded."""
    values = {name: row[name] for name in PROCEDURE_FIELDS.names() if name != "complications"}
    values |= {name: parse_date(row[name]) for name in PROCEDURE_FIELDS.names(Day)}
    return ProcedureRecord(**values, complications=tuple(str(code) for code in _json(row["complications"], [])),
                           sources=_json(row["value_sources"], {}), version=row["version"])


def column_value(field: str, value: Any) -> Any:
    """A field's domain value as its column holds it (what the audit and amendments keep)."""
    if field == "complications":
        return json.dumps(list(value), ensure_ascii=False, sort_keys=True)
    if field == "value_sources":
        return json.dumps(dict(value), ensure_ascii=False, sort_keys=True)
    if isinstance(value, date):
        return value.isoformat()
    return value


def get_procedure(db, exam_id: int) -> ProcedureRecord | None:
    row = dict_row(db, "SELECT * FROM procedure_records WHERE exam_id = ?", [exam_id])
    return None if row is None else procedure_from_row(row)


def ensure_procedure(db, exam_id: int, at: datetime, user_id: int | None) -> ProcedureRecord:
    record = get_procedure(db, exam_id)
    if record is None:
        db.execute("INSERT INTO procedure_records(exam_id, updated_at, updated_by) VALUES (?, ?, ?)",
                   [exam_id, time_text(at), user_id])
        record = get_procedure(db, exam_id)
    return record


def update_procedure(db, exam_id: int, changes: dict[str, Any], expected_version: int | None, at: datetime,
                     user_id: int | None) -> int:
    """Save domain values (field → value, "value_sources" → the sources); the new version."""
    unknown = set(changes) - set(PROCEDURE_COLUMNS)
    if unknown:
        raise KeyError(f"not a procedure record field: {sorted(unknown)[0]}")
    columns = {field: column_value(field, value) for field, value in changes.items()}
    columns |= {"updated_at": time_text(at), "updated_by": user_id}
    return update_versioned(db, "procedure_records", "exam_id", exam_id, columns, expected_version)


def insert_amendment(db, *, exam_id: int, patient_id: int, record_type: str, record_id: int | None, field: str,
                     old_value: str | None, new_value: str | None, reason: str, at: datetime,
                     user_id: int | None) -> int:
    with saving(db):
        return db.execute(
            "INSERT INTO amendments(exam_id, patient_id, record_type, record_id, field, old_value, new_value, "
            "reason, at, user_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [exam_id, patient_id, record_type, record_id, field, old_value, new_value, reason, time_text(at),
             user_id]).lastrowid


def list_amendments(db, exam_id: int) -> list[dict]:
    return dict_rows(
        db, "SELECT a.*, COALESCE(u.display_name, '') AS by_name FROM amendments a LEFT JOIN users u ON u.id = a.user_id "
        "WHERE a.exam_id = ? ORDER BY a.id", [exam_id])
