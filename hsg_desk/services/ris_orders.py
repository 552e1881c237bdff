"""Orders in from the RIS (DESIGN.md §9): a Modality Worklist pull becomes booked exams.

A pull has two halves so the window never waits on the network: `fetch` talks to the
worklist server (no database: it runs on a worker thread) and `apply` writes what came
back (on the thread that owns the connection). `pull` does both, for the command line.

The rules, in the order they apply to each scheduled step:
- the key is the accession number with the step ID: a step seen before is updated, never
  booked twice, and a pull that brings nothing new changes nothing;
- the patient is found by MRN (PatientID) first. A known MRN whose name or date of birth
  differ from ours is never overwritten: the order waits for the front desk ("needs
  review"), and the mismatch is audited;
- an unknown MRN goes through the duplicate-patient rules (same folded name and date of
  birth): a look-alike also waits for the front desk; otherwise she is registered;
- an order the RIS discontinued, or no longer lists for the days pulled, is marked so and
  shown — never deleted, and its exam is left for the front desk to cancel.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

from hsg_desk.domain.errors import DomainError, ValidationError
from hsg_desk.domain.exam import Exam
from hsg_desk.domain.lifecycle import ExamStatus
from hsg_desk.domain.message import Listing, Message, TimeOfDay, restored
from hsg_desk.domain.patient import Patient, check_mrn, clean_name, validated_patient
from hsg_desk.domain.permissions import Action
from hsg_desk.domain.referring import ReferringPhysician
from hsg_desk.domain.ris import DicomEndpoint, RisOrder, ScheduledStep, WorklistQuery, identity_mismatch, indication_for
from hsg_desk.domain.vocabulary import OrderState
from hsg_desk.storage import exams as exam_store
from hsg_desk.storage import patients as patient_store
from hsg_desk.storage import ris_orders as store

from .authorization import require
from .context import ServiceContext


@dataclass(frozen=True)
class PullResult:
    """What one pull did, in numbers and one sentence for the worklist's status line."""

    ok: bool
    message: str
    orders: int = 0
    booked: int = 0
    updated: int = 0
    review: int = 0
    gone: int = 0


def worklist_endpoint(settings, *, server: str | None = None, called_ae: str | None = None,
                      calling_ae: str | None = None) -> DicomEndpoint:
    """The worklist server from the settings, with one run's overrides; DomainError when
    none is set up."""
    host, port = settings.worklist_host, settings.worklist_port
    if server:
        host, _, port_text = server.rpartition(":")
        if not host or not port_text.isdigit() or not 0 < int(port_text) < 65536:
            raise ValidationError("server", "give the worklist server as HOST:PORT, e.g. 10.0.0.5:104")
        port = int(port_text)
    if not host:
        raise DomainError("No worklist server is set up: an admin enters it under Admin › Settings "
                          "(Worklist server: host, port, called AE title).")
    return DicomEndpoint(host, port, called_ae if called_ae is not None else settings.worklist_called_ae,
                         calling_ae or settings.dicom_calling_ae, float(settings.dicom_timeout_seconds))


def worklist_query(settings, first_day: date, last_day: date) -> WorklistQuery:
    if last_day < first_day:
        raise ValidationError("to", "the last day is before the first")
    if (last_day - first_day).days > 31:
        raise ValidationError("to", "pull at most 31 days at a time")
    return WorklistQuery(first_day, last_day, settings.worklist_modality, settings.worklist_station_ae,
                         settings.worklist_procedure)


def fetch(endpoint: DicomEndpoint, query: WorklistQuery) -> list[ScheduledStep]:
    """The network half (no database): DicomError says what went wrong."""
    from hsg_desk.dicom.worklist import find_scheduled_steps

    return find_scheduled_steps(endpoint, query)


class OrderImport:
    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    @property
    def zone(self) -> str:
        return self.ctx.settings.time_zone

    def today(self) -> date:
        return self.ctx.today()

    def pull(self, first_day: date | None = None, last_day: date | None = None, **overrides) -> PullResult:
        """Fetch and apply in one go (the command line); a failure is recorded and returned."""
        from hsg_desk.dicom.network import DicomError

        first_day = first_day or self.today()
        query = worklist_query(self.ctx.settings, first_day, last_day or first_day)
        endpoint = worklist_endpoint(self.ctx.settings, **overrides)
        require(self.ctx, Action.BOOK_EXAM)
        try:
            steps = fetch(endpoint, query)
        except DicomError as error:
            return self.record_failure(endpoint, query, error.message)
        return self.apply(endpoint, query, steps)

    def record_failure(self, endpoint: DicomEndpoint, query: WorklistQuery, message: str) -> PullResult:
        """A pull that failed changes no order or exam: only its result is kept, and shown."""
        ctx = self.ctx
        with ctx.db.atomic():
            store.record_pull(ctx.db, ctx.now(), str(endpoint), query.first_day, query.last_day, False, message, 0,
                              ctx.session.user_id)
            ctx.audit("worklist.pull", record_type="worklist", record_id=str(endpoint),
                      changes={"result": [None, message]})
        return PullResult(False, message)

    def apply(self, endpoint: DicomEndpoint, query: WorklistQuery, steps: list[ScheduledStep]) -> PullResult:
        """Book, update or flag each step, all in one transaction; returns the counts."""
        require(self.ctx, Action.BOOK_EXAM)
        ctx, counts = self.ctx, {"booked": 0, "updated": 0, "review": 0, "gone": 0}
        usable = [step for step in steps if step.accession_number or step.step_id]
        with ctx.db.atomic():
            for step in usable:
                outcome = self._take(step)
                if outcome:
                    counts[outcome] += 1
            counts["gone"] = self._mark_vanished(query, {step.key for step in usable})
            result = PullResult(True, _summary(len(usable), counts), len(usable), **counts)
            store.record_pull(ctx.db, ctx.now(), str(endpoint), query.first_day, query.last_day, True,
                              result.message, len(usable), ctx.session.user_id)
            ctx.audit("worklist.pull", record_type="worklist", record_id=str(endpoint),
                      changes={"result": [None, result.message]})
        return result

    # -- one step -----------------------------------------------------------------
    def _take(self, step: ScheduledStep) -> str:
        known = store.find_order(self.ctx.db, step.accession_number, step.step_id)
        if known is None:
            return self._new_order(step)
        return self._refresh(known, step)

    def _new_order(self, step: ScheduledStep) -> str:
        db, now = self.ctx.db, self.ctx.now()
        if step.discontinued:
            store.insert_order(db, step, self.zone, OrderState.DISCONTINUED, now)
            return ""
        reason, patient, mismatch = self._patient_for(step)
        if not reason and patient is not None and patient.id is not None:
            reason = _referring_problem(step)   # a new patient's was checked with her registration
        if patient is None or reason:
            order_id = store.insert_order(db, step, self.zone, OrderState.NEEDS_REVIEW, now,
                                          patient_id=patient.id if patient else None,
                                          review_reason=reason, mismatch=mismatch)
            self.ctx.audit("ris.review", patient_id=patient.id if patient else None, record_type="ris_order",
                           record_id=order_id, changes={"reason": [None, reason]} | mismatch)
            return "review"
        if patient.id is None:
            patient = self._register(patient)
        exam_id = self._book(step, patient.id)
        store.insert_order(db, step, self.zone, OrderState.BOOKED, now, patient_id=patient.id, exam_id=exam_id)
        return "booked"

    def _patient_for(self, step: ScheduledStep) -> tuple[str, Patient | None, dict]:
        """(why the front desk must decide, or '', the patient — id None: to register —, mismatch).
        The why is a Message: the order keeps it so, and the review window says it in its language."""
        missing = [label for label, value in ((Message("patient ID"), step.patient_id),
                                              (Message("family name"), step.family_name),
                                              (Message("given name"), step.given_name),
                                              (Message("date of birth"), step.birth_date),
                                              (Message("start date"), step.start_date)) if not value]
        if missing:
            return Message("The RIS sent no {fields}.", fields=Listing(missing, ", ")), None, {}
        try:
            mrn = check_mrn(step.patient_id)
        except ValidationError:
            return Message("The RIS's patient ID {patient_id!r} cannot be an MRN here.",
                           patient_id=step.patient_id), None, {}
        on_file = patient_store.mrn_exists(self.ctx.db, mrn)
        if on_file is not None:
            mismatch = identity_mismatch(step, on_file.family_name, on_file.given_name, on_file.birth_date)
            if mismatch:
                return (Message("MRN {mrn} is {name}, born {birth_date}, here; the RIS sends other details. "
                                "Check before booking.", mrn=mrn, name=on_file.full_name,
                                birth_date=on_file.birth_date), on_file, mismatch)
            return "", on_file, {}
        alike = patient_store.same_person(self.ctx.db, step.family_name, step.given_name, step.birth_date)
        if alike:
            records = Listing([Message("MRN {mrn}", mrn=p.mrn) for p in alike], "; ")
            return Message("Possibly already registered under another MRN ({records}).", records=records), \
                alike[0], {}
        try:
            candidate = validated_patient(Patient(
                id=None, mrn=mrn, family_name=clean_name("family_name", step.family_name),
                given_name=clean_name("given_name", step.given_name), birth_date=step.birth_date,
                referring=ReferringPhysician(clean_name("referring_name", step.referring_name))),
                self.today())
        except ValidationError as error:
            return Message("The RIS's patient details cannot be registered: {reason}.",
                           reason=Message("{field}: {message}", field=error.field, message=error.message)), None, {}
        return "", candidate, {}

    def _register(self, patient: Patient) -> Patient:
        ctx = self.ctx
        require(ctx, Action.REGISTER_PATIENT)
        patient_id = patient_store.insert_patient(ctx.db, patient, ctx.now(), ctx.session.user_id)
        saved = patient_store.get_patient(ctx.db, patient_id)
        ctx.audit("create", patient_id=patient_id, record_type="patient", record_id=patient_id,
                  changes={name: [None, value] for name, value in patient_store.patient_columns(saved).items()}
                  | {"source": [None, "RIS"]})
        return saved

    def _book(self, step: ScheduledStep, patient_id: int) -> int:
        ctx = self.ctx
        exam = Exam(id=None, patient_id=patient_id, scheduled_at=step.scheduled_at(self.zone),
                    indication=indication_for(step.procedure_description),
                    indication_note=_fit(step.procedure_description, 500),
                    referring=ReferringPhysician(clean_name("referring_name", step.referring_name)))
        exam_id = exam_store.insert_exam(ctx.db, exam, ctx.now(), ctx.session.user_id)
        ctx.audit("create", patient_id=patient_id, record_type="exam", record_id=exam_id,
                  changes={name: [None, value] for name, value in exam_store.booking_columns(exam).items()}
                  | {"source": [None, "RIS"], "accession_number": [None, step.accession_number],
                     "step_id": [None, step.step_id]})
        return exam_id

    def _refresh(self, known: dict, step: ScheduledStep) -> str:
        """A step pulled before: note what the RIS changed; move a not-yet-started exam's time."""
        ctx, new = self.ctx, store.step_columns(step, self.zone)
        changed = {name: [known[name], value] for name, value in new.items() if known[name] != value}
        state = OrderState(known["state"])
        target = OrderState.DISCONTINUED if step.discontinued else (
            OrderState.BOOKED if known["exam_id"] else OrderState.NEEDS_REVIEW)
        if state is target and not changed:
            store.update_order(ctx.db, known["id"], {"last_pulled_at": ctx.now().isoformat()})
            return ""
        store.update_order(ctx.db, known["id"], {name: value for name, (_, value) in changed.items()}
                           | {"state": target.value, "last_pulled_at": ctx.now().isoformat()})
        if state is not target:
            changed["state"] = [state.value, target.value]
        if known["exam_id"] and "scheduled_at" in changed and new["scheduled_at"]:
            exam = exam_store.get_exam(ctx.db, known["exam_id"])
            if exam.status is ExamStatus.SCHEDULED:
                exam_store.update_exam(ctx.db, exam, {"scheduled_at": new["scheduled_at"],
                                                      "scheduled_date": new["scheduled_date"]}, ctx.now())
        ctx.audit("ris.update", patient_id=known["patient_id"], record_type="ris_order", record_id=known["id"],
                  changes=changed)
        return "updated"

    def _mark_vanished(self, query: WorklistQuery, seen: set[tuple[str, str]]) -> int:
        """Orders of the pulled days the RIS no longer lists: flagged, never deleted."""
        ctx, count = self.ctx, 0
        for order in store.orders_between(ctx.db, query.first_day, query.last_day):
            live = order["state"] in (OrderState.BOOKED.value, OrderState.NEEDS_REVIEW.value)
            if live and (order["accession_number"], order["step_id"]) not in seen:
                store.update_order(ctx.db, order["id"], {"state": OrderState.VANISHED.value})
                ctx.audit("ris.update", patient_id=order["patient_id"], record_type="ris_order",
                          record_id=order["id"], changes={"state": [order["state"], OrderState.VANISHED.value]})
                count += 1
        return count

    # -- the front desk's decisions -------------------------------------------------
    def orders_to_review(self) -> list[RisOrder]:
        """Orders waiting for the front desk, and those the RIS dropped (to cancel here)."""
        return store.orders_in_state(self.ctx.db, OrderState.NEEDS_REVIEW, OrderState.DISCONTINUED,
                                     OrderState.VANISHED)

    def book_for_patient(self, order_id: int, patient_id: int) -> int:
        """The front desk confirmed who she is: book the order for `patient_id`, keeping our
        details (the RIS's differing ones stay on the order and in the audit trail)."""
        ctx = self.ctx
        require(ctx, Action.BOOK_EXAM, patient_id=patient_id)
        order = store.get_order(ctx.db, order_id)
        if order is None or order["state"] != OrderState.NEEDS_REVIEW.value:
            raise DomainError("This order no longer waits for a decision.")
        if order["scheduled_at"] is None:
            raise DomainError("The RIS sent no start date for this order: it cannot be booked.")
        step = _step_of(order)
        try:
            clean_name("referring_name", step.referring_name)
        except ValidationError as error:
            raise DomainError(Message("The RIS's referring physician's name {problem}. Correct it in the RIS, or "
                                      "book the exam by hand.", problem=error.message)) from None
        with ctx.db.atomic():
            exam_id = self._book(step, patient_id)
            store.update_order(ctx.db, order_id, {"state": OrderState.BOOKED.value, "patient_id": patient_id,
                                                  "exam_id": exam_id})
            ctx.audit("ris.confirm", patient_id=patient_id, record_type="ris_order", record_id=order_id,
                      changes={"booked_for": [None, patient_id],
                               "reason": [str(restored(order["review_reason"])), None]})  # its English
        return exam_id


def _step_of(order: dict) -> ScheduledStep:
    moment = datetime.fromisoformat(order["scheduled_at"]) if order["scheduled_at"] else None
    return ScheduledStep(
        order["accession_number"], order["step_id"], order["requested_procedure_id"], order["ris_patient_id"],
        order["issuer_of_patient_id"], order["family_name"], order["given_name"],
        date.fromisoformat(order["birth_date"]) if order["birth_date"] else None, order["sex"],
        moment.date() if moment else None, moment.timetz().replace(tzinfo=None) if moment else None,
        order["referring_name"], order["procedure_description"], order["procedure_code"], order["step_status"],
        study_instance_uid=order["study_instance_uid"])


def _referring_problem(step: ScheduledStep) -> str:
    """Why the RIS's referring physician cannot go on her exam as sent, or '': the name is cleaned
    as registration cleans every name (clean_name), for a patient on file as for a new one, so
    no sheet prints a box where the RIS sent a letter the documents cannot show."""
    try:
        clean_name("referring_name", step.referring_name)
    except ValidationError as error:
        return f"The RIS's referring physician's name {error.message}."
    return ""


def _fit(text: str, limit: int) -> str:
    """RIS text into one of our fields: control characters dropped, cut at the field's size."""
    return "".join(ch for ch in text or "" if ch >= " ")[:limit].strip()


def _summary(orders: int, counts: dict) -> Message:
    """"3 orders, 2 booked, 1 to check", as a Message the worklist says in its language."""
    parts = [Message("{count} order", count=orders) if orders == 1 else Message("{count} orders", count=orders)]
    for count, part in ((counts["booked"], Message("{count} booked", count=counts["booked"])),
                        (counts["updated"], Message("{count} updated", count=counts["updated"])),
                        (counts["review"], Message("{count} to check", count=counts["review"])),
                        (counts["gone"], Message("{count} no longer listed", count=counts["gone"]))):
        if count:
            parts.append(part)
    if orders and len(parts) == 1:
        parts.append(Message("nothing new"))
    return Message("{parts}", parts=Listing(parts, ", "))


def last_pull_line(ctx: ServiceContext) -> str:
    """'Orders from RIS: 9:02 AM — 3 orders, 3 booked' (or the failure), for the worklist."""
    pull = store.last_pull(ctx.db)
    if pull is None:
        return ""
    at = datetime.fromisoformat(pull["at"]).astimezone(ZoneInfo(ctx.settings.time_zone))
    local = ctx.now().astimezone(at.tzinfo)
    when = TimeOfDay.of(at) if at.date() == local.date() else at  # an earlier day's pull names its day
    if pull["ok"]:
        return Message("Orders from RIS, {when}: {summary}.", when=when, summary=restored(pull["message"]))
    return Message("Orders from RIS, {when}: FAILED — {reason}", when=when, reason=restored(pull["message"]))

