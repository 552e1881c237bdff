"""The booking form's fields (DESIGN.md §3) as field specs (domain/fields.py) in one table,
`booking_fields`: her last period, when the exam is, why, who referred her and what was ordered.

Several fields are judged against another answer on the same form (the last period against
the exam day, the flow end against the last period, the time against the clock when the day
is today), and against facts about her and the clinic (`BookingFacts`): so the table is made
for the form's answers, as registration's is made for the clinic's today.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any
from zoneinfo import ZoneInfo

from .fields import Choice, Field, FieldTable, YesNo
from .indication import Indication
from .message import Message
from .patient import REFERRING_FIELDS, PlainText
from .vocabulary import Language

INDICATION_CHOICES = tuple((indication.value, indication.label) for indication in Indication)


@dataclass(frozen=True)
class BookingFacts:
    """What a booking is judged against besides its own answers."""

    today: date          # the clinic's today
    now: datetime        # aware: a time earlier today has already passed
    zone: str            # the clinic's time zone, in which the exam's day and time are typed
    birth_date: date     # hers: no period or device placement before it
    language: str        # hers: her aftercare sheet prints the antibiotic order in it


@dataclass(frozen=True)
class ExamDay(Field):
    """The exam's day: given, and not past unless the booking is a confirmed late entry."""

    today: date | None = None
    late_entry: bool = False

    def clean(self, value: Any) -> date:
        if value is None:
            self.refuse("Choose the exam date.")
        if value < self.today and not self.late_entry:
            self.refuse("The date is in the past: only a late entry, confirmed as such, may be.")
        return value


@dataclass(frozen=True)
class ExamTime(Field):
    """The exam's time of day on `day`: given, and not already past today unless a late entry."""

    day: date | None = None
    today: date | None = None
    now: datetime | None = None
    zone: str = "UTC"
    late_entry: bool = False

    def clean(self, value: Any) -> time:
        if value is None:
            self.refuse("Give the time, e.g. 9:30 AM.")
        if (not self.late_entry and self.day is not None and self.day >= self.today
                and datetime.combine(self.day, value, tzinfo=ZoneInfo(self.zone)) < self.now):
            self.refuse("This time has already passed: only a late entry, confirmed as such, may be.")
        return value


@dataclass(frozen=True)
class PlacementDay(Field):
    """When the device was placed: asked only when the exam confirms one (`needed`), and then a
    day between her birth and today."""

    needed: bool = False
    today: date | None = None
    birth_date: date | None = None

    def clean(self, value: Any) -> date | None:
        if not self.needed:
            return None  # the field is hidden and nothing of it is kept
        if value is None:
            self.refuse("Give the date the device was placed.")
        if value > self.today or value < self.birth_date:
            self.refuse("The placement date must be a past date.")
        return value


@dataclass(frozen=True)
class LastPeriod(Field):
    """The day her last period began, or None when she does not know it: after her birth and not
    after the exam."""

    birth_date: date | None = None
    exam_day: date | None = None

    def clean(self, value: Any) -> date | None:
        if value is None:
            return None
        if value < self.birth_date:
            self.refuse("The last period is before her birth date.")
        if self.exam_day is not None and value > self.exam_day:
            self.refuse("The last period starts after the exam date.")
        return value


@dataclass(frozen=True)
class FlowEnd(Field):
    """The last day of that period's flow, when she knows it (blank: the cycle window assumes the
    typical-flow setting): it needs the period's first day, and is neither before it nor to come."""

    lmp: date | None = None
    today: date | None = None

    def clean(self, value: Any) -> date | None:
        if value is None:
            return None
        if self.lmp is None:
            self.refuse("Give the day her last period began too.")
        if value < self.lmp:
            self.refuse("The flow cannot end before the period began.")
        if value > self.today:
            self.refuse("This day is still to come: leave it blank until her flow has ended.")
        return value


@dataclass(frozen=True)
class OrderTranslation(PlainText):
    """The antibiotic order in her language, when that is not English and there is an order: her
    aftercare sheet prints it, never English amid Spanish."""

    language: str = "en"
    order: str = ""

    def clean(self, value: Any) -> str:
        text = super().clean(value)
        if self.language != Language.EN and self.order.strip() and not text:
            self.refuse(Message("Enter the order in {language} too: her aftercare sheet prints it.",
                                language=Message.word("domain", Language(self.language).label)))
        return text


def booking_fields(facts: BookingFacts, answers: Mapping[str, Any]) -> FieldTable:
    """The booking form's fields, in the order the dialog shows them, made for `answers` (the
    form's values by field name: the exam day, the last period, the indication, the order and
    whether a past time was confirmed as a late entry are what other fields are judged against)."""
    day, late_entry = answers.get("day"), bool(answers.get("late_entry"))
    return FieldTable(
        "a booking detail",
        LastPeriod("lmp", "Last period began", facts.birth_date, day),
        FlowEnd("flow_ended_on", "Flow ended on", answers.get("lmp"), facts.today),
        ExamDay("day", "Date", facts.today, late_entry),
        ExamTime("clock", "Time", day, facts.today, facts.now, facts.zone, late_entry),
        Choice("indication", "Indication", INDICATION_CHOICES),
        PlainText("indication_note", "Indication note"),
        PlacementDay("device_placed_on", "Device placed on",
                     answers.get("indication") == Indication.DEVICE_CONFIRMATION, facts.today, facts.birth_date),
        *REFERRING_FIELDS,
        YesNo("premedication_ordered", "Premedication ordered", optional=False),
        PlainText("antibiotics", "Antibiotics"),
        OrderTranslation("antibiotics_translation", "Antibiotics, in her language", language=facts.language,
                         order=answers.get("antibiotics") or ""),
    )
