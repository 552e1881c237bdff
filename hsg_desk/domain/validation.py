"""Input errors: answers that cannot be true, refused before screening (DESIGN.md §4.2, §8).

These are not findings: the form shows the message at the field and saves nothing.
Field names are the dotted paths of the screening case file (§4.6).
"""

from __future__ import annotations

from datetime import date, datetime

from .case import ScreeningCase
from .errors import ValidationError
from .fields import control_character
from .message import Message
from .timing import exam_date, wall_clock

TEMPERATURE_RANGE_C = (30.0, 45.0)
TEXT_LIMIT = 200


def validate_case(case: ScreeningCase, birth_date: date | None = None, now: datetime | None = None) -> None:
    """Raise ValidationError for the first impossible answer; `now`, when given, refuses future events."""
    birth_date = birth_date or case.birth_date
    scheduled_at = case.exam.scheduled_at
    _require_offset("exam.scheduled_at", scheduled_at)
    day = exam_date(scheduled_at)
    history = case.history

    if birth_date is not None:
        if birth_date >= day:
            raise ValidationError("birth_date", Message("must be before the exam date {day}", day=day))
        if now is not None and birth_date > now.date():
            raise ValidationError("birth_date", "cannot be in the future")

    if history.lmp is not None:
        if history.lmp > day:
            raise ValidationError("history.lmp", Message("the last period cannot start after the exam date {day}",
                                                         day=day))
        if birth_date is not None and history.lmp < birth_date:
            raise ValidationError("history.lmp", Message("cannot be before her birth date {day}", day=birth_date))
    if history.flow_ended_on is not None and history.lmp is not None and history.flow_ended_on < history.lmp:
        raise ValidationError("history.flow_ended_on",
                              Message("the flow cannot end before the period began ({day})", day=history.lmp))

    low, high = TEMPERATURE_RANGE_C
    if history.temperature_c is not None and not low <= history.temperature_c <= high:
        raise ValidationError("history.temperature_c", Message("must be between {low:g} and {high:g} °C",
                                                               low=low, high=high))

    placed_on = case.exam.device_placed_on
    if placed_on is not None and placed_on > day:
        raise ValidationError("exam.device_placed_on",
                              Message("the device cannot be placed after the exam date {day}", day=day))

    test = case.pregnancy_test
    if test is not None:
        _require_offset("pregnancy_test.collected_at", test.collected_at)
        if test.received_at is not None:
            _require_offset("pregnancy_test.received_at", test.received_at)
            if test.received_at < test.collected_at:
                raise ValidationError("pregnancy_test.received_at",
                                      Message("the result cannot arrive before the test was collected ({when})",
                                              when=wall_clock(test.collected_at, scheduled_at)))
        if now is not None:
            for name, moment in (("collected_at", test.collected_at), ("received_at", test.received_at)):
                if moment is not None and moment > now:
                    raise ValidationError(f"pregnancy_test.{name}", "cannot be in the future")

    for index, name in enumerate(history.medications):
        _check_text(f"history.medications[{index}]", name)
    for index, allergy in enumerate(history.allergies):
        _check_text(f"history.allergies[{index}].substance", allergy.substance)
        _check_text(f"history.allergies[{index}].reaction", allergy.reaction, required=False)
    if case.checkin.driver_name is not None and len(case.checkin.driver_name) > TEXT_LIMIT:
        raise ValidationError("checkin.driver_name", Message("at most {TEXT_LIMIT} characters", TEXT_LIMIT=TEXT_LIMIT))


def _require_offset(field: str, moment: datetime) -> None:
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValidationError(field, "needs a UTC offset (e.g. 2026-11-25T14:30:00-07:00)")


def _check_text(field: str, text: str, *, required: bool = True) -> None:
    if required and not text.strip():
        raise ValidationError(field, "required")
    character = control_character(text)
    if character:  # pasted from another program: it would print as a box on the summary
        raise ValidationError(field, Message("contains {character}, which cannot be printed: remove it",
                                             character=character))
    if len(text) > TEXT_LIMIT:
        raise ValidationError(field, Message("at most {TEXT_LIMIT} characters", TEXT_LIMIT=TEXT_LIMIT))
