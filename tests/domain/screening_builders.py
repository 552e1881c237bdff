"""A clean screening case (no findings at all) and a way to change one answer of it."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta, timezone

from hsg_desk.domain.case import (CaseExam, CheckinFacts, History, Indication, PregnancyAnswer, PregnancyTest,
                                  ScreeningCase, TestMethod, TestResult)
from hsg_desk.domain.screening import screen

MOUNTAIN = timezone(timedelta(hours=-7))
EXAM_AT = datetime(2026, 11, 25, 14, 30, tzinfo=MOUNTAIN)   # Wed Nov 25 2:30 PM, -07:00

CLEAN = ScreeningCase(
    exam=CaseExam(EXAM_AT, Indication.INFERTILITY),
    checkin=CheckinFacts(identity_verified=True, consent_signed=True, sedative=False),
    pregnancy_test=PregnancyTest(TestMethod.SERUM, datetime(2026, 11, 24, 15, 0, tzinfo=MOUNTAIN),
                                 TestResult.NEGATIVE, datetime(2026, 11, 24, 18, 0, tzinfo=MOUNTAIN)),
    history=History(
        pregnancy=PregnancyAnswer.NO, lmp=date(2026, 11, 17), flow_ended_on=date(2026, 11, 22),
        still_bleeding=False, no_periods=False, intercourse_since_lmp=False, active_infection_or_fever=False,
        pelvic_infection_or_std=False, pid_history=False, recent_uterine_surgery=False,
        inflammatory_condition=False, bleeding_disorder_or_anticoagulant=False, diabetes_or_kidney=False,
        asthma=False),
)


def case(*, exam=None, checkin=None, test=None, history=None, **top) -> ScreeningCase:
    """CLEAN with some answers changed: `case(history={"lmp": None}, test={"result": ...})`."""
    changed = CLEAN
    if exam:
        changed = replace(changed, exam=replace(changed.exam, **exam))
    if checkin:
        changed = replace(changed, checkin=replace(changed.checkin, **checkin))
    if test:
        changed = replace(changed, pregnancy_test=replace(changed.pregnancy_test, **test))
    if history:
        changed = replace(changed, history=replace(changed.history, **history))
    return replace(changed, **top)


def codes(screened_case: ScreeningCase, settings=None) -> set[str]:
    findings = screen(screened_case) if settings is None else screen(screened_case, settings)
    return {finding.code for finding in findings}


def finding(screened_case: ScreeningCase, code: str, settings=None):
    findings = screen(screened_case) if settings is None else screen(screened_case, settings)
    return next(f for f in findings if f.code == code)
