"""Builders for the exam-room tests: demo users, one arrived exam with a clean check-in and
a negative blood test, and a history that raises nothing."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from hsg_desk.domain.case import Indication
from hsg_desk.domain.exam import Exam
from hsg_desk.domain.lifecycle import ExamStatus
from hsg_desk.domain.patient import Patient
from hsg_desk.services.context import FixedClock, ServiceContext, Session
from hsg_desk.services.users import create_demo_users
from hsg_desk.storage import checkins, exams, histories, patients
from hsg_desk.storage.db import open_database
from hsg_desk.storage.users import get_user

LOCAL = timezone(timedelta(hours=-7))
START = datetime(2026, 11, 26, 8, 40, tzinfo=LOCAL)
SCHEDULED = datetime(2026, 11, 26, 9, 0, tzinfo=LOCAL)

CLEAN_HISTORY = {
    "pregnancy": "no", "lmp": "2026-11-19", "flow_ended_on": "2026-11-24", "still_bleeding": 0,
    "no_periods": 0, "intercourse_since_lmp": 0, "active_infection_or_fever": 0,
    "pelvic_infection_or_std": 0, "pid_history": 0, "recent_uterine_surgery": 0,
    "inflammatory_condition": 0, "bleeding_disorder_or_anticoagulant": 0, "diabetes_or_kidney": 0,
    "asthma": 0, "allergies_reviewed": 1,
}


def open_db(path):
    """(db, clock, {username: id}) on the SQLite file at `path`, with the demo users."""
    db = open_database(path)
    clock = FixedClock(START)
    create_demo_users(db, START)
    return db, clock, dict(db.execute("SELECT username, id FROM users").fetchall())


def context(db, clock, user_id: int) -> ServiceContext:
    user = get_user(db, user_id)
    return ServiceContext(db, clock, Session(user.id, user.username, user.display_name, user.roles),
                          workstation="test-ws")


def arrived_exam(db, *, indication=Indication.INFERTILITY, family="Rivera", given="Ana") -> tuple[int, int]:
    """(patient_id, exam_id): an arrived exam with identity, consent and a negative serum test."""
    patient_id = patients.insert_patient(
        db, Patient(None, f"MRN{family[:3].upper()}{given[:2].upper()}", family, given, date(1990, 4, 2)),
        START, None)
    exam_id = exams.insert_exam(db, Exam(None, patient_id, SCHEDULED, indication, status=ExamStatus.ARRIVED),
                                START, None)
    checkins.save_checkin(db, exam_id, {"identity_verified": 1, "consent_signed": 1, "sedative": 0}, None,
                          START, None)
    checkins.save_pregnancy_test(db, exam_id, {
        "method": "serum", "result": "negative",
        "collected_at": (SCHEDULED - timedelta(hours=20)).isoformat(),
        "received_at": (SCHEDULED - timedelta(hours=14)).isoformat()}, None, START, None)
    return patient_id, exam_id


def answer_history(db, exam_id: int, **overrides) -> None:
    row = histories.ensure_history(db, exam_id, START, None)
    histories.update_history(db, exam_id, CLEAN_HISTORY | overrides, row["version"], START, None)
