"""The facts screening reads: one exam's booking, check-in, pregnancy test and history.

These mirror the screening case file of DESIGN.md §4.6. `None` always means
"not answered yet"; the rules decide what an unanswered question counts as.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from .allergy import Allergy, AllergyCategory, Severity
from .indication import Indication
from .vocabulary import TestMethod, TestResult


class PregnancyAnswer(StrEnum):
    NO = "no"
    POSSIBLE = "possible"
    YES = "yes"


class Premedication(StrEnum):
    """The premedication her radiologist ordered (ACR): diphenhydramine makes her drowsy."""

    NONE = "none"
    STEROID_ONLY = "steroid_only"
    STEROID_AND_ANTIHISTAMINE = "steroid_and_antihistamine"

    @property
    def sedates(self) -> bool:
        return self is Premedication.STEROID_AND_ANTIHISTAMINE


@dataclass(frozen=True)
class CaseExam:
    """The exam as the screening case file has it (DESIGN.md §4.6): only what the rules read.
    The stored exam, with its ids, status and people, is domain.exam.Exam."""

    scheduled_at: datetime  # aware: carries its UTC offset
    indication: Indication | None = None
    device_placed_on: date | None = None
    contrast_agent: str | None = None  # as recorded: "iohexol (Omnipaque)", a listed code, or other text
    contrast_expiry: date | None = None  # the products' expiry as the procedure record has it (issue #20)
    catheter_expiry: date | None = None


@dataclass(frozen=True)
class CheckinFacts:
    identity_verified: bool | None = None
    consent_signed: bool | None = None
    sedative: bool | None = None
    driver_name: str | None = None


@dataclass(frozen=True)
class PregnancyTest:
    method: TestMethod
    collected_at: datetime
    result: TestResult
    received_at: datetime | None = None


# The yes/no history questions, in the order the history form asks them.
CONDITION_QUESTIONS: tuple[tuple[str, str], ...] = (
    ("intercourse_since_lmp", "Intercourse since the first day of the last period"),
    ("active_infection_or_fever", "Active infection or fever"),
    ("pelvic_infection_or_std", "Chronic pelvic infection or a current sexually transmitted disease"),
    ("pid_history", "Past pelvic inflammatory disease (PID)"),
    ("recent_uterine_surgery", "Recent uterine or tubal surgery"),
    ("inflammatory_condition", "An inflammatory condition"),
    ("bleeding_disorder_or_anticoagulant", "A bleeding problem, or blood thinners (aspirin, warfarin, Coumadin)"),
    ("diabetes_or_kidney", "Diabetes or a history of kidney problems"),
    ("asthma", "Asthma"),
)


@dataclass(frozen=True)
class History:
    pregnancy: PregnancyAnswer | None = None
    lmp: date | None = None
    flow_ended_on: date | None = None
    still_bleeding: bool | None = None
    no_periods: bool | None = None
    intercourse_since_lmp: bool | None = None
    active_infection_or_fever: bool | None = None
    temperature_c: float | None = None
    pelvic_infection_or_std: bool | None = None
    pid_history: bool | None = None
    recent_uterine_surgery: bool | None = None
    inflammatory_condition: bool | None = None
    bleeding_disorder_or_anticoagulant: bool | None = None
    diabetes_or_kidney: bool | None = None
    asthma: bool | None = None
    medications: tuple[str, ...] = ()
    allergies: tuple[Allergy, ...] = ()


@dataclass(frozen=True)
class ScreeningCase:
    exam: CaseExam
    checkin: CheckinFacts = field(default_factory=CheckinFacts)
    pregnancy_test: PregnancyTest | None = None
    pregnancy_test_refused: bool = False
    history: History = field(default_factory=History)
    birth_date: date | None = None
    premedication: Premedication | None = None
