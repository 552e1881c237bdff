"""The patient's allergy list (`allergies`): shared by all her exams, never deleted, only
marked removed."""

from __future__ import annotations

from datetime import datetime

from .records import dict_row, dict_rows, time_text

def list_allergies(db, patient_id: int) -> list[dict]:
    return dict_rows(db, "SELECT * FROM allergies WHERE patient_id = ? AND removed_at IS NULL ORDER BY id",
                     [patient_id])


def add_allergy(db, patient_id: int, substance: str, category: str, reaction: str, severity: str,
                at: datetime, user_id: int | None) -> int:
    return db.execute(
        "INSERT INTO allergies(patient_id, substance, category, reaction, severity, recorded_at, recorded_by) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        [patient_id, substance, category, reaction, severity, time_text(at), user_id]).lastrowid


def get_allergy(db, allergy_id: int) -> dict | None:
    return dict_row(db, "SELECT * FROM allergies WHERE id = ?", [allergy_id])


def remove_allergy(db, allergy_id: int, at: datetime, user_id: int | None) -> bool:
    """Mark an entry removed (kept for the record); False when it was already removed."""
    cursor = db.execute("UPDATE allergies SET removed_at = ?, removed_by = ? WHERE id = ? AND removed_at IS NULL",
                        [time_text(at), user_id, allergy_id])
    return cursor.rowcount == 1
