"""Front-desk check-in (DESIGN.md §3): each item saved as it is made, with who and when.

After every change the exam is re-screened, so the clerk sees at once what the rules
make of it (e.g. a blood test collected too early). Completing check-in moves the exam
to `arrived`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from hsg_desk.domain.errors import ConflictError, DomainError, ValidationError
from hsg_desk.domain.exam import Exam
from hsg_desk.domain.lifecycle import ExamStatus
from hsg_desk.domain.message import Message
from hsg_desk.domain.patient import MAX_NAME, Patient, clean_name, clean_phone, clean_text, clean_title
from hsg_desk.domain.permissions import Action
from hsg_desk.domain.vocabulary import Language, PaymentKind, PaymentMethod, TestMethod, TestResult
from hsg_desk.storage import checkins as store
from hsg_desk.storage import exams as exam_store
from hsg_desk.storage import patients as patient_store
from hsg_desk.storage.records import parse_time

from .authorization import require
from .context import ServiceContext
from .exam_status import change_status
from .screening import ScreeningService

YES_NO = ("identity_verified", "referral_on_file", "insurance_card_copied", "coverage_acknowledged",
          "consent_signed", "sedative")
TEXTS = {"insurance_carrier": MAX_NAME, "insurance_member_id": 40, "payment_method": 40,
         "sedative_name": MAX_NAME, "driver_name": MAX_NAME}
PHONES = ("driver_phone",)
CHOICES = {"payment_kind": tuple(PaymentKind), "language": tuple(Language)}
PAYMENT_METHODS = tuple(PaymentMethod)
MONEY = re.compile(r"^\$?\s*(\d{1,6})(?:\.(\d{1,2}))?$")
TEST_CHOICES = {"method": tuple(TestMethod), "result": tuple(TestResult)}
# Finding codes shown on the check-in page (the rest belong to the history page).
CHECKIN_CODES = ("pregnancy.test_", "pregnancy.result_", "identity.", "consent.", "sedation.", "device.")
EDITABLE = (ExamStatus.SCHEDULED, ExamStatus.ARRIVED, ExamStatus.SCREENED)


@dataclass(frozen=True)
class CheckinState:
    """Everything the check-in page shows, as read after the last save."""

    exam: Exam
    patient: Patient
    checkin: dict[str, Any]
    checkin_version: int | None
    test: dict[str, Any]
    test_version: int | None
    findings: list = field(default_factory=list)  # FindingState of the check-in codes

    @property
    def completed(self) -> bool:
        return bool(self.checkin.get("completed_at"))

    @property
    def editable(self) -> bool:
        return self.exam.status in EDITABLE


def parse_money(text: str) -> int | None:
    """'150', '150.5' or '$150.50' → cents; blank → None."""
    text = (text or "").strip().replace(",", "")
    if not text:
        return None
    if text.startswith("-"):
        raise ValidationError("payment_amount", "cannot be negative")
    match = MONEY.match(text)
    if not match:
        raise ValidationError("payment_amount", "use an amount such as 150.00")
    return int(match.group(1)) * 100 + int((match.group(2) or "0").ljust(2, "0"))


def money_text(cents: int | None) -> str:
    return "" if cents is None else f"{cents // 100}.{cents % 100:02d}"


def is_checkin_finding(code: str) -> bool:
    return code.startswith(CHECKIN_CODES)


def _screening(ctx):
    return ScreeningService(ctx)


class CheckinService:
    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    # -- reading ----------------------------------------------------------------
    def load(self, exam_id: int, findings: list | None = None) -> CheckinState:
        require(self.ctx, Action.VIEW_PATIENT)
        db = self.ctx.db
        exam = exam_store.get_exam(db, exam_id)
        patient = patient_store.get_patient(db, exam.patient_id)
        checkin = store.get_checkin(db, exam_id) or {}
        test = store.get_pregnancy_test(db, exam_id) or {}
        if findings is None:
            findings = _screening(self.ctx).states(exam_id)
        return CheckinState(exam, patient, checkin, checkin.get("version"), test, test.get("version"),
                            [s for s in findings if is_checkin_finding(s.finding.code)])

    # -- saving one item --------------------------------------------------------
    def set(self, exam_id: int, name: str, value: Any, expected_version: int | None) -> CheckinState:
        """Save one check-in item (validated first; nothing saved when invalid)."""
        exam = self._editable_exam(exam_id)
        changes = {name: self._check(name, value)}
        if name == "payment_amount":
            changes = {"payment_amount_cents": changes.pop(name)}
        at, user = self.ctx.now(), self.ctx.session.user_id
        if name == "identity_verified":
            changes |= {"identity_verified_at": at.isoformat() if changes[name] else None,
                        "identity_verified_by": user if changes[name] else None}
        if name == "consent_signed":
            changes |= {"consent_signed_at": at.isoformat() if changes[name] else None,
                        "consent_recorded_by": user if changes[name] else None}
        old = store.get_checkin(self.ctx.db, exam_id) or {}
        self._save(exam, "checkin", old, changes,
                   lambda: store.save_checkin(self.ctx.db, exam_id, changes, expected_version, at, user))
        return self._refreshed(exam_id)

    def set_test(self, exam_id: int, name: str, value: Any, expected_version: int | None) -> CheckinState:
        """Save one item of the pregnancy test: refused, method, collected_at, result, received_at."""
        exam = self._editable_exam(exam_id)
        old = store.get_pregnancy_test(self.ctx.db, exam_id) or {}
        changes = {name: self._check_test(name, value, old)}
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
        checkin = store.get_checkin(self.ctx.db, exam_id) or {}
        if exam.status is not ExamStatus.SCHEDULED:
            raise DomainError(Message("She is already checked in (the exam {state}).",
                                      state=Message.word("domain", exam.status.state)))
        if not checkin.get("identity_verified"):
            raise ValidationError("identity_verified",
                                  "Verify her two identifiers (full name and date of birth) first.")
        at, user = self.ctx.now(), self.ctx.session.user_id
        changes = {"completed_at": at.isoformat(), "completed_by": user}
        with self.ctx.db.atomic():
            self._save(exam, "checkin", checkin, changes,
                       lambda: store.save_checkin(self.ctx.db, exam_id, changes, checkin.get("version"), at, user))
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

    def _save(self, exam: Exam, record_type: str, old: dict, changes: dict, write) -> None:
        try:
            with self.ctx.db.atomic():
                write()
                self.ctx.audit("update" if old else "create", patient_id=exam.patient_id,
                               record_type=record_type, record_id=exam.id,
                               changes={k: [old.get(k), v] for k, v in changes.items()})
        except ConflictError as error:
            raise DomainError(str(error)) from error

    def _refreshed(self, exam_id: int) -> CheckinState:
        return self.load(exam_id, _screening(self.ctx).refresh(exam_id))

    @staticmethod
    def _check(name: str, value: Any) -> Any:
        if name in YES_NO:
            return None if value is None else int(bool(value))
        if name in TEXTS:
            text = clean_text(name, value or "", limit=TEXTS[name])
            if name == "payment_method" and text and text not in PAYMENT_METHODS:
                raise ValidationError(name, Message("choose {value}", value=', '.join(PAYMENT_METHODS)))
            return text
        if name in PHONES:
            return clean_phone(name, value or "")
        if name in CHOICES:
            if value is not None and value not in CHOICES[name]:
                raise ValidationError(name, Message("choose one of {value}", value=', '.join(CHOICES[name])))
            return value
        if name == "payment_amount":
            return parse_money(value if isinstance(value, str) else money_text(value))
        raise ValidationError(name, "is not a check-in item")

    def _check_test(self, name: str, value: Any, old: dict) -> Any:
        if name == "refused":
            return int(bool(value))
        if name in TEST_CHOICES:
            if value is not None and value not in TEST_CHOICES[name]:
                raise ValidationError(name, Message("choose one of {value}", value=', '.join(TEST_CHOICES[name])))
            return value
        if name in ("collected_at", "received_at"):
            if value is None:
                return None
            if not isinstance(value, datetime) or value.tzinfo is None:
                raise ValidationError(name, "give the date and the time")
            if value > self.ctx.now():
                raise ValidationError(name, "is in the future")
            collected = value if name == "collected_at" else parse_time(old.get("collected_at"))
            received = value if name == "received_at" else parse_time(old.get("received_at"))
            if collected and received and received < collected:
                raise ValidationError(name, "the result cannot arrive before the blood was collected")
            return value.isoformat()
        raise ValidationError(name, "is not part of the pregnancy test")
