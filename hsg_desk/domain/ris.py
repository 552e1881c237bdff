"""Orders from the RIS (DICOM Modality Worklist) as plain values, and how they map onto ours.

The dicom package turns a C-FIND reply into a `ScheduledStep`; the services decide what it
means for our patients and exams. Nothing here knows DICOM's wire format: names arrive
already decoded from the RIS's character set (none, ISO_IR 100 or ISO_IR 192).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from .indication import Indication
from .vocabulary import OrderState


@dataclass(frozen=True)
class DicomEndpoint:
    """Where to connect: the remote AE's address and title, and our own title."""

    host: str
    port: int
    called_ae: str
    calling_ae: str
    timeout: float = 10.0

    def __str__(self) -> str:
        return f"{self.called_ae or '(any AE)'} at {self.host}:{self.port}"


@dataclass(frozen=True)
class WorklistQuery:
    """What we ask the worklist server for: a day or a range, and the settings' filters."""

    first_day: date
    last_day: date
    modality: str = "RF"
    station_ae: str = ""
    procedure: str = ""  # a code value or a description; '*' wildcards allowed


@dataclass(frozen=True)
class ScheduledStep:
    """One scheduled procedure step as the RIS sent it (PS3.4 K.6, Modality Worklist)."""

    accession_number: str
    step_id: str
    requested_procedure_id: str
    patient_id: str  # our MRN
    issuer_of_patient_id: str
    family_name: str
    given_name: str
    birth_date: date | None
    sex: str
    start_date: date | None
    start_time: time | None
    referring_name: str
    procedure_description: str
    procedure_code: str
    step_status: str = ""  # SCHEDULED, ARRIVED, READY, STARTED, DISCONTINUED, COMPLETED or blank
    modality: str = ""
    station_ae: str = ""
    study_instance_uid: str = ""

    @property
    def key(self) -> tuple[str, str]:
        """Pulling again updates, it does not duplicate: the accession with the step ID."""
        return (self.accession_number, self.step_id)

    @property
    def discontinued(self) -> bool:
        return self.step_status.upper() == "DISCONTINUED"

    def scheduled_at(self, zone: str) -> datetime | None:
        """The start, read in the facility's time zone (the RIS sends local date and time)."""
        if self.start_date is None:
            return None
        return datetime.combine(self.start_date, self.start_time or time(0), tzinfo=ZoneInfo(zone))


@dataclass(frozen=True)
class RisOrder:
    """An order as we keep it, with what became of it: the front desk's list of orders to check."""

    id: int
    accession_number: str
    ris_patient_id: str              # the MRN the RIS sent
    family_name: str                 # as the RIS spells her
    given_name: str
    scheduled_at: datetime | None
    state: OrderState
    review_reason: str
    mismatch: dict[str, tuple[str, str]]  # field → (ours, the RIS's)
    patient_id: int | None           # the patient on file it was matched to
    exam_id: int | None = None

    @property
    def bookable(self) -> bool:
        """Waiting for the front desk, with a patient on file to book it for."""
        return self.state is OrderState.NEEDS_REVIEW and self.patient_id is not None


def person_name(value: str) -> tuple[str, str]:
    """DICOM's 'Family^Given^Middle^Prefix^Suffix' → (family, given + middle).

    Only the alphabetic group (before '=') is kept: ideographic and phonetic groups are
    other spellings of the same name.
    """
    alphabetic = (value or "").split("=")[0]
    parts = (alphabetic.split("^") + [""] * 5)[:5]
    family, given, middle = (part.strip() for part in parts[:3])
    return family, " ".join(p for p in (given, middle) if p)


INDICATION_PATTERNS: tuple[tuple[re.Pattern, Indication], ...] = (
    (re.compile(r"essure|adiana|micro.?insert|device|hysteroscopic steril", re.I), Indication.DEVICE_CONFIRMATION),
    (re.compile(r"ligation|tubal occlusion|post.?steril", re.I), Indication.TUBAL_LIGATION_CHECK),
    (re.compile(r"miscarriage|pregnancy loss|recurrent|\bRPL\b", re.I), Indication.RECURRENT_LOSS),
    (re.compile(r"infertil|subfertil|patency|fertility", re.I), Indication.INFERTILITY),
)


def indication_for(description: str) -> Indication:
    """The requested procedure's description → our indication, where it maps; else Other
    (the description is kept as the indication's note either way)."""
    for pattern, indication in INDICATION_PATTERNS:
        if pattern.search(description or ""):
            return indication
    return Indication.OTHER


def identity_mismatch(step: ScheduledStep, family: str, given: str, birth_date: date) -> dict[str, list]:
    """{field: [ours, the RIS's]} where the RIS's demographics for a known MRN differ from
    ours (names compared with accents and case folded, as the duplicate rules do)."""
    from .patient import fold

    differences = {}
    if fold(step.family_name) != fold(family):
        differences["family_name"] = [family, step.family_name]
    if fold(step.given_name) != fold(given):
        differences["given_name"] = [given, step.given_name]
    if step.birth_date is not None and step.birth_date != birth_date:
        differences["birth_date"] = [birth_date.isoformat(), step.birth_date.isoformat()]
    return differences
