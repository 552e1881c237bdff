"""The rows behind the day sheet: one facility-local day's exams with what the room must see."""

from __future__ import annotations

from datetime import date

DAY_SQL = """
SELECT e.id, e.scheduled_at, p.family_name, p.given_name, p.mrn, e.indication, e.status, e.status_reason,
       t.refused, t.result, t.received_at, k.sedative, k.driver_name, k.driver_phone,
       COALESCE(k.language, p.language), e.premedication_ordered, e.antibiotics, e.indication_note,
       COALESCE(r.notes, ''), e.patient_id
FROM exams e
JOIN patients p ON p.id = e.patient_id
LEFT JOIN checkins k ON k.exam_id = e.id
LEFT JOIN pregnancy_tests t ON t.exam_id = e.id
LEFT JOIN procedure_records r ON r.exam_id = e.id
WHERE e.scheduled_date = ?
ORDER BY e.scheduled_at, e.id
"""

COLUMNS = ("exam_id", "scheduled_at", "family_name", "given_name", "mrn", "indication", "status", "status_reason",
           "test_refused", "test_result", "test_received_at", "sedative", "driver_name", "driver_phone", "language",
           "premedication_ordered", "antibiotics", "indication_note", "room_notes", "patient_id")


def day_exam_rows(db, day: date) -> list[dict]:
    return [dict(zip(COLUMNS, row)) for row in db.execute(DAY_SQL, [day.isoformat()])]


def open_stop_rows(db, day: date) -> list[tuple]:
    """(exam id, code, level) of the day's block and stop findings with no live resolution."""
    return db.execute(
        "SELECT f.exam_id, f.code, f.level FROM findings f JOIN exams e ON e.id = f.exam_id "
        "WHERE e.scheduled_date = ? AND f.level IN ('block', 'stop') AND NOT EXISTS ("
        "SELECT 1 FROM finding_resolutions r WHERE r.exam_id = f.exam_id AND r.code = f.code "
        "AND r.voided_at IS NULL) ORDER BY f.exam_id, f.level, f.code", [day.isoformat()]).fetchall()


def allergy_rows(db, day: date) -> list[tuple]:
    """(patient id, category, severity) of the allergies (not removed) of the day's patients."""
    return db.execute(
        "SELECT a.patient_id, a.category, a.severity FROM allergies a WHERE a.removed_at IS NULL AND a.patient_id IN "
        "(SELECT patient_id FROM exams WHERE scheduled_date = ?) ORDER BY a.patient_id, a.id",
        [day.isoformat()]).fetchall()
