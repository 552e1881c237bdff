"""The patient's allergy list (`allergies`): shared by all her exams, never deleted, only
marked removed."""

from __future__ import annotations

from datetime import datetime

from hsg_desk.domain.allergy import Allergy, AllergyCategory, Severity

from .rows import dict_row, dict_rows, time_text


def allergy_from_row(row) -> Allergy:
    return Allergy(row["substance"], AllergyCategory(row["category"]), row["reaction"] or "",
                   Severity(row["severity"]), id=row["id"])


def list_allergies(db, patient_id: int) -> list[Allergy]:
    """Her current allergy list (removed entries left out), in the order it was taken."""
    return [allergy_from_row(row) for row in dict_rows(
        db, "SELECT * FROM allergies WHERE patient_id = ? AND removed_at IS NULL ORDER BY id", [patient_id])]


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
