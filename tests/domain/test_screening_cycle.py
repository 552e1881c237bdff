"""DESIGN.md §4.2: the exam falls in the first days of the cycle, after the flow has stopped."""

from datetime import date, datetime, timedelta, timezone

import pytest

from hsg_desk.domain.settings import DEFAULT_SETTINGS
from screening_builders import case, codes, finding

EXAM_DAY = date(2026, 11, 25)


def cycle_codes(screened_case, settings=DEFAULT_SETTINGS):
    return {code for code in codes(screened_case, settings) if code.startswith("cycle.")}


@pytest.mark.parametrize("lmp, expected", [
    (date(2026, 11, 16), set()),                       # cycle day 10: passes
    (date(2026, 11, 15), {"cycle.day_late"}),          # cycle day 11: stops
    (EXAM_DAY, set()),                                 # cycle day 1 (flow ended before: no bleeding rule here)
    (None, {"cycle.lmp_missing"}),
])
def test_cycle_day(lmp, expected):
    assert cycle_codes(case(history={"lmp": lmp, "flow_ended_on": None})) == expected


def test_day_late_message_names_the_cycle_day():
    message = finding(case(history={"lmp": date(2026, 11, 15)}), "cycle.day_late").message
    assert "cycle day 11" in message and "Sun Nov 15, 2026" in message and "first 10 days" in message


def test_cycle_day_uses_the_exams_own_date_not_utc():
    late_evening = datetime(2026, 11, 25, 21, 0, tzinfo=timezone(timedelta(hours=-7)))   # Nov 26 in UTC
    screened = case(exam={"scheduled_at": late_evening}, history={"lmp": date(2026, 11, 16)},
                    test={"collected_at": late_evening - timedelta(hours=20),
                          "received_at": late_evening - timedelta(hours=19)})
    assert cycle_codes(screened) == set()


def test_a_later_last_cycle_day_moves_the_boundary():
    settings = DEFAULT_SETTINGS.with_values({"last_cycle_day": 12})
    assert cycle_codes(case(history={"lmp": date(2026, 11, 14)}), settings) == set()       # day 12
    assert cycle_codes(case(history={"lmp": date(2026, 11, 13)}), settings) == {"cycle.day_late"}


@pytest.mark.parametrize("flow_ended_on, still_bleeding, expected", [
    (date(2026, 11, 24), False, set()),                 # ended the day before the exam: passes
    (EXAM_DAY, False, {"cycle.bleeding"}),              # ends on the exam date: stops
    (date(2026, 11, 26), False, {"cycle.bleeding"}),    # ends after: stops
    (date(2026, 11, 22), True, {"cycle.bleeding"}),     # still bleeding: stops
    (None, None, set()),                                # not answered counts as no
])
def test_bleeding(flow_ended_on, still_bleeding, expected):
    screened = case(history={"flow_ended_on": flow_ended_on, "still_bleeding": still_bleeding})
    assert cycle_codes(screened) == expected


@pytest.mark.parametrize("answer, expected", [(True, {"cycle.intercourse"}), (False, set()), (None, set())])
def test_intercourse_since_lmp(answer, expected):
    assert cycle_codes(case(history={"intercourse_since_lmp": answer})) == expected


def test_amenorrhea_is_info_and_skips_the_other_cycle_rules_but_not_bleeding_today():
    screened = case(history={"no_periods": True, "lmp": None, "still_bleeding": False,
                             "intercourse_since_lmp": True})
    assert cycle_codes(screened) == {"cycle.amenorrhea"}
    bleeding = case(history={"no_periods": True, "lmp": None, "still_bleeding": True})
    assert cycle_codes(bleeding) == {"cycle.amenorrhea", "cycle.bleeding"}  # issue #13 §2
    assert "pregnancy.test_missing" in codes(case(history={"no_periods": True}, pregnancy_test=None))


def test_amenorrhea_with_an_old_lmp_is_not_late():
    assert cycle_codes(case(history={"no_periods": True, "lmp": date(2026, 6, 1)})) == {"cycle.amenorrhea"}
