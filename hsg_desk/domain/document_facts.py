"""The facts the printed documents show about one exam, as frozen values (DESIGN.md §6).

The services fill them (services/documents.py `load_document_facts`); the report builders
only read and format them, so both depend on this module and neither on the other.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from zoneinfo import ZoneInfo

from hsg_desk.domain.amendment import Amendment
from hsg_desk.domain.allergy import Allergy
from hsg_desk.domain.case import History, Indication
from hsg_desk.domain.checkin import Checkin, CheckinPregnancyTest
from hsg_desk.domain.checklist import ChecklistEvent
from hsg_desk.domain.errors import DomainError
from hsg_desk.domain.findings import Level
from hsg_desk.domain.lifecycle import ExamStatus
from hsg_desk.domain.patient import Patient
from hsg_desk.domain.referring import printed_physician
from hsg_desk.domain.procedure_record import ProcedureRecord
from hsg_desk.domain.resolutions import Resolution
from hsg_desk.domain.timeout import Timeout
from hsg_desk.domain.timing import format_day, outside_window
from hsg_desk.domain.vocabulary import DocumentKind, Language
from .message import Message

DOCUMENT_KINDS = tuple(DocumentKind)
LANGUAGES = tuple(Language)
LANGUAGE_NAMES = {language: language.label for language in Language}
CATHETER_REMOVED_STEP = 9
SPECULUM_STEP = 6  # speculum in, cervix cleansed, catheter placed: from here an instrument was used
IMAGES_STEP = 7    # contrast injected, images taken


# How a refusal names each document ("no preparation sheet").
SHEET_NAMES = {"prep": Message("preparation sheet"), "consent": Message("consent form"),
               "aftercare": Message("aftercare sheet"), "summary": Message("exam summary")}


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
class PrintedExam:
    """The exam as the documents print it: its people by name (not id) and the times the
    checklist gave it. The stored exam is domain.exam.Exam."""

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
    referring_title: str = ""          # "Dr.", "Dra." or "": printed in the sheet's language

    def referring_physician(self, language: str) -> str:
        """The referring physician as a sheet in `language` names her: "Dra. Lena Ortiz" / "Dr. Lena Ortiz"."""
        return printed_physician(self.referring_title, self.referring_name, language)


@dataclass(frozen=True)
class FindingEntry:
    code: str
    level: Level
    message: str
    resolutions: tuple[Resolution, ...] = ()

    @property
    def current_resolution(self) -> Resolution | None:
        live = [r for r in self.resolutions if not r.voided]
        return live[-1] if live else None


@dataclass(frozen=True)
class Signature:
    signed_at: datetime
    signed_by: str


@dataclass(frozen=True)
class DocumentFacts:
    """Everything the four documents may show about one exam, as plain values."""

    facility: FacilityFacts
    patient: Patient
    exam: PrintedExam
    checkin: Checkin | None                       # who did what by user id: see user_name()
    pregnancy_test: CheckinPregnancyTest | None
    history: History | None
    questions_answered: bool | None    # asked at the end of the history
    allergies: tuple[Allergy, ...]
    cycle_day: int | None
    findings: tuple[FindingEntry, ...]
    checklist: tuple[ChecklistEvent, ...]
    timeouts: tuple[Timeout, ...]
    procedure: ProcedureRecord | None
    complications: tuple[str, ...]          # readable labels
    notes: str
    amendments: tuple[Amendment, ...]
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
    # The people the records name by user id (the check-in's clerk, the test's recorder), by name.
    user_names: dict[int, str] = field(default_factory=dict)

    def user_name(self, user_id: int | None) -> str:
        """The name a document prints for user `user_id`; "" when nobody (or nobody known) is named."""
        return self.user_names.get(user_id, "") if user_id is not None else ""

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

    @property
    def images_taken(self) -> bool:
        """Whether the exam has x-ray images for the radiologist: the count the record gives, or when
        none was recorded, whether step 7 (contrast injected, images taken) was done. An exam stopped
        earlier has none, and its aftercare sheet must not promise that images will be reviewed."""
        if self.procedure is not None and self.procedure.image_count is not None:
            return self.procedure.image_count > 0
        return step_done(self.checklist, IMAGES_STEP)


def document_language(facts: DocumentFacts, override: str | None = None) -> str:
    """The language a patient document prints in: the caller's choice, else her preference."""
    if override is not None:
        if override not in LANGUAGES:
            raise DomainError(Message("Unknown document language {override!r}: choose en or es.", override=override))
        return override
    return facts.preferred_language


def require_ready(facts: DocumentFacts, document: str) -> None:
    """DocumentNotReady when the exam has not got far enough for `document`."""
    if document not in DOCUMENT_KINDS:
        raise DomainError(Message("Unknown document {document!r}: choose one of {value}.",
                                  document=document, value=', '.join(DOCUMENT_KINDS)))
    exam = facts.exam
    # A sheet that prepares her for an exam, or asks her consent to it, would send her to an
    # appointment that is no longer there: a cancelled exam gets a new booking, a deferred one a new date.
    if exam.status is ExamStatus.CANCELLED and document in ("prep", "consent"):
        raise DocumentNotReady(Message("Exam {id} was cancelled: no {what}, because this exam will not take place. "
                                       "Book a new exam to print one.", id=exam.id, what=SHEET_NAMES[document]))
    if exam.status is ExamStatus.DEFERRED and document in ("prep", "consent"):
        raise DocumentNotReady(Message("Exam {id} was deferred: no {what} until it has a new date. Reschedule it "
                                       "first, then print.", id=exam.id, what=SHEET_NAMES[document]))
    if exam.status in (ExamStatus.CANCELLED, ExamStatus.DEFERRED) and document in ("summary", "aftercare"):
        raise DocumentNotReady(Message("Exam {id} was {value}: no {what}, because the exam did not start and no "
                                       "instrument was used.", id=exam.id, value=exam.status.label.lower(),
                                       what=SHEET_NAMES[document]))
    if document == "summary" and exam.status not in (ExamStatus.PERFORMED, ExamStatus.COMPLETED,
                                                     ExamStatus.ABORTED):
        raise DocumentNotReady(Message("Exam {id} {state}: the summary prints once the exam is performed.",
                                       id=exam.id, state=Message.word("domain", exam.status.state)))
    if document == "aftercare" and exam.status is ExamStatus.ABORTED and facts.aftercare_from is None:
        raise DocumentNotReady(Message("Exam {id} was stopped before the speculum and catheter (step 6): no "
                                       "aftercare sheet is needed.", id=exam.id))
    if document == "aftercare" and facts.aftercare_from is None:
        raise DocumentNotReady(Message("Exam {id}: the aftercare sheet prints once the catheter is removed "
                                       "(checklist step 9).", id=exam.id))


def prep_sheet_warning(facts: DocumentFacts) -> str:
    """What the front desk must hear when printing the prep sheet: a date outside her window."""
    if not facts.appointment_outside_window:
        return ""
    first, last = facts.booking_window
    day = facts.exam.scheduled_at.astimezone(ZoneInfo(facts.time_zone)).date()
    return (f"The appointment ({format_day(day)}) is outside her cycle window "
            f"({format_day(first)} to {format_day(last)}): the sheet tells her the clinic will call "
            "to move it. Move the appointment, or call her.")


def step_done(checklist: tuple[ChecklistEvent, ...], step: int) -> bool:
    """Whether checklist step `step` was done and not undone since."""
    done = False
    for entry in checklist:
        if entry.step == step and entry.action in ("done", "undone"):
            done = entry.action == "done"
    return done


def catheter_removal_time(checklist: tuple[ChecklistEvent, ...]) -> datetime | None:
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
    raise DocumentNotReady(Message("{value} is in English only: enter it in {get}, or confirm that staff will "
                                   "explain it aloud.",
                                   value=PRINTED_FREE_TEXT[name], get=LANGUAGE_NAMES.get(language, language)))
