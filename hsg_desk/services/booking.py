"""Booking an exam (DESIGN.md §3): when, why, who referred her, and the cycle window helper.

Times are entered in the facility's time zone (settings.time_zone) and stored aware.
Booking outside the cycle window is allowed — the clerk may book before her period
starts — but `window_advice` says why the chosen day does not fit.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from hsg_desk.domain.booking import BookingFacts, booking_fields
from hsg_desk.domain.case import Indication
from hsg_desk.domain.dates import parse_date
from hsg_desk.domain.errors import DomainError, ValidationError
from hsg_desk.domain.exam import Exam
from hsg_desk.domain.lifecycle import ExamStatus
from hsg_desk.domain.message import Message, ShortDay
from hsg_desk.domain.fields import FieldTable
from hsg_desk.domain.referring import ReferringPhysician
from hsg_desk.domain.permissions import Action
from hsg_desk.domain.timing import booking_window, earliest_test_collection, wall_clock, window_counts_from_flow_end
from hsg_desk.storage import checkins as checkin_store
from hsg_desk.storage import exams as exam_store
from hsg_desk.storage import patients as patient_store

from .authorization import require
from .context import ServiceContext
from .exam_status import change_status

CLOCK = re.compile(r"^\s*(\d{1,2})(?::(\d{2}))?\s*([AaPp])\.?[Mm]?\.?\s*$|^\s*(\d{1,2}):(\d{2})\s*$")


def parse_clock(text: str) -> time:
    """'2:30 PM', '2pm' or '14:30' → a time of day; anything else → ValueError."""
    match = CLOCK.match(text)
    if not match:
        raise ValueError("use a time such as 2:30 PM or 14:30")
    if match.group(4) is not None:
        hour, minute = int(match.group(4)), int(match.group(5))
    else:
        hour, minute = int(match.group(1)), int(match.group(2) or 0)
        if not 1 <= hour <= 12:
            raise ValueError("the hour must be 1–12 with AM/PM")
        hour = hour % 12 + (12 if match.group(3).lower() == "p" else 0)
    return time(hour, minute)  # ValueError for 25:00


def parse_moment(text: str, zone: str) -> datetime | None:
    """'11/24/2026 2:30 PM' in the facility's zone → an aware datetime; blank → None."""
    text = text.strip()
    if not text:
        return None
    day_text, _, clock_text = text.partition(" ")
    if not clock_text.strip():
        raise ValueError("give the date and the time, e.g. 11/24/2026 2:30 PM")
    return local_moment(parse_date(day_text), parse_clock(clock_text), zone)


def local_moment(day: date, clock: time, zone: str) -> datetime:
    return datetime.combine(day, clock, tzinfo=ZoneInfo(zone))


def moment_text(moment: datetime | None, zone: str) -> str:
    """The inverse of `parse_moment`: '11/24/2026 2:30 PM' in the facility's zone."""
    if moment is None:
        return ""
    local = moment.astimezone(ZoneInfo(zone))
    return f"{local:%m/%d/%Y} {local.hour % 12 or 12}:{local.minute:02d} {'AM' if local.hour < 12 else 'PM'}"


@dataclass(frozen=True)
class WindowAdvice:
    """What the booking dialog shows live: the days that fit and the blood-test deadline."""

    first_day: date | None
    last_day: date | None
    earliest_test: datetime | None
    fits: bool | None  # None: no LMP, nothing to judge
    text: str
    warning: str = ""


def window_basis(lmp: date, flow_ended_on: date | None, settings) -> str:
    """Where the window's first day comes from: her recorded flow end, or the typical-flow setting."""
    if window_counts_from_flow_end(lmp, flow_ended_on):
        return Message("from the day after her flow ended on {day}", day=ShortDay.of(flow_ended_on))
    return Message("assuming {days} days of flow (setting: Typical days of flow)", days=settings.typical_flow_days)


def window_advice(lmp: date | None, scheduled_at: datetime | None, settings,
                  flow_ended_on: date | None = None) -> WindowAdvice:
    test = earliest_test_collection(scheduled_at, settings) if scheduled_at else None
    test_at = wall_clock(test, settings.time_zone) if test else None
    if lmp is None:
        text = Message("Last period unknown: ask her to call on day 1 of her next period. The blood test at or after "
                       "{test}.", test=test_at) if test else \
            Message("Last period unknown: ask her to call on day 1 of her next period.")
        return WindowAdvice(None, None, test, None, text)
    first, last = booking_window(lmp, settings, flow_ended_on)
    days = {"first": ShortDay.of(first), "last": ShortDay.of(last), "basis": window_basis(lmp, flow_ended_on, settings)}
    text = Message("Days that fit: {first} – {last}, {basis}; blood test at or after {test}", test=test_at, **days) \
        if test else Message("Days that fit: {first} – {last}, {basis}", **days)
    if scheduled_at is None:
        return WindowAdvice(first, last, test, None, text)
    day = scheduled_at.date()
    cycle = (day - lmp).days + 1
    warning = ""
    if day < first:
        warning = Message("{day} is cycle day {cycle}: she may still be bleeding. The first day that fits is "
                          "{first}.", day=day, cycle=cycle, first=first)
    elif day > last:
        warning = Message("{day} is cycle day {cycle}, after day {last_cycle_day}: she may have ovulated. Book in "
                          "her next cycle, or now if her period has not started yet and she will call to move it.",
                          day=day, cycle=cycle, last_cycle_day=settings.last_cycle_day)
    if lmp > day:
        warning = Message("The last period starts after the exam date: check the dates.")
    return WindowAdvice(first, last, test, not warning, text, warning)


@dataclass(frozen=True)
class BookingForm:
    patient_id: int
    day: date | None
    clock: time | None
    indication: Indication
    indication_note: str = ""
    referring_name: str = ""
    referring_phone: str = ""
    referring_fax: str = ""
    referring_title: str = ""  # "Dr.", "Dra." or blank (domain.vocabulary.PhysicianTitle)
    device_placed_on: date | None = None
    premedication_ordered: bool = False
    antibiotics: str = ""
    lmp: date | None = None
    flow_ended_on: date | None = None  # the last day of that period's flow, when she knows it
    late_entry: bool = False  # the user confirmed a time already past: the exam is recorded after the fact
    antibiotics_translation: str = ""  # the order in her language, when that is not English


def _translations(language: str, kept: dict) -> dict[str, str]:
    """The antibiotic order in her language, kept beside the English when she reads another."""
    text = kept["antibiotics_translation"]
    return {language: text} if language != "en" and text and kept["antibiotics"] else {}


class InvalidBooking(DomainError):
    def __init__(self, errors: dict[str, str]):
        super().__init__("Some fields need attention: " + ", ".join(errors))
        self.errors = errors


class BookingService:
    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    @property
    def zone(self) -> str:
        return self.ctx.settings.time_zone

    def today(self) -> date:
        return self.ctx.today()

    def referring_default(self, patient_id: int) -> ReferringPhysician:
        return patient_store.get_patient(self.ctx.db, patient_id).referring

    def scheduled_at(self, form: BookingForm) -> datetime | None:
        if form.day is None or form.clock is None:
            return None
        return local_moment(form.day, form.clock, self.zone)

    def in_past(self, form: BookingForm) -> bool:
        """The booking's time has already passed (a late entry, if the user confirms it is one)."""
        scheduled_at = self.scheduled_at(form)
        return scheduled_at is not None and scheduled_at < self.ctx.now()

    def facts(self, patient_id: int) -> BookingFacts:
        patient = patient_store.get_patient(self.ctx.db, patient_id)
        return BookingFacts(self.today(), self.ctx.now(), self.zone, patient.birth_date, patient.language)

    def fields(self, form: BookingForm) -> FieldTable:
        """The booking form's fields (domain.booking), made for this form's answers."""
        return booking_fields(self.facts(form.patient_id), asdict(form))

    def advice(self, form: BookingForm) -> WindowAdvice:
        try:
            flow_ended_on = self.fields(form).clean("flow_ended_on", form.flow_ended_on)
        except ValidationError:
            flow_ended_on = None  # refused at its field, and not counted from
        return window_advice(form.lmp, self.scheduled_at(form), self.ctx.settings, flow_ended_on)

    def errors(self, form: BookingForm) -> dict[str, str]:
        """{field: message} for every field the booking refuses, in the form's order (the domain's
        booking fields); empty when it can be booked. The messages are the fields' own (a
        Message the window says in its language), for the dialog to show beside each field."""
        return self.fields(form).refusals(asdict(form))

    def book(self, form: BookingForm) -> Exam:
        """Save the exam as scheduled (and the LMP and flow end she told, for the window and the prep sheet)."""
        require(self.ctx, Action.BOOK_EXAM, patient_id=form.patient_id)
        facts, answers = self.facts(form.patient_id), asdict(form)
        fields = booking_fields(facts, answers)
        errors = fields.refusals(answers)
        if errors:
            raise InvalidBooking(errors)  # nothing is saved while any field is refused
        kept = {field.name: field.clean(answers[field.name]) for field in fields}
        exam = Exam(
            id=None, patient_id=form.patient_id, scheduled_at=self.scheduled_at(form),
            indication=form.indication, indication_note=kept["indication_note"],
            device_placed_on=kept["device_placed_on"],
            referring=ReferringPhysician(kept["referring_name"], kept["referring_phone"], kept["referring_fax"],
                                         kept["referring_title"]),
            premedication_ordered=kept["premedication_ordered"],
            antibiotics=kept["antibiotics"],
            antibiotics_translations=_translations(facts.language, kept),
        )
        db, at, user = self.ctx.db, self.ctx.now(), self.ctx.session.user_id
        with db.atomic():
            exam_id = exam_store.insert_exam(db, exam, at, user)
            if form.lmp is not None:
                checkin_store.record_booking_lmp(db, exam_id, form.lmp, at, user, form.flow_ended_on)
            columns = exam_store.booking_columns(exam) | ({"lmp": form.lmp.isoformat()} if form.lmp else {}) | (
                {"flow_ended_on": form.flow_ended_on.isoformat()} if form.flow_ended_on else {})
            if form.late_entry and self.in_past(form):
                columns["late_entry"] = f"confirmed at {at.isoformat()}: the time was already past"
            self.ctx.audit("create", patient_id=form.patient_id, record_type="exam", record_id=exam_id,
                           changes={name: [None, value] for name, value in columns.items()})
        return exam_store.get_exam(db, exam_id)

    def reschedule(self, exam_id: int, day: date | None, clock: time | None, reason: str = "") -> Exam:
        """A deferred exam gets a new date and time and is scheduled again."""
        exam = exam_store.get_exam(self.ctx.db, exam_id)
        errors = {}
        if day is None:
            errors["day"] = "Choose the new date."
        elif day < self.today():
            errors["day"] = "The date is in the past."
        if clock is None:
            errors["clock"] = "Give the time, e.g. 9:30 AM."
        if errors:
            raise InvalidBooking(errors)
        if exam.status != ExamStatus.DEFERRED:
            raise DomainError(Message("Only a deferred exam can be rescheduled; this one {state}.",
                                      state=Message.word("domain", exam.status.state)))
        moment = local_moment(day, clock, self.zone)
        return change_status(self.ctx, exam_id, ExamStatus.SCHEDULED, reason or "Rescheduled",
                             extra={"scheduled_at": moment.isoformat(), "scheduled_date": day.isoformat()})
