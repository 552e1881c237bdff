"""An invented, realistic demo data set: patients, exams in every status, full records.

Deterministic for a given seed. Every name is made up from generic name lists; phone
numbers use the fictional 555-01xx range. Written with bulk inserts so 100,000 patients
take well under a minute.
"""

from __future__ import annotations

import json
import random
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time as clock_time, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

from hsg_desk.domain.case import (
    Allergy, AllergyCategory, CaseExam, CheckinFacts, History, Indication, PregnancyAnswer,
    PregnancyTest, ScreeningCase, Severity, TestMethod, TestResult,
)
from hsg_desk.domain.dose import reference_exceeded
from hsg_desk.domain.findings import Level
from hsg_desk.domain.lifecycle import ExamStatus
from hsg_desk.domain.screening import answers_behind, screen
from hsg_desk.storage.bulk import insert_many
from hsg_desk.storage.db import open_database
from hsg_desk.storage.server import is_server_url
from hsg_desk.domain.errors import DomainError
from hsg_desk.domain.message import Message
from hsg_desk.storage.settings import is_demo_database, load_settings, mark_demo_database, save_settings

GIVEN = ("Ana", "Beatriz", "Camila", "Daniela", "Elena", "Fernanda", "Gabriela", "Inés", "Julia",
         "Lucía", "María", "Natalia", "Paula", "Renée", "Sofía", "Valeria", "Zoë", "Chloé", "Amelia",
         "Brooke", "Claire", "Dana", "Emily", "Grace", "Hannah", "Iris", "Jade", "Kayla", "Laura",
         "Megan", "Nora", "Olivia", "Rachel", "Sarah", "Tessa", "Vivian", "Whitney", "Yasmin",
         "Aisha", "Mei", "Priya", "Noor", "Leilani", "Siobhán", "Anneliese", "Marisol", "Guadalupe")
FAMILY = ("Alvarez", "Bennett", "Castillo", "Delgado", "Ellison", "Fuentes", "García", "Hartley",
          "Ibarra", "Jiménez", "Kowalski", "Lindqvist", "Márquez", "Navarro", "Okafor", "Peña",
          "Quintero", "Robles", "Serrano", "Thornton", "Underwood", "Valdés", "Whitaker", "Ximénez",
          "Yates", "Zamora", "O'Connell", "Nguyen", "Haddad", "Müller", "Rossi", "Andersson",
          "Brennan", "Carvalho", "Dubois", "Esposito", "Fitzgerald", "Gallagher", "Holloway",
          "Iverson", "Jovanović", "Kaur", "Lachance", "Moreau", "Novak", "Ortega", "Pruitt")
# (name, phone, fax, title): the title is its own field, so a Spanish sheet prints "Dra." for a woman.
REFERRERS = (("Lena Marsh", "(555) 010-2200", "(555) 010-2201", "Dra."),
             ("Omar Castell", "(555) 010-3300", "(555) 010-3301", "Dr."),
             ("Priya Vance", "(555) 010-4400", "(555) 010-4401", "Dra."),
             ("Rosa Ibáñez", "(555) 010-5500", "(555) 010-5501", "Dra."),
             ("Theo Lindgren", "(555) 010-6600", "(555) 010-6601", "Dr."))
# The indications drawn from, each as often as it is listed: mostly infertility, as in a real clinic.
INDICATION_MIX = (Indication.INFERTILITY,) * 6 + (Indication.RECURRENT_LOSS, Indication.RECURRENT_LOSS,
                                                  Indication.TUBAL_LIGATION_CHECK,
                                                  Indication.DEVICE_CONFIRMATION, Indication.OTHER)
CARRIERS = ("Blue Mesa Health", "Summit Care Plan", "Canyon Mutual", "Pinecrest Insurance")
DEMO_FACILITY = {"facility_name": "HSG Desk Demo Imaging", "facility_phone": "(555) 010-0100",
                 "facility_fax": "(555) 010-0101", "facility_address": "100 Example Way, Suite 2",
                 "reference_fluoro_minutes": 1.7, "reference_kap_gycm2": 3.0}
SLOTS = [clock_time(7, 30), *[clock_time(h, m) for h in range(8, 16) for m in (0, 30)]]
TODAY_STATUSES = (ExamStatus.COMPLETED, ExamStatus.COMPLETED, ExamStatus.PERFORMED,
                  ExamStatus.IN_PROGRESS, ExamStatus.SCREENED, ExamStatus.ARRIVED,
                  ExamStatus.ARRIVED, ExamStatus.SCHEDULED, ExamStatus.CANCELLED,
                  ExamStatus.SCHEDULED, ExamStatus.DEFERRED, ExamStatus.SCHEDULED,
                  ExamStatus.SCHEDULED, ExamStatus.SCHEDULED)
REACHED = {  # how far each status got: check-in, history, checklist steps
    ExamStatus.SCHEDULED: (False, False, 0), ExamStatus.ARRIVED: (True, False, 0),
    ExamStatus.SCREENED: (True, True, 0), ExamStatus.IN_PROGRESS: (True, True, 5),
    ExamStatus.PERFORMED: (True, True, 10), ExamStatus.COMPLETED: (True, True, 10),
    ExamStatus.CANCELLED: (False, False, 0), ExamStatus.DEFERRED: (True, False, 0),
    ExamStatus.ABORTED: (True, True, 6),
}
REASONS = {
    ExamStatus.CANCELLED: ("Patient called to cancel", "Referral withdrawn by physician"),
    ExamStatus.DEFERRED: ("Outside the cycle window: rebook after next period",
                          "Pregnancy test result not received in time"),
    ExamStatus.ABORTED: ("vasovagal: patient felt faint, exam stopped",
                         "unable_to_cannulate: cervical stenosis", "pain: patient asked to stop"),
}


@dataclass
class DemoUsers:
    admin: int | None = None
    technologist: int | None = None
    front_desk: int | None = None
    radiologist: int | None = None


class NotADemoDatabase(DomainError):
    """demo-db would replace a file that may hold a clinic's records."""


def check_demo_target(path: str | Path, clinic_db: str | Path, *, force: bool = False) -> None:
    """Refuse a target that is the clinic's configured database, or an existing file that
    is not itself a demo database; an existing demo database needs `force`."""
    if is_server_url(path):  # a server's database may hold a clinic's records: never a demo's target
        raise NotADemoDatabase("demo-db writes a new file, never a server's database. Choose a file name.")
    path, clinic_db = Path(path).expanduser(), Path(clinic_db).expanduser()
    if path.resolve() == clinic_db.resolve():
        raise NotADemoDatabase(Message("{path} is this workstation's clinic database: demo-db never writes there. "
                                       "Choose another file.", path=path))
    if not path.exists():
        return
    if not is_demo_database(path):
        raise NotADemoDatabase(Message("{path} exists and is not a demo database: demo-db never replaces it. Choose "
                                       "a new file name.", path=path))
    if not force:
        raise NotADemoDatabase(Message("{path} is a demo database already; add --force to replace it.", path=path))


def write_demo_database(path: str | Path, patients: int = 200, seed: int = 1,
                        today: date | None = None, progress=None) -> Path:
    """Create (replacing any file there) a demo database at `path`; return the path.

    The caller checks the target first (`check_demo_target`); the file is marked as a
    demo, so that a later demo-db may replace it and nothing else."""
    if is_server_url(path):  # an empty database on the server (benchmarks, a server demo)
        db = open_database(str(path))
    else:
        path = Path(path)
        for suffix in ("", "-wal", "-shm"):
            Path(str(path) + suffix).unlink(missing_ok=True)
        db = open_database(path)
    mark_demo_database(db)
    save_settings(db, DEMO_FACILITY, datetime.now(timezone.utc), None)
    settings = load_settings(db)
    zone = ZoneInfo(settings.time_zone)
    today = today or datetime.now(zone).date()
    writer = _DemoWriter(db, random.Random(seed), zone, today, settings, progress)
    writer.write(patients)
    db.conn.close()
    return path


class _DemoWriter:
    def __init__(self, db, rng, zone, today, settings, progress):
        self.db, self.rng, self.zone, self.today, self.settings = db, rng, zone, today, settings
        self.progress = progress or (lambda done, total: None)
        self.now = datetime.combine(today, clock_time(7, 0), zone).astimezone(timezone.utc)
        self.rows: dict[str, list[tuple]] = {}

    def write(self, patient_count: int) -> None:
        users = self._users()
        exam_count = patient_count * 2
        span_days = min(max(exam_count // 10, 180), 1825)
        exam_id = 0
        batch = 5000
        for start in range(0, patient_count, batch):
            with self.db.atomic():
                for number in range(start + 1, min(start + batch, patient_count) + 1):
                    patient = self._patient(number)
                    for which in range(2):
                        exam_id += 1
                        day, status = self._exam_day_and_status(number, which, span_days)
                        self._exam(exam_id, patient, day, status, users)
                self._flush()
            self.progress(min(start + batch, patient_count), patient_count)

    # -- rows -----------------------------------------------------------------
    def _add(self, table: str, row: tuple) -> None:
        self.rows.setdefault(table, []).append(row)

    def _flush(self) -> None:
        for table, rows in self.rows.items():
            insert_many(self.db, table, COLUMNS[table], rows)
        self.rows.clear()

    def _users(self) -> DemoUsers:
        try:
            from hsg_desk.services.users import create_demo_users
        except ImportError:
            return DemoUsers()
        ids = create_demo_users(self.db, self.now)
        return DemoUsers(**{role: ids.get(role) for role in ("admin", "technologist", "front_desk", "radiologist")})

    def _patient(self, number: int) -> dict:
        rng = self.rng
        age_days = rng.randint(22 * 365, 44 * 365)
        referrer = rng.choice(REFERRERS)
        patient = {
            "id": number, "mrn": f"HSG{number:07d}", "family_name": rng.choice(FAMILY),
            "given_name": rng.choice(GIVEN), "birth_date": (self.today - timedelta(days=age_days)).isoformat(),
            "phone": f"(555) 01{rng.randint(0, 9)}-{rng.randint(1000, 9999)}",
            "language": "es" if rng.random() < 0.25 else "en", "referrer": referrer,
        }
        self._add("patients", (number, patient["mrn"], patient["family_name"], patient["given_name"],
                               patient["birth_date"], patient["phone"], patient["language"], *referrer,
                               self._stamp(), self._stamp()))
        if rng.random() < 0.12:
            allergy = rng.choice((("iohexol", "contrast", "hives", "mild"), ("latex", "latex", "rash", "moderate"),
                                  ("shellfish", "shellfish", "itching", "mild"), ("penicillin", "drug", "rash", "moderate"),
                                  ("iopamidol", "contrast", "throat swelling", "severe")))
            self._add("allergies", (number, *allergy, self._stamp()))
            patient["allergy"] = allergy
        return patient

    def _exam_day_and_status(self, number: int, which: int, span_days: int) -> tuple[date, ExamStatus]:
        rng = self.rng
        if which == 0 and number <= len(TODAY_STATUSES):
            return self.today, TODAY_STATUSES[number - 1]
        if which == 1 and rng.random() < 0.08:
            return self.today + timedelta(days=rng.randint(1, 21)), ExamStatus.SCHEDULED
        day = self.today - timedelta(days=rng.randint(1, span_days))
        roll = rng.random()
        status = (ExamStatus.COMPLETED if roll < 0.78 else ExamStatus.CANCELLED if roll < 0.86
                  else ExamStatus.DEFERRED if roll < 0.94 else ExamStatus.ABORTED)
        return day, status

    def _stamp(self, at: datetime | None = None) -> str:
        return (at or self.now).astimezone(timezone.utc).isoformat()

    def _exam(self, exam_id: int, patient: dict, day: date, status: ExamStatus, users: DemoUsers) -> None:
        rng = self.rng
        slot = SLOTS[(exam_id * 7 + patient["id"]) % len(SLOTS)] if day != self.today else SLOTS[(patient["id"] - 1) % len(SLOTS)]
        scheduled = datetime.combine(day, slot, self.zone)
        indication = rng.choice(INDICATION_MIX)
        placed = day - timedelta(days=rng.randint(95, 200)) if indication == Indication.DEVICE_CONFIRMATION else None
        reason = rng.choice(REASONS[status]) if status in REASONS else None
        checked_in, history_taken, steps = REACHED[status]
        case = self._case(patient, scheduled, indication, placed, checked_in, history_taken)
        findings = screen(case, self.settings) if checked_in else []
        resolved = steps > 0 or status in (ExamStatus.SCREENED,)
        open_blocks = sum(f.level == Level.BLOCK for f in findings) if not resolved else 0
        open_stops = sum(f.level == Level.STOP for f in findings) if not resolved else 0
        open_cautions = sum(f.level == Level.CAUTION for f in findings) if not resolved else 0
        signed = status == ExamStatus.COMPLETED
        end = scheduled + timedelta(minutes=35)
        self._add("exams", (
            exam_id, patient["id"], scheduled.isoformat(), day.isoformat(), indication.value,
            placed.isoformat() if placed else None, *patient["referrer"], status.value, reason,
            self._stamp(end if steps else scheduled), users.technologist if steps else None,
            users.radiologist if steps else None, open_stops, open_cautions, open_blocks,
            self._stamp(end) if signed else None, users.technologist if signed else None,
            self._stamp(scheduled - timedelta(days=7)), self._stamp(end)))
        self._add("exam_events", (exam_id, None, "scheduled", None, self._stamp(scheduled - timedelta(days=7)), users.front_desk))
        if status != ExamStatus.SCHEDULED:
            self._add("exam_events", (exam_id, "scheduled", status.value, reason, self._stamp(end), users.technologist))
        if checked_in:
            self._checkin_rows(exam_id, case, scheduled, users)
        if history_taken:
            self._history_row(exam_id, case.history, scheduled, users)
        for finding in findings:
            answers = answers_behind(finding.code, case)
            self._add("findings", (exam_id, finding.code, finding.level.value, finding.message, answers,
                                   self._stamp(scheduled)))
            if resolved and finding.level in (Level.STOP, Level.CAUTION):
                kind = "acknowledged" if finding.level == Level.CAUTION else "override_signed"
                self._add("finding_resolutions", (exam_id, finding.code, kind, users.radiologist, "Dr. Demo Radiologist",
                                                  "" if kind == "acknowledged" else "Reviewed with the patient; benefit outweighs risk",
                                                  answers, self._stamp(scheduled + timedelta(minutes=3)), users.technologist))
        for step in range(1, steps + 1):
            at = scheduled + timedelta(minutes=3 * step)
            if step == 6:
                self._add("timeouts", (exam_id, json.dumps(TIMEOUT_ITEMS), "Demo Technologist, Dr. Demo Radiologist",
                                       self._stamp(at - timedelta(minutes=1)), users.technologist))
            action = "not_needed" if step == 8 else "done"
            data = json.dumps({"locker": str(rng.randint(1, 24))}) if step == 2 else "{}"
            self._add("checklist_events", (exam_id, step, action, data, self._stamp(at), users.technologist))
        if steps == 10:
            self._procedure_row(exam_id, indication, scheduled, users)

    def _case(self, patient, scheduled, indication, placed, checked_in, history_taken) -> ScreeningCase:
        rng = self.rng
        lmp = scheduled.date() - timedelta(days=rng.choice((6, 7, 8, 8, 9, 9, 10, 12)))
        history = History()
        if history_taken:
            allergy = patient.get("allergy")
            history = History(
                pregnancy=PregnancyAnswer.NO, lmp=lmp, flow_ended_on=lmp + timedelta(days=4),
                still_bleeding=False, no_periods=False, intercourse_since_lmp=rng.random() < 0.04,
                active_infection_or_fever=False, temperature_c=round(rng.uniform(36.3, 37.4), 1),
                pelvic_infection_or_std=False, pid_history=rng.random() < 0.06,
                recent_uterine_surgery=False, inflammatory_condition=False,
                bleeding_disorder_or_anticoagulant=rng.random() < 0.03, diabetes_or_kidney=rng.random() < 0.04,
                asthma=rng.random() < 0.08, medications=("ibuprofen",) if rng.random() < 0.3 else (),
                allergies=(Allergy(allergy[0], AllergyCategory(allergy[1]), allergy[2], Severity(allergy[3])),)
                if allergy else ())
        test = None
        if checked_in:
            collected = scheduled - timedelta(hours=rng.choice((20, 18, 6, 3, 2)))
            test = PregnancyTest(TestMethod.SERUM, collected, TestResult.NEGATIVE, collected + timedelta(hours=1))
        return ScreeningCase(
            exam=CaseExam(scheduled, indication, placed),
            checkin=CheckinFacts(identity_verified=checked_in, consent_signed=checked_in,
                                 sedative=False) if checked_in else CheckinFacts(),
            pregnancy_test=test, history=history)

    def _checkin_rows(self, exam_id, case: ScreeningCase, scheduled, users) -> None:
        rng = self.rng
        at = self._stamp(scheduled - timedelta(minutes=20))
        self_pay = rng.random() < 0.2
        self._add("checkins", (exam_id, 1, at, users.front_desk, 1, "self_pay" if self_pay else "insurance",
                               "" if self_pay else rng.choice(CARRIERS),
                               "" if self_pay else f"M{rng.randint(10**7, 10**8 - 1)}", None if self_pay else 1, 1,
                               rng.choice((25000, 35000, 45000)) if self_pay else None, "card" if self_pay else "",
                               1, at, users.front_desk, 0, at, users.front_desk, at, users.front_desk))
        test = case.pregnancy_test
        self._add("pregnancy_tests", (exam_id, 0, test.method.value, test.collected_at.isoformat(), test.result.value,
                                      test.received_at.isoformat(), at, users.front_desk))

    def _history_row(self, exam_id, history: History, scheduled, users) -> None:
        def yn(value):
            return None if value is None else int(value)

        self._add("histories", (
            exam_id, history.pregnancy.value, history.lmp.isoformat(), history.flow_ended_on.isoformat(),
            yn(history.still_bleeding), yn(history.no_periods), yn(history.intercourse_since_lmp),
            yn(history.active_infection_or_fever), history.temperature_c, yn(history.pelvic_infection_or_std),
            yn(history.pid_history), yn(history.recent_uterine_surgery), yn(history.inflammatory_condition),
            yn(history.bleeding_disorder_or_anticoagulant), yn(history.diabetes_or_kidney), yn(history.asthma),
            json.dumps(list(history.medications)), 1, 1, self._stamp(scheduled), users.technologist))

    def _procedure_row(self, exam_id, indication, scheduled, users) -> None:
        rng = self.rng
        images = rng.randint(6, 9) if indication == Indication.DEVICE_CONFIRMATION else rng.randint(4, 8)
        volume, lot, catheter_lot = float(rng.choice((8, 10, 12, 15))), rng.randint(10000, 99999), rng.randint(1000, 9999)
        fluoro, air_kerma = round(rng.uniform(0.4, 1.8), 1), round(rng.uniform(2.0, 9.0), 1)
        complications = [] if rng.random() < 0.9 else ["vasovagal"]
        # Drawn from the exam's number, not the seeded stream, so the rest of the demo stays as it was:
        # KAP is air kerma × a 200-400 cm² field; one exam in 53 needed a long fluoroscopy.
        kap = round(air_kerma * (200 + exam_id * 37 % 200) / 1000, 2)
        fluoro_note = ""
        if exam_id % 53 == 0:
            fluoro, fluoro_note = round(5.2 + exam_id % 7 * 0.3, 1), "Difficult cannulation: cervical stenosis"
        exceeded = reference_exceeded(fluoro, kap, self.settings)
        dose_note = "Extra views, radiologist present" if exceeded else ""
        self._add("procedure_records", (
            exam_id, "Iohexol (Omnipaque 300)", "300 mgI/mL", volume, f"L{lot}",
            (scheduled.date() + timedelta(days=400)).isoformat(), "balloon", f"C{catheter_lot}", fluoro, images,
            air_kerma, kap, json.dumps(complications or ["none"]), users.radiologist, "Dr. Demo Radiologist", "",
            fluoro_note, dose_note, self._stamp(scheduled + timedelta(minutes=35)), users.technologist))


TIMEOUT_ITEMS = ["Two identifiers: name and date of birth", "Procedure: hysterosalpingogram",
                 "Consent signed", "Allergies reviewed", "Pregnancy test result", "Screening resolutions"]

COLUMNS = {
    "patients": ("id", "mrn", "family_name", "given_name", "birth_date", "phone", "language",
                 "referring_name", "referring_phone", "referring_fax", "referring_title", "created_at", "updated_at"),
    "allergies": ("patient_id", "substance", "category", "reaction", "severity", "recorded_at"),
    "exams": ("id", "patient_id", "scheduled_at", "scheduled_date", "indication", "device_placed_on",
              "referring_name", "referring_phone", "referring_fax", "referring_title", "status", "status_reason",
              "status_at",
              "technologist_id", "radiologist_id", "open_stops", "open_cautions", "open_blocks", "signed_at",
              "signed_by",
              "created_at", "updated_at"),
    "exam_events": ("exam_id", "from_status", "to_status", "reason", "at", "user_id"),
    "checkins": ("exam_id", "identity_verified", "identity_verified_at", "identity_verified_by",
                 "referral_on_file", "payment_kind", "insurance_carrier", "insurance_member_id",
                 "insurance_card_copied", "coverage_acknowledged", "payment_amount_cents", "payment_method",
                 "consent_signed", "consent_signed_at", "consent_recorded_by", "sedative", "completed_at",
                 "completed_by", "updated_at", "updated_by"),
    "pregnancy_tests": ("exam_id", "refused", "method", "collected_at", "result", "received_at",
                        "recorded_at", "recorded_by"),
    "histories": ("exam_id", "pregnancy", "lmp", "flow_ended_on", "still_bleeding", "no_periods",
                  "intercourse_since_lmp", "active_infection_or_fever", "temperature_c",
                  "pelvic_infection_or_std", "pid_history", "recent_uterine_surgery", "inflammatory_condition",
                  "bleeding_disorder_or_anticoagulant", "diabetes_or_kidney", "asthma", "medications",
                  "allergies_reviewed", "questions_answered", "updated_at", "updated_by"),
    "findings": ("exam_id", "code", "level", "message", "answers", "first_seen_at"),
    "finding_resolutions": ("exam_id", "code", "kind", "radiologist_id", "radiologist_name", "reason",
                            "answers", "recorded_at", "recorded_by"),
    "timeouts": ("exam_id", "items", "confirmed_by", "at", "user_id"),
    "checklist_events": ("exam_id", "step", "action", "data", "at", "user_id"),
    "procedure_records": ("exam_id", "contrast_agent", "contrast_concentration", "contrast_volume_ml",
                          "contrast_lot", "contrast_expiry", "catheter_type", "catheter_lot", "fluoro_time_min",
                          "image_count", "air_kerma_mgy", "kap_gycm2", "complications", "radiologist_id",
                          "radiologist_name", "notes", "fluoro_note", "dose_note", "updated_at", "updated_by"),
}


def terminal_progress(stream=None) -> Callable[[int, int], None]:
    stream = stream or sys.stderr  # the stderr of the moment, not of the import
    started = time.perf_counter()

    def report(done: int, total: int) -> None:
        stream.write(f"\r  {done:>9,} / {total:,} patients  ({time.perf_counter() - started:5.1f} s)")
        if done >= total:
            stream.write("\n")
        stream.flush()

    return report
