"""The facts the printed documents show, and the record of each print or save (DESIGN.md §6).

`load_document_facts` turns the raw rows of one exam into frozen values, with the
computed times (aftercare "until", blood-test window, booking window, premedication)
already worked out by the domain's timing rules. The report builders only format them.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from zoneinfo import ZoneInfo

from hsg_desk.domain.case import History, Indication
from hsg_desk.domain.checklist import step_title
from hsg_desk.domain.errors import DomainError
from hsg_desk.domain.findings import Level
from hsg_desk.domain.lifecycle import ExamStatus
from hsg_desk.domain.patient import Patient
from hsg_desk.domain.timing import (aftercare_clock_start, aftercare_until, booking_window, cycle_day,
                                    earliest_test_collection, format_day, outside_window, premedication_times,
                                    window_counts_from_flow_end)
from hsg_desk.storage.documents import insert_printed_document
from hsg_desk.storage.exam_record import load_exam_record
from hsg_desk.storage.exams import get_exam
from hsg_desk.storage.histories import history_from_row
from hsg_desk.storage.patients import COLUMNS as PATIENT_COLUMNS, patient_from_row
from hsg_desk.storage.permissions import write_private_bytes
from hsg_desk.storage.records import NotFoundError

from .authorization import Action, require
from .context import ServiceContext
from .amendments import field_label, value_text

DOCUMENT_KINDS = ("summary", "aftercare", "prep", "consent")
LANGUAGES = ("en", "es")
LANGUAGE_NAMES = {"en": "English", "es": "Spanish"}
CATHETER_REMOVED_STEP = 9
SPECULUM_STEP = 6  # speculum in, cervix cleansed, catheter placed: from here an instrument was used


class DocumentNotReady(DomainError):
    """The exam has not reached the point where this document makes sense."""


class ExamNotFound(DomainError):
    pass


@dataclass(frozen=True)
class FacilityFacts:
    name: str
    phone: str
    address: str = ""
    fax: str = ""


@dataclass(frozen=True)
class ExamDetails:
    id: int
    scheduled_at: datetime
    indication: Indication
    indication_note: str
    status: ExamStatus
    status_reason: str | None
    device_placed_on: date | None
    referring_name: str
    referring_phone: str
    referring_fax: str
    technologist: str
    radiologist: str
    premedication_ordered: bool
    antibiotics: str
    started_at: datetime | None      # checklist step 1 done
    finished_at: datetime | None     # checklist step 10 done
    status_at: datetime | None = None  # when it reached its status (for an aborted exam: when it stopped)
    status_by: str = ""                # who moved it there
    antibiotics_translations: dict[str, str] = field(default_factory=dict)  # the order in her language


@dataclass(frozen=True)
class CheckinRecord:
    identity_verified: bool | None = None
    identity_verified_at: datetime | None = None
    identity_verified_by: str = ""
    referral_on_file: bool | None = None
    payment_kind: str | None = None
    insurance_carrier: str = ""
    insurance_member_id: str = ""
    insurance_card_copied: bool | None = None
    coverage_acknowledged: bool | None = None
    payment_amount_cents: int | None = None
    payment_method: str = ""
    consent_signed: bool | None = None
    consent_signed_at: datetime | None = None
    sedative: bool | None = None
    sedative_name: str = ""
    driver_name: str = ""
    driver_phone: str = ""
    language: str | None = None
    completed_at: datetime | None = None
    completed_by: str = ""


@dataclass(frozen=True)
class PregnancyTestRecord:
    refused: bool
    method: str | None
    collected_at: datetime | None
    result: str | None
    received_at: datetime | None
    recorded_by: str = ""


@dataclass(frozen=True)
class AllergyEntry:
    substance: str
    category: str
    reaction: str
    severity: str


@dataclass(frozen=True)
class ResolutionEntry:
    kind: str                 # override_signed | override_verbal | acknowledged
    radiologist_name: str
    reason: str
    recorded_at: datetime
    recorded_by: str
    cosigned_at: datetime | None = None
    cosigned_by: str = ""
    voided_at: datetime | None = None
    void_reason: str = ""

    @property
    def state(self) -> str:
        """'voided', 'awaiting co-signature', 'co-signed', 'signed' or 'acknowledged'."""
        if self.voided_at is not None:
            return "voided"
        if self.kind == "override_verbal":
            return "co-signed" if self.cosigned_at else "awaiting co-signature"
        return "signed" if self.kind == "override_signed" else "acknowledged"


@dataclass(frozen=True)
class FindingEntry:
    code: str
    level: Level
    message: str
    resolutions: tuple[ResolutionEntry, ...] = ()

    @property
    def current_resolution(self) -> ResolutionEntry | None:
        live = [r for r in self.resolutions if r.voided_at is None]
        return live[-1] if live else None


@dataclass(frozen=True)
class ChecklistEntry:
    step: int
    title: str
    action: str               # done | undone | not_needed | timer_started
    at: datetime
    by: str
    reason: str = ""
    detail: str = ""          # e.g. "locker 12"


@dataclass(frozen=True)
class TimeoutEntry:
    items: tuple[str, ...]
    confirmed_by: str
    at: datetime
    by: str


@dataclass(frozen=True)
class ProcedureRecord:
    contrast_agent: str = ""
    contrast_concentration: str = ""
    contrast_volume_ml: float | None = None
    contrast_lot: str = ""
    contrast_expiry: date | None = None
    catheter_type: str | None = None
    catheter_lot: str = ""
    fluoro_time_min: float | None = None
    image_count: int | None = None
    air_kerma_mgy: float | None = None
    kap_gycm2: float | None = None
    radiologist_name: str = ""
    fluoro_note: str = ""
    images_note: str = ""
    expiry_note: str = ""
    catheter_product: str = ""
    catheter_expiry: date | None = None
    sources: dict[str, str] = field(default_factory=dict)  # field → "scanned" or "typed" (issue #20)
    dose_note: str = ""          # asked for at signing when a dose was above the reference level


@dataclass(frozen=True)
class AmendmentEntry:
    record_type: str
    field: str
    old_value: str | None  # as a person reads it (value_text): "Yes", "05/03/2026", "12"
    new_value: str | None
    reason: str
    at: datetime
    by: str

    @property
    def what(self) -> str:
        """"Procedure: Volume", never the column's name."""
        return field_label(self.record_type, self.field)


@dataclass(frozen=True)
class Signature:
    signed_at: datetime
    signed_by: str


@dataclass(frozen=True)
class DocumentFacts:
    """Everything the four documents may show about one exam, as plain values."""

    facility: FacilityFacts
    patient: Patient
    exam: ExamDetails
    checkin: CheckinRecord | None
    pregnancy_test: PregnancyTestRecord | None
    history: History | None
    questions_answered: bool | None    # asked at the end of the history
    allergies: tuple[AllergyEntry, ...]
    cycle_day: int | None
    findings: tuple[FindingEntry, ...]
    checklist: tuple[ChecklistEntry, ...]
    timeouts: tuple[TimeoutEntry, ...]
    procedure: ProcedureRecord | None
    complications: tuple[str, ...]          # readable labels
    notes: str
    amendments: tuple[AmendmentEntry, ...]
    signature: Signature | None
    # Computed by the domain's timing rules.
    catheter_removed_at: datetime | None
    aftercare_until: datetime | None
    aftercare_hours: int
    test_collection_from: datetime
    booking_window: tuple[date, date] | None
    window_from_flow_end: bool             # else it assumes the typical flow days (setting)
    last_cycle_day: int
    premedication: tuple[tuple[datetime, str], ...]
    # How to print.
    time_zone: str
    paper_size: str
    printed_at: datetime
    # The aftercare clock's start: catheter removal, or for an exam stopped after step 6 the
    # later of the stop and the removal; None when no aftercare sheet is due.
    aftercare_from: datetime | None = None
    # Free text with no version in the sheet's language that staff confirmed they will explain
    # aloud (issue #13 §9): the sheet says so in her language instead of printing English.
    explained_aloud: tuple[str, ...] = ()

    @property
    def preferred_language(self) -> str:
        """The check-in's choice when made, else the patient's (DESIGN.md §3)."""
        if self.checkin is not None and self.checkin.language in LANGUAGES:
            return self.checkin.language
        return self.patient.language if self.patient.language in LANGUAGES else "en"

    @property
    def appointment_outside_window(self) -> bool:
        """True when the booked day is not one of the days that fit her cycle (the clinic will move it)."""
        if self.booking_window is None:
            return False
        return outside_window(self.exam.scheduled_at.astimezone(ZoneInfo(self.time_zone)).date(),
                              self.booking_window)

    @property
    def is_device_confirmation(self) -> bool:
        return self.exam.indication is Indication.DEVICE_CONFIRMATION


COMPLICATION_LABELS = {
    "none": "None",
    "vasovagal": "Vasovagal reaction",
    "contrast_reaction": "Contrast reaction",
    "severe_pain": "Severe pain",
    "bleeding": "Bleeding",
    "unable_to_cannulate": "Unable to cannulate",
    "other": "Other",
}


def _time(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


def _date(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _bool(value) -> bool | None:
    return None if value is None else bool(value)


def _json_list(text: str | None) -> list:
    try:
        value = json.loads(text or "[]")
    except ValueError:
        return []
    return value if isinstance(value, list) else []


def _json_object(text: str | None) -> dict:
    try:
        value = json.loads(text or "{}")
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def _user_name(users: dict, user_id) -> str:
    user = users.get(user_id) if user_id is not None else None
    return (user["display_name"] or user["username"]) if user else ""


def document_language(facts: DocumentFacts, override: str | None = None) -> str:
    """The language a patient document prints in: the caller's choice, else her preference."""
    if override is not None:
        if override not in LANGUAGES:
            raise DomainError(f"Unknown document language {override!r}: choose en or es.")
        return override
    return facts.preferred_language


def require_ready(facts: DocumentFacts, document: str) -> None:
    """DocumentNotReady when the exam has not got far enough for `document`."""
    if document not in DOCUMENT_KINDS:
        raise DomainError(f"Unknown document {document!r}: choose one of {', '.join(DOCUMENT_KINDS)}.")
    exam = facts.exam
    if exam.status in (ExamStatus.CANCELLED, ExamStatus.DEFERRED) and document in ("summary", "aftercare"):
        what = "aftercare sheet" if document == "aftercare" else "exam summary"
        raise DocumentNotReady(f"Exam {exam.id} was {exam.status.label.lower()}: no {what}, because the exam "
                               "did not start and no instrument was used.")
    if document == "summary" and exam.status not in (ExamStatus.PERFORMED, ExamStatus.COMPLETED,
                                                     ExamStatus.ABORTED):
        raise DocumentNotReady(f"Exam {exam.id} {exam.status.state}: the summary "
                               "prints once the exam is performed.")
    if document == "aftercare" and exam.status is ExamStatus.ABORTED and facts.aftercare_from is None:
        raise DocumentNotReady(f"Exam {exam.id} was stopped before the speculum and catheter (step 6): "
                               "no aftercare sheet is needed.")
    if document == "aftercare" and facts.aftercare_from is None:
        raise DocumentNotReady(f"Exam {exam.id}: the aftercare sheet prints once the catheter is "
                               "removed (checklist step 9).")


def prep_sheet_warning(facts: DocumentFacts) -> str:
    """What the front desk must hear when printing the prep sheet: a date outside her window."""
    if not facts.appointment_outside_window:
        return ""
    first, last = facts.booking_window
    day = facts.exam.scheduled_at.astimezone(ZoneInfo(facts.time_zone)).date()
    return (f"The appointment ({format_day(day)}) is outside her cycle window "
            f"({format_day(first)} to {format_day(last)}): the sheet tells her the clinic will call "
            "to move it. Move the appointment, or call her.")


def catheter_removal_time(checklist: tuple[ChecklistEntry, ...]) -> datetime | None:
    """When step 9 was last done and not undone since: the aftercare clock starts there."""
    removed_at = None
    for entry in checklist:
        if entry.step != CATHETER_REMOVED_STEP:
            continue
        if entry.action == "done":
            removed_at = entry.at
        elif entry.action == "undone":
            removed_at = None
    return removed_at


def _checklist(rows: list[dict], users: dict) -> tuple[ChecklistEntry, ...]:
    entries = []
    for row in rows:
        try:
            data = json.loads(row["data"] or "{}")
        except ValueError:
            data = {}
        detail = f"locker {data['locker']}" if isinstance(data, dict) and data.get("locker") else ""
        entries.append(ChecklistEntry(step=row["step"], title=step_title(row["step"]), action=row["action"],
                                      at=_time(row["at"]), by=_user_name(users, row["user_id"]),
                                      reason=row["reason"] or "", detail=detail))
    return tuple(entries)


def _step_done_at(checklist: tuple[ChecklistEntry, ...], step: int) -> datetime | None:
    done_at = None
    for entry in checklist:
        if entry.step == step:
            done_at = entry.at if entry.action in ("done", "not_needed") else None
    return done_at


def _findings(record: dict, users: dict) -> tuple[FindingEntry, ...]:
    by_code: dict[str, list[ResolutionEntry]] = {}
    for row in record["resolutions"]:
        by_code.setdefault(row["code"], []).append(ResolutionEntry(
            kind=row["kind"], radiologist_name=row["radiologist_name"], reason=row["reason"] or "",
            recorded_at=_time(row["recorded_at"]), recorded_by=_user_name(users, row["recorded_by"]),
            cosigned_at=_time(row["cosigned_at"]), cosigned_by=_user_name(users, row["cosigned_by"]),
            voided_at=_time(row["voided_at"]), void_reason=row["void_reason"] or ""))
    findings = [FindingEntry(code=row["code"], level=Level(row["level"]), message=row["message"],
                             resolutions=tuple(by_code.get(row["code"], ())))
                for row in record["findings"]]
    return tuple(sorted(findings, key=lambda finding: finding.level.rank))


def _checkin(row: dict | None, users: dict) -> CheckinRecord | None:
    if row is None:
        return None
    return CheckinRecord(
        identity_verified=_bool(row["identity_verified"]), identity_verified_at=_time(row["identity_verified_at"]),
        identity_verified_by=_user_name(users, row["identity_verified_by"]),
        referral_on_file=_bool(row["referral_on_file"]), payment_kind=row["payment_kind"],
        insurance_carrier=row["insurance_carrier"], insurance_member_id=row["insurance_member_id"],
        insurance_card_copied=_bool(row["insurance_card_copied"]),
        coverage_acknowledged=_bool(row["coverage_acknowledged"]),
        payment_amount_cents=row["payment_amount_cents"], payment_method=row["payment_method"],
        consent_signed=_bool(row["consent_signed"]), consent_signed_at=_time(row["consent_signed_at"]),
        sedative=_bool(row["sedative"]), sedative_name=row["sedative_name"], driver_name=row["driver_name"],
        driver_phone=row["driver_phone"], language=row["language"], completed_at=_time(row["completed_at"]),
        completed_by=_user_name(users, row["completed_by"]))


def _procedure(row: dict | None) -> tuple[ProcedureRecord | None, tuple[str, ...], str]:
    if row is None:
        return None, (), ""
    complications = []
    for code in _json_list(row["complications"]):
        label = COMPLICATION_LABELS.get(code, str(code))
        if code == "contrast_reaction" and row["contrast_reaction_severity"]:
            label += f" ({row['contrast_reaction_severity']})"
        if code == "other" and row["complication_other"]:
            label += f": {row['complication_other']}"
        complications.append(label)
    record = ProcedureRecord(
        contrast_agent=row["contrast_agent"], contrast_concentration=row["contrast_concentration"],
        contrast_volume_ml=row["contrast_volume_ml"], contrast_lot=row["contrast_lot"],
        contrast_expiry=_date(row["contrast_expiry"]), catheter_type=row["catheter_type"],
        catheter_lot=row["catheter_lot"], fluoro_time_min=row["fluoro_time_min"], image_count=row["image_count"],
        air_kerma_mgy=row["air_kerma_mgy"], kap_gycm2=row["kap_gycm2"], radiologist_name=row["radiologist_name"],
        fluoro_note=row["fluoro_note"], images_note=row["images_note"], expiry_note=row["expiry_note"],
        catheter_product=row["catheter_product"], catheter_expiry=_date(row["catheter_expiry"]),
        sources=json.loads(row["value_sources"] or "{}"),
        dose_note=row["dose_note"])
    return record, tuple(complications), row["notes"]


def load_document_facts(ctx: ServiceContext, exam_id: int) -> DocumentFacts:
    """The documents' view of exam `exam_id`; ExamNotFound when there is no such exam.

    PermissionDenied unless the session may print documents (the clinical roles).
    """
    try:
        record = load_exam_record(ctx.db, exam_id)
    except NotFoundError:
        raise ExamNotFound(f"There is no exam {exam_id}.") from None
    require(ctx, Action.PRINT_DOCUMENT, patient_id=record["exam"]["patient_id"])
    settings = ctx.settings
    users = record["users"]
    exam_row, patient_row = record["exam"], record["patient"]
    checklist = _checklist(record["checklist"], users)
    scheduled_at = _time(exam_row["scheduled_at"])
    history_row = record["history"]
    history = history_from_row(history_row, record["allergies"]) if history_row else None
    procedure, complications, notes = _procedure(record["procedure"])
    removed_at = catheter_removal_time(checklist)
    status = ExamStatus(exam_row["status"])
    status_at = _time(exam_row["status_at"])
    aftercare_from = aftercare_clock_start(removed_at, status is ExamStatus.ABORTED,
                                           _step_done_at(checklist, SPECULUM_STEP) is not None, status_at)
    stopped_by = next((row["user_id"] for row in reversed(record["status_events"])
                       if row["to_status"] == status.value), None)
    test = record["pregnancy_test"]
    lmp = history.lmp if history else None
    radiologist = (procedure.radiologist_name if procedure and procedure.radiologist_name
                   else _user_name(users, exam_row["radiologist_id"]))
    return DocumentFacts(
        facility=FacilityFacts(settings.facility_name, settings.facility_phone, settings.facility_address,
                               settings.facility_fax),
        patient=patient_from_row([patient_row[column] for column in PATIENT_COLUMNS]),
        exam=ExamDetails(
            id=exam_row["id"], scheduled_at=scheduled_at, indication=Indication(exam_row["indication"]),
            indication_note=exam_row["indication_note"], status=ExamStatus(exam_row["status"]),
            status_reason=exam_row["status_reason"], device_placed_on=_date(exam_row["device_placed_on"]),
            referring_name=exam_row["referring_name"] or patient_row["referring_name"],
            referring_phone=exam_row["referring_phone"] or patient_row["referring_phone"],
            referring_fax=exam_row["referring_fax"] or patient_row["referring_fax"],
            technologist=_user_name(users, exam_row["technologist_id"]), radiologist=radiologist,
            premedication_ordered=bool(exam_row["premedication_ordered"]), antibiotics=exam_row["antibiotics"],
            started_at=_step_done_at(checklist, 1), finished_at=_step_done_at(checklist, 10),
            status_at=status_at, status_by=_user_name(users, stopped_by),
            antibiotics_translations=_json_object(exam_row["antibiotics_translations"])),
        checkin=_checkin(record["checkin"], users),
        pregnancy_test=None if test is None else PregnancyTestRecord(
            refused=bool(test["refused"]), method=test["method"], collected_at=_time(test["collected_at"]),
            result=test["result"], received_at=_time(test["received_at"]),
            recorded_by=_user_name(users, test["recorded_by"])),
        history=history,
        questions_answered=_bool(history_row["questions_answered"]) if history_row else None,
        allergies=tuple(AllergyEntry(row["substance"], row["category"], row["reaction"], row["severity"])
                        for row in record["allergies"]),
        cycle_day=cycle_day(lmp, scheduled_at.date()) if lmp and not (history and history.no_periods) else None,
        findings=_findings(record, users),
        checklist=checklist,
        timeouts=tuple(TimeoutEntry(tuple(str(i) for i in _json_list(row["items"])), row["confirmed_by"],
                                    _time(row["at"]), _user_name(users, row["user_id"]))
                       for row in record["timeouts"]),
        procedure=procedure, complications=complications, notes=notes,
        amendments=tuple(AmendmentEntry(row["record_type"], row["field"],
                                        value_text(row["record_type"], row["field"], row["old_value"]),
                                        value_text(row["record_type"], row["field"], row["new_value"]),
                                        row["reason"] or "", _time(row["at"]), _user_name(users, row["user_id"]))
                         for row in record["amendments"]),
        signature=(Signature(_time(exam_row["signed_at"]), _user_name(users, exam_row["signed_by"]))
                   if exam_row["signed_at"] else None),
        catheter_removed_at=removed_at,
        aftercare_from=aftercare_from,
        aftercare_until=aftercare_until(aftercare_from, settings) if aftercare_from else None,
        aftercare_hours=settings.aftercare_avoid_hours,
        test_collection_from=earliest_test_collection(scheduled_at, settings),
        booking_window=(booking_window(lmp, settings, history.flow_ended_on)
                        if lmp and not (history and history.no_periods) else None),
        window_from_flow_end=bool(lmp and window_counts_from_flow_end(lmp, history.flow_ended_on)),
        last_cycle_day=settings.last_cycle_day,
        premedication=tuple(premedication_times(scheduled_at)) if exam_row["premedication_ordered"] else (),
        time_zone=settings.time_zone, paper_size=settings.paper_size, printed_at=ctx.now(),
    )


def record_document_output(ctx: ServiceContext, exam_id: int, document: str, language: str, action: str,
                           target: str = "") -> int:
    """Record one print ('print') or save ('save') of a document, with its audit row.

    The audit action is 'print' for paper and 'export' for a saved file (DESIGN.md §8).
    """
    if document not in DOCUMENT_KINDS or language not in LANGUAGES or action not in ("print", "save"):
        raise DomainError(f"Cannot record {action!r} of {document!r} in {language!r}.")
    try:
        patient_id = get_exam(ctx.db, exam_id).patient_id
    except NotFoundError:
        raise ExamNotFound(f"There is no exam {exam_id}.") from None
    require(ctx, Action.PRINT_DOCUMENT, patient_id=patient_id)
    with ctx.db.atomic():
        document_id = insert_printed_document(ctx.db, exam_id=exam_id, document=document, language=language,
                                              action=action, target=target, at=ctx.now(),
                                              user_id=ctx.session.user_id)
        ctx.audit("print" if action == "print" else "export", patient_id=patient_id, record_type="exam",
                  record_id=exam_id, changes={"document": [None, document], "language": [None, language],
                                              "target": [None, target]})
    return document_id


# -- free text a patient sheet prints, in her language (issue #13 §9) ----------------
PRINTED_FREE_TEXT = {"antibiotics": "The antibiotic order"}


def untranslated_texts(facts: DocumentFacts, document: str, language: str) -> list[str]:
    """The free text `document` would print that has no version in `language` (English needs none)."""
    if document != "aftercare" or language == "en":
        return []
    exam = facts.exam
    if exam.antibiotics.strip() and not (exam.antibiotics_translations.get(language) or "").strip():
        return ["antibiotics"]
    return []


def printed_free_text(facts: DocumentFacts, name: str, language: str) -> str | None:
    """What the sheet prints for free text `name`: the text in her language, or None when staff
    confirmed they will explain the (English-only) text aloud. Never English in another language."""
    english = getattr(facts.exam, name).strip()
    if language == "en":
        return english
    translated = (getattr(facts.exam, f"{name}_translations").get(language) or "").strip()
    if translated:
        return translated
    if name in facts.explained_aloud:
        return None
    raise DocumentNotReady(f"{PRINTED_FREE_TEXT[name]} is in English only: enter it in "
                           f"{LANGUAGE_NAMES.get(language, language)}, or confirm that staff will explain it "
                           "aloud.")


def explained_aloud(ctx: ServiceContext, facts: DocumentFacts, document: str, language: str) -> DocumentFacts:
    """Staff confirm they will explain the untranslated free text aloud: audited; the facts to print."""
    names = untranslated_texts(facts, document, language)
    if not names:
        return facts
    require(ctx, Action.PRINT_DOCUMENT, patient_id=facts.patient.id)
    ctx.audit("confirm", patient_id=facts.patient.id, record_type="exam", record_id=facts.exam.id,
              changes={"explained_aloud": [None, ", ".join(names)], "document": [None, document],
                       "language": [None, language]})
    return replace(facts, explained_aloud=tuple(names))


def save_pdf_file(pdf: bytes, path) -> None:
    """Write a patient document readable by its owner only (0600): it holds her record."""
    write_private_bytes(path, pdf)
