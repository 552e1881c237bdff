"""Screening rows: the check-in facts it reads, the current `findings` of an exam, and the
`finding_resolutions` recorded against them (voided, never deleted, when answers change)."""

from __future__ import annotations

from datetime import datetime

from hsg_desk.domain.case import CheckinFacts, PregnancyTest, TestMethod, TestResult
from hsg_desk.domain.resolutions import Resolution, ResolutionKind

from .rows import bool_or_none, dict_row, dict_rows, parse_time, time_text


# -- what check-in recorded ---------------------------------------------------

def checkin_facts(db, exam_id: int) -> CheckinFacts:
    row = dict_row(db, "SELECT identity_verified, consent_signed, sedative, driver_name FROM checkins "
                   "WHERE exam_id = ?", [exam_id])
    if row is None:
        return CheckinFacts()
    return CheckinFacts(identity_verified=bool_or_none(row["identity_verified"]),
                        consent_signed=bool_or_none(row["consent_signed"]),
                        sedative=bool_or_none(row["sedative"]),
                        driver_name=(row["driver_name"] or None))


def pregnancy_test_facts(db, exam_id: int) -> tuple[PregnancyTest | None, bool]:
    """(the test on file or None, whether she declined it)."""
    row = dict_row(db, "SELECT * FROM pregnancy_tests WHERE exam_id = ?", [exam_id])
    if row is None:
        return None, False
    refused = bool(row["refused"])
    if not (row["method"] and row["collected_at"] and row["result"]):
        return None, refused
    test = PregnancyTest(TestMethod(row["method"]), parse_time(row["collected_at"]), TestResult(row["result"]),
                         parse_time(row["received_at"]))
    return test, refused


# -- findings -----------------------------------------------------------------

def list_findings(db, exam_id: int) -> list[dict]:
    return dict_rows(db, "SELECT * FROM findings WHERE exam_id = ? ORDER BY id", [exam_id])


def replace_findings(db, exam_id: int, findings: list[tuple[str, str, str, str]], at: datetime) -> None:
    """Make the exam's findings exactly `findings` ((code, level, message, answers) tuples);
    a code seen before keeps its first_seen_at."""
    codes = [code for code, *_ in findings]
    with db.atomic():
        if codes:
            marks = ", ".join("?" for _ in codes)
            db.execute(f"DELETE FROM findings WHERE exam_id = ? AND code NOT IN ({marks})", [exam_id, *codes])
        else:
            db.execute("DELETE FROM findings WHERE exam_id = ?", [exam_id])
        for code, level, message, answers in findings:
            db.execute(
                "INSERT INTO findings(exam_id, code, level, message, answers, first_seen_at) "
                "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(exam_id, code) DO UPDATE SET "
                "level = excluded.level, message = excluded.message, answers = excluded.answers",
                [exam_id, code, level, message, answers, time_text(at)])


# -- resolutions --------------------------------------------------------------

_RESOLUTION_SQL = (
    "SELECT r.*, rec.username AS recorded_by_name, rec.display_name AS recorded_by_display, "
    "co.display_name AS cosigned_by_name FROM finding_resolutions r "
    "LEFT JOIN users rec ON rec.id = r.recorded_by LEFT JOIN users co ON co.id = r.cosigned_by ")


def resolution_from_row(row, recorded_by: str, cosigned_by: str | None) -> Resolution:
    """A `finding_resolutions` row as the domain's Resolution, its people named as given."""
    return Resolution(
        code=row["code"], kind=ResolutionKind(row["kind"]), radiologist_name=row["radiologist_name"],
        reason=row["reason"] or "", recorded_by=recorded_by, recorded_at=parse_time(row["recorded_at"]),
        answers=row["answers"], radiologist_id=row["radiologist_id"],
        cosigned_by=cosigned_by if row["cosigned_at"] else None, cosigned_at=parse_time(row["cosigned_at"]),
        voided=row["voided_at"] is not None, voided_at=parse_time(row["voided_at"]),
        void_reason=row["void_reason"] or "")


def list_resolutions(db, exam_id: int) -> list[dict]:
    """Every resolution of the exam, voided ones included, oldest first."""
    return dict_rows(db, _RESOLUTION_SQL + "WHERE r.exam_id = ? ORDER BY r.id", [exam_id])


def get_resolution(db, resolution_id: int) -> dict | None:
    return dict_row(db, _RESOLUTION_SQL + "WHERE r.id = ?", [resolution_id])


def insert_resolution(db, *, exam_id: int, code: str, kind: str, radiologist_id: int | None,
                      radiologist_name: str, reason: str, answers: str, at: datetime,
                      user_id: int | None, cosigned_at: datetime | None = None,
                      cosigned_by: int | None = None) -> int:
    return db.execute(
        "INSERT INTO finding_resolutions(exam_id, code, kind, radiologist_id, radiologist_name, reason, "
        "answers, recorded_at, recorded_by, cosigned_at, cosigned_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [exam_id, code, kind, radiologist_id, radiologist_name, reason, answers, time_text(at), user_id,
         time_text(cosigned_at), cosigned_by]).lastrowid


def void_resolution(db, resolution_id: int, at: datetime, reason: str) -> bool:
    cursor = db.execute("UPDATE finding_resolutions SET voided_at = ?, void_reason = ? "
                        "WHERE id = ? AND voided_at IS NULL", [time_text(at), reason, resolution_id])
    return cursor.rowcount == 1


def cosign_resolution(db, resolution_id: int, at: datetime, user_id: int) -> bool:
    cursor = db.execute("UPDATE finding_resolutions SET cosigned_at = ?, cosigned_by = ? "
                        "WHERE id = ? AND cosigned_at IS NULL AND voided_at IS NULL",
                        [time_text(at), user_id, resolution_id])
    return cursor.rowcount == 1


def pending_cosignatures(db, radiologist_id: int | None = None) -> list[dict]:
    """Live verbal approvals not yet co-signed, with the patient and exam they belong to."""
    sql = ("SELECT r.id, r.exam_id, r.code, r.radiologist_id, r.radiologist_name, r.reason, r.recorded_at, "
           "rec.display_name AS recorded_by_name, e.scheduled_at, e.patient_id, p.family_name, p.given_name, "
           "p.mrn, p.birth_date, f.level, f.message "
           "FROM finding_resolutions r JOIN exams e ON e.id = r.exam_id JOIN patients p ON p.id = e.patient_id "
           "LEFT JOIN users rec ON rec.id = r.recorded_by "
           "LEFT JOIN findings f ON f.exam_id = r.exam_id AND f.code = r.code "
           "WHERE r.kind = 'override_verbal' AND r.cosigned_at IS NULL AND r.voided_at IS NULL")
    params: list = []
    if radiologist_id is not None:
        sql += " AND (r.radiologist_id = ? OR r.radiologist_id IS NULL)"
        params.append(radiologist_id)
    return dict_rows(db, sql + " ORDER BY r.recorded_at, r.id", params)
