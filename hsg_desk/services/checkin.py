"""Front-desk check-in (DESIGN.md §3): each item saved as it is made, with who and when.

After every change the exam is re-screened, so the clerk sees at once what the rules
make of it (e.g. a blood test collected too early). Completing check-in moves the exam
to `arrived`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from hsg_desk.domain.checkin import (CHECKIN_FIELDS, PREGNANCY_TEST_FIELDS, Checkin, CheckinPregnancyTest,
                                     check_test_time)
from hsg_desk.domain.errors import ConflictError, DomainError, ValidationError
from hsg_desk.domain.exam import Exam
from hsg_desk.domain.fields import Money, money_text
from hsg_desk.domain.lifecycle import ExamStatus
from hsg_desk.domain.message import Message
from hsg_desk.domain.patient import Patient, clean_name, clean_phone, clean_title
from hsg_desk.domain.permissions import Action
from hsg_desk.domain.resolutions import FindingState
from hsg_desk.storage import checkins as store
from hsg_desk.storage import exams as exam_store
from hsg_desk.storage import patients as patient_store

from .authorization import require
from .context import ServiceContext
from .exam_status import change_status
from .screening import ScreeningService

# Finding codes shown on the check-in page (the rest belong to the history page).
CHECKIN_CODES = ("pregnancy.test_", "pregnancy.result_", "identity.", "consent.", "sedation.", "device.")
EDITABLE = (ExamStatus.SCHEDULED, ExamStatus.ARRIVED, ExamStatus.SCREENED)
# The item typed as an amount is kept in cents.
COLUMN_OF = {"payment_amount": "payment_amount_cents"}


@dataclass(frozen=True)
class CheckinState:
    """Everything the check-in page shows, as read after the last save."""

    exam: Exam
    patient: Patient
    checkin: Checkin
    test: CheckinPregnancyTest
    findings: list[FindingState] = field(default_factory=list)  # of the check-in codes

    @property
    def checkin_version(self) -> int | None:
        """The version the next save expects; None before anything is saved."""
        return self.checkin.version or None

    @property
    def test_version(self) -> int | None:
        return self.test.version or None

    @property
    def completed(self) -> bool:
        return self.checkin.completed

    @property
    def editable(self) -> bool:
        return self.exam.status in EDITABLE


def parse_money(text: str) -> int | None:
    """'150', '150.5' or '$150.50' → cents; blank → None."""
    return Money("payment_amount", "Amount").clean(text)


def is_checkin_finding(code: str) -> bool:
    return code.startswith(CHECKIN_CODES)


def checked_item(name: str, value: Any) -> Any:
    """The value one check-in item keeps, or ValidationError at its field (also for amendments)."""
    return CHECKIN_FIELDS.clean(name, value)


def _before(old: Checkin | CheckinPregnancyTest, changes: dict[str, Any]) -> dict[str, Any]:
    """The stored values `changes` replace, as the audit keeps them (none before the first save)."""
    if not old.version:
        return {}
    return {name: store.column_value(getattr(old, name)) for name in changes}


def _screening(ctx):
    return ScreeningService(ctx)


class CheckinService:
    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    # -- reading ----------------------------------------------------------------
    def load(self, exam_id: int, findings: list[FindingState] | None = None) -> CheckinState:
        require(self.ctx, Action.VIEW_PATIENT)
        db = self.ctx.db
        exam = exam_store.get_exam(db, exam_id)
        patient = patient_store.get_patient(db, exam.patient_id)
        checkin = store.get_checkin(db, exam_id) or Checkin()
        test = store.get_pregnancy_test(db, exam_id) or CheckinPregnancyTest()
        if findings is None:
            findings = _screening(self.ctx).states(exam_id)
        return CheckinState(exam, patient, checkin, test, [s for s in findings if is_checkin_finding(s.finding.code)])

    # -- saving one item --------------------------------------------------------
    def set(self, exam_id: int, name: str, value: Any, expected_version: int | None) -> CheckinState:
        """Save one check-in item (validated first; nothing saved when invalid)."""
        exam = self._editable_exam(exam_id)
        changes = {COLUMN_OF.get(name, name): checked_item(name, value)}
        at, user = self.ctx.now(), self.ctx.session.user_id
        if name == "identity_verified":
            changes |= {"identity_verified_at": at if changes[name] else None,
                        "identity_verified_by": user if changes[name] else None}
        if name == "consent_signed":
            changes |= {"consent_signed_at": at if changes[name] else None,
                        "consent_recorded_by": user if changes[name] else None}
        old = store.get_checkin(self.ctx.db, exam_id) or Checkin()
        self._save(exam, "checkin", old, changes,
                   lambda: store.save_checkin(self.ctx.db, exam_id, changes, expected_version, at, user))
        return self._refreshed(exam_id)

    def set_test(self, exam_id: int, name: str, value: Any, expected_version: int | None) -> CheckinState:
        """Save one item of the pregnancy test: refused, method, collected_at, result, received_at."""
        exam = self._editable_exam(exam_id)
        old = store.get_pregnancy_test(self.ctx.db, exam_id) or CheckinPregnancyTest()
        checked = PREGNANCY_TEST_FIELDS.clean(name, value)
        if name in ("collected_at", "received_at"):
            check_test_time(name, checked, old, self.ctx.now())
        changes = {name: checked}
        at, user = self.ctx.now(), self.ctx.session.user_id
        self._save(exam, "pregnancy_test", old, changes,
                   lambda: store.save_pregnancy_test(self.ctx.db, exam_id, changes, expected_version, at, user))
        return self._refreshed(exam_id)

    def set_referral(self, exam_id: int, name: str, phone: str, fax: str, title: str = "") -> CheckinState:
        """The referring physician on this exam's order (results go there); `title` "Dr.", "Dra." or ""."""
        exam = self._editable_exam(exam_id)
        changes = {"referring_name": clean_name("referring_name", name),
                   "referring_phone": clean_phone("referring_phone", phone),
                   "referring_fax": clean_phone("referring_fax", fax),
                   "referring_title": clean_title("referring_title", title)}
        old = {"referring_name": exam.referring.name, "referring_phone": exam.referring.phone,
               "referring_fax": exam.referring.fax, "referring_title": exam.referring.title}
        changes = {k: v for k, v in changes.items() if old[k] != v}
        if changes:
            self._save(exam, "exam", old, changes,
                       lambda: exam_store.update_exam(self.ctx.db, exam, changes, self.ctx.now()))
        return self.load(exam_id)

    def complete(self, exam_id: int) -> CheckinState:
        """Stamp who and when, and move the exam to arrived."""
        exam = self._editable_exam(exam_id)
        checkin = store.get_checkin(self.ctx.db, exam_id) or Checkin()
        if exam.status is not ExamStatus.SCHEDULED:
            raise DomainError(Message("She is already checked in (the exam {state}).",
                                      state=Message.word("domain", exam.status.state)))
        if not checkin.identity_verified:
            raise ValidationError("identity_verified",
                                  "Verify her two identifiers (full name and date of birth) first.")
        at, user = self.ctx.now(), self.ctx.session.user_id
        changes = {"completed_at": at, "completed_by": user}
        with self.ctx.db.atomic():
            self._save(exam, "checkin", checkin, changes,
                       lambda: store.save_checkin(self.ctx.db, exam_id, changes, checkin.version or None, at, user))
            change_status(self.ctx, exam_id, ExamStatus.ARRIVED, None)
        return self._refreshed(exam_id)

    # -- helpers ----------------------------------------------------------------
    def _editable_exam(self, exam_id: int) -> Exam:
        exam = exam_store.get_exam(self.ctx.db, exam_id)
        require(self.ctx, Action.CHECK_IN, patient_id=exam.patient_id)
        if exam.status not in EDITABLE:
            raise DomainError(Message("The exam {state}: check-in can no longer be changed.",
                                      state=Message.word("domain", exam.status.state)))
        return exam

    def _save(self, exam: Exam, record_type: str, old: Checkin | CheckinPregnancyTest | dict, changes: dict,
              write) -> None:
        """Write and audit one change; `old` is the value read before it (a dict of the columns
        for the exam's referral)."""
        before = old if isinstance(old, dict) else _before(old, changes)
        try:
            with self.ctx.db.atomic():
                write()
                self.ctx.audit("update" if before else "create", patient_id=exam.patient_id,
                               record_type=record_type, record_id=exam.id,
                               changes={k: [before.get(k), store.column_value(v)] for k, v in changes.items()})
        except ConflictError as error:
            raise DomainError(str(error)) from error

    def _refreshed(self, exam_id: int) -> CheckinState:
        return self.load(exam_id, _screening(self.ctx).refresh(exam_id))
