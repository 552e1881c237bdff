"""DESIGN.md §4.3 and §4.4: conditions from the history, medications and allergies."""

import pytest

from hsg_desk.domain.allergy import Allergy, AllergyCategory, Severity
from hsg_desk.domain.case import CONDITION_QUESTIONS
from hsg_desk.domain.findings import Level
from hsg_desk.domain.settings import DEFAULT_SETTINGS
from screening_builders import case, codes, finding

C, S = AllergyCategory, Severity


@pytest.mark.parametrize("question, code, level", [
    ("active_infection_or_fever", "infection.active", Level.STOP),
    ("pelvic_infection_or_std", "infection.pelvic", Level.STOP),
    ("pid_history", "infection.pid_history", Level.CAUTION),
    ("recent_uterine_surgery", "surgery.recent", Level.STOP),
    ("inflammatory_condition", "inflammatory", Level.CAUTION),
    ("bleeding_disorder_or_anticoagulant", "bleeding_risk", Level.CAUTION),
    ("diabetes_or_kidney", "renal_diabetes", Level.CAUTION),
    ("asthma", "asthma", Level.CAUTION),
    ("intercourse_since_lmp", "cycle.intercourse", Level.STOP),
])
def test_a_yes_raises_its_finding_and_a_no_or_no_answer_does_not(question, code, level):
    assert finding(case(history={question: True}), code).level is level
    assert code not in codes(case(history={question: False}))
    assert code not in codes(case(history={question: None}))


def test_every_condition_question_has_a_rule():
    assert all(codes(case(history={question: True})) for question, _ in CONDITION_QUESTIONS)


@pytest.mark.parametrize("temperature, fever", [
    (37.9, False), (38.0, True), (39.5, True), (36.6, False), (None, False),
])
def test_measured_temperature(temperature, fever):
    assert ("infection.active" in codes(case(history={"temperature_c": temperature}))) is fever


def test_fever_message_gives_both_scales():
    message = finding(case(history={"temperature_c": 38.0}), "infection.active").message
    assert "38.0 °C (100.4 °F)" in message


def test_a_higher_fever_threshold_moves_the_boundary():
    settings = DEFAULT_SETTINGS.with_values({"fever_celsius": 38.5})
    assert "infection.active" not in codes(case(history={"temperature_c": 38.4}), settings)
    assert "infection.active" in codes(case(history={"temperature_c": 38.5}), settings)


def test_medications_are_listed():
    found = finding(case(history={"medications": ("ibuprofen", "levothyroxine")}), "medications")
    assert found.level is Level.INFO and found.message == "Medications: ibuprofen, levothyroxine."
    assert "medications" not in codes(case(history={"medications": ()}))


@pytest.mark.parametrize("category, severity, expected", [
    (C.CONTRAST, S.SEVERE, {"allergy.contrast_severe": Level.STOP}),
    (C.CONTRAST, S.MODERATE, {"allergy.contrast": Level.CAUTION}),
    (C.CONTRAST, S.MILD, {"allergy.contrast": Level.CAUTION}),
    (C.LATEX, S.MILD, {"allergy.latex": Level.CAUTION}),
    (C.IODINE, S.SEVERE, {"allergy.iodine_shellfish": Level.INFO}),
    (C.SHELLFISH, S.MODERATE, {"allergy.iodine_shellfish": Level.INFO}),
    (C.BARIUM, S.MILD, {"allergy.barium": Level.INFO}),
    (C.DRUG, S.SEVERE, {"allergy.other": Level.INFO}),
    (C.FOOD, S.MILD, {"allergy.other": Level.INFO}),
    (C.OTHER, S.MILD, {"allergy.other": Level.INFO}),
])
def test_allergies(category, severity, expected):
    from hsg_desk.domain.screening import screen
    screened = case(history={"allergies": (Allergy("agent", category, "hives", severity),)})
    assert {f.code: f.level for f in screen(screened)} == expected


def test_allergy_message_names_the_agents():
    allergies = (Allergy("iohexol", C.CONTRAST, "hives", S.MILD), Allergy("iopamidol", C.CONTRAST, "", S.MODERATE))
    message = finding(case(history={"allergies": allergies}), "allergy.contrast").message
    assert "iohexol (mild, hives); iopamidol (moderate)" in message
