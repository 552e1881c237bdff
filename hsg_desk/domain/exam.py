"""The exam as booked: when, why, for whom, and where it is in its life."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from .findings_summary import FindingsSummary
from .indication import Indication
from .lifecycle import ExamStatus
from .referring import ReferringPhysician


@dataclass(frozen=True)
class Exam:
    """The exam as stored: the one every service reads and writes. The other views of an exam
    are projections for one purpose: WorklistRow (a line of the worklist), CaseExam (what the
    screening rules read), PrintedExam (what the documents print) and the services'
    PatientBanner (what the banner shows)."""

    id: int | None
    patient_id: int
    scheduled_at: datetime
    indication: Indication
    status: ExamStatus = ExamStatus.SCHEDULED
    indication_note: str = ""
    device_placed_on: date | None = None
    referring: ReferringPhysician = ReferringPhysician()
    status_reason: str | None = None
    status_at: datetime | None = None
    technologist_id: int | None = None
    radiologist_id: int | None = None
    premedication_ordered: bool = False
    antibiotics: str = ""
    # The order as she reads it, by language ({"es": "..."}): what her sheet prints (issue #13 §9).
    antibiotics_translations: dict[str, str] = field(default_factory=dict)
    open_stops: int = 0
    open_cautions: int = 0
    open_blocks: int = 0
    signed_at: datetime | None = None
    signed_by: int | None = None
    version: int = 1

    @property
    def findings_summary(self) -> FindingsSummary:
        """The counts stored at the last screening, as the one summary every screen shows."""
        return FindingsSummary(self.open_blocks, self.open_stops, self.open_cautions)

    @property
    def locked(self) -> bool:
        return self.status == ExamStatus.COMPLETED


@dataclass(frozen=True)
class WorklistRow:
    """One line of the day's worklist: the exam with her name and its RIS order, joined."""

    exam_id: int
    patient_id: int
    scheduled_at: datetime
    family_name: str
    given_name: str
    birth_date: date
    mrn: str
    indication: Indication
    status: ExamStatus
    open_stops: int
    open_cautions: int
    open_blocks: int = 0
    accession_number: str = ""  # the RIS's order, when it came from one
    order_state: str = ""       # domain.vocabulary.OrderState's value, or '' for a local exam

    @property
    def findings_summary(self) -> FindingsSummary:
        return FindingsSummary(self.open_blocks, self.open_stops, self.open_cautions)

    @property
    def source(self) -> str:
        return "RIS" if self.order_state else "local"
