"""The domain's words (exam states, indications, finding levels, roles…) in the interface language.

The domain names things in English (`ExamStatus.ARRIVED.label` is "Arrived") and knows no Qt;
the window shows them through Qt's catalogue, context "domain". Each label is listed below so
pyside6-lupdate finds it; tests/qt/test_translations.py fails when a domain list gains a label
that is not here, and when a Spanish word here differs from the printed summary's
(resources/texts/es/summary.json), so the screen and the paper say the same thing.
"""

from __future__ import annotations

import json
import re
from datetime import date, datetime
from functools import lru_cache

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from hsg_desk.domain.errors import ValidationError
from hsg_desk.domain.findings import Level
from hsg_desk.domain.findings_summary import FindingsSummary
from hsg_desk.domain.lifecycle import ExamStatus
from hsg_desk.domain.message import Alternatives, Listing, Message, RuleText, ShortDay, TimeOfDay
from hsg_desk.domain.permissions import ROLE_ACTIONS, Action, PermissionDenied
from hsg_desk.domain.roles import Role
from hsg_desk.qt.i18n import clock_time, current_language, day_and_time, weekday_and_date, weekday_and_day
from hsg_desk.resources_path import resource_path

LABELS = (
    # The history questions (CONDITION_QUESTIONS), and the others as the list of missing answers names them
    QT_TRANSLATE_NOOP("domain", "Intercourse since the first day of the last period"),
    QT_TRANSLATE_NOOP("domain", "Active infection or fever"),
    QT_TRANSLATE_NOOP("domain", "Chronic pelvic infection or a current sexually transmitted disease"),
    QT_TRANSLATE_NOOP("domain", "Past pelvic inflammatory disease (PID)"),
    QT_TRANSLATE_NOOP("domain", "Recent uterine or tubal surgery"),
    QT_TRANSLATE_NOOP("domain", "An inflammatory condition"),
    QT_TRANSLATE_NOOP("domain", "A bleeding problem, or blood thinners (aspirin, warfarin, Coumadin)"),
    QT_TRANSLATE_NOOP("domain", "Diabetes or a history of kidney problems"),
    QT_TRANSLATE_NOOP("domain", "Asthma"),
    QT_TRANSLATE_NOOP("domain", "Every history question"),
    QT_TRANSLATE_NOOP("domain", "Could she be pregnant"),
    QT_TRANSLATE_NOOP("domain", "Does she have periods"),
    QT_TRANSLATE_NOOP("domain", "Is she bleeding today"),
    QT_TRANSLATE_NOOP("domain", "First day of the last period"),
    QT_TRANSLATE_NOOP("domain", "Last day of flow"),
    QT_TRANSLATE_NOOP("domain", "Allergies reviewed"),
    # The time-out's items (services/timeout_items.py TIMEOUT_ITEMS)
    QT_TRANSLATE_NOOP("domain", "Her two identifiers"),
    QT_TRANSLATE_NOOP("domain", "The procedure"),
    QT_TRANSLATE_NOOP("domain", "Consent"),
    QT_TRANSLATE_NOOP("domain", "Allergies"),
    QT_TRANSLATE_NOOP("domain", "Pregnancy test"),
    QT_TRANSLATE_NOOP("domain", "Screening findings"),
    # The catheter types (domain/procedure_record.py CATHETER_TYPES)
    QT_TRANSLATE_NOOP("domain", "Balloon catheter"),
    QT_TRANSLATE_NOOP("domain", "Cannula"),
    # PhysicianTitle (on its way from issue 17's documents lane)
    QT_TRANSLATE_NOOP("domain", "(none)"),
    QT_TRANSLATE_NOOP("domain", "Dr."),
    QT_TRANSLATE_NOOP("domain", "Dra."),
    # AllergyCategory and the allergy severities (stored codes, shown as words)
    QT_TRANSLATE_NOOP("domain", "contrast"),
    QT_TRANSLATE_NOOP("domain", "latex"),
    QT_TRANSLATE_NOOP("domain", "iodine"),
    QT_TRANSLATE_NOOP("domain", "shellfish"),
    QT_TRANSLATE_NOOP("domain", "barium"),
    QT_TRANSLATE_NOOP("domain", "drug"),
    QT_TRANSLATE_NOOP("domain", "food"),
    QT_TRANSLATE_NOOP("domain", "other"),
    QT_TRANSLATE_NOOP("domain", "mild"),
    QT_TRANSLATE_NOOP("domain", "moderate"),
    QT_TRANSLATE_NOOP("domain", "severe"),
    # Level
    QT_TRANSLATE_NOOP("domain", "Block — no exam today"),
    QT_TRANSLATE_NOOP("domain", "Stop — needs a radiologist"),
    QT_TRANSLATE_NOOP("domain", "Caution — tell the radiologist"),
    QT_TRANSLATE_NOOP("domain", "Info"),
    # Indication
    QT_TRANSLATE_NOOP("domain", "Infertility work-up"),
    QT_TRANSLATE_NOOP("domain", "Recurrent pregnancy loss"),
    QT_TRANSLATE_NOOP("domain", "Tubal ligation check"),
    QT_TRANSLATE_NOOP("domain", "Essure/Adiana confirmation"),
    QT_TRANSLATE_NOOP("domain", "Other"),
    # ExamStatus
    QT_TRANSLATE_NOOP("domain", "Scheduled"),
    QT_TRANSLATE_NOOP("domain", "Arrived"),
    QT_TRANSLATE_NOOP("domain", "Screened"),
    QT_TRANSLATE_NOOP("domain", "In progress"),
    QT_TRANSLATE_NOOP("domain", "Performed"),
    QT_TRANSLATE_NOOP("domain", "Completed"),
    QT_TRANSLATE_NOOP("domain", "Cancelled"),
    QT_TRANSLATE_NOOP("domain", "Deferred"),
    QT_TRANSLATE_NOOP("domain", "Aborted"),
    # AbortReason
    QT_TRANSLATE_NOOP("domain", "Pain"),
    QT_TRANSLATE_NOOP("domain", "Vasovagal reaction"),
    QT_TRANSLATE_NOOP("domain", "Unable to cannulate"),
    QT_TRANSLATE_NOOP("domain", "Contrast reaction"),
    QT_TRANSLATE_NOOP("domain", "Other"),
    # Action
    QT_TRANSLATE_NOOP("domain", "open a patient's record"),
    QT_TRANSLATE_NOOP("domain", "register a patient"),
    QT_TRANSLATE_NOOP("domain", "change a patient's details"),
    QT_TRANSLATE_NOOP("domain", "book an exam"),
    QT_TRANSLATE_NOOP("domain", "check a patient in"),
    QT_TRANSLATE_NOOP("domain", "cancel or defer an exam"),
    QT_TRANSLATE_NOOP("domain", "record the medical history"),
    QT_TRANSLATE_NOOP("domain", "acknowledge a caution"),
    QT_TRANSLATE_NOOP("domain", "override a stop finding"),
    QT_TRANSLATE_NOOP("domain", "record a radiologist's verbal approval"),
    QT_TRANSLATE_NOOP("domain", "co-sign a verbal approval"),
    QT_TRANSLATE_NOOP("domain", "complete a checklist step"),
    QT_TRANSLATE_NOOP("domain", "undo a checklist step"),
    QT_TRANSLATE_NOOP("domain", "record the time-out"),
    QT_TRANSLATE_NOOP("domain", "stop an exam in progress"),
    QT_TRANSLATE_NOOP("domain", "record the procedure"),
    QT_TRANSLATE_NOOP("domain", "sign an exam"),
    QT_TRANSLATE_NOOP("domain", "amend a completed exam"),
    QT_TRANSLATE_NOOP("domain", "print or save a document"),
    QT_TRANSLATE_NOOP("domain", "view the audit trail"),
    QT_TRANSLATE_NOOP("domain", "export the audit trail"),
    QT_TRANSLATE_NOOP("domain", "manage users"),
    QT_TRANSLATE_NOOP("domain", "change the settings"),
    QT_TRANSLATE_NOOP("domain", "make a backup"),
    QT_TRANSLATE_NOOP("domain", "restore a backup"),
    QT_TRANSLATE_NOOP("domain", "change the product list"),
    QT_TRANSLATE_NOOP("domain", "see the dose and quality report"),
    # ProductKind
    QT_TRANSLATE_NOOP("domain", "Contrast agent"),
    QT_TRANSLATE_NOOP("domain", "Catheter"),
    # ResolutionKind
    QT_TRANSLATE_NOOP("domain", "Radiologist override (signed)"),
    QT_TRANSLATE_NOOP("domain", "Verbal radiologist approval"),
    QT_TRANSLATE_NOOP("domain", "Radiologist informed"),
    # OrderState
    QT_TRANSLATE_NOOP("domain", "RIS"),
    QT_TRANSLATE_NOOP("domain", "RIS: check"),
    QT_TRANSLATE_NOOP("domain", "RIS: discontinued"),
    QT_TRANSLATE_NOOP("domain", "RIS: no longer listed"),
    # Role
    QT_TRANSLATE_NOOP("domain", "Front desk"),
    QT_TRANSLATE_NOOP("domain", "Technologist"),
    QT_TRANSLATE_NOOP("domain", "Radiologist"),
    QT_TRANSLATE_NOOP("domain", "Admin"),
    # Language
    QT_TRANSLATE_NOOP("domain", "English"),
    QT_TRANSLATE_NOOP("domain", "Spanish"),
    # DocumentKind
    QT_TRANSLATE_NOOP("domain", "Exam summary"),
    QT_TRANSLATE_NOOP("domain", "Aftercare sheet"),
    QT_TRANSLATE_NOOP("domain", "Preparation sheet"),
    QT_TRANSLATE_NOOP("domain", "Consent form"),
    # PaymentKind
    QT_TRANSLATE_NOOP("domain", "Insurance"),
    QT_TRANSLATE_NOOP("domain", "Self-pay"),
    # PaymentMethod
    QT_TRANSLATE_NOOP("domain", "Cash"),
    QT_TRANSLATE_NOOP("domain", "Card"),
    QT_TRANSLATE_NOOP("domain", "Check"),
    # Complication
    QT_TRANSLATE_NOOP("domain", "None"),
    QT_TRANSLATE_NOOP("domain", "Vasovagal reaction"),
    QT_TRANSLATE_NOOP("domain", "Contrast reaction"),
    QT_TRANSLATE_NOOP("domain", "Severe pain"),
    QT_TRANSLATE_NOOP("domain", "Bleeding"),
    QT_TRANSLATE_NOOP("domain", "Unable to cannulate"),
    QT_TRANSLATE_NOOP("domain", "Other"),
    # TestMethod
    QT_TRANSLATE_NOOP("domain", "Serum (blood)"),
    QT_TRANSLATE_NOOP("domain", "Urine"),
    # TestResult
    QT_TRANSLATE_NOOP("domain", "Negative"),
    QT_TRANSLATE_NOOP("domain", "Positive"),
    QT_TRANSLATE_NOOP("domain", "Indeterminate"),
)

# The checklist's ten steps (domain/checklist.py STEPS): each title, then its detail.
STEP_TEXTS = (
    QT_TRANSLATE_NOOP("checklist", "History taken, questions answered"),
    QT_TRANSLATE_NOOP("checklist", "Intake complete and screening resolved; the patient's questions answered."),
    QT_TRANSLATE_NOOP("checklist", "Gown on, jewelry off, items in locker"),
    QT_TRANSLATE_NOOP("checklist", "Undressed from the waist down, jewelry removed from abdomen and pelvis; "
                                   "locker number."),
    QT_TRANSLATE_NOOP("checklist", "Bladder emptied"),
    QT_TRANSLATE_NOOP("checklist", "The patient has emptied her bladder."),
    QT_TRANSLATE_NOOP("checklist", "Positioned on the table"),
    QT_TRANSLATE_NOOP("checklist", "On her back, knees up, feet flat."),
    QT_TRANSLATE_NOOP("checklist", "Fluoroscope centered"),
    QT_TRANSLATE_NOOP("checklist", "Centered over the lower abdomen."),
    QT_TRANSLATE_NOOP("checklist", "Speculum, cervix cleansed, catheter placed"),
    QT_TRANSLATE_NOOP("checklist", "Balloon inflated. The time-out must be recorded first."),
    QT_TRANSLATE_NOOP("checklist", "Contrast injected, images taken"),
    QT_TRANSLATE_NOOP("checklist", "Uterus, tubes and peritoneal cavity; position changes as needed."),
    QT_TRANSLATE_NOOP("checklist", "Delayed images"),
    QT_TRANSLATE_NOOP("checklist", "Only if specific abnormalities were seen: not needed, or a timed wait."),
    QT_TRANSLATE_NOOP("checklist", "Catheter removed"),
    QT_TRANSLATE_NOOP("checklist", "The aftercare clock starts here."),
    QT_TRANSLATE_NOOP("checklist", "Dressed"),
    QT_TRANSLATE_NOOP("checklist", "Changed back into her clothes."),
)


def step_text(text: str) -> str:
    """A checklist step's title or detail in the interface language."""
    return QCoreApplication.translate("checklist", text)


# The clinic's settings (domain/settings.py SETTING_FIELDS): each label, then each unit.
SETTING_WORDS = (
    QT_TRANSLATE_NOOP("settings", "Facility name"),
    QT_TRANSLATE_NOOP("settings", "Facility address"),
    QT_TRANSLATE_NOOP("settings", "Facility phone"),
    QT_TRANSLATE_NOOP("settings", "Facility fax"),
    QT_TRANSLATE_NOOP("settings", "Time zone (IANA name)"),
    QT_TRANSLATE_NOOP("settings", "Paper size"),
    QT_TRANSLATE_NOOP("settings", "Informed consent required"),
    QT_TRANSLATE_NOOP("settings", "Pregnancy test window"),
    QT_TRANSLATE_NOOP("settings", "Accepted pregnancy test methods"),
    QT_TRANSLATE_NOOP("settings", "Last cycle day for the exam"),
    QT_TRANSLATE_NOOP("settings", "Typical days of flow (booking window)"),
    QT_TRANSLATE_NOOP("settings", "Fever threshold"),
    QT_TRANSLATE_NOOP("settings", "Wait after device placement"),
    QT_TRANSLATE_NOOP("settings", "Delayed images limit"),
    QT_TRANSLATE_NOOP("settings", "Fluoroscopy time that asks for a note"),
    QT_TRANSLATE_NOOP("settings", "Images for device confirmation"),
    QT_TRANSLATE_NOOP("settings", "Aftercare avoid period"),
    QT_TRANSLATE_NOOP("settings", "Failed logins before lock"),
    QT_TRANSLATE_NOOP("settings", "Account lock after failed logins"),
    QT_TRANSLATE_NOOP("settings", "Automatic lock when idle"),
    QT_TRANSLATE_NOOP("settings", "Backup folder"),
    QT_TRANSLATE_NOOP("settings", "Backup copies kept"),
    QT_TRANSLATE_NOOP("settings", "Barcode scanner prefix (if the scanner is set to send one)"),
    QT_TRANSLATE_NOOP("settings", "Barcode scanner field separator, if not GS (one character)"),
    QT_TRANSLATE_NOOP("settings", "Barcode scan: longest pause between keystrokes"),
    QT_TRANSLATE_NOOP("settings", "Room contrast agent"),
    QT_TRANSLATE_NOOP("settings", "Local reference level: fluoroscopy time"),
    QT_TRANSLATE_NOOP("settings", "Local reference level: KAP"),
    QT_TRANSLATE_NOOP("settings", "DICOM: our AE title (calling)"),
    QT_TRANSLATE_NOOP("settings", "Worklist server: host (blank: no RIS)"),
    QT_TRANSLATE_NOOP("settings", "Worklist server: port"),
    QT_TRANSLATE_NOOP("settings", "Worklist server: called AE title"),
    QT_TRANSLATE_NOOP("settings", "Worklist filter: scheduled station AE title"),
    QT_TRANSLATE_NOOP("settings", "Worklist filter: modality"),
    QT_TRANSLATE_NOOP("settings", "Worklist filter: procedure code or description"),
    QT_TRANSLATE_NOOP("settings", "Get orders from RIS every (0: on demand only)"),
    QT_TRANSLATE_NOOP("settings", "MPPS destination: host (blank: send none)"),
    QT_TRANSLATE_NOOP("settings", "MPPS destination: port"),
    QT_TRANSLATE_NOOP("settings", "MPPS destination: called AE title"),
    QT_TRANSLATE_NOOP("settings", "Send MPPS for local exams"),
    QT_TRANSLATE_NOOP("settings", "DICOM network timeout"),
    QT_TRANSLATE_NOOP("settings", "hours"),
    QT_TRANSLATE_NOOP("settings", "day"),
    QT_TRANSLATE_NOOP("settings", "days"),
    QT_TRANSLATE_NOOP("settings", "°C"),
    QT_TRANSLATE_NOOP("settings", "months"),
    QT_TRANSLATE_NOOP("settings", "minutes"),
    QT_TRANSLATE_NOOP("settings", "ms"),
    QT_TRANSLATE_NOOP("settings", "Gy·cm²"),
    QT_TRANSLATE_NOOP("settings", "seconds"),
)


def setting_text(text: str) -> str:
    """A setting's label or unit in the interface language."""
    return QCoreApplication.translate("settings", text) if text else text

# What the exam is now, inside a sentence (ExamStatus.state, with its subject).
EXAM_STATES = {
    ExamStatus.SCHEDULED: QT_TRANSLATE_NOOP("domain", "the exam is scheduled"),
    ExamStatus.ARRIVED: QT_TRANSLATE_NOOP("domain", "the exam is checked in"),
    ExamStatus.SCREENED: QT_TRANSLATE_NOOP("domain", "the exam is screened"),
    ExamStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("domain", "the exam is in progress"),
    ExamStatus.PERFORMED: QT_TRANSLATE_NOOP("domain", "the exam is performed and awaits its signature"),
    ExamStatus.COMPLETED: QT_TRANSLATE_NOOP("domain", "the exam is signed and locked"),
    ExamStatus.CANCELLED: QT_TRANSLATE_NOOP("domain", "the exam was cancelled"),
    ExamStatus.DEFERRED: QT_TRANSLATE_NOOP("domain", "the exam was deferred"),
    ExamStatus.ABORTED: QT_TRANSLATE_NOOP("domain", "the exam was aborted"),
}


# The procedure record's fields as the sign-off list names them (domain/procedure_record.py LABELS).
PROCEDURE_FIELD_WORDS = (
    QT_TRANSLATE_NOOP("procedure field", "Contrast agent"),
    QT_TRANSLATE_NOOP("procedure field", "Concentration"),
    QT_TRANSLATE_NOOP("procedure field", "Volume"),
    QT_TRANSLATE_NOOP("procedure field", "Contrast lot"),
    QT_TRANSLATE_NOOP("procedure field", "Expiry date"),
    QT_TRANSLATE_NOOP("procedure field", "Catheter type"),
    QT_TRANSLATE_NOOP("procedure field", "Catheter lot"),
    QT_TRANSLATE_NOOP("procedure field", "Fluoroscopy time"),
    QT_TRANSLATE_NOOP("procedure field", "Images"),
    QT_TRANSLATE_NOOP("procedure field", "Air kerma"),
    QT_TRANSLATE_NOOP("procedure field", "Kerma-area product"),
    QT_TRANSLATE_NOOP("procedure field", "Complications"),
    QT_TRANSLATE_NOOP("procedure field", "Reaction severity"),
    QT_TRANSLATE_NOOP("procedure field", "Other complication"),
    QT_TRANSLATE_NOOP("procedure field", "Radiologist"),
    QT_TRANSLATE_NOOP("procedure field", "Notes"),
    QT_TRANSLATE_NOOP("procedure field", "Note on the fluoroscopy time"),
    QT_TRANSLATE_NOOP("procedure field", "Note on the number of images"),
    QT_TRANSLATE_NOOP("procedure field", "Note on the expired contrast"),
    QT_TRANSLATE_NOOP("procedure field", "Catheter product"),
    QT_TRANSLATE_NOOP("procedure field", "Catheter expiry date"),
    QT_TRANSLATE_NOOP("procedure field", "Contrast GTIN"),
    QT_TRANSLATE_NOOP("procedure field", "Catheter GTIN"),
    QT_TRANSLATE_NOOP("procedure field", "Note on a dose above the reference level"),
)

# The fields an amendment may correct, as its list names them (services/amendments.py AMENDABLE),
# and the records they belong to (RECORD_NAMES).
AMENDABLE_WORDS = (
    QT_TRANSLATE_NOOP("amendable", "Contrast agent"),
    QT_TRANSLATE_NOOP("amendable", "Concentration"),
    QT_TRANSLATE_NOOP("amendable", "Volume"),
    QT_TRANSLATE_NOOP("amendable", "Contrast lot"),
    QT_TRANSLATE_NOOP("amendable", "Expiry date"),
    QT_TRANSLATE_NOOP("amendable", "Catheter type"),
    QT_TRANSLATE_NOOP("amendable", "Catheter lot"),
    QT_TRANSLATE_NOOP("amendable", "Fluoroscopy time"),
    QT_TRANSLATE_NOOP("amendable", "Images"),
    QT_TRANSLATE_NOOP("amendable", "Air kerma"),
    QT_TRANSLATE_NOOP("amendable", "Kerma-area product"),
    QT_TRANSLATE_NOOP("amendable", "Complications"),
    QT_TRANSLATE_NOOP("amendable", "Reaction severity"),
    QT_TRANSLATE_NOOP("amendable", "Other complication"),
    QT_TRANSLATE_NOOP("amendable", "Radiologist"),
    QT_TRANSLATE_NOOP("amendable", "Notes"),
    QT_TRANSLATE_NOOP("amendable", "Note on the fluoroscopy time"),
    QT_TRANSLATE_NOOP("amendable", "Note on the number of images"),
    QT_TRANSLATE_NOOP("amendable", "Note on the expired contrast"),
    QT_TRANSLATE_NOOP("amendable", "Catheter product"),
    QT_TRANSLATE_NOOP("amendable", "Catheter expiry date"),
    QT_TRANSLATE_NOOP("amendable", "Note on a dose above the reference level"),
    QT_TRANSLATE_NOOP("amendable", "Could she be pregnant?"),
    QT_TRANSLATE_NOOP("amendable", "No periods"),
    QT_TRANSLATE_NOOP("amendable", "First day of her last period"),
    QT_TRANSLATE_NOOP("amendable", "Bleeding on the exam day"),
    QT_TRANSLATE_NOOP("amendable", "Last day of flow"),
    QT_TRANSLATE_NOOP("amendable", "Temperature (°C)"),
    QT_TRANSLATE_NOOP("amendable", "Intercourse since the first day of the last period"),
    QT_TRANSLATE_NOOP("amendable", "Active infection or fever"),
    QT_TRANSLATE_NOOP("amendable", "Chronic pelvic infection or a current sexually transmitted disease"),
    QT_TRANSLATE_NOOP("amendable", "Past pelvic inflammatory disease (PID)"),
    QT_TRANSLATE_NOOP("amendable", "Recent uterine or tubal surgery"),
    QT_TRANSLATE_NOOP("amendable", "An inflammatory condition"),
    QT_TRANSLATE_NOOP("amendable", "A bleeding problem, or blood thinners (aspirin, warfarin, Coumadin)"),
    QT_TRANSLATE_NOOP("amendable", "Diabetes or a history of kidney problems"),
    QT_TRANSLATE_NOOP("amendable", "Asthma"),
    QT_TRANSLATE_NOOP("amendable", "Identity verified (name and date of birth)"),
    QT_TRANSLATE_NOOP("amendable", "Referral on file"),
    QT_TRANSLATE_NOOP("amendable", "Informed consent signed"),
    QT_TRANSLATE_NOOP("amendable", "Sedative prescribed"),
    QT_TRANSLATE_NOOP("amendable", "Sedative"),
    QT_TRANSLATE_NOOP("amendable", "Driver's name"),
    QT_TRANSLATE_NOOP("amendable", "Driver's phone"),
    QT_TRANSLATE_NOOP("amendable", "Insurance carrier"),
    QT_TRANSLATE_NOOP("amendable", "Insurance member id"),
    QT_TRANSLATE_NOOP("amendable", "Told infertility work-ups are often not covered"),
    QT_TRANSLATE_NOOP("amendable", "Procedure"),
    QT_TRANSLATE_NOOP("amendable", "History"),
    QT_TRANSLATE_NOOP("amendable", "Check-in"),
)

# The banner's words when the server goes away (domain/errors.py DatabaseUnreachable.MESSAGE).
UNREACHABLE = QT_TRANSLATE_NOOP("messages", "Server unreachable — changes are not being saved.")

# A record in a sentence (domain/errors.py RECORD_NAMES): "This {record} was changed on another
# workstation…"; the translation carries its own article ("La historia clínica…").
RECORD_WORDS = (
    QT_TRANSLATE_NOOP("record", "history"),
    QT_TRANSLATE_NOOP("record", "check-in"),
    QT_TRANSLATE_NOOP("record", "patient's record"),
    QT_TRANSLATE_NOOP("record", "procedure record"),
    QT_TRANSLATE_NOOP("record", "pregnancy test"),
    QT_TRANSLATE_NOOP("record", "exam"),
    QT_TRANSLATE_NOOP("record", "setting"),
    QT_TRANSLATE_NOOP("record", "user account"),
    QT_TRANSLATE_NOOP("record", "resolution"),
)

# The time-out's words inside its values (services/timeout_items.py): the indication as the
# sentence says it ("for infertility work-up"), the pregnancy test's method and result codes.
INDICATION_WORDS = (
    QT_TRANSLATE_NOOP("indication", "infertility work-up"),
    QT_TRANSLATE_NOOP("indication", "recurrent pregnancy loss"),
    QT_TRANSLATE_NOOP("indication", "tubal ligation check"),
    QT_TRANSLATE_NOOP("indication", "essure/adiana confirmation"),
    QT_TRANSLATE_NOOP("indication", "other"),
)
TEST_WORDS = (
    QT_TRANSLATE_NOOP("test", "serum"),
    QT_TRANSLATE_NOOP("test", "urine"),
    QT_TRANSLATE_NOOP("test", "negative"),
    QT_TRANSLATE_NOOP("test", "positive"),
    QT_TRANSLATE_NOOP("test", "indeterminate"),
)

# What the exam is now, after "The exam" (ExamStatus.state: "is checked in", "was cancelled").
STATE_PHRASES = (
    QT_TRANSLATE_NOOP("domain", "is scheduled"),
    QT_TRANSLATE_NOOP("domain", "is checked in"),
    QT_TRANSLATE_NOOP("domain", "is screened"),
    QT_TRANSLATE_NOOP("domain", "is in progress"),
    QT_TRANSLATE_NOOP("domain", "is performed and awaits its signature"),
    QT_TRANSLATE_NOOP("domain", "is signed and locked"),
    QT_TRANSLATE_NOOP("domain", "was cancelled"),
    QT_TRANSLATE_NOOP("domain", "was deferred"),
    QT_TRANSLATE_NOOP("domain", "was aborted"),
)


def exam_state(status: ExamStatus) -> str:
    """"the exam was cancelled": `status` as it reads inside a sentence."""
    return QCoreApplication.translate("domain", EXAM_STATES[ExamStatus(status)])


def domain_text(text: str) -> str:
    """`text` (a domain label, in English) in the interface language."""
    return QCoreApplication.translate("domain", text) if text else text


def findings_phrases(summary: FindingsSummary) -> list[str]:
    """FindingsSummary.phrases() in the interface language, with its plurals:
    `["⛔ 1 block — no exam today", "■ 2 stops open", …]`, most severe first; empty when clear."""
    translate = QCoreApplication.translate
    parts = [translate("FindingsSummary", "⛔ %n block(s) — no exam today", "", summary.blocks) if summary.blocks else "",
             translate("FindingsSummary", "■ %n stop(s) open", "", summary.open_stops) if summary.open_stops else "",
             translate("FindingsSummary", "▲ %n caution(s) open", "", summary.open_cautions)
             if summary.open_cautions else "",
             translate("FindingsSummary", "%n awaiting co-signature", "", summary.awaiting_cosignature)
             if summary.awaiting_cosignature else ""]
    return [part for part in parts if part]


def findings_text(summary: FindingsSummary, clear: str | None = None, separator: str = " · ") -> str:
    """FindingsSummary.text() in the interface language."""
    if clear is None:
        clear = QCoreApplication.translate("FindingsSummary", "✓ No open findings")
    return separator.join(findings_phrases(summary)) or clear


def roles_that_may(action: Action | str) -> str:
    """Who may do `action`, as a sentence says it: "technologist", "front desk or technologist"."""
    who = [domain_text(role.label).lower() for role in Role if Action(action) in ROLE_ACTIONS[role]]
    return QCoreApplication.translate("domain", " or ").join(who)


def needs_role(action: Action | str) -> str:
    """The tooltip of a control the signed-in role may not use: "Needs the technologist role"."""
    return QCoreApplication.translate("domain", "Needs the {roles} role").format(roles=roles_that_may(action))


def recorded_by_role(action: Action | str) -> str:
    """"the technologist role": the end of "…is recorded by the technologist role"."""
    return QCoreApplication.translate("domain", "the {roles} role").format(roles=roles_that_may(action))


# A finding's level in capitals, as its card names it (the words of the level headings
# above the cards, and of the co-signature list: "PARADA", where the paper says "ALTO").
LEVEL_WORDS = {
    Level.BLOCK: QT_TRANSLATE_NOOP("FindingCard", "BLOCK"),
    Level.STOP: QT_TRANSLATE_NOOP("FindingCard", "STOP"),
    Level.CAUTION: QT_TRANSLATE_NOOP("FindingCard", "CAUTION"),
    Level.INFO: QT_TRANSLATE_NOOP("FindingCard", "INFO"),
}


def level_word(level: Level) -> str:
    return QCoreApplication.translate("FindingCard", LEVEL_WORDS[level])
VOIDED_REASON = QT_TRANSLATE_NOOP("domain", "Voided: answer changed")  # services/screening.py VOID_REASON


def resolution_text(resolution) -> str:
    """Resolution.describe() in the interface language: "Verbal radiologist approval: Dr Lee — reason
    (awaiting co-signature)"."""
    translate = QCoreApplication.translate
    text = f"{domain_text(resolution.kind.label)}: {resolution.radiologist_name}"
    if resolution.reason:
        text += f" — {resolution.reason}"
    if resolution.voided:
        return text + translate("domain", " (voided: the answers changed)")
    if resolution.awaiting_cosignature:
        return text + translate("domain", " (awaiting co-signature)")
    if resolution.cosigned_by:
        return text + translate("domain", " (co-signed by {name})").format(name=resolution.cosigned_by)
    return text


def finding_message(finding, values: dict | None = None) -> str:
    """A screening finding's message for the technologist. The rules write it in English (as it
    shows in English); in another language it is its rule's message from the printed summary's
    catalogue (resources/texts/<language>/findings.json, keyed by rule code: one catalogue for
    paper and screen), filled with `values` (domain.screening.finding_values). Without values,
    or for a code the catalogue does not know, the rule's own words."""
    return rule_message(finding.code, finding.message, values)


def rule_message(code: str, english: str, values: dict | None) -> str:
    """Rule `code`'s message in the interface language (see finding_message); `english` otherwise."""
    language = current_language()
    template = finding_texts(language).get(code) if language != "en" and values is not None else None
    if template is None:
        return english
    return template.format(**{name: _said_value(value) for name, value in values.items()})


@lru_cache(maxsize=4)
def finding_texts(language: str) -> dict[str, str]:
    path = resource_path("texts", language, "findings.json")
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}


# -- the rules' and the services' messages --------------------------------------------
DOUBLED_FULL_STOP = re.compile(r"(?<!\.)\.\.(?!\.)")


def said(text: str) -> str:
    """A message of the domain or the services (hsg_desk.domain.message) in the interface
    language: a Message's template translated and filled with its values in the language's
    formats; a plain message looked up as it is (English when the catalogue lacks it)."""
    if isinstance(text, Message):
        template = QCoreApplication.translate(text.catalogue, text.template)
        if not text.values:
            return template
        return _one_full_stop(template.format(**{name: _said_value(value) for name, value in text.values.items()}))
    return QCoreApplication.translate("messages", text) if text else text


def _one_full_stop(text: str) -> str:
    """A sentence that ends on a value ending in a full stop ("a las 7:15 a. m.", a typed reason)
    gets one full stop, not two; an ellipsis ("...") stays."""
    return DOUBLED_FULL_STOP.sub(".", text)


def said_alternatives(choices: Alternatives) -> str:
    """"leve, moderada o grave": a field's choices in the interface language, each lower-cased
    inside the sentence. Spanish writes "u" for "o" before a word that starts with the sound o
    ("cánula u otro"): the catalogue's second " or " is the one said there."""
    words = [said(item) for item in choices]
    words = [word[:1].lower() + word[1:] for word in words]
    if len(words) < 2:
        return "".join(words)
    translate = QCoreApplication.translate
    or_word = (translate("domain", " or ", "before a word that starts with the sound o")
               if re.match(r"h?[oó]", words[-1], re.IGNORECASE) else translate("domain", " or "))
    return ", ".join(words[:-1]) + or_word + words[-1]


def _said_value(value):
    if isinstance(value, Message):
        return said(value)
    if isinstance(value, Alternatives):
        return said_alternatives(value)
    if isinstance(value, RuleText):
        return rule_message(value.code, str(value), value.values)
    if isinstance(value, Listing):
        return value.separator.join(str(_said_value(item)) for item in value)
    if isinstance(value, datetime):
        return day_and_time(value)
    if isinstance(value, ShortDay):
        return weekday_and_day(value)
    if isinstance(value, TimeOfDay):
        return clock_time(datetime.combine(date.today(), value))
    if isinstance(value, date):
        return weekday_and_date(value)
    return value  # the template's own format applies


def error_text(error: BaseException) -> str:
    """What a DomainError says, in the interface language (str(error) is its English)."""
    if isinstance(error, ValidationError):
        return QCoreApplication.translate("messages", "{field}: {message}").format(
            field=error.field, message=said(error.message))
    if isinstance(error, PermissionDenied):  # who may, with the roles' own words
        return QCoreApplication.translate("messages", "You are not allowed to {action}. This needs the {roles} role.") \
            .format(action=domain_text(error.action.label), roles=roles_that_may(error.action))
    message = error.args[0] if len(error.args) == 1 and isinstance(error.args[0], str) else str(error)
    return said(message)


def field_error_text(error: ValidationError) -> str:
    """A ValidationError's message as a sentence beside its field: "Must be before the exam date…."."""
    return refusal_text(error.message)


def refusal_text(message: str) -> str:
    """A field's refusal (a FieldTable.refusals message) as a sentence beside the field, in the
    interface language: "is required" → "Is required."."""
    text = said(message)
    return text[:1].upper() + text[1:] + ("" if text.endswith(".") else ".")
