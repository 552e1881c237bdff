"""A performed HSG exam in a real SQLite file, for the document tests (reports, CLI, Qt).

Patients and exams go through the storage functions; the other tables are filled with
plain inserts, as the services that own them would leave them.
"""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

from hsg_desk.domain.case import Indication
from hsg_desk.domain.exam import Exam
from hsg_desk.domain.patient import Patient
from hsg_desk.domain.referring import ReferringPhysician
from hsg_desk.domain.roles import Role
from hsg_desk.services.context import FixedClock, ServiceContext, Session
from hsg_desk.storage.db import open_database
from hsg_desk.storage.exams import insert_exam
from hsg_desk.storage.patients import insert_patient
from hsg_desk.storage.settings import save_settings

DENVER = ZoneInfo("America/Denver")
# Wednesday November 25, 2026, 2:30 PM in Denver (UTC-7).
SCHEDULED = datetime(2026, 11, 25, 14, 30, tzinfo=DENVER)
CATHETER_OUT = datetime(2026, 11, 25, 15, 15, tzinfo=DENVER)
BOOKED = datetime(2026, 11, 20, 9, 0, tzinfo=DENVER)
NOW = datetime(2026, 11, 25, 16, 0, tzinfo=DENVER)
FACILITY = "Mesa Verde Imaging & <Fluoro>"
PHONE = "(555) 010-2030"


def iso(moment: datetime) -> str:
    return moment.astimezone(timezone.utc).isoformat()


def open_store(path):
    db = open_database(path)
    save_settings(db, {"facility_name": FACILITY, "facility_phone": PHONE, "time_zone": "America/Denver"},
                  BOOKED, None)
    for user_id, username, name, roles in ((1, "tech1", "Alex Rivera, RT", "technologist"),
                                           (2, "rad1", "Dr. Sam Okafor", "radiologist"),
                                           (3, "desk1", "Jo Park", "front_desk")):
        db.execute("INSERT INTO users(id, username, display_name, password_hash, roles, created_at, updated_at) "
                   "VALUES (?, ?, ?, 'x', ?, ?, ?)", [user_id, username, name, roles, iso(BOOKED), iso(BOOKED)])
    return db


def context(db, at: datetime = NOW, user_id: int | None = 1, roles=frozenset({Role.TECHNOLOGIST})) -> ServiceContext:
    return ServiceContext(db, FixedClock(at), Session(user_id, "tech1", "Alex Rivera", frozenset(roles)))


def add_patient(db, family="O'Brien & <Sons>", given="Мария", language="en", mrn="HSG0000001") -> int:
    patient = Patient(None, mrn, family, given, date(1990, 3, 4), "555-0101", language,
                      ReferringPhysician("Dr. Lena Ortiz", "555-0199", "555-0198"))
    return insert_patient(db, patient, BOOKED, 3)


def add_exam(db, patient_id: int, *, indication=Indication.INFERTILITY, antibiotics="",
             premedication=False, scheduled=SCHEDULED) -> int:
    exam = Exam(None, patient_id, scheduled, indication, referring=ReferringPhysician("Dr. Lena Ortiz", "555-0199"),
                premedication_ordered=premedication, antibiotics=antibiotics,
                device_placed_on=date(2026, 8, 20) if indication is Indication.DEVICE_CONFIRMATION else None)
    return insert_exam(db, exam, BOOKED, 3)


def check_in(db, exam_id: int, language: str | None = None) -> None:
    at = iso(SCHEDULED - timedelta(minutes=30))
    db.execute("INSERT INTO checkins(exam_id, identity_verified, identity_verified_at, identity_verified_by, "
               "referral_on_file, payment_kind, insurance_carrier, insurance_member_id, insurance_card_copied, "
               "coverage_acknowledged, consent_signed, consent_signed_at, sedative, language, completed_at, "
               "completed_by, updated_at) VALUES (?, 1, ?, 3, 1, 'insurance', 'Acme Health', 'M-123', 1, 1, 1, ?, 0, "
               "?, ?, 3, ?)", [exam_id, at, at, language, at, at])
    db.execute("INSERT INTO pregnancy_tests(exam_id, method, collected_at, result, received_at, recorded_at, "
               "recorded_by) VALUES (?, 'serum', ?, 'negative', ?, ?, 3)",
               [exam_id, iso(SCHEDULED - timedelta(hours=20)), iso(SCHEDULED - timedelta(hours=2)), at])
    db.execute("INSERT INTO histories(exam_id, pregnancy, lmp, flow_ended_on, still_bleeding, no_periods, "
               "intercourse_since_lmp, active_infection_or_fever, pelvic_infection_or_std, pid_history, "
               "recent_uterine_surgery, inflammatory_condition, bleeding_disorder_or_anticoagulant, "
               "diabetes_or_kidney, asthma, medications, questions_answered, updated_at, updated_by) "
               "VALUES (?, 'no', '2026-11-18', '2026-11-22', 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, ?, 1, ?, 1)",
               [exam_id, json.dumps(["ibuprofen", "albuterol inhaler"]), at])
    db.execute("INSERT INTO allergies(patient_id, substance, category, reaction, severity, recorded_at) "
               "SELECT patient_id, 'iohexol', 'contrast', 'hives', 'mild', ? FROM exams WHERE id = ?", [at, exam_id])


FINDINGS = (
    ("allergy.contrast", "caution", "Mild reaction to contrast (iohexol, hives): the radiologist decides on "
                                    "premedication."),
    ("infection.pid_history", "caution", "Past pelvic inflammatory disease: the radiologist decides on "
                                         "antibiotic prophylaxis."),
    ("asthma", "caution", "Asthma."),
    ("cycle.intercourse", "stop", "Intercourse since day 1 of the period."),
    ("medications", "info", "Medications: ibuprofen; albuterol inhaler."),
)


def add_findings(db, exam_id: int, extra: int = 0) -> None:
    at = iso(SCHEDULED - timedelta(minutes=20))
    rows = list(FINDINGS) + [(f"extra.{n}", "info", f"Additional note {n} for the radiologist, recorded to make "
                              "the summary long enough to flow over several pages.") for n in range(extra)]
    for code, level, message in rows:
        db.execute("INSERT INTO findings(exam_id, code, level, message, first_seen_at) VALUES (?, ?, ?, ?, ?)",
                   [exam_id, code, level, message, at])
    resolutions = (
        ("allergy.contrast", "acknowledged", "Dr. Sam Okafor", "", None, None),
        ("infection.pid_history", "acknowledged", "Dr. Sam Okafor", "", None, None),
        ("cycle.intercourse", "override_verbal", "Dr. Sam Okafor", "Condom used; serum test negative.", None,
         "answers changed"),
        ("cycle.intercourse", "override_verbal", "Dr. Sam Okafor", "Serum test negative, proceed.",
         iso(SCHEDULED + timedelta(hours=1)), None),
    )
    for code, kind, name, reason, cosigned_at, void_reason in resolutions:
        db.execute("INSERT INTO finding_resolutions(exam_id, code, kind, radiologist_id, radiologist_name, reason, "
                   "recorded_at, recorded_by, cosigned_at, cosigned_by, voided_at, void_reason) "
                   "VALUES (?, ?, ?, 2, ?, ?, ?, 1, ?, ?, ?, ?)",
                   [exam_id, code, kind, name, reason, at, cosigned_at, 2 if cosigned_at else None,
                    at if void_reason else None, void_reason])


def add_checklist(db, exam_id: int, through: int = 10, undo_step_9: bool = False) -> None:
    start = SCHEDULED
    for step in range(1, through + 1):
        at = CATHETER_OUT if step == 9 else start + timedelta(minutes=4 * step)
        if step == 10:
            at = CATHETER_OUT + timedelta(minutes=5)
        action = "not_needed" if step == 8 else "done"
        data = json.dumps({"locker": "12"}) if step == 2 else "{}"
        if step == 9 and undo_step_9:  # ticked too early, undone, then done for real
            for early_action, minutes in (("done", 10), ("undone", 5)):
                db.execute("INSERT INTO checklist_events(exam_id, step, action, reason, at, user_id) "
                           "VALUES (?, 9, ?, ?, ?, 1)", [exam_id, early_action,
                                                         "ticked too early" if early_action == "undone" else None,
                                                         iso(at - timedelta(minutes=minutes))])
        db.execute("INSERT INTO checklist_events(exam_id, step, action, data, at, user_id) VALUES (?, ?, ?, ?, ?, 1)",
                   [exam_id, step, action, data, iso(at)])
    db.execute("INSERT INTO timeouts(exam_id, items, confirmed_by, at, user_id) VALUES (?, ?, ?, ?, 1)",
               [exam_id, json.dumps(["identity", "procedure", "consent", "allergies", "pregnancy test"]),
                "Alex Rivera, Dr. Sam Okafor", iso(SCHEDULED + timedelta(minutes=22))])


def add_procedure(db, exam_id: int) -> None:
    db.execute("INSERT INTO procedure_records(exam_id, contrast_agent, contrast_concentration, contrast_volume_ml, "
               "contrast_lot, contrast_expiry, catheter_type, catheter_lot, fluoro_time_min, image_count, "
               "air_kerma_mgy, complications, radiologist_id, radiologist_name, notes, updated_at) "
               "VALUES (?, 'Iohexol', '300 mgI/mL', 12.5, 'L-778', '2027-06-30', 'balloon', 'C-42', 1.2, 6, 9.8, "
               "?, 2, 'Dr. Sam Okafor', 'Tolerated well; mild cramping.', ?)",
               [exam_id, json.dumps(["vasovagal"]), iso(CATHETER_OUT)])


def add_amendments(db, exam_id: int, count: int) -> None:
    for n in range(count):
        db.execute("INSERT INTO amendments(exam_id, record_type, record_id, field, old_value, new_value, reason, "
                   "at, user_id) VALUES (?, 'procedure', ?, 'contrast_volume_ml', ?, ?, ?, ?, 1)",
                   [exam_id, exam_id, str(10 + n), str(11 + n), f"Typo corrected from the fluoroscope log ({n})",
                    iso(NOW + timedelta(minutes=n))])


def set_status(db, exam_id: int, status: str) -> None:
    db.execute("UPDATE exams SET status = ?, technologist_id = 1, radiologist_id = 2 WHERE id = ?", [status, exam_id])


def performed_exam(db, *, language="en", checkin_language=None, extra_findings=0, amendments=0,
                   indication=Indication.INFERTILITY, antibiotics="", premedication=False,
                   family="O'Brien & <Sons>", given="Мария", mrn="HSG0000001") -> int:
    """A whole performed exam; returns its id."""
    patient_id = add_patient(db, family, given, language, mrn)
    exam_id = add_exam(db, patient_id, indication=indication, antibiotics=antibiotics, premedication=premedication)
    check_in(db, exam_id, checkin_language)
    add_findings(db, exam_id, extra_findings)
    add_checklist(db, exam_id)
    add_procedure(db, exam_id)
    add_amendments(db, exam_id, amendments)
    set_status(db, exam_id, "performed")
    return exam_id
