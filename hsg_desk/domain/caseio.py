"""The screening case file (DESIGN.md §4.6): JSON-ready dicts in, `ScreeningCase` out, and back.

Every error names the offending field by its dotted path (`history.temperature_c`,
`history.allergies[0].category`). Unknown keys are refused: a typo must not silently
turn an answer into "not answered".
"""

from __future__ import annotations

from datetime import date, datetime, timezone
from enum import Enum
from typing import Any

from .allergy import Allergy, AllergyCategory, Severity
from .case import (CaseExam, CheckinFacts, History, Indication, PregnancyAnswer, Premedication, PregnancyTest,
                   ScreeningCase, TestMethod, TestResult)
from .errors import ValidationError
from .message import Message
from .screening import plain
from .validation import validate_case

_TOP = ("exam", "checkin", "pregnancy_test", "pregnancy_test_refused", "history", "birth_date",
        "premedication")
_EXAM = ("scheduled_at", "indication", "device_placed_on", "contrast_agent", "contrast_expiry", "catheter_expiry")
_CHECKIN = ("identity_verified", "consent_signed", "sedative", "driver_name")
_TEST = ("method", "collected_at", "result", "received_at")
_ALLERGY = ("substance", "category", "reaction", "severity")
_HISTORY_BOOLS = ("still_bleeding", "no_periods", "intercourse_since_lmp", "active_infection_or_fever",
                  "pelvic_infection_or_std", "pid_history", "recent_uterine_surgery", "inflammatory_condition",
                  "bleeding_disorder_or_anticoagulant", "diabetes_or_kidney", "asthma")
_HISTORY = ("pregnancy", "lmp", "flow_ended_on", "temperature_c", "medications", "allergies") + _HISTORY_BOOLS


def parse_case(data: Any, now: datetime | None = None) -> ScreeningCase:
    """A `ScreeningCase` from the decoded case file, validated; ValidationError names the field."""
    top = _object(data, "case", _TOP)
    if top.get("exam") is None:
        raise ValidationError("exam", "required")
    exam = _object(top["exam"], "exam", _EXAM)
    scheduled_at = _moment(exam.get("scheduled_at"), "exam.scheduled_at", required=True)
    case = ScreeningCase(
        exam=CaseExam(scheduled_at, _choice(exam.get("indication"), "exam.indication", Indication),
                       _day(exam.get("device_placed_on"), "exam.device_placed_on"),
                       _agent(exam.get("contrast_agent")), _day(exam.get("contrast_expiry"), "exam.contrast_expiry"),
                       _day(exam.get("catheter_expiry"), "exam.catheter_expiry")),
        checkin=_checkin(top.get("checkin")),
        pregnancy_test=_pregnancy_test(top.get("pregnancy_test")),
        pregnancy_test_refused=bool(_flag(top.get("pregnancy_test_refused"), "pregnancy_test_refused")),
        history=_history(top.get("history")),
        birth_date=_day(top.get("birth_date"), "birth_date"),
        premedication=_choice(top.get("premedication"), "premedication", Premedication),
    )
    validate_case(case, now=now)
    return case


def case_to_dict(case: ScreeningCase) -> dict[str, Any]:
    """The case as a case-file dict (the inverse of `parse_case`)."""
    data = plain(case)
    for optional in ("birth_date", "premedication"):
        if data.get(optional) is None:
            data.pop(optional, None)
    for optional in ("contrast_agent", "contrast_expiry", "catheter_expiry"):
        if data["exam"].get(optional) is None:
            data["exam"].pop(optional, None)
    return data


def _object(value: Any, path: str, keys: tuple[str, ...]) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise ValidationError(path, Message("must be an object, not {value}", value=_kind(value)))
    for key in value:
        if key not in keys:
            where = f"{path}.{key}" if path != "case" else str(key)
            raise ValidationError(where, "unknown field")
    return value


def _kind(value: Any) -> str:
    return {type(None): "null", bool: "true/false", int: "a number", float: "a number", str: "text",
            list: "a list", dict: "an object"}.get(type(value), type(value).__name__)


def _flag(value: Any, path: str) -> bool | None:
    if value is None or isinstance(value, bool):
        return value
    raise ValidationError(path, Message("must be true, false or null, not {value}", value=_kind(value)))


def _text(value: Any, path: str) -> str | None:
    if value is None or isinstance(value, str):
        return value
    raise ValidationError(path, Message("must be text, not {value}", value=_kind(value)))


def _choice(value: Any, path: str, enum: type[Enum], required: bool = False):
    if value is None:
        if required:
            raise ValidationError(path, "required")
        return None
    allowed = ", ".join(member.value for member in enum)
    if not isinstance(value, str):
        raise ValidationError(path, Message("must be one of {allowed}, not {value}",
                                            allowed=allowed, value=_kind(value)))
    try:
        return enum(value)
    except ValueError:
        raise ValidationError(path, Message("unknown value {value!r} ({allowed})",
                                            value=value, allowed=allowed)) from None


def _day(value: Any, path: str) -> date | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise ValidationError(path, Message("must be a date like 2026-11-17, not {value}", value=_kind(value)))
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ValidationError(path, Message("not a date: {value!r} (use 2026-11-17)", value=value)) from None


def _moment(value: Any, path: str, required: bool = False) -> datetime | None:
    if value is None:
        if required:
            raise ValidationError(path, "required")
        return None
    if not isinstance(value, str):
        raise ValidationError(path, Message("must be a date and time like 2026-11-25T14:30:00-07:00, not {value}",
                                            value=_kind(value)))
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise ValidationError(path, Message("not a date and time: {value!r} (use 2026-11-25T14:30:00-07:00)",
                                            value=value)) from None
    if moment.tzinfo is None:
        raise ValidationError(path, Message("needs a UTC offset: {value!r} (e.g. 2026-11-25T14:30:00-07:00)",
                                            value=value))
    try:  # year 9999 with a negative offset is past the end of time in UTC
        moment.astimezone(timezone.utc)
    except OverflowError:
        raise ValidationError(path, Message("out of range: {value!r}", value=value)) from None
    return moment


def _agent(value: Any) -> str | None:
    text = _text(value, "exam.contrast_agent")
    if text is not None and len(text) > 100:
        raise ValidationError("exam.contrast_agent", "at most 100 characters")
    return text.strip() or None if text is not None else None


def _checkin(value: Any) -> CheckinFacts:
    if value is None:
        return CheckinFacts()
    checkin = _object(value, "checkin", _CHECKIN)
    return CheckinFacts(
        identity_verified=_flag(checkin.get("identity_verified"), "checkin.identity_verified"),
        consent_signed=_flag(checkin.get("consent_signed"), "checkin.consent_signed"),
        sedative=_flag(checkin.get("sedative"), "checkin.sedative"),
        driver_name=_text(checkin.get("driver_name"), "checkin.driver_name"),
    )


def _pregnancy_test(value: Any) -> PregnancyTest | None:
    if value is None:
        return None
    test = _object(value, "pregnancy_test", _TEST)
    return PregnancyTest(
        method=_choice(test.get("method"), "pregnancy_test.method", TestMethod, required=True),
        collected_at=_moment(test.get("collected_at"), "pregnancy_test.collected_at", required=True),
        result=_choice(test.get("result"), "pregnancy_test.result", TestResult, required=True),
        received_at=_moment(test.get("received_at"), "pregnancy_test.received_at"),
    )


def _history(value: Any) -> History:
    if value is None:
        return History()
    history = _object(value, "history", _HISTORY)
    temperature = history.get("temperature_c")
    if temperature is not None and (isinstance(temperature, bool) or not isinstance(temperature, (int, float))):
        raise ValidationError("history.temperature_c", Message("must be a number, not {value}",
                                                               value=_kind(temperature)))
    try:
        temperature = None if temperature is None else float(temperature)
    except OverflowError:  # a 400-digit number
        raise ValidationError("history.temperature_c", "must be between 30 and 45 °C") from None
    return History(
        pregnancy=_choice(history.get("pregnancy"), "history.pregnancy", PregnancyAnswer),
        lmp=_day(history.get("lmp"), "history.lmp"),
        flow_ended_on=_day(history.get("flow_ended_on"), "history.flow_ended_on"),
        temperature_c=temperature,
        medications=_medications(history.get("medications")),
        allergies=_allergies(history.get("allergies")),
        **{name: _flag(history.get(name), f"history.{name}") for name in _HISTORY_BOOLS},
    )


def _medications(value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list):
        raise ValidationError("history.medications", Message("must be a list of names, not {value}",
                                                             value=_kind(value)))
    return tuple(_text(item, f"history.medications[{index}]") or "" for index, item in enumerate(value))


def _allergies(value: Any) -> tuple[Allergy, ...]:
    if value is None:
        return ()
    if not isinstance(value, list):
        raise ValidationError("history.allergies", Message("must be a list, not {value}", value=_kind(value)))
    allergies = []
    for index, item in enumerate(value):
        path = f"history.allergies[{index}]"
        entry = _object(item, path, _ALLERGY)
        substance = _text(entry.get("substance"), f"{path}.substance")
        if not substance:
            raise ValidationError(f"{path}.substance", "required")
        category = _choice(entry.get("category"), f"{path}.category", AllergyCategory, required=True)
        # An unknown severity of a contrast reaction must not pass as mild.
        severity = _choice(entry.get("severity"), f"{path}.severity", Severity,
                           required=category is AllergyCategory.CONTRAST)
        allergies.append(Allergy(substance, category, _text(entry.get("reaction"), f"{path}.reaction") or "",
                                 severity or Severity.MILD))
    return tuple(allergies)
