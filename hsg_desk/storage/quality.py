"""The rows behind the dose and quality report: exams of a period by their scheduled (local)
date, with their doses, findings, complications and step times. No patient names: the
report counts exams and never lists who they were."""

from __future__ import annotations

from datetime import date

PERIOD = "e.scheduled_date BETWEEN ? AND ?"


def _period(start: date, end: date) -> list[str]:
    return [start.isoformat(), end.isoformat()]


def exam_rows(db, start: date, end: date) -> list[tuple]:
    """(exam id, scheduled date, status, status reason, indication) of each exam of the period."""
    return db.execute(f"SELECT e.id, e.scheduled_date, e.status, e.status_reason, e.indication FROM exams e "
                      f"WHERE {PERIOD} ORDER BY e.scheduled_date, e.id", _period(start, end)).fetchall()


def dose_rows(db, start: date, end: date) -> list[tuple]:
    """(exam id, scheduled date, fluoroscopy min, KAP Gy·cm², air kerma mGy, fluoroscopy note,
    dose note, complications JSON) of each procedure record of the period."""
    return db.execute(
        f"SELECT e.id, e.scheduled_date, p.fluoro_time_min, p.kap_gycm2, p.air_kerma_mgy, p.fluoro_note, "
        f"p.dose_note, p.complications FROM procedure_records p JOIN exams e ON e.id = p.exam_id "
        f"WHERE {PERIOD} ORDER BY e.scheduled_date, e.id", _period(start, end)).fetchall()


def finding_outcome_counts(db, start: date, end: date) -> list[tuple]:
    """(code, level, live resolution kind or None, exam status, count): each finding of the
    period once, beside the latest resolution not voided and the exam's status."""
    return db.execute(
        f"SELECT f.code, f.level, (SELECT r.kind FROM finding_resolutions r WHERE r.exam_id = f.exam_id "
        f"AND r.code = f.code AND r.voided_at IS NULL ORDER BY r.id DESC LIMIT 1) AS kind, e.status, count(*) "
        f"FROM findings f JOIN exams e ON e.id = f.exam_id WHERE {PERIOD} GROUP BY 1, 2, 3, 4",
        _period(start, end)).fetchall()


def arrival_times(db, start: date, end: date) -> list[tuple]:
    """(exam id, check-in completed at): she arrived when the check-in was completed."""
    return db.execute(f"SELECT k.exam_id, k.completed_at FROM checkins k JOIN exams e ON e.id = k.exam_id "
                      f"WHERE {PERIOD} AND k.completed_at IS NOT NULL", _period(start, end)).fetchall()


def step_events(db, start: date, end: date, steps: tuple[int, ...]) -> list[tuple]:
    """(exam id, step, action, at) of `steps`' checklist events in the period, in the order recorded."""
    marks = ", ".join("?" for _ in steps)
    return db.execute(
        f"SELECT c.exam_id, c.step, c.action, c.at FROM checklist_events c JOIN exams e ON e.id = c.exam_id "
        f"WHERE {PERIOD} AND c.step IN ({marks}) ORDER BY c.exam_id, c.id", [*_period(start, end), *steps]).fetchall()
