"""Screening: the check-in and history turned into findings (DESIGN.md §4).

`screen(case)` runs every rule in `RULES` and returns the findings most severe first.
`answers_behind(code, case)` fingerprints the answers a finding depends on, so a
resolution recorded against one set of answers is voided when they change.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from datetime import date, datetime
from enum import Enum
from typing import Any

from .case import ScreeningCase
from .errors import DomainError
from .findings import Finding, by_severity
from .message import Message
from .rule import Rule
from .rules_checkin import CHECKIN_RULES
from .rules_cycle import CYCLE_RULES
from .rules_history import ALLERGY_RULES, CONDITION_RULES
from .rules_pregnancy import PREGNANCY_RULES
from .rules_products import PRODUCT_RULES
from .settings import DEFAULT_SETTINGS, ClinicSettings
from .timing import cycle_day, earliest_test_collection, exam_date, wall_clock

# In the order of DESIGN.md §4.1–§4.5; within a level, findings keep this order.
RULES: tuple[Rule, ...] = (PREGNANCY_RULES + CYCLE_RULES + CONDITION_RULES + ALLERGY_RULES + CHECKIN_RULES
                          + PRODUCT_RULES)
RULES_BY_CODE: dict[str, Rule] = {rule.code: rule for rule in RULES}
FINDING_CODES: tuple[str, ...] = tuple(RULES_BY_CODE)


def rule_for(code: str) -> Rule:
    try:
        return RULES_BY_CODE[code]
    except KeyError:
        raise DomainError(Message("Unknown finding code {code!r}.", code=code)) from None


def screen(case: ScreeningCase, settings: ClinicSettings = DEFAULT_SETTINGS) -> list[Finding]:
    """Every finding the case raises under `settings`, most severe first."""
    findings = []
    for rule in RULES:
        message = rule.evaluate(case, settings)
        if message is not None:
            findings.append(Finding(rule.code, rule.level, message))
    return by_severity(findings)


def finding_values(case: ScreeningCase, settings: ClinicSettings = DEFAULT_SETTINGS) -> dict[str, Any]:
    """What a finding's message in another language may name (resources/texts/<language>/findings.json,
    keyed by rule code, as the printed summary fills it): the pregnancy test's collection and the
    earliest valid one on the facility's wall clock, the exam's cycle day and the last allowed one."""
    scheduled, test, lmp = case.exam.scheduled_at, case.pregnancy_test, case.history.lmp
    return {"collected": wall_clock(test.collected_at, settings.time_zone) if test and test.collected_at else "",
            "earliest": wall_clock(earliest_test_collection(scheduled, settings), settings.time_zone),
            "cycle_day": cycle_day(lmp, exam_date(scheduled)) if lmp else "",
            "last_cycle_day": settings.last_cycle_day}


def answers_behind(code: str, case: ScreeningCase) -> str:
    """A stable fingerprint (16 hex digits) of the answers the finding `code` depends on."""
    rule = rule_for(code)
    answers = {path: plain(_answer(case, path)) for path in rule.answers}
    canonical = json.dumps(answers, sort_keys=True, ensure_ascii=True, separators=(",", ":"))
    return hashlib.sha256(f"{code}|{canonical}".encode()).hexdigest()[:16]


def _answer(case: ScreeningCase, path: str) -> Any:
    value: Any = case
    for part in path.split("."):
        if value is None:
            return None
        value = getattr(value, part)
    return value


def plain(value: Any) -> Any:
    """A JSON-ready copy of a case value: enums by value, dates and times in ISO 8601."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: plain(getattr(value, f.name)) for f in dataclasses.fields(value) if f.compare}
    if isinstance(value, (list, tuple)):
        return [plain(item) for item in value]
    return value
