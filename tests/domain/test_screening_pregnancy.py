"""DESIGN.md §4.1: her answer and the pregnancy test."""

from datetime import datetime, timedelta, timezone

import pytest

from hsg_desk.domain.case import PregnancyAnswer, TestMethod, TestResult
from hsg_desk.domain.findings import Level
from hsg_desk.domain.settings import DEFAULT_SETTINGS
from screening_builders import CLEAN, EXAM_AT, case, codes, finding


def pregnancy_codes(screened_case, settings=DEFAULT_SETTINGS):
    return {code for code in codes(screened_case, settings) if code.startswith("pregnancy.")}


def test_the_clean_case_has_no_findings():
    assert codes(CLEAN) == set()


@pytest.mark.parametrize("answer, expected", [
    (PregnancyAnswer.NO, set()),
    (PregnancyAnswer.POSSIBLE, {"pregnancy.possible"}),
    (PregnancyAnswer.YES, {"pregnancy.known"}),
    (None, {"pregnancy.possible"}),           # not answered counts as possible
])
def test_her_answer(answer, expected):
    assert pregnancy_codes(case(history={"pregnancy": answer})) == expected


@pytest.mark.parametrize("on_file, refused, expected", [
    (True, False, set()),
    (False, False, {"pregnancy.test_missing"}),
    (False, True, {"pregnancy.test_refused"}),
    (True, True, set()),                      # a test on file is judged on its own
])
def test_test_on_file_or_refused(on_file, refused, expected):
    screened = case(pregnancy_test=CLEAN.pregnancy_test if on_file else None, pregnancy_test_refused=refused)
    assert pregnancy_codes(screened) == expected


@pytest.mark.parametrize("result, expected", [
    (TestResult.NEGATIVE, set()),
    (TestResult.POSITIVE, {"pregnancy.test_positive"}),
    (TestResult.INDETERMINATE, {"pregnancy.test_indeterminate"}),
])
def test_result(result, expected):
    assert pregnancy_codes(case(test={"result": result})) == expected


@pytest.mark.parametrize("method, accepted, expected", [
    (TestMethod.SERUM, ("serum",), set()),
    (TestMethod.URINE, ("serum",), {"pregnancy.test_method"}),
    (TestMethod.URINE, ("serum", "urine"), set()),
])
def test_method_must_be_accepted(method, accepted, expected):
    settings = DEFAULT_SETTINGS.with_values({"accepted_test_methods": accepted})
    assert pregnancy_codes(case(test={"method": method}), settings) == expected


UTC = timezone.utc
EASTERN = timezone(timedelta(hours=-5))


@pytest.mark.parametrize("collected_at, too_early", [
    (EXAM_AT - timedelta(hours=24), False),                              # exactly 24 h before: valid
    (EXAM_AT - timedelta(hours=24, minutes=1), True),                    # one minute earlier: not
    (datetime(2026, 11, 24, 21, 30, tzinfo=UTC), False),                 # = Tue 2:30 PM -07:00
    (datetime(2026, 11, 24, 21, 29, tzinfo=UTC), True),
    (datetime(2026, 11, 24, 16, 30, tzinfo=EASTERN), False),             # = Tue 2:30 PM -07:00
    (datetime(2026, 11, 24, 15, 0, tzinfo=EASTERN), True),               # 1:00 PM -07:00, though 3 PM on its clock
])
def test_collected_too_early_compares_instants(collected_at, too_early):
    screened = case(test={"collected_at": collected_at, "received_at": collected_at + timedelta(hours=2)})
    assert ("pregnancy.test_too_early" in codes(screened)) is too_early


def test_too_early_message_shows_both_times_on_the_clinics_wall_clock():
    collected = datetime(2026, 11, 24, 20, 0, tzinfo=UTC)                # 1:00 PM in Denver
    message = finding(case(test={"collected_at": collected}), "pregnancy.test_too_early").message
    assert message == ("Blood test collected too early on Tue Nov 24: collected 1:00 PM, earliest 2:30 PM "
                       "(24 h before the exam at Wed Nov 25 2:30 PM). Repeat the test.")


def test_a_longer_window_moves_the_boundary():
    collected = EXAM_AT - timedelta(hours=30)
    settings = DEFAULT_SETTINGS.with_values({"pregnancy_test_window_hours": 36})
    assert "pregnancy.test_too_early" in codes(case(test={"collected_at": collected}))
    assert "pregnancy.test_too_early" not in codes(case(test={"collected_at": collected}), settings)


def test_result_not_received():
    assert pregnancy_codes(case(test={"received_at": None})) == {"pregnancy.result_not_received"}


@pytest.mark.parametrize("code, level", [
    ("pregnancy.known", Level.BLOCK), ("pregnancy.test_positive", Level.BLOCK),
    ("pregnancy.possible", Level.STOP), ("pregnancy.test_refused", Level.STOP),
    ("pregnancy.test_missing", Level.STOP), ("pregnancy.test_indeterminate", Level.STOP),
    ("pregnancy.test_method", Level.STOP), ("pregnancy.test_too_early", Level.STOP),
    ("pregnancy.result_not_received", Level.STOP),
])
def test_levels(code, level):
    from hsg_desk.domain.screening import rule_for
    assert rule_for(code).level is level
