"""Pregnancy rules (DESIGN.md §4.1): her answer, and the pregnancy test on file."""

from __future__ import annotations

from .case import PregnancyAnswer, ScreeningCase, TestResult
from .findings import Level
from .rule import Rule
from .settings import ClinicSettings
from .timing import (collected_too_early, earliest_test_collection, format_clock, format_day, format_moment,
                     wall_clock)


def pregnancy_known(case: ScreeningCase, settings: ClinicSettings) -> str | None:
    """She says she is pregnant: no HSG today."""
    if case.history.pregnancy == PregnancyAnswer.YES:
        return "She says she is pregnant. An HSG must not be done: defer or cancel the exam."
    return None


def pregnancy_possible(case: ScreeningCase, settings: ClinicSettings) -> str | None:
    """She may be pregnant; an unanswered question counts as "possible" (§4.6)."""
    answer = case.history.pregnancy
    if answer == PregnancyAnswer.POSSIBLE:
        return "She says she may be pregnant. A radiologist must decide before the exam."
    if answer not in (PregnancyAnswer.NO, PregnancyAnswer.YES):
        return ("Not asked yet whether she could be pregnant, so it counts as possible. "
                "Ask her, or a radiologist must decide.")
    return None


def pregnancy_test_refused(case: ScreeningCase, settings: ClinicSettings) -> str | None:
    """She declined the test: only a radiologist can waive it (ACR–SPR)."""
    if case.pregnancy_test is None and case.pregnancy_test_refused:
        return "She declined the pregnancy test. A radiologist must waive it before the exam."
    return None


def pregnancy_test_missing(case: ScreeningCase, settings: ClinicSettings) -> str | None:
    """No pregnancy test on file, and she did not decline one."""
    if case.pregnancy_test is None and not case.pregnancy_test_refused:
        return "No pregnancy test result on file. Get the blood test result before the exam."
    return None


def pregnancy_test_positive(case: ScreeningCase, settings: ClinicSettings) -> str | None:
    test = case.pregnancy_test
    if test is not None and test.result == TestResult.POSITIVE:
        collected = format_moment(test.collected_at, settings.time_zone)
        return f"The pregnancy test collected {collected} is positive. Defer or cancel the exam."
    return None


def pregnancy_test_indeterminate(case: ScreeningCase, settings: ClinicSettings) -> str | None:
    test = case.pregnancy_test
    if test is not None and test.result == TestResult.INDETERMINATE:
        collected = format_moment(test.collected_at, settings.time_zone)
        return (f"The pregnancy test collected {collected} is indeterminate. "
                "Repeat it, or a radiologist must decide.")
    return None


def pregnancy_test_method(case: ScreeningCase, settings: ClinicSettings) -> str | None:
    """The test's method is not one the clinic accepts (default: serum only, the blood test)."""
    test = case.pregnancy_test
    if test is not None and str(test.method) not in settings.accepted_test_methods:
        accepted = " or ".join(settings.accepted_test_methods)
        return f"The pregnancy test is a {test.method} test; this center accepts {accepted} tests only."
    return None


def pregnancy_test_too_early(case: ScreeningCase, settings: ClinicSettings) -> str | None:
    """Collected before `scheduled_at − window`; exactly at that moment is still valid."""
    test = case.pregnancy_test
    scheduled_at = case.exam.scheduled_at
    if test is None or not collected_too_early(test.collected_at, scheduled_at, settings):
        return None
    earliest = earliest_test_collection(scheduled_at, settings)
    hours = settings.pregnancy_test_window_hours
    kind = "Blood test" if str(test.method) == "serum" else f"{str(test.method).capitalize()} test"
    zone = settings.time_zone  # the clinic's wall clock, on either side of a daylight-saving change
    collected, opens = wall_clock(test.collected_at, zone), wall_clock(earliest, zone)
    if collected.date() == opens.date():
        when = f" on {format_day(collected.date())[:-6]}: collected {format_clock(collected)}, earliest {format_clock(opens)}"
    else:
        when = f": collected {format_moment(collected)}, earliest {format_moment(opens)}"
    return (f"{kind} collected too early{when} ({hours} h before the exam at {format_moment(scheduled_at, zone)}). "
            "Repeat the test.")


def pregnancy_result_not_received(case: ScreeningCase, settings: ClinicSettings) -> str | None:
    test = case.pregnancy_test
    if test is not None and test.received_at is None:
        collected = format_moment(test.collected_at, settings.time_zone)
        return (f"No time recorded for when the result of the test collected {collected} reached the center. "
                "Record when the result was received.")
    return None


_TEST = ("pregnancy_test", "pregnancy_test_refused")

PREGNANCY_RULES: tuple[Rule, ...] = (
    Rule("pregnancy.known", Level.BLOCK, "Pregnancy", "She says she is pregnant.",
         pregnancy_known, ("history.pregnancy",)),
    Rule("pregnancy.possible", Level.STOP, "Pregnancy",
         "She says she may be pregnant, or the question is unanswered.",
         pregnancy_possible, ("history.pregnancy",)),
    Rule("pregnancy.test_refused", Level.STOP, "Pregnancy", "She declined the pregnancy test.",
         pregnancy_test_refused, _TEST,
         "A radiologist waives the test (ACR–SPR), signed or verbal and co-signed."),
    Rule("pregnancy.test_missing", Level.STOP, "Pregnancy", "No pregnancy test on file and not declined.",
         pregnancy_test_missing, _TEST),
    Rule("pregnancy.test_positive", Level.BLOCK, "Pregnancy", "The pregnancy test is positive.",
         pregnancy_test_positive, ("pregnancy_test.result", "pregnancy_test.collected_at")),
    Rule("pregnancy.test_indeterminate", Level.STOP, "Pregnancy", "The pregnancy test is indeterminate.",
         pregnancy_test_indeterminate, ("pregnancy_test.result", "pregnancy_test.collected_at")),
    Rule("pregnancy.test_method", Level.STOP, "Pregnancy",
         "The test method is not accepted (accepted: {accepted_test_methods}).",
         pregnancy_test_method, ("pregnancy_test.method",)),
    Rule("pregnancy.test_too_early", Level.STOP, "Pregnancy",
         "The test was collected more than {pregnancy_test_window_hours} h before the exam "
         "(exactly {pregnancy_test_window_hours} h before is valid).",
         pregnancy_test_too_early, ("exam.scheduled_at", "pregnancy_test.collected_at")),
    Rule("pregnancy.result_not_received", Level.STOP, "Pregnancy",
         "No time at which the test result reached the center.",
         pregnancy_result_not_received, ("pregnancy_test.received_at", "pregnancy_test.collected_at")),
)
