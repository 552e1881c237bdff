"""Rules from the medical history: conditions, medications and allergies (DESIGN.md §4.3, §4.4).

A yes/no question left unanswered counts as "no" here (§4.6); the app itself does not
let step 1 be completed while a history question is unanswered.
"""

from __future__ import annotations

from .allergy import Allergy, AllergyCategory, Severity
from .case import ScreeningCase
from .contrast import agent_label, allergens_matching
from .findings import Level
from .rule import Rule, answered_yes
from .settings import ClinicSettings


def active_infection(case: ScreeningCase, settings: ClinicSettings) -> str | None:
    """Active infection or fever, or a measured temperature at or above the fever threshold."""
    history = case.history
    temperature = history.temperature_c
    fever = temperature is not None and temperature >= settings.fever_celsius
    if fever:
        fahrenheit = temperature * 9 / 5 + 32
        return (f"Temperature {temperature:.1f} °C ({fahrenheit:.1f} °F), at or above the fever threshold "
                f"{settings.fever_celsius:.1f} °C: an active infection must be ruled out by a radiologist.")
    if answered_yes(history.active_infection_or_fever):
        return "She reports an active infection or fever. A radiologist must decide before the exam."
    return None


def _yes(question: str, message: str):
    def rule(case: ScreeningCase, settings: ClinicSettings) -> str | None:
        return message if answered_yes(getattr(case.history, question)) else None

    rule.__name__ = question
    rule.__doc__ = f"Fires when the history answer `{question}` is yes."
    return rule


def medications(case: ScreeningCase, settings: ClinicSettings) -> str | None:
    listed = [name.strip() for name in case.history.medications if name.strip()]
    return f"Medications: {', '.join(listed)}." if listed else None


def _describe(allergy: Allergy) -> str:
    details = [allergy.reaction] if allergy.reaction else []
    if allergy.category == AllergyCategory.CONTRAST or allergy.severity != Severity.MILD:
        details.insert(0, str(allergy.severity))
    return f"{allergy.substance} ({', '.join(details)})" if details else allergy.substance


def _allergy_rule(categories: set[AllergyCategory], severities: set[Severity], template: str):
    def rule(case: ScreeningCase, settings: ClinicSettings) -> str | None:
        matching = [a for a in case.history.allergies if a.category in categories and a.severity in severities]
        if not matching:
            return None
        return template.format(allergies="; ".join(_describe(a) for a in matching))

    return rule


_ALL = set(Severity)

contrast_severe = _allergy_rule(
    {AllergyCategory.CONTRAST}, {Severity.SEVERE},
    "Severe reaction to contrast: {allergies}. A radiologist must decide before any contrast is given.")
contrast = _allergy_rule(
    {AllergyCategory.CONTRAST}, {Severity.MILD, Severity.MODERATE},
    "Prior reaction to contrast: {allergies}. Tell the radiologist, who decides on premedication "
    "(prednisone 50 mg 13, 7 and 1 h before; diphenhydramine 50 mg 1 h before).")
latex = _allergy_rule(
    {AllergyCategory.LATEX}, _ALL,
    "Latex allergy: {allergies}. Use latex-free gloves and catheter.")
iodine_shellfish = _allergy_rule(
    {AllergyCategory.IODINE, AllergyCategory.SHELLFISH}, _ALL,
    "Iodine or shellfish allergy: {allergies}. Not a contraindication to contrast (ACR); "
    "if she reacted to contrast before, record the agent as a contrast allergy.")
barium = _allergy_rule({AllergyCategory.BARIUM}, _ALL, "Barium allergy: {allergies}.")
other_allergies = _allergy_rule(
    {AllergyCategory.DRUG, AllergyCategory.FOOD, AllergyCategory.OTHER}, _ALL, "Other allergies: {allergies}.")

def contrast_same_agent(case: ScreeningCase, settings: ClinicSettings) -> str | None:
    """The agent recorded for the exam (or the room's agent, before the exam) matches an allergen
    by its generic or brand name, or she is allergic to contrast known only by its class."""
    agent = case.exam.contrast_agent or settings.room_contrast_agent
    matching = allergens_matching(agent, case.history.allergies)
    if not matching:
        return None
    return (f"The contrast agent {agent_label(agent)} matches her recorded allergy: "
            f"{'; '.join(_describe(a) for a in matching)}. A radiologist must confirm, by name and password, "
            "before this agent is used or the record is signed.")


_GROUP = "Conditions"
_ALLERGY = "Allergies"
_ALLERGIES = ("history.allergies",)

CONDITION_RULES: tuple[Rule, ...] = (
    Rule("infection.active", Level.STOP, _GROUP,
         "Active infection or fever, or a temperature of {fever_celsius} °C or more.",
         active_infection, ("history.active_infection_or_fever", "history.temperature_c")),
    Rule("infection.pelvic", Level.STOP, _GROUP,
         "Chronic pelvic infection or a current sexually transmitted disease.",
         _yes("pelvic_infection_or_std",
              "Chronic pelvic infection or a current sexually transmitted disease. "
              "A radiologist must decide before the exam."),
         ("history.pelvic_infection_or_std",)),
    Rule("infection.pid_history", Level.CAUTION, _GROUP, "Past pelvic inflammatory disease (PID).",
         _yes("pid_history", "Past pelvic inflammatory disease (PID). Tell the radiologist, "
              "who decides on antibiotic prophylaxis (doxycycline)."),
         ("history.pid_history",)),
    Rule("surgery.recent", Level.STOP, _GROUP, "Recent uterine or tubal surgery.",
         _yes("recent_uterine_surgery", "Recent uterine or tubal surgery. A radiologist must decide before the exam."),
         ("history.recent_uterine_surgery",)),
    Rule("inflammatory", Level.CAUTION, _GROUP, "An inflammatory condition.",
         _yes("inflammatory_condition", "She has an inflammatory condition. Tell the radiologist."),
         ("history.inflammatory_condition",)),
    Rule("bleeding_risk", Level.CAUTION, _GROUP,
         "A bleeding problem, or blood thinners (aspirin, warfarin, Coumadin, …).",
         _yes("bleeding_disorder_or_anticoagulant",
              "A bleeding problem or blood thinners (aspirin, warfarin, Coumadin). Tell the radiologist."),
         ("history.bleeding_disorder_or_anticoagulant",)),
    Rule("renal_diabetes", Level.CAUTION, _GROUP, "Diabetes or a history of kidney problems.",
         _yes("diabetes_or_kidney", "Diabetes or a history of kidney problems. Tell the radiologist."),
         ("history.diabetes_or_kidney",)),
    Rule("asthma", Level.CAUTION, _GROUP, "Asthma.",
         _yes("asthma", "She has asthma. Tell the radiologist."), ("history.asthma",)),
    Rule("medications", Level.INFO, _GROUP, "She takes medications (the list is printed).",
         medications, ("history.medications",)),
)

ALLERGY_RULES: tuple[Rule, ...] = (
    Rule("allergy.contrast_severe", Level.STOP, _ALLERGY,
         "A severe (e.g. anaphylactic) reaction to contrast.", contrast_severe, _ALLERGIES),
    Rule("allergy.contrast", Level.CAUTION, _ALLERGY,
         "A mild or moderate reaction to contrast.", contrast, _ALLERGIES,
         "Technologist acknowledges the radiologist was informed; the radiologist decides on premedication."),
    Rule("allergy.contrast_same_agent", Level.STOP, _ALLERGY,
         "The contrast agent recorded for the exam (or the Room contrast agent setting) matches a recorded "
         "allergen by its generic or brand name, or any contrast allergy known only by its class.",
         contrast_same_agent, _ALLERGIES + ("exam.contrast_agent",),
         "Radiologist override signed in place (name and password); the record cannot be signed until then."),
    Rule("allergy.latex", Level.CAUTION, _ALLERGY, "A latex allergy.", latex, _ALLERGIES),
    Rule("allergy.iodine_shellfish", Level.INFO, _ALLERGY,
         "An \"iodine\" or shellfish allergy (not a contraindication, ACR).", iodine_shellfish, _ALLERGIES),
    Rule("allergy.barium", Level.INFO, _ALLERGY, "A barium allergy.", barium, _ALLERGIES),
    Rule("allergy.other", Level.INFO, _ALLERGY, "A drug, food or other allergy.", other_allergies, _ALLERGIES),
)
