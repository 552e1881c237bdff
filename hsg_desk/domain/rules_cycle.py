"""Menstrual-cycle rules (DESIGN.md §4.2).

Cycle day 1 is the first day of the last menstrual period (LMP); the exam's cycle day
uses the scheduled date in the exam's own UTC offset. With no periods (amenorrhea)
the pregnancy test governs and every other cycle rule is skipped.
"""

from __future__ import annotations

from .case import ScreeningCase
from .findings import Level
from .rule import Rule, answered_yes
from .settings import ClinicSettings
from .timing import cycle_day, exam_date, format_day


def _has_periods(case: ScreeningCase) -> bool:
    return not answered_yes(case.history.no_periods)


def amenorrhea(case: ScreeningCase, settings: ClinicSettings) -> str | None:
    """She has no periods: the pregnancy test governs, the cycle rules are skipped."""
    if _has_periods(case):
        return None
    return "She has no periods: the cycle-day rules do not apply and the pregnancy test governs (bleeding today is still asked)."


def lmp_missing(case: ScreeningCase, settings: ClinicSettings) -> str | None:
    if _has_periods(case) and case.history.lmp is None:
        return ("First day of her last period unknown: the cycle day cannot be checked. "
                "Ask her, or a radiologist must decide.")
    return None


def day_late(case: ScreeningCase, settings: ClinicSettings) -> str | None:
    """Cycle day above the last allowed day (default 10): ovulation may have happened."""
    lmp = case.history.lmp
    if not _has_periods(case) or lmp is None:
        return None
    day = cycle_day(lmp, exam_date(case.exam.scheduled_at))
    if day <= settings.last_cycle_day:
        return None
    return (f"The exam is on cycle day {day} (last period began {format_day(lmp)}); "
            f"the exam must be within the first {settings.last_cycle_day} days of the cycle, "
            "since ovulation may have happened.")


def bleeding(case: ScreeningCase, settings: ClinicSettings) -> str | None:
    """Bleeding today, whatever her cycle ("no periods" never hides it); or the last day of
    flow is on or after the exam date."""
    if answered_yes(case.history.still_bleeding):
        if not _has_periods(case):
            return ("She is bleeding today although she has no periods. "
                    "A radiologist must decide before the exam.")
        return "She is still bleeding. The exam is done after the blood flow has stopped."
    if not _has_periods(case):
        return None
    ended = case.history.flow_ended_on
    day = exam_date(case.exam.scheduled_at)
    if ended is not None and ended >= day:
        return (f"The last day of her flow ({format_day(ended)}) is on or after the exam date "
                f"({format_day(day)}). "
                "The exam is done after the blood flow has stopped.")
    return None


def intercourse(case: ScreeningCase, settings: ClinicSettings) -> str | None:
    if _has_periods(case) and answered_yes(case.history.intercourse_since_lmp):
        lmp = case.history.lmp
        since = f" (began {format_day(lmp)})" if lmp else ""
        return f"Intercourse since the first day of her last period{since}: a pregnancy cannot be ruled out."
    return None


_PERIODS = "history.no_periods"

CYCLE_RULES: tuple[Rule, ...] = (
    Rule("cycle.amenorrhea", Level.INFO, "Menstrual cycle", "She has no periods.",
         amenorrhea, (_PERIODS,)),
    Rule("cycle.lmp_missing", Level.STOP, "Menstrual cycle",
         "First day of the last period unknown (and she has periods).",
         lmp_missing, (_PERIODS, "history.lmp")),
    Rule("cycle.day_late", Level.STOP, "Menstrual cycle",
         "Exam cycle day above {last_cycle_day} (cycle day = exam date − first day of last period + 1).",
         day_late, (_PERIODS, "history.lmp", "exam.scheduled_at"),
         "Radiologist override with a reason, or defer to the next cycle."),
    Rule("cycle.bleeding", Level.STOP, "Menstrual cycle",
         "Bleeding today (asked of every patient, periods or not), "
         "or the last day of flow is on or after the exam date.",
         bleeding, (_PERIODS, "history.still_bleeding", "history.flow_ended_on", "exam.scheduled_at")),
    Rule("cycle.intercourse", Level.STOP, "Menstrual cycle",
         "Intercourse since the first day of the last period.",
         intercourse, (_PERIODS, "history.intercourse_since_lmp", "history.lmp")),
)
