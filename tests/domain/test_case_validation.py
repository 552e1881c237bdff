"""Input errors (DESIGN.md §4.2, §8): impossible answers are refused, not screened."""

from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest

from hsg_desk.domain.allergy import Allergy, AllergyCategory
from hsg_desk.domain.errors import ValidationError
from hsg_desk.domain.validation import validate_case
from screening_builders import CLEAN, EXAM_AT, case


@pytest.mark.parametrize("changed, field", [
    (case(history={"lmp": date(2026, 11, 26)}), "history.lmp"),
    (case(history={"lmp": date(1990, 1, 1)}, birth_date=date(1995, 5, 5)), "history.lmp"),
    (case(history={"temperature_c": 29.9}), "history.temperature_c"),
    (case(history={"temperature_c": 45.1}), "history.temperature_c"),
    (case(history={"flow_ended_on": date(2026, 11, 16)}), "history.flow_ended_on"),
    (case(exam={"device_placed_on": date(2026, 11, 26)}), "exam.device_placed_on"),
    (case(exam={"scheduled_at": EXAM_AT.replace(tzinfo=None)}), "exam.scheduled_at"),
    (case(test={"received_at": CLEAN.pregnancy_test.collected_at - timedelta(minutes=1)}),
     "pregnancy_test.received_at"),
    (case(birth_date=date(2026, 12, 1)), "birth_date"),
    (case(history={"allergies": (Allergy(" ", AllergyCategory.DRUG),)}), "history.allergies[0].substance"),
    (case(history={"medications": ("x" * 201,)}), "history.medications[0]"),
    # A control character pasted into the history would print as a box on the summary (issue 14 §4).
    (case(history={"medications": ("ibuprofen\x07",)}), "history.medications[0]"),
    (case(history={"allergies": (Allergy("iohexol\x1b[0m", AllergyCategory.CONTRAST),)}),
     "history.allergies[0].substance"),
    (case(history={"allergies": (Allergy("latex", AllergyCategory.LATEX, "hives\u202e"),)}),
     "history.allergies[0].reaction"),
])
def test_impossible_answers_name_their_field(changed, field):
    with pytest.raises(ValidationError) as error:
        validate_case(changed)
    assert error.value.field == field


@pytest.mark.parametrize("changed", [
    CLEAN,
    case(history={"lmp": date(2026, 11, 25), "flow_ended_on": None}),     # LMP on the exam date
    case(history={"temperature_c": 30.0}), case(history={"temperature_c": 45.0}),
    case(exam={"device_placed_on": date(2026, 11, 25)}),
    case(history={"allergies": (Allergy("latex", AllergyCategory.LATEX, ""),)}),       # no reaction given
])
def test_possible_answers_pass(changed):
    validate_case(changed)


def test_birth_date_given_separately():
    with pytest.raises(ValidationError, match="history.lmp: cannot be before her birth date"):
        validate_case(case(history={"lmp": date(1990, 1, 1)}), birth_date=date(1995, 5, 5))


def test_now_refuses_future_test_times():
    now = datetime(2026, 11, 24, 16, 0, tzinfo=EXAM_AT.tzinfo)
    with pytest.raises(ValidationError) as error:
        validate_case(CLEAN, now=now)
    assert error.value.field == "pregnancy_test.received_at"
    validate_case(replace(CLEAN), now=EXAM_AT)
