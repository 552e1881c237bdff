"""The rows of every table about one exam, read in one go for its documents.

Returns plain rows (dicts keyed by column name); services turn them into domain values.
"""

from __future__ import annotations

from .rows import NotFoundError, dict_row, dict_rows


def load_exam_rows(db, exam_id: int) -> dict:
    """{'exam', 'patient', 'checkin', 'pregnancy_test', 'history', 'allergies', 'findings',
    'resolutions', 'checklist', 'timeouts', 'procedure', 'amendments', 'status_events',
    'documents', 'users'} for one exam; missing one-to-one parts are None."""
    exam = dict_row(db, "SELECT * FROM exams WHERE id = ?", [exam_id])
    if exam is None:
        raise NotFoundError(f"exam {exam_id} not found")
    by_exam = [exam_id]
    return {
        "exam": exam,
        "patient": dict_row(db, "SELECT * FROM patients WHERE id = ?", [exam["patient_id"]]),
        "checkin": dict_row(db, "SELECT * FROM checkins WHERE exam_id = ?", by_exam),
        "pregnancy_test": dict_row(db, "SELECT * FROM pregnancy_tests WHERE exam_id = ?", by_exam),
        "history": dict_row(db, "SELECT * FROM histories WHERE exam_id = ?", by_exam),
        "allergies": dict_rows(db, "SELECT * FROM allergies WHERE patient_id = ? AND removed_at IS NULL "
                               "ORDER BY id", [exam["patient_id"]]),
        "findings": dict_rows(db, "SELECT * FROM findings WHERE exam_id = ? ORDER BY id", by_exam),
        "resolutions": dict_rows(db, "SELECT * FROM finding_resolutions WHERE exam_id = ? ORDER BY id", by_exam),
        "checklist": dict_rows(db, "SELECT * FROM checklist_events WHERE exam_id = ? ORDER BY id", by_exam),
        "timeouts": dict_rows(db, "SELECT * FROM timeouts WHERE exam_id = ? ORDER BY id", by_exam),
        "procedure": dict_row(db, "SELECT * FROM procedure_records WHERE exam_id = ?", by_exam),
        "amendments": dict_rows(db, "SELECT * FROM amendments WHERE exam_id = ? ORDER BY id", by_exam),
        "status_events": dict_rows(db, "SELECT * FROM exam_events WHERE exam_id = ? ORDER BY id", by_exam),
        "documents": dict_rows(db, "SELECT * FROM printed_documents WHERE exam_id = ? ORDER BY id", by_exam),
        "users": {row["id"]: row for row in dict_rows(db, "SELECT id, username, display_name, roles FROM users", [])},
    }
