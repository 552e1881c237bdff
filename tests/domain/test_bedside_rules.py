"""Issue #13 §2–§4: bleeding asked of everyone, the contrast agent against her allergies,
and a premedication that sedates needs a driver."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from hsg_desk.domain.allergy import Allergy, AllergyCategory, Severity
from hsg_desk.domain.case import Premedication
from hsg_desk.domain.caseio import case_to_dict, parse_case
from hsg_desk.domain.contrast import CONTRAST_AGENTS, agent_named, allergens_matching
from hsg_desk.domain.errors import ValidationError
from hsg_desk.domain.settings import DEFAULT_SETTINGS
from hsg_desk.domain.screening import RULES_BY_CODE

from screening_builders import case, codes


def level_of(screened, code):
    from hsg_desk.domain.screening import screen
    return {f.code: f.level.value for f in screen(screened)}.get(code)


# -- §2 bleeding today, whatever her cycle ------------------------------------------
def test_no_periods_never_hides_current_bleeding():
    screened = case(history={"no_periods": True, "lmp": None, "still_bleeding": True})
    assert level_of(screened, "cycle.bleeding") == "stop"
    assert "cycle.amenorrhea" in codes(screened)


def test_the_issue_case_file_gives_the_bleeding_stop():
    parsed = parse_case({"exam": {"scheduled_at": "2026-11-25T14:30:00-07:00"},
                         "history": {"no_periods": True, "still_bleeding": True}})
    assert level_of(parsed, "cycle.bleeding") == "stop"


def test_no_periods_and_not_bleeding_is_only_amenorrhea():
    assert "cycle.bleeding" not in codes(case(history={"no_periods": True, "lmp": None, "still_bleeding": False}))


# -- §3 one list of contrast agents ------------------------------------------------
def test_the_list_names_each_agent_by_generic_and_brand():
    pairs = {(agent.generic, agent.brand) for agent in CONTRAST_AGENTS}
    assert pairs == {("iohexol", "Omnipaque"), ("iopamidol", "Isovue"), ("iodixanol", "Visipaque"),
                     ("ioversol", "Optiray"), ("iopromide", "Ultravist"), ("ethiodized oil", "Lipiodol")}


@pytest.mark.parametrize("text, code", [
    ("iohexol (Omnipaque)", "iohexol"), ("OMNIPAQUE 300", "iohexol"), ("Isovue-300", "iopamidol"),
    ("Lipiodol", "ethiodized_oil"), ("ethiodized oil", "ethiodized_oil"), ("iohexolate", None), ("", None),
    ("gadobutrol", None)])
def test_an_agent_is_recognised_by_either_name(text, code):
    agent = agent_named(text)
    assert (agent.code if agent else None) == code


def allergy(substance, category="contrast", severity="mild"):
    return Allergy(substance, AllergyCategory(category), "hives", Severity(severity))


@pytest.mark.parametrize("agent, allergen, category, matches", [
    ("iohexol (Omnipaque)", "iohexol", "contrast", True),          # the issue's case, by generic name
    ("iohexol (Omnipaque)", "Omnipaque", "drug", True),            # by brand, whatever the category
    ("Omnipaque 300", "iohexol", "contrast", True),
    ("iopamidol (Isovue)", "iohexol", "contrast", False),          # another named agent
    ("iopamidol (Isovue)", "iodinated contrast", "contrast", True),  # only the class is known
    ("iopamidol (Isovue)", "IV dye", "contrast", True),
    ("iopamidol (Isovue)", "iodine", "iodine", False),             # "iodine" is not contrast (ACR)
    ("iopamidol (Isovue)", "shellfish", "shellfish", False),
    ("iodinated contrast", "iohexol", "contrast", True),           # the agent known only by its class
    ("ioxaglate (Hexabrix)", "Hexabrix", "drug", True),            # an agent off the list, by its words
])
def test_the_agent_is_matched_against_her_allergies(agent, allergen, category, matches):
    assert bool(allergens_matching(agent, [allergy(allergen, category)])) is matches


def test_same_agent_is_a_stop_whatever_the_severity():
    screened = case(exam={"contrast_agent": "iohexol (Omnipaque)"},
                    history={"allergies": (allergy("iohexol", severity="severe"),)})
    assert level_of(screened, "allergy.contrast_same_agent") == "stop"
    assert level_of(screened, "allergy.contrast_severe") == "stop"
    mild = case(exam={"contrast_agent": "Omnipaque"}, history={"allergies": (allergy("iohexol"),)})
    assert level_of(mild, "allergy.contrast_same_agent") == "stop"


def test_no_agent_recorded_raises_nothing():
    assert "allergy.contrast_same_agent" not in codes(case(history={"allergies": (allergy("iohexol"),)}))


def test_the_room_agent_setting_raises_the_stop_before_the_exam():
    settings = DEFAULT_SETTINGS.with_values({"room_contrast_agent": "iohexol"})
    screened = case(history={"allergies": (allergy("Omnipaque"),)})
    from hsg_desk.domain.screening import screen
    found = {f.code: f for f in screen(screened, settings)}
    assert found["allergy.contrast_same_agent"].level.value == "stop"
    assert "iohexol (Omnipaque)" in found["allergy.contrast_same_agent"].message
    with pytest.raises(ValidationError):
        DEFAULT_SETTINGS.with_values({"room_contrast_agent": "water"})


def test_the_case_file_reads_and_writes_the_agent():
    data = {"exam": {"scheduled_at": "2026-11-25T14:30:00-07:00", "contrast_agent": "iohexol (Omnipaque)"},
            "history": {"allergies": [{"substance": "iohexol", "category": "contrast", "severity": "severe"}]}}
    parsed = parse_case(data)
    assert parsed.exam.contrast_agent == "iohexol (Omnipaque)"
    assert case_to_dict(parsed)["exam"]["contrast_agent"] == "iohexol (Omnipaque)"
    with pytest.raises(ValidationError) as error:
        parse_case({"exam": {"scheduled_at": "2026-11-25T14:30:00-07:00", "contrast_agent": 5}})
    assert error.value.field == "exam.contrast_agent"


# -- §4 a premedication that sedates needs a driver --------------------------------------
@pytest.mark.parametrize("premedication, driver, stops", [
    (Premedication.STEROID_AND_ANTIHISTAMINE, None, True),
    (Premedication.STEROID_AND_ANTIHISTAMINE, "Luis (555-0100)", False),
    (Premedication.STEROID_ONLY, None, False),
    (Premedication.NONE, None, False),
    (None, None, False),
])
def test_an_antihistamine_premedication_needs_a_driver(premedication, driver, stops):
    screened = case(checkin={"driver_name": driver}, premedication=premedication)
    assert (level_of(screened, "sedation.no_driver") == "stop") is stops


def test_the_case_file_reads_the_premedication():
    data = {"exam": {"scheduled_at": "2026-11-25T14:30:00-07:00"}, "premedication": "steroid_and_antihistamine",
            "checkin": {"identity_verified": True, "consent_signed": True}}
    assert level_of(parse_case(data), "sedation.no_driver") == "stop"
    assert case_to_dict(parse_case(data))["premedication"] == "steroid_and_antihistamine"
    with pytest.raises(ValidationError) as error:
        parse_case(data | {"premedication": "valium"})
    assert error.value.field == "premedication"


def test_hsg_desk_screen_gives_the_new_findings(tmp_path):
    path = tmp_path / "case.json"
    path.write_text(json.dumps({
        "exam": {"scheduled_at": "2026-11-25T14:30:00-07:00", "contrast_agent": "iohexol (Omnipaque)"},
        "premedication": "steroid_and_antihistamine",
        "history": {"no_periods": True, "still_bleeding": True,
                    "allergies": [{"substance": "iohexol", "category": "contrast", "severity": "severe"}]}}))
    result = subprocess.run([sys.executable, "-m", "hsg_desk", "screen", str(path)], capture_output=True,
                            text=True, check=True)
    found = {f["code"]: f["level"] for f in json.loads(result.stdout)}
    assert found["cycle.bleeding"] == found["allergy.contrast_same_agent"] == found["sedation.no_driver"] == "stop"


def test_the_rules_table_lists_the_new_code():
    assert RULES_BY_CODE["allergy.contrast_same_agent"].level.value == "stop"


def test_the_readme_rules_table_lists_every_code():
    from pathlib import Path

    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    table = readme.split("## Screening rules", 1)[1].split("\n## ", 1)[0]
    assert all(f"| `{code}` |" in table for code in RULES_BY_CODE)
