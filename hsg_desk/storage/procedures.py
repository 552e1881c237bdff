"""The procedure record of an exam (`procedure_records`) and the amendments made after signing."""

from __future__ import annotations

from datetime import datetime

from .records import dict_row, dict_rows, saving, time_text, update_versioned

FIELDS = ("contrast_agent", "contrast_concentration", "contrast_volume_ml", "contrast_lot", "contrast_expiry",
          "catheter_type", "catheter_lot", "fluoro_time_min", "image_count", "air_kerma_mgy", "kap_gycm2",
          "complications", "contrast_reaction_severity", "complication_other", "radiologist_id",
          "radiologist_name", "notes", "fluoro_note", "images_note", "expiry_note",
          "contrast_gtin", "catheter_gtin", "catheter_product", "catheter_expiry", "value_sources",
          "dose_note")


def get_procedure(db, exam_id: int) -> dict | None:
    return dict_row(db, "SELECT * FROM procedure_records WHERE exam_id = ?", [exam_id])


def ensure_procedure(db, exam_id: int, at: datetime, user_id: int | None) -> dict:
    row = get_procedure(db, exam_id)
    if row is None:
        db.execute("INSERT INTO procedure_records(exam_id, updated_at, updated_by) VALUES (?, ?, ?)",
                   [exam_id, time_text(at), user_id])
        row = get_procedure(db, exam_id)
    return row


def update_procedure(db, exam_id: int, changes: dict, expected_version: int | None, at: datetime,
                     user_id: int | None) -> int:
    unknown = set(changes) - set(FIELDS)
    if unknown:
        raise KeyError(f"not a procedure record field: {sorted(unknown)[0]}")
    columns = dict(changes) | {"updated_at": time_text(at), "updated_by": user_id}
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
