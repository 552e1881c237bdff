"""Screening an exam: the case built from the stored answers, the findings kept current,
resolutions recorded, voided when their answers change, and co-signed (DESIGN.md §4).

Every view and service that changes an answer calls `ScreeningService.refresh(exam_id)`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from hsg_desk.domain.case import CONDITION_QUESTIONS, CaseExam, Premedication, ScreeningCase
from hsg_desk.domain.errors import DomainError
from hsg_desk.domain.findings import Finding
from hsg_desk.domain.findings_summary import FindingsSummary
from hsg_desk.domain.lifecycle import ExamStatus, transition
from hsg_desk.domain.message import Listing, Message
from hsg_desk.domain.permissions import Action
from hsg_desk.domain.resolutions import (FindingState, Resolution, ResolutionKind, finding_states, resolve,
                                         screening_resolved)
from hsg_desk.domain.roles import Role
from hsg_desk.domain.screening import answers_behind, finding_values, screen
from hsg_desk.storage import exams as exam_store
from hsg_desk.storage import histories as history_store
from hsg_desk.storage import patients as patient_store
from hsg_desk.storage import procedures as procedure_store
from hsg_desk.storage import screening as store
from hsg_desk.storage import users as user_store
from hsg_desk.storage.rows import NotFoundError, parse_time

from .auth import confirm_identity, confirm_password
from .authorization import require
from .context import ServiceContext

VOID_REASON = "Voided: answer changed"
# Findings that can open during the procedure, and are resolved there, by a signed override only.
DURING_EXAM_CODES = frozenset({"allergy.contrast_same_agent", "product.expired", "product.expiring_soon"})


@dataclass(frozen=True)
class PendingCosignature:
    """A verbal approval waiting for the radiologist's co-signature."""

    resolution_id: int
    exam_id: int
    patient_id: int
    patient_name: str
    mrn: str
    birth_date: date
    scheduled_at: datetime
    code: str
    level: str
    message: str
    radiologist_id: int | None
    radiologist_name: str
    reason: str
    recorded_by: str
    recorded_at: datetime


def missing_history_answers(row: dict | None) -> list[str]:
    """The history questions still unanswered, in plain words (step 1 needs none left)."""
    if row is None:
        return ["Every history question"]
    missing = []
    if row["pregnancy"] is None:
        missing.append("Could she be pregnant")
    if row["no_periods"] is None:
        missing.append("Does she have periods")
    if row["still_bleeding"] is None:
        missing.append("Is she bleeding today")  # asked of everyone: "no periods" never hides it
    if not row["no_periods"]:
        if row["lmp"] is None:
            missing.append("First day of the last period")
        if row["still_bleeding"] is not None and not row["still_bleeding"] and row["flow_ended_on"] is None:
            missing.append("Last day of flow")
    for name, label in CONDITION_QUESTIONS:
        if name == "intercourse_since_lmp" and row["no_periods"]:
            continue
        if row[name] is None:
            missing.append(label)
    if not row["allergies_reviewed"]:
        missing.append("Allergies reviewed")
    return missing

CLOSED_STATUSES = frozenset({ExamStatus.COMPLETED, ExamStatus.CANCELLED, ExamStatus.ABORTED})


# What each signature means, recorded with it (21 CFR 11.50: the signer's name, the time, and
# the meaning of the signature, such as review, approval, responsibility or authorship).
SIGNATURE_MEANINGS = {
    "override": "Approval: the radiologist authorizes the exam to go on despite the stop {subject}",
    "cosign": "Approval: the radiologist confirms the verbal override of {subject} recorded in their name",
    "exam": "Authorship: the technologist completes the exam and is responsible for the record",
    "amendment": "Authorship: the signer corrects {subject} in the signed record",
}


def signature_meaning(kind: str, subject: str = "") -> str:
    return SIGNATURE_MEANINGS[kind].format(subject=subject).rstrip()


class ScreeningService:
    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    # -- reading ----------------------------------------------------------------
    def case_for(self, exam_id: int) -> ScreeningCase:
        db = self.ctx.db
        exam = exam_store.get_exam(db, exam_id)
        patient = patient_store.get_patient(db, exam.patient_id)
        test, refused = store.pregnancy_test_facts(db, exam_id)
        history = history_store.get_history(db, exam_id, exam.patient_id)
        procedure = procedure_store.get_procedure(db, exam_id)
        # The agent written in the procedure record; before that, the room's agent (a setting).
        agent = (procedure and procedure.contrast_agent) or self.ctx.settings.room_contrast_agent or None
        # The app's premedication is the ACR regimen, which includes diphenhydramine.
        premedication = Premedication.STEROID_AND_ANTIHISTAMINE if exam.premedication_ordered else Premedication.NONE
        expiries = (procedure.contrast_expiry, procedure.catheter_expiry) if procedure else (None, None)
        return ScreeningCase(exam=CaseExam(exam.scheduled_at, exam.indication, exam.device_placed_on, agent,
                                            *expiries),
                             checkin=store.checkin_facts(db, exam_id), pregnancy_test=test,
                             pregnancy_test_refused=refused, history=history, birth_date=patient.birth_date,
                             premedication=premedication)

    def states(self, exam_id: int, case: ScreeningCase | None = None) -> list[FindingState]:
        """The current findings with their resolutions, without writing anything."""
        case = case or self.case_for(exam_id)
        findings = screen(case, self.ctx.settings)
        return finding_states(findings, self._resolutions(exam_id), case)

    def history_missing(self, exam_id: int) -> list[str]:
        return missing_history_answers(history_store.get_history_row(self.ctx.db, exam_id))

    def status(self, exam_id: int) -> tuple[bool, list[str]]:
        """(ready for step 1, the reasons it is not: unanswered questions, then open findings)."""
        missing = self.history_missing(exam_id)
        case = self.case_for(exam_id)
        ok, reasons = screening_resolved(self.states(exam_id, case), finding_values(case, self.ctx.settings))
        if missing:
            reasons = [Message("Unanswered: {questions}.", questions=Listing(
                [Message.word("domain", question) for question in missing], ", "))] + reasons
        return ok and not missing, reasons

    # -- keeping findings current -----------------------------------------------
    def refresh(self, exam_id: int) -> list[FindingState]:
        """Re-screen: store the findings, void resolutions whose answers changed, update the
        worklist counts and move the exam between arrived and screened; return the states."""
        ctx, db = self.ctx, self.ctx.db
        exam = exam_store.get_exam(db, exam_id)
        if exam.status in CLOSED_STATUSES:
            # A signed, cancelled or aborted record is frozen as it was: opening it must
            # never void a resolution or rewrite its findings.
            return self.states(exam_id)
        case = self.case_for(exam_id)
        findings = screen(case, ctx.settings)
        now = ctx.now()
        with db.atomic():
            store.replace_findings(db, exam_id, [(f.code, f.level.value, f.message, answers_behind(f.code, case))
                                                 for f in findings], now)
            for row in store.list_resolutions(db, exam_id):
                if row["voided_at"] is None and row["answers"] != answers_behind(row["code"], case):
                    store.void_resolution(db, row["id"], now, VOID_REASON)
                    ctx.audit("update", patient_id=exam.patient_id, record_type="finding_resolution",
                              record_id=row["id"], changes={"voided": [None, VOID_REASON], "code": [None, row["code"]]})
            states = finding_states(findings, self._resolutions(exam_id), case)
            exam_store.set_finding_counts(db, exam_id, FindingsSummary.of(states))
            self._sync_status(exam_id, states)
        return states

    def _sync_status(self, exam_id: int, states: list[FindingState]) -> None:
        exam = exam_store.get_exam(self.ctx.db, exam_id)
        ready = screening_resolved(states)[0] and not self.history_missing(exam_id)
        if exam.status is ExamStatus.ARRIVED and ready:
            self._move(exam, ExamStatus.SCREENED, None)
        elif exam.status is ExamStatus.SCREENED and not ready:
            self._move(exam, ExamStatus.ARRIVED, "Screening reopened: an answer changed.")

    def _move(self, exam, target: ExamStatus, reason: str | None) -> None:
        target = transition(exam.status, target, reason)
        exam_store.change_status(self.ctx.db, exam, target, self.ctx.now(), self.ctx.session.user_id, reason)
        self.ctx.audit("status", patient_id=exam.patient_id, record_type="exam", record_id=exam.id,
                       changes={"status": [exam.status.value, target.value]})

    # -- resolving ----------------------------------------------------------------
    def resolve_caution(self, exam_id: int, code: str, radiologist_name: str) -> int:
        """The technologist acknowledges that the named radiologist was informed of a caution."""
        require(self.ctx, Action.RESOLVE_CAUTION)
        return self._record(exam_id, code, ResolutionKind.ACKNOWLEDGED, radiologist_name.strip(), "", None)

    def override_signed(self, exam_id: int, code: str, reason: str, radiologist_username: str,
                        password: str) -> int:
        """A radiologist overrides a stop in place, entering their own password."""
        self._finding(exam_id, code)  # refuse before asking for anyone's password
        if not reason.strip():
            raise DomainError("An override needs the radiologist's reason.")
        radiologist = confirm_identity(self.ctx, radiologist_username, password, purpose="override",
                                       role=Role.RADIOLOGIST)
        return self._record(exam_id, code, ResolutionKind.OVERRIDE_SIGNED, radiologist.display_name, reason,
                            radiologist.user_id)

    def override_verbal(self, exam_id: int, code: str, reason: str, radiologist: str | int) -> int:
        """The technologist records a radiologist's verbal approval; it awaits co-signature."""
        require(self.ctx, Action.RECORD_VERBAL_OVERRIDE)
        if code in DURING_EXAM_CODES:
            raise DomainError("This finding of the procedure (an agent that matches her allergy, an expired "
                              "product) needs the radiologist's own confirmation, by name and password; a verbal "
                              "approval is not enough.")
        radiologist_id, name = self._radiologist(radiologist)
        return self._record(exam_id, code, ResolutionKind.OVERRIDE_VERBAL, name, reason, radiologist_id)

    def cosign(self, resolution_id: int, password: str) -> None:
        """The signed-in radiologist co-signs a verbal approval, re-entering their password."""
        ctx = self.ctx
        require(ctx, Action.COSIGN_OVERRIDE)
        row = store.get_resolution(ctx.db, resolution_id)
        if row is None:
            raise NotFoundError(f"resolution {resolution_id} not found")
        if row["voided_at"]:
            raise DomainError("This approval was voided because the answers changed; it cannot be co-signed.")
        if row["kind"] != ResolutionKind.OVERRIDE_VERBAL.value:
            raise DomainError("Only a verbal approval is co-signed.")
        if row["cosigned_at"]:
            raise DomainError(Message("Already co-signed by {value}.",
                                      value=row['cosigned_by_name'] or 'a radiologist'))
        if row["radiologist_id"] is not None and row["radiologist_id"] != ctx.session.user_id:
            raise DomainError(Message("This approval names {value}; only they can co-sign it.",
                                      value=row['radiologist_name']))
        exam = exam_store.get_exam(ctx.db, row["exam_id"])
        confirm_password(ctx, password, purpose="co-signature")  # every signature re-enters the password
        with ctx.db.atomic():
            store.cosign_resolution(ctx.db, resolution_id, ctx.now(), ctx.session.user_id)
            ctx.audit("signature", patient_id=exam.patient_id, record_type="finding_resolution",
                      record_id=resolution_id, changes={"cosigned_by": [None, ctx.session.display_name],
                                                        "code": [None, row["code"]],
                                                        "meaning": [None, signature_meaning("cosign", row["code"])]})

    def pending_cosignatures(self, radiologist_id: int | None = None) -> list[PendingCosignature]:
        return [PendingCosignature(
            resolution_id=r["id"], exam_id=r["exam_id"], patient_id=r["patient_id"],
            patient_name=f"{r['family_name']}, {r['given_name']}", mrn=r["mrn"],
            birth_date=date.fromisoformat(r["birth_date"]), scheduled_at=parse_time(r["scheduled_at"]),
            code=r["code"], level=r["level"] or "", message=r["message"] or "",
            radiologist_id=r["radiologist_id"], radiologist_name=r["radiologist_name"], reason=r["reason"],
            recorded_by=r["recorded_by_name"] or "", recorded_at=parse_time(r["recorded_at"]),
        ) for r in store.pending_cosignatures(self.ctx.db, radiologist_id)]

    def radiologists(self) -> list[tuple[int, str, str]]:
        """Active radiologists (id, display name, username), for the "which radiologist" choice."""
        return [(u.id, u.display_name, u.username) for u in user_store.list_users(self.ctx.db, include_disabled=False)
                if Role.RADIOLOGIST in u.roles]

    # -- helpers ------------------------------------------------------------------
    def _finding(self, exam_id: int, code: str) -> tuple[Finding, ScreeningCase]:
        case = self.case_for(exam_id)
        for finding in screen(case, self.ctx.settings):
            if finding.code == code:
                return finding, case
        raise DomainError(Message("{code} is no longer a finding of this exam.", code=code))

    def _radiologist(self, radiologist: str | int) -> tuple[int | None, str]:
        if isinstance(radiologist, int):
            user = user_store.get_user(self.ctx.db, radiologist)
            if Role.RADIOLOGIST not in user.roles:
                raise DomainError(Message("{display_name} does not hold the radiologist role.",
                                          display_name=user.display_name))
            return user.id, user.display_name
        name = (radiologist or "").strip()
        for user_id, display, username in self.radiologists():
            if name.casefold() in (display.casefold(), username.casefold()):
                return user_id, display
        return None, name

    def _record(self, exam_id: int, code: str, kind: ResolutionKind, radiologist_name: str, reason: str,
                radiologist_id: int | None) -> int:
        ctx = self.ctx
        exam = exam_store.get_exam(ctx.db, exam_id)
        open_statuses = (ExamStatus.SCHEDULED, ExamStatus.ARRIVED, ExamStatus.SCREENED)
        if code in DURING_EXAM_CODES:  # the agent is written during the procedure: confirmed then
            open_statuses += (ExamStatus.IN_PROGRESS, ExamStatus.PERFORMED)
        if exam.status not in open_statuses:
            raise DomainError(Message("Screening is closed: the exam {state}.",
                                      state=Message.word("domain", exam.status.state)))
        finding, case = self._finding(exam_id, code)
        now = ctx.now()
        resolution = resolve(finding, case, kind, radiologist_name=radiologist_name, reason=reason,
                             recorded_by=ctx.session.username or "?", recorded_at=now,
                             radiologist_id=radiologist_id)
        with ctx.db.atomic():
            resolution_id = store.insert_resolution(
                ctx.db, exam_id=exam_id, code=code, kind=kind.value, radiologist_id=radiologist_id,
                radiologist_name=resolution.radiologist_name, reason=resolution.reason,
                answers=resolution.answers, at=now, user_id=ctx.session.user_id)
            action = "update" if kind is ResolutionKind.ACKNOWLEDGED else "override"
            ctx.audit(action, patient_id=exam.patient_id, record_type="finding_resolution", record_id=resolution_id,
                      changes={"code": [None, code], "kind": [None, kind.value],
                               "radiologist": [None, resolution.radiologist_name],
                               "reason": [None, resolution.reason]})
            if kind is ResolutionKind.OVERRIDE_SIGNED:
                ctx.audit("signature", patient_id=exam.patient_id, record_type="finding_resolution",
                          record_id=resolution_id, changes={"signed_by": [None, radiologist_name],
                                                            "meaning": [None, signature_meaning("override", code)]})
            self.refresh(exam_id)
        return resolution_id

    def _resolutions(self, exam_id: int) -> list[Resolution]:
        return [store.resolution_from_row(r, r["recorded_by_display"] or r["recorded_by_name"] or "",
                                          r["cosigned_by_name"])
                for r in store.list_resolutions(self.ctx.db, exam_id)]
