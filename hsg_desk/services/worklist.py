"""The front page: the day's worklist, finding a patient, opening an exam."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from hsg_desk.domain.allergy import Allergy
from hsg_desk.domain.exam import Exam, WorklistRow
from hsg_desk.domain.lifecycle import ExamStatus
from hsg_desk.domain.patient import Patient
from hsg_desk.storage import exams as exam_store
from hsg_desk.storage import patients as patient_store
from hsg_desk.storage.allergies import list_allergies

from .authorization import Action, require
from .context import ServiceContext


@dataclass(frozen=True)
class PatientBanner:
    """What the patient banner shows while an exam is open: her, the stored exam, her allergy
    list and her age today."""

    patient: Patient
    exam: Exam
    allergies: tuple[Allergy, ...]
    age: int


class WorklistService:
    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    def facility_today(self) -> date:
        return self.ctx.today()

    # Every read of patient data needs a clinical role: the admin role manages the system,
    # not the exams, and sees no names, birth dates or records (DESIGN.md §9 Roles).
    def day(self, day: date, status: ExamStatus | None = None) -> list[WorklistRow]:
        require(self.ctx, Action.VIEW_PATIENT)
        return exam_store.worklist(self.ctx.db, day, status)

    def search_patients(self, text: str, limit: int = 50) -> list[Patient]:
        require(self.ctx, Action.VIEW_PATIENT)
        return patient_store.search_patients(self.ctx.db, text, limit)

    def patient_exams(self, patient_id: int) -> list[WorklistRow]:
        """All of one patient's exams, newest first, as worklist lines."""
        require(self.ctx, Action.VIEW_PATIENT, patient_id=patient_id)
        return exam_store.worklist_for_patient(self.ctx.db, patient_id)

    def overview(self, exam_id: int) -> PatientBanner:
        require(self.ctx, Action.VIEW_PATIENT)
        exam = exam_store.get_exam(self.ctx.db, exam_id)
        patient = patient_store.get_patient(self.ctx.db, exam.patient_id)
        allergies = list_allergies(self.ctx.db, patient.id)
        return PatientBanner(patient, exam, tuple(allergies), patient.age_on(self.facility_today()))

    def open_exam(self, exam_id: int) -> PatientBanner:
        """The overview, and an audit row: opening a record is a view of patient data."""
        overview = self.overview(exam_id)
        self.ctx.audit("view", patient_id=overview.patient.id, record_type="exam", record_id=exam_id)
        return overview
