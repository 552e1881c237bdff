"""The exam room (DESIGN.md §4, §5): the history as it is taken, the ten-step checklist with
its time-out, the procedure record, the technologist's signature and later amendments.

Every call saves at once (a crash loses at most the field being typed) and is audited.
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from hsg_desk.domain.amendment import Amendment
from hsg_desk.domain.allergy import Allergy, AllergyCategory, Severity
from hsg_desk.domain.case import History, Indication, PregnancyAnswer
from hsg_desk.domain.checklist import ChecklistState, status_implied_by
from hsg_desk.domain.errors import DomainError, ValidationError
from hsg_desk.domain.exam import Exam
from hsg_desk.domain.findings import Level
from hsg_desk.domain.lifecycle import ExamStatus
from hsg_desk.domain.message import Listing, Message
from hsg_desk.domain.permissions import Action
from hsg_desk.domain.procedure_record import (LABELS, SOURCE_FIELDS, TYPED, ProcedureRecord, clean_value,
                                              emptied_with, record_problems)
from hsg_desk.domain.resolutions import ResolutionKind
from hsg_desk.domain.text_limits import check_reason
from hsg_desk.domain.timeout import Timeout
from hsg_desk.domain.validation import validate_case
from hsg_desk.storage import checklist as checklist_store
from hsg_desk.storage import exams as exam_store
from hsg_desk.storage import allergies as allergy_store
from hsg_desk.storage import histories as history_store
from hsg_desk.storage import procedures as procedure_store
from hsg_desk.storage.rows import bool_or_none, json_text

from . import exam_status, mpps_outbox
from .amendment_text import amendments_of
from .auth import PasswordCheck, confirm_password
from .authorization import require
from .context import ServiceContext
from .screening import DURING_EXAM_CODES, ScreeningService, signature_meaning
from .timeout_items import TIMEOUT_ITEMS, TimeoutItem, timeout_items  # noqa: F401 (TIMEOUT_ITEMS: re-exported)

HISTORY_EDITABLE = (ExamStatus.SCHEDULED, ExamStatus.ARRIVED, ExamStatus.SCREENED)
# Procedure record values that screening reads: saving one re-screens the exam.
SCREENED_FIELDS = frozenset({"contrast_agent", "contrast_expiry", "catheter_expiry"})
BOOL_ANSWERS = history_store.BOOL_COLUMNS
@dataclass(frozen=True)
class HistorySheet:
    """What the history page shows: the answers (None = not answered) with her allergy list,
    the two closing questions no rule reads, and what is still missing."""

    exam: Exam
    birth_date: date
    history: History
    allergies_reviewed: bool | None
    questions_answered: bool | None
    version: int  # 0 while nothing is saved
    missing: list[str]
    editable: bool
    locked_reason: str

    def answer(self, field: str) -> Any:
        """The answer to one history question by its name (`lmp`, `allergies_reviewed`, ...)."""
        if field in ("allergies_reviewed", "questions_answered"):
            return getattr(self, field)
        return getattr(self.history, field)

    @property
    def allergies(self) -> tuple[Allergy, ...]:
        return self.history.allergies


def _typed_answer(field: str, value: Any) -> Any:
    """A history answer as the domain types it; ValidationError (never ValueError) when it
    cannot be one: temperature "abc", the date 2026-02-30, an unknown choice."""
    path = f"history.{field}"
    if field == "pregnancy":
        return None if value is None else _member_at(PregnancyAnswer, value, path)
    if field in ("lmp", "flow_ended_on"):
        if value is None or isinstance(value, date):
            return value
        try:
            return date.fromisoformat(str(value))
        except ValueError:
            raise ValidationError(path, Message("not a date: {value!r}", value=value)) from None
    if field == "temperature_c":
        if value in (None, ""):
            return None
        try:
            return float(value)
        except (TypeError, ValueError, OverflowError):
            raise ValidationError(path, Message("not a temperature: {value!r}", value=value)) from None
    if field == "medications":
        if isinstance(value, str) or not all(isinstance(name, str) for name in value or ()):
            raise ValidationError(path, "must be a list of names")
        return tuple(name.strip() for name in value or () if name.strip())
    if field in BOOL_ANSWERS:
        return None if value is None else bool(value)
    raise ValidationError(path, "not a history question")


def _member_at(enum, value: Any, path: str):
    """The enum member named `value`, or ValidationError listing the choices."""
    try:
        return enum(value)
    except ValueError:
        allowed = ", ".join(member.value for member in enum)
        raise ValidationError(path, Message("unknown value {value!r} ({allowed})",
                                            value=value, allowed=allowed)) from None


class ExamRoomService:
    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx
        self.screening = ScreeningService(ctx)

    # -- history ------------------------------------------------------------------
    def history(self, exam_id: int) -> HistorySheet:
        require(self.ctx, Action.VIEW_PATIENT)
        db = self.ctx.db
        exam = exam_store.get_exam(db, exam_id)
        row = history_store.get_history_row(db, exam_id)
        case = self.screening.case_for(exam_id)
        reason = self._history_lock(exam)
        return HistorySheet(exam, case.birth_date, case.history,
                            bool_or_none(row["allergies_reviewed"]) if row else None,
                            bool_or_none(row["questions_answered"]) if row else None, row["version"] if row else 0,
                            self.screening.history_missing(exam_id), not reason, reason)

    def _exam_with_open_history(self, exam_id: int) -> Exam:
        """The exam whose history is about to change; PermissionDenied or DomainError (why
        it is locked) when it may not."""
        require(self.ctx, Action.RECORD_HISTORY)
        exam = exam_store.get_exam(self.ctx.db, exam_id)
        locked = self._history_lock(exam)
        if locked:
            raise DomainError(locked)
        return exam

    def _history_lock(self, exam: Exam) -> str:
        if exam.status not in HISTORY_EDITABLE:
            return Message("The exam {state}: the history can no longer change.",
                           state=Message.word("domain", exam.status.state))
        if self.checklist(exam.id).is_done(1):
            return Message("Step 1 is done: undo it to change the history.")
        return ""

    def set_answer(self, exam_id: int, field: str, value: Any, expected_version: int | None) -> int:
        """Save one history answer (None = unanswered); returns the history's new version.

        ValidationError (field = the case-file path, e.g. history.lmp) saves nothing.
        """
        ctx = self.ctx
        exam = self._exam_with_open_history(exam_id)
        stored = self._history_value(exam_id, field, value)
        row = history_store.ensure_history(ctx.db, exam_id, ctx.now(), ctx.session.user_id)
        version = row["version"] if expected_version in (None, 0) else expected_version
        old = row[field]
        with ctx.db.atomic():
            new_version = history_store.update_history(ctx.db, exam_id, {field: stored}, version, ctx.now(),
                                                       ctx.session.user_id)
            ctx.audit("update", patient_id=exam.patient_id, record_type="history", record_id=exam_id,
                      changes={field: [old, stored]})
            self.screening.refresh(exam_id)
        return new_version

    def _history_value(self, exam_id: int, field: str, value: Any) -> Any:
        """The stored form of an answer, after the domain's input checks on the whole case."""
        if field in ("allergies_reviewed", "questions_answered"):
            return None if value is None else int(bool(value))
        case = self.screening.case_for(exam_id)
        typed = _typed_answer(field, value)
        validate_case(dataclasses.replace(case, history=dataclasses.replace(case.history, **{field: typed})))
        if isinstance(typed, date):
            return typed.isoformat()
        if isinstance(typed, bool):
            return int(typed)
        if field == "medications":
            return json_text(list(typed))
        return typed.value if isinstance(typed, PregnancyAnswer) else typed

    def add_allergy(self, exam_id: int, substance: str, category: str, reaction: str, severity: str) -> int:
        ctx = self.ctx
        exam = self._exam_with_open_history(exam_id)
        category = _member_at(AllergyCategory, category, "history.allergies.category")
        severity = _member_at(Severity, severity, "history.allergies.severity")
        entry = Allergy(str(substance or "").strip(), category, str(reaction or "").strip(), severity)
        category, severity = category.value, severity.value
        case = self.screening.case_for(exam_id)
        validate_case(dataclasses.replace(case, history=dataclasses.replace(
            case.history, allergies=case.history.allergies + (entry,))))
        with ctx.db.atomic():
            allergy_id = allergy_store.add_allergy(ctx.db, exam.patient_id, entry.substance, category,
                                                   entry.reaction, severity, ctx.now(), ctx.session.user_id)
            ctx.audit("create", patient_id=exam.patient_id, record_type="allergy", record_id=allergy_id,
                      changes={"substance": [None, entry.substance], "category": [None, category],
                               "reaction": [None, entry.reaction], "severity": [None, severity]})
            self.screening.refresh(exam_id)
        return allergy_id

    def remove_allergy(self, exam_id: int, allergy_id: int) -> None:
        ctx = self.ctx
        exam = self._exam_with_open_history(exam_id)
        entry = allergy_store.get_allergy(ctx.db, allergy_id)
        if entry is None or entry["patient_id"] != exam.patient_id:
            raise DomainError("That allergy entry is not this patient's.")
        with ctx.db.atomic():
            if allergy_store.remove_allergy(ctx.db, allergy_id, ctx.now(), ctx.session.user_id):
                ctx.audit("delete", patient_id=exam.patient_id, record_type="allergy", record_id=allergy_id,
                          changes={"substance": [entry["substance"], None]})
            self.screening.refresh(exam_id)

    # -- checklist ----------------------------------------------------------------
    def checklist(self, exam_id: int) -> ChecklistState:
        require(self.ctx, Action.VIEW_PATIENT)
        return ChecklistState.from_events(checklist_store.list_events(self.ctx.db, exam_id))

    def timeout_items(self, exam_id: int) -> list[TimeoutItem]:
        return timeout_items(self.screening, exam_id)

    def timeout(self, exam_id: int) -> Timeout | None:
        """The time-out recorded before step 6 (the latest), or None."""
        return checklist_store.latest_timeout(self.ctx.db, exam_id)

    def complete_step(self, exam_id: int, step: int, *, locker: str = "", not_needed: bool = False) -> None:
        """Complete `step` now, by the signed-in user; DomainError says what is missing.

        The checklist is read inside the write transaction, after its lock (SQLite's write
        lock from the start; a server's lock on the exam's row: lock_checklist), so a step another workstation just completed is seen, and the
        second writer is told who did it and when.
        """
        ctx = self.ctx
        require(ctx, Action.COMPLETE_CHECKLIST_STEP)
        ready_reasons: list[str] = []
        history_complete = screening_ok = True
        if step == 1:
            self._exam_in_checklist(exam_id)
            self.screening.refresh(exam_id)
            missing = self.screening.history_missing(exam_id)
            history_complete = not missing
            screening_ok, ready_reasons = self.screening.status(exam_id)
            if missing:
                raise DomainError(Message("Step 1 needs the history complete. Still unanswered: {questions}.",
                                          questions=Listing([Message.word("domain", q) for q in missing], ", ")))
        with ctx.db.atomic():
            checklist_store.lock_checklist(ctx.db, exam_id)
            exam = self._exam_in_checklist(exam_id)
            event = self.checklist(exam_id).complete(
                step, ctx.now(), ctx.session.display_name, history_complete=history_complete,
                screening_ok=screening_ok, screening_reasons=ready_reasons,
                timeout_recorded=self.timeout(exam_id) is not None, locker=locker, not_needed=not_needed,
                offset_of=ctx.settings.time_zone)
            checklist_store.insert_event(ctx.db, exam_id, event, ctx.session.user_id)
            ctx.audit("update", patient_id=exam.patient_id, record_type="checklist", record_id=exam_id,
                      changes={f"step {step}": [None, event.action.value], **({"data": [None, event.details()]}
                                                                              if event.details() else {})})
            target = status_implied_by(step)
            if target is not None:
                exam_status.change_status(ctx, exam_id, target)
            mpps_outbox.step_completed(ctx, exam_id, step)

    def _exam_in_checklist(self, exam_id: int) -> Exam:
        exam = exam_store.get_exam(self.ctx.db, exam_id)
        if exam.status not in (ExamStatus.SCREENED, ExamStatus.ARRIVED, ExamStatus.IN_PROGRESS):
            raise DomainError(Message("The exam {state}: the checklist is closed.",
                                      state=Message.word("domain", exam.status.state)))
        return exam

    def start_delayed_wait(self, exam_id: int) -> None:
        ctx = self.ctx
        require(ctx, Action.COMPLETE_CHECKLIST_STEP)
        with ctx.db.atomic():
            checklist_store.lock_checklist(ctx.db, exam_id)
            exam = exam_store.get_exam(ctx.db, exam_id)
            event = self.checklist(exam_id).start_delayed_wait(ctx.now(), ctx.session.display_name)
            checklist_store.insert_event(ctx.db, exam_id, event, ctx.session.user_id)
            ctx.audit("update", patient_id=exam.patient_id, record_type="checklist", record_id=exam_id,
                      changes={"step 8": [None, "delayed-images wait started"]})

    def undo_last_step(self, exam_id: int, reason: str) -> int:
        """Undo the last completed step with a reason; returns the step undone."""
        ctx = self.ctx
        require(ctx, Action.UNDO_CHECKLIST_STEP)
        with ctx.db.atomic():
            checklist_store.lock_checklist(ctx.db, exam_id)
            exam = exam_store.get_exam(ctx.db, exam_id)
            state = self.checklist(exam_id)
            event = state.undo_last(ctx.now(), ctx.session.display_name, reason)
            if exam.status not in (ExamStatus.ARRIVED, ExamStatus.SCREENED, ExamStatus.IN_PROGRESS):
                raise DomainError(Message("The exam {state}: its steps can no longer be undone.",
                                          state=Message.word("domain", exam.status.state)))
            if event.step == 2:
                raise DomainError("Step 2 started the exam and cannot be undone; abort the exam if it must stop.")
            checklist_store.insert_event(ctx.db, exam_id, event, ctx.session.user_id)
            ctx.audit("update", patient_id=exam.patient_id, record_type="checklist", record_id=exam_id,
                      changes={f"step {event.step}": ["done", "undone"], "reason": [None, event.reason]})
        return event.step

    def record_timeout(self, exam_id: int, confirmed: list[str], confirmed_by: str) -> int:
        """The time-out before step 6: every item confirmed aloud, and who confirmed it."""
        ctx = self.ctx
        require(ctx, Action.RECORD_TIME_OUT)
        exam = exam_store.get_exam(ctx.db, exam_id)
        if exam.status is not ExamStatus.IN_PROGRESS:
            raise DomainError("The time-out is recorded during the procedure, before step 6.")
        if self.checklist(exam_id).is_done(6):
            raise DomainError("Step 6 is already done.")
        items = self.timeout_items(exam_id)
        missing = [item.label.lower() for item in items if item.key not in confirmed]
        if missing:
            raise ValidationError("timeout", Message("Confirm aloud and tick {items}", items=", ".join(missing)))
        names = (confirmed_by or "").strip()
        if not names:
            raise ValidationError("confirmed_by", "name the team members who confirmed")
        if len(names) > 200:
            raise ValidationError("confirmed_by", "at most 200 characters")
        labels = [item.text for item in items]  # the values confirmed, as they were read aloud
        with ctx.db.atomic():
            timeout_id = checklist_store.insert_timeout(ctx.db, exam_id, labels, names, ctx.now(), ctx.session.user_id)
            ctx.audit("update", patient_id=exam.patient_id, record_type="timeout", record_id=timeout_id,
                      changes={"confirmed_by": [None, names]})
        return timeout_id

    def abort(self, exam_id: int, reason: str) -> None:
        exam_status.change_status(self.ctx, exam_id, ExamStatus.ABORTED, reason)

    # -- procedure record -------------------------------------------------------------
    def procedure(self, exam_id: int) -> ProcedureRecord:
        """The record as stored; an empty record (version 0) when nothing is saved yet."""
        return procedure_store.get_procedure(self.ctx.db, exam_id) or ProcedureRecord()

    def set_procedure_field(self, exam_id: int, field: str, value: Any, expected_version: int | None) -> int:
        """One value typed into the record; returns the record's new version."""
        return self.set_procedure_fields(exam_id, {field: value}, expected_version, source=TYPED)

    def set_procedure_fields(self, exam_id: int, values: dict[str, Any], expected_version: int | None, *,
                             source: str = TYPED) -> int:
        """Save several values at once (a scan fills a whole group), each checked first; the
        values a scan can fill remember their `source`, scanned or typed (issue #20)."""
        ctx = self.ctx
        require(ctx, Action.RECORD_PROCEDURE)
        exam = exam_store.get_exam(ctx.db, exam_id)
        if exam.status is ExamStatus.COMPLETED:
            raise DomainError("The exam is signed and locked: record an amendment instead.")
        if exam.status not in (ExamStatus.IN_PROGRESS, ExamStatus.PERFORMED, ExamStatus.ABORTED):
            raise DomainError("The procedure record opens once the procedure has started (step 2).")
        cleaned = {field: clean_value(field, value) for field, value in values.items()}
        record = procedure_store.ensure_procedure(ctx.db, exam_id, ctx.now(), ctx.session.user_id)
        version = record.version if expected_version in (None, 0) else expected_version
        changed_sources = {field: source for field in cleaned
                           if field in SOURCE_FIELDS and record.sources.get(field) != source}
        changes: dict[str, Any] = dict(cleaned)
        for field, value in cleaned.items():  # a complication no longer ticked takes its details with it
            changes |= {key: empty for key, empty in emptied_with(field, value).items()
                        if record.value(key) not in (None, "")}
        audited = {key: [procedure_store.column_value(key, record.value(key)), procedure_store.column_value(key, new)]
                   for key, new in changes.items()}
        if source != TYPED:
            audited["source"] = [None, source]
        if changed_sources:
            changes["value_sources"] = record.sources | changed_sources
        with ctx.db.atomic():
            new_version = procedure_store.update_procedure(ctx.db, exam_id, changes, version, ctx.now(),
                                                           ctx.session.user_id)
            ctx.audit("update", patient_id=exam.patient_id, record_type="procedure", record_id=exam_id,
                      changes=audited)
            if cleaned.keys() & SCREENED_FIELDS:  # checked against her allergies at once
                self.screening.refresh(exam_id)
        return new_version

    def procedure_problems(self, exam_id: int) -> dict[str, str]:
        exam = exam_store.get_exam(self.ctx.db, exam_id)
        return record_problems(self.procedure(exam_id), exam_day=exam.scheduled_at.date(),
                               device_confirmation=exam.indication is Indication.DEVICE_CONFIRMATION,
                               settings=self.ctx.settings)

    def sign_problems(self, exam_id: int) -> list[str]:
        """Why the exam cannot be signed yet, in plain sentences (empty when it can)."""
        exam = exam_store.get_exam(self.ctx.db, exam_id)
        if exam.status is ExamStatus.COMPLETED:
            return [Message("The exam is already signed.")]
        reasons = []
        if not self.checklist(exam_id).finished or exam.status is not ExamStatus.PERFORMED:
            reasons.append(Message("All ten checklist steps must be done."))
        reasons += [Message("{field}: {problem}", field=Message.word("procedure field", LABELS.get(field, field)),
                            problem=problem) for field, problem in self.procedure_problems(exam_id).items()]
        reasons += self.unconfirmed_agent(exam_id)
        return reasons

    def unconfirmed_agent(self, exam_id: int) -> list[str]:
        """Findings of the procedure still open: a stop (the agent matches her allergy, an expired
        product) that no radiologist has confirmed by name and password, or a caution (a product
        near its expiry) not yet acknowledged."""
        open_findings = []
        for state in self.screening.states(exam_id):
            if state.finding.code not in DURING_EXAM_CODES:
                continue
            if state.finding.level is Level.CAUTION:
                settled = state.resolved
            else:
                settled = state.resolution is not None and state.resolution.kind is ResolutionKind.OVERRIDE_SIGNED
            if not settled:
                open_findings.append(Message("{finding} ({code})", finding=state.finding.message,
                                             code=state.finding.code))
        return open_findings

    def sign(self, exam_id: int, password: str, *, checked: PasswordCheck | None = None) -> Exam:
        """The technologist completes the exam by re-entering the password; the exam locks.
        `checked`: the password's argon2 check, already run off the UI thread (auth.PasswordCheck)."""
        ctx = self.ctx
        require(ctx, Action.SIGN_EXAM)
        problems = self.sign_problems(exam_id)
        if problems:
            raise DomainError(Message("The exam cannot be signed yet: {problems}", problems=" ".join(problems)))
        confirm_password(ctx, password, purpose="signature", checked=checked)
        now = ctx.now()
        with ctx.db.atomic():
            exam = exam_status.change_status(ctx, exam_id, ExamStatus.COMPLETED,
                                              extra={"signed_at": now.isoformat(), "signed_by": ctx.session.user_id,
                                                     "technologist_id": ctx.session.user_id})
            ctx.audit("signature", patient_id=exam.patient_id, record_type="exam", record_id=exam_id,
                      changes={"signed_by": [None, ctx.session.display_name],
                               "meaning": [None, signature_meaning("exam")]})
        return exam

    # -- amendments ---------------------------------------------------------------
    # (signed_exam_to_amend, below the class, is the precondition every amendment shares)
    def amend_procedure(self, exam_id: int, field: str, value: Any, reason: str, password: str) -> int:
        """A correction after signing, signed with the password: the new value, with who, when,
        why and the old value."""
        ctx = self.ctx
        exam = signed_exam_to_amend(ctx, exam_id, reason)
        cleaned = clean_value(field, value)
        record = procedure_store.ensure_procedure(ctx.db, exam_id, ctx.now(), ctx.session.user_id)
        old = procedure_store.column_value(field, record.value(field))
        stored = procedure_store.column_value(field, cleaned)
        if old == stored:
            raise ValidationError(field, "the new value is the same as the old one")
        confirm_password(ctx, password, purpose="amendment")
        now = ctx.now()
        changes: dict[str, Any] = {field: cleaned}
        if field in SOURCE_FIELDS:  # a corrected value was typed, whatever the first one was
            changes["value_sources"] = record.sources | {field: TYPED}
        with ctx.db.atomic():
            procedure_store.update_procedure(ctx.db, exam_id, changes, record.version, now, ctx.session.user_id)
            amendment_id = procedure_store.insert_amendment(
                ctx.db, exam_id=exam_id, patient_id=exam.patient_id, record_type="procedure", record_id=exam_id,
                field=field, old_value=None if old is None else str(old),
                new_value=None if stored is None else str(stored), reason=reason.strip(), at=now,
                user_id=ctx.session.user_id)
            ctx.audit("amend", patient_id=exam.patient_id, record_type="procedure", record_id=exam_id,
                      changes={field: [old, stored], "reason": [None, reason.strip()]})
            ctx.audit("signature", patient_id=exam.patient_id, record_type="amendment", record_id=amendment_id,
                      changes={"signed_by": [None, ctx.session.display_name],
                               "meaning": [None, signature_meaning("amendment", LABELS.get(field, field))]})
        return amendment_id

    def amendments(self, exam_id: int) -> list[Amendment]:
        return amendments_of(self.ctx, exam_id)

    def elapsed_since_start(self, exam_id: int, now: datetime | None = None) -> timedelta | None:
        return self.checklist(exam_id).elapsed(now or self.ctx.now())


def signed_exam_to_amend(ctx: ServiceContext, exam_id: int, reason: str) -> Exam:
    """What every amendment checks first (procedure, history, complications, check-in): the
    role, a signed exam, and a reason within the length limit."""
    require(ctx, Action.AMEND_EXAM)
    exam = exam_store.get_exam(ctx.db, exam_id)
    if exam.status is not ExamStatus.COMPLETED:
        raise DomainError("Only a signed exam is amended; edit the record directly until then.")
    if not (reason or "").strip():
        raise ValidationError("reason", "say why the record is corrected")
    check_reason("reason", reason)
    return exam
