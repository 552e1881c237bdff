"""Every exam status change goes through here (DESIGN.md §2): rules, roles, storage, audit.

`change_status(ctx, exam_id, ExamStatus.X, reason)` is shared by the front desk
(check-in, cancel, defer, reschedule) and the exam room (screened, in progress, ...).
"""

from __future__ import annotations

from hsg_desk.domain.errors import ConflictError, DomainError
from hsg_desk.domain.exam import Exam
from hsg_desk.domain.lifecycle import ExamStatus, transition
from hsg_desk.domain.permissions import Action
from hsg_desk.storage import exams as exam_store

from .authorization import require
from .context import ServiceContext

S = ExamStatus

# Which permission each target status needs.
TARGET_ACTIONS: dict[ExamStatus, Action] = {
    S.SCHEDULED: Action.BOOK_EXAM,
    S.ARRIVED: Action.CHECK_IN,
    S.CANCELLED: Action.CANCEL_OR_DEFER,
    S.DEFERRED: Action.CANCEL_OR_DEFER,
    S.SCREENED: Action.RECORD_HISTORY,
    S.IN_PROGRESS: Action.COMPLETE_CHECKLIST_STEP,
    S.PERFORMED: Action.COMPLETE_CHECKLIST_STEP,
    S.ABORTED: Action.ABORT_EXAM,
    S.COMPLETED: Action.SIGN_EXAM,
}


def change_status(ctx: ServiceContext, exam_id: int, target: ExamStatus | str, reason: str | None = None,
                  *, extra: dict | None = None, expected_version: int | None = None) -> Exam:
    """Move the exam to `target`; return the exam as saved.

    Raises DomainError when the lifecycle forbids the move or a reason is missing,
    PermissionDenied when the user's roles do not allow it, and DomainError with the
    conflict message when someone else changed the exam since `expected_version`.
    `extra` are more exam columns saved in the same transaction (e.g. a new time).
    """
    target = ExamStatus(target)
    exam = exam_store.get_exam(ctx.db, exam_id)
    require(ctx, TARGET_ACTIONS[target], patient_id=exam.patient_id)
    if expected_version is not None and exam.version != expected_version:
        raise DomainError(str(ConflictError("exams", exam_id)))
    reason = (reason or "").strip() or None
    transition(exam.status, target, reason)
    from . import mpps_outbox  # its records and DICOM types are not needed to show the worklist

    at = ctx.now()
    old_extra = exam_store.exam_columns(ctx.db, exam_id, list(extra or {}))
    try:
        with ctx.db.atomic():
            exam_store.change_status(ctx.db, exam, target, at, ctx.session.user_id, reason, extra)
            changes = {"status": [exam.status.value, target.value]}
            if reason or exam.status_reason:
                changes["status_reason"] = [exam.status_reason, reason]
            for name, value in (extra or {}).items():
                changes[name] = [old_extra[name], value]
            ctx.audit("status", patient_id=exam.patient_id, record_type="exam", record_id=exam_id,
                      changes=changes)
            mpps_outbox.status_changed(ctx, exam_id, target, reason)  # queued only: never waits on the RIS
    except ConflictError as error:
        raise DomainError(str(error)) from error
    return exam_store.get_exam(ctx.db, exam_id)



def cancel(ctx: ServiceContext, exam_id: int, reason: str) -> Exam:
    return change_status(ctx, exam_id, S.CANCELLED, reason)


def defer(ctx: ServiceContext, exam_id: int, reason: str) -> Exam:
    """Deferred: to be rebooked (a positive test, a missed cycle window, ...)."""
    return change_status(ctx, exam_id, S.DEFERRED, reason)
