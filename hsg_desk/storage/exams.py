"""Exams: booking, reading, status changes (each one an exam_events row), the day's worklist."""

from __future__ import annotations

import json
from datetime import date, datetime

from hsg_desk.domain.indication import Indication
from hsg_desk.domain.exam import Exam, WorklistRow
from hsg_desk.domain.findings_summary import FindingsSummary
from hsg_desk.domain.lifecycle import ExamStatus
from hsg_desk.domain.referring import ReferringPhysician

from .rows import NotFoundError, dict_row, insert_row, parse_date, parse_time, update_versioned

COLUMNS = ("id", "patient_id", "scheduled_at", "indication", "status", "indication_note",
           "device_placed_on", "referring_name", "referring_phone", "referring_fax",
           "status_reason", "status_at", "technologist_id", "radiologist_id",
           "premedication_ordered", "antibiotics", "open_stops", "open_cautions",
           "open_blocks", "antibiotics_translations", "signed_at", "signed_by", "referring_title", "version")


def exam_from_row(row) -> Exam:
    v = dict(zip(COLUMNS, row))
    return Exam(
        id=v["id"], patient_id=v["patient_id"], scheduled_at=parse_time(v["scheduled_at"]),
        indication=Indication(v["indication"]), status=ExamStatus(v["status"]),
        indication_note=v["indication_note"], device_placed_on=parse_date(v["device_placed_on"]),
        referring=ReferringPhysician(v["referring_name"], v["referring_phone"], v["referring_fax"],
                                     v["referring_title"]),
        status_reason=v["status_reason"], status_at=parse_time(v["status_at"]),
        technologist_id=v["technologist_id"], radiologist_id=v["radiologist_id"],
        premedication_ordered=bool(v["premedication_ordered"]), antibiotics=v["antibiotics"],
        open_stops=v["open_stops"], open_cautions=v["open_cautions"], open_blocks=v["open_blocks"],
        antibiotics_translations=json.loads(v["antibiotics_translations"] or "{}"),
        signed_at=parse_time(v["signed_at"]), signed_by=v["signed_by"], version=v["version"],
    )


def booking_columns(exam: Exam) -> dict:
    return {
        "scheduled_at": exam.scheduled_at.isoformat(),
        "scheduled_date": exam.scheduled_at.date().isoformat(),
        "indication": exam.indication.value,
        "indication_note": exam.indication_note,
        "device_placed_on": exam.device_placed_on.isoformat() if exam.device_placed_on else None,
        "referring_name": exam.referring.name,
        "referring_phone": exam.referring.phone,
        "referring_fax": exam.referring.fax,
        "referring_title": exam.referring.title,
        "premedication_ordered": int(exam.premedication_ordered),
        "antibiotics": exam.antibiotics,
        "antibiotics_translations": json.dumps(exam.antibiotics_translations, ensure_ascii=False, sort_keys=True),
    }


def insert_exam(db, exam: Exam, at: datetime, user_id: int | None) -> int:
    """Book an exam. `exam.scheduled_at` must carry the facility's local offset."""
    row = booking_columns(exam) | {
        "patient_id": exam.patient_id, "status": exam.status.value,
        "status_at": at.isoformat(), "status_by": user_id, "status_reason": exam.status_reason,
        "created_at": at.isoformat(), "created_by": user_id, "updated_at": at.isoformat(),
    }
    with db.atomic():
        exam_id = insert_row(db, "exams", row)
        db.execute("INSERT INTO exam_events(exam_id, from_status, to_status, reason, at, user_id) "
                   "VALUES (?, NULL, ?, ?, ?, ?)",
                   [exam_id, exam.status.value, exam.status_reason, at.isoformat(), user_id])
    return exam_id


def exam_columns(db, exam_id: int, names: list[str]) -> dict:
    """The named columns of one exam as stored (for an audit row's old values)."""
    if not names:
        return {}
    return dict_row(db, f"SELECT {', '.join(names)} FROM exams WHERE id = ?", [exam_id])


def get_exam(db, exam_id: int) -> Exam:
    row = db.execute(f"SELECT {', '.join(COLUMNS)} FROM exams WHERE id = ?", [exam_id]).fetchone()
    if row is None:
        raise NotFoundError(f"exam {exam_id} not found")
    return exam_from_row(row)


def exams_for_patient(db, patient_id: int) -> list[Exam]:
    rows = db.execute(f"SELECT {', '.join(COLUMNS)} FROM exams WHERE patient_id = ? "
                      "ORDER BY scheduled_at DESC", [patient_id]).fetchall()
    return [exam_from_row(row) for row in rows]


def update_exam(db, exam: Exam, changes: dict, at: datetime) -> int:
    """Version-checked update of booking or bookkeeping columns; returns the new version."""
    return update_versioned(db, "exams", "id", exam.id, changes | {"updated_at": at.isoformat()},
                            exam.version)


def change_status(db, exam: Exam, new_status: ExamStatus, at: datetime, user_id: int | None,
                  reason: str | None = None, extra: dict | None = None) -> int:
    """Move the exam to `new_status` (already checked by the domain) and log the event."""
    changes = {"status": new_status.value, "status_reason": reason, "status_at": at.isoformat(),
               "status_by": user_id} | (extra or {})
    with db.atomic():
        version = update_exam(db, exam, changes, at)
        db.execute("INSERT INTO exam_events(exam_id, from_status, to_status, reason, at, user_id) "
                   "VALUES (?, ?, ?, ?, ?, ?)",
                   [exam.id, exam.status.value, new_status.value, reason, at.isoformat(), user_id])
    return version


def set_finding_counts(db, exam_id: int, summary: FindingsSummary) -> None:
    db.execute("UPDATE exams SET open_blocks = ?, open_stops = ?, open_cautions = ? WHERE id = ?",
               [summary.blocks, summary.open_stops, summary.open_cautions, exam_id])


WORKLIST_SQL = (
    "SELECT e.id, e.patient_id, e.scheduled_at, p.family_name, p.given_name, p.birth_date, "
    "p.mrn, e.indication, e.status, e.open_stops, e.open_cautions, e.open_blocks, o.accession_number, o.state "
    "FROM exams e JOIN patients p ON p.id = e.patient_id LEFT JOIN ris_orders o ON o.exam_id = e.id "
)


def worklist_row(row) -> WorklistRow:
    return WorklistRow(
        exam_id=row[0], patient_id=row[1], scheduled_at=datetime.fromisoformat(row[2]),
        family_name=row[3], given_name=row[4], birth_date=date.fromisoformat(row[5]), mrn=row[6],
        indication=Indication(row[7]), status=ExamStatus(row[8]), open_stops=row[9],
        open_cautions=row[10], open_blocks=row[11], accession_number=row[12] or "", order_state=row[13] or "",
    )


def worklist(db, day: date | None = None, status: ExamStatus | None = None,
             limit: int | None = None) -> list[WorklistRow]:
    """Exams of one facility-local day (or all days), in time order."""
    where, params = [], []
    if day is not None:
        where.append("e.scheduled_date = ?")
        params.append(day.isoformat())
    if status is not None:
        where.append("e.status = ?")
        params.append(status.value)
    sql = WORKLIST_SQL + (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY e.scheduled_at, e.id"
    if limit:
        sql += f" LIMIT {int(limit)}"
    return [worklist_row(row) for row in db.execute(sql, params)]


def worklist_for_patient(db, patient_id: int) -> list[WorklistRow]:
    sql = WORKLIST_SQL + " WHERE e.patient_id = ? ORDER BY e.scheduled_at DESC, e.id DESC"
    return [worklist_row(row) for row in db.execute(sql, [patient_id])]


def status_events(db, exam_id: int) -> list[dict]:
    cursor = db.execute(
        "SELECT ev.at, ev.from_status, ev.to_status, ev.reason, u.display_name "
        "FROM exam_events ev LEFT JOIN users u ON u.id = ev.user_id WHERE ev.exam_id = ? ORDER BY ev.id",
        [exam_id])
    return [dict(zip(("at", "from_status", "to_status", "reason", "by"), row)) for row in cursor]
