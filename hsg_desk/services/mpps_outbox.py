"""The exam goes back to the RIS by MPPS (DESIGN.md §9), through an outbox.

The exam room only ever writes a row here, in the same transaction as the step, the
signature or the abort: a RIS that is down never blocks or slows the room. Delivery is a
separate, later act — a worker thread in the app, or `hsg-desk mpps send` — that retries
with growing pauses and shows each message's state (sent, waiting, failed with reason).

Which exams: those booked from a RIS order, and local ones only when *Send MPPS for local
exams* is on; none while no MPPS destination is set up.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from hsg_desk.domain import mpps
from hsg_desk.domain.lifecycle import ExamStatus
from hsg_desk.domain.message import Message
from hsg_desk.domain.mpps import OutboxMessage, new_uid
from hsg_desk.domain.procedure_record import ProcedureRecord
from hsg_desk.domain.ris import DicomEndpoint
from hsg_desk.storage import exams as exam_store
from hsg_desk.storage import mpps_outbox as store
from hsg_desk.storage import patients as patient_store
from hsg_desk.storage import procedures as procedure_store
from hsg_desk.storage.ris_orders import order_for_exam

from .context import ServiceContext

CATHETER_PLACED = 6  # the checklist step after which the procedure is on (IN PROGRESS)
# Pauses after the 1st, 2nd, … failed try; the last one repeats (a RIS down for a day
# gets a try every 30 minutes, and the message goes as soon as one gets through).
BACKOFF_SECONDS = (30, 60, 120, 300, 600, 1800)


# -- the exam room's hooks (each one call, inside the caller's transaction) -----------------
def step_completed(ctx: ServiceContext, exam_id: int, step: int) -> None:
    if step == CATHETER_PLACED and _wanted(ctx, exam_id):
        _queue_creation(ctx, exam_id)


def status_changed(ctx: ServiceContext, exam_id: int, target: ExamStatus, reason: str | None) -> None:
    """Signed: COMPLETED with the record's values. Aborted after step 6: DISCONTINUED."""
    if target not in (ExamStatus.COMPLETED, ExamStatus.ABORTED):
        return
    creation = store.creation_of(ctx.db, exam_id)
    if creation is None:  # no IN PROGRESS was queued (before step 6, or not an MPPS exam)
        return
    ended = _local(ctx)
    if target is ExamStatus.COMPLETED:
        # the procedure record's dose and contrast, None where not recorded
        attributes = mpps.completed(procedure_store.get_procedure(ctx.db, exam_id) or ProcedureRecord(), ended)
    else:
        attributes = mpps.discontinued(reason or "", ended)
    _queue(ctx, exam_id, creation.sop_instance_uid, attributes)


def _wanted(ctx: ServiceContext, exam_id: int) -> bool:
    settings = ctx.settings
    if not settings.mpps_host:
        return False
    return settings.mpps_local_exams or order_for_exam(ctx.db, exam_id) is not None


def _local(ctx: ServiceContext) -> datetime:
    return ctx.now().astimezone(ZoneInfo(ctx.settings.time_zone))


def _queue_creation(ctx: ServiceContext, exam_id: int) -> None:
    if store.creation_of(ctx.db, exam_id) is not None:  # step 6 undone and done again: one N-CREATE
        return
    exam = exam_store.get_exam(ctx.db, exam_id)
    patient = patient_store.get_patient(ctx.db, exam.patient_id)
    order = order_for_exam(ctx.db, exam_id) or {}
    step = mpps.PerformedStep(
        exam_id=exam_id, mrn=patient.mrn, family_name=patient.family_name, given_name=patient.given_name,
        birth_date=patient.birth_date, station_ae=ctx.settings.dicom_calling_ae, started_at=_local(ctx),
        issuer_of_patient_id=order.get("issuer_of_patient_id", ""), sex=order.get("sex") or "F",
        accession_number=order.get("accession_number", ""),
        requested_procedure_id=order.get("requested_procedure_id", ""),
        requested_procedure_description=order.get("procedure_description", ""),
        step_id=order.get("step_id", ""), step_description=order.get("procedure_description", ""),
        study_instance_uid=order.get("study_instance_uid") or new_uid())
    _queue(ctx, exam_id, new_uid(), mpps.in_progress(step))


def _queue(ctx: ServiceContext, exam_id: int, uid: str, attributes: dict) -> None:
    status = attributes["PerformedProcedureStepStatus"]
    message_id = store.queue_message(ctx.db, exam_id, uid, status, attributes, ctx.now())
    if message_id is not None:
        exam = exam_store.get_exam(ctx.db, exam_id)
        ctx.audit("mpps.queue", patient_id=exam.patient_id, record_type="mpps", record_id=message_id,
                  changes={"status": [None, status]})


# -- delivery ---------------------------------------------------------------------------
@dataclass(frozen=True)
class Outcome:
    """One try: sent, or why not (and whether trying again can help)."""

    message_id: int
    sent: bool
    error: str = ""          # a Message: kept as one, said in the window's language
    permanent: bool = False


def mpps_endpoint(settings) -> DicomEndpoint | None:
    if not settings.mpps_host:
        return None
    return DicomEndpoint(settings.mpps_host, settings.mpps_port, settings.mpps_called_ae,
                         settings.dicom_calling_ae, float(settings.dicom_timeout_seconds))


def due(ctx: ServiceContext) -> list[OutboxMessage]:
    return store.due_messages(ctx.db, ctx.now())


def transmit(endpoint: DicomEndpoint, messages: list[OutboxMessage]) -> list[Outcome]:
    """The network half (no database, so a worker thread may run it): each message in turn;
    after a failure the rest of that exam's messages wait (they must arrive in order)."""
    from hsg_desk.dicom.mpps import MppsRefused, send
    from hsg_desk.dicom.network import DicomError

    outcomes, blocked = [], set()
    for message in messages:
        if message.exam_id in blocked:
            continue
        try:
            send(endpoint, message.sop_instance_uid, message.attributes, create=message.creates)
        except MppsRefused as error:
            outcomes.append(Outcome(message.id, False, error.message, permanent=True))
            blocked.add(message.exam_id)
        except DicomError as error:
            outcomes.append(Outcome(message.id, False, error.message))
            blocked.add(message.exam_id)
        else:
            outcomes.append(Outcome(message.id, True))
    return outcomes


def record(ctx: ServiceContext, outcomes: list[Outcome]) -> None:
    """Write what the tries did (the thread that owns the connection)."""
    now = ctx.now()
    with ctx.db.atomic():
        for outcome in outcomes:
            attempts = store.attempts(ctx.db, outcome.message_id)
            if outcome.sent:
                store.mark_sent(ctx.db, outcome.message_id, now)
                ctx.audit("mpps.sent", record_type="mpps", record_id=outcome.message_id)
            elif outcome.permanent:
                store.mark_failed_try(ctx.db, outcome.message_id, outcome.error, None)
                ctx.audit("mpps.failed", record_type="mpps", record_id=outcome.message_id,
                          changes={"reason": [None, outcome.error]})
            else:
                pause = BACKOFF_SECONDS[min(attempts, len(BACKOFF_SECONDS) - 1)]
                store.mark_failed_try(ctx.db, outcome.message_id, outcome.error, now + timedelta(seconds=pause))


def deliver_due(ctx: ServiceContext) -> list[Outcome]:
    """Try every due message now, in this thread (the command line)."""
    endpoint = mpps_endpoint(ctx.settings)
    if endpoint is None:
        return []
    outcomes: list[Outcome] = []
    while True:  # a sent N-CREATE makes its exam's N-SET due: go round until nothing moves
        tried = transmit(endpoint, [m for m in due(ctx) if m.id not in {o.message_id for o in outcomes}])
        record(ctx, tried)
        outcomes += tried
        if not any(outcome.sent for outcome in tried):
            return outcomes


def due_now(ctx: ServiceContext) -> int:
    """Send now: every waiting message is due at once, whatever its next try was."""
    with ctx.db.atomic():
        return store.make_due(ctx.db, ctx.now())


def retry(ctx: ServiceContext, message_id: int) -> bool:
    """A message that failed for good (the RIS refused it) is tried again, e.g. after the RIS was fixed."""
    with ctx.db.atomic():
        again = store.retry_now(ctx.db, message_id, ctx.now())
        if again:
            ctx.audit("mpps.retry", record_type="mpps", record_id=message_id)
    return again


def messages(ctx: ServiceContext) -> list[OutboxMessage]:
    return store.list_messages(ctx.db)


def state_text(message: OutboxMessage, zone: str) -> Message:
    """'sent Sat Dec 5 9:14 AM', 'waiting (next try Sat Dec 5 9:20 AM): <why>', 'failed: <why>' (a
    Message: the window says it in its language)."""
    def clock(moment: datetime) -> datetime:
        return moment.astimezone(ZoneInfo(zone))

    if message.state == "sent":
        return Message("sent {when}", when=clock(message.sent_at))
    if message.state == "failed":
        return Message("failed: {reason}", reason=message.last_error)
    if message.attempts:
        return Message("waiting (next try {when}): {reason}", when=clock(message.next_try_at),
                       reason=message.last_error)
    return Message("waiting")
