"""The screening case file (DESIGN.md §4.6): parsing and its errors."""

import copy

import pytest

from hsg_desk.domain.allergy import Severity
from hsg_desk.domain.case import PregnancyAnswer
from hsg_desk.domain.caseio import case_to_dict, parse_case
from hsg_desk.domain.errors import ValidationError
from screening_builders import CLEAN

EXAMPLE = {
    "exam": {"scheduled_at": "2026-11-25T14:30:00-07:00", "indication": "device_confirmation",
             "device_placed_on": "2026-08-20"},
    "checkin": {"identity_verified": True, "consent_signed": True, "sedative": False, "driver_name": None},
    "pregnancy_test": {"method": "serum", "collected_at": "2026-11-24T15:00:00-07:00", "result": "negative",
                       "received_at": None},
    "pregnancy_test_refused": False,
    "history": {"pregnancy": "no", "lmp": "2026-11-17", "flow_ended_on": "2026-11-22", "still_bleeding": False,
                "no_periods": False, "intercourse_since_lmp": False, "active_infection_or_fever": False,
                "temperature_c": None, "pelvic_infection_or_std": False, "pid_history": False,
                "recent_uterine_surgery": False, "inflammatory_condition": False,
                "bleeding_disorder_or_anticoagulant": False, "diabetes_or_kidney": False, "asthma": False,
                "medications": ["ibuprofen"],
                "allergies": [{"substance": "iohexol", "category": "contrast", "reaction": "hives",
                               "severity": "mild"}]},
}


def test_the_design_example_parses():
    parsed = parse_case(EXAMPLE)
    assert parsed.history.pregnancy is PregnancyAnswer.NO
    assert parsed.history.allergies[0].severity is Severity.MILD
    assert parsed.exam.scheduled_at.utcoffset().total_seconds() == -7 * 3600


def test_minimal_case_has_only_the_exam_time():
    parsed = parse_case({"exam": {"scheduled_at": "2026-11-25T21:30:00Z"}})
    assert parsed.pregnancy_test is None and parsed.history.pregnancy is None


def test_round_trip():
    assert parse_case(case_to_dict(CLEAN)) == CLEAN
    assert parse_case(case_to_dict(parse_case(EXAMPLE))) == parse_case(EXAMPLE)


def changed(path, value):
    data = copy.deepcopy(EXAMPLE)
    *parents, last = path
    target = data
    for key in parents:
        target = target[key]
    if value is DELETE:
        del target[last]
    else:
        target[last] = value
    return data


DELETE = object()


@pytest.mark.parametrize("path, value, message", [
    (("history", "temperature_c"), 46, "history.temperature_c: must be between 30 and 45 °C"),
    (("history", "temperature_c"), "38", "history.temperature_c: must be a number, not text"),
    (("exam", "scheduled_at"), DELETE, "exam.scheduled_at: required"),
    (("exam", "scheduled_at"), "2026-11-25T14:30:00", "exam.scheduled_at: needs a UTC offset"),
    (("exam", "scheduled_at"), "tomorrow", "exam.scheduled_at: not a date and time"),
    (("exam",), DELETE, "exam: required"),
    (("exam", "indication"), "checkup", "exam.indication: unknown value 'checkup'"),
    (("pregnancy_test", "method"), "saliva", "pregnancy_test.method: unknown value 'saliva' (serum, urine)"),
    (("pregnancy_test", "result"), DELETE, "pregnancy_test.result: required"),
    (("pregnancy_test", "collected_at"), "2026-11-24T15:00:00", "pregnancy_test.collected_at: needs a UTC offset"),
    (("history", "asthma"), "yes", "history.asthma: must be true, false or null, not text"),
    (("history", "lmp"), "2026-13-01", "history.lmp: not a date"),
    (("history", "lmp"), "2026-11-26", "history.lmp: the last period cannot start after the exam date"),
    (("history", "medications"), "ibuprofen", "history.medications: must be a list"),
    (("history", "medications"), [3], "history.medications[0]: must be text"),
    (("history", "allergies", 0, "category"), "pollen", "history.allergies[0].category: unknown value 'pollen'"),
    (("history", "allergies", 0, "severity"), DELETE, "history.allergies[0].severity: required"),
    (("history", "allergies", 0, "substance"), "", "history.allergies[0].substance: required"),
    (("history", "asthmaa"), False, "history.asthmaa: unknown field"),
    (("checkin", "consent"), True, "checkin.consent: unknown field"),
    (("surprise",), 1, "surprise: unknown field"),
    (("history",), [], "history: must be an object, not a list"),
    (("pregnancy_test_refused",), "no", "pregnancy_test_refused: must be true, false or null"),
])
def test_malformed_cases_name_the_field(path, value, message):
    with pytest.raises(ValidationError) as error:
        parse_case(changed(path, value))
    assert str(error.value).startswith(message)


def test_not_an_object():
    with pytest.raises(ValidationError, match="case: must be an object, not a list"):
        parse_case([])
