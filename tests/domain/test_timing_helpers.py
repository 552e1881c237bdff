"""The clock and calendar helpers behind the rules (hsg_desk.domain.timing)."""

from datetime import date, datetime, timedelta, timezone

import pytest

from hsg_desk.domain.settings import DEFAULT_SETTINGS
from hsg_desk.domain.timing import (add_months, aftercare_until, booking_window, cycle_day,
                                    delayed_images_limit_reached, earliest_device_confirmation,
                                    earliest_test_collection, format_day, format_moment, premedication_times)

MOUNTAIN = timezone(timedelta(hours=-7))


@pytest.mark.parametrize("lmp, exam_day, day", [
    (date(2026, 11, 25), date(2026, 11, 25), 1),
    (date(2026, 11, 16), date(2026, 11, 25), 10),
    (date(2026, 10, 31), date(2026, 11, 1), 2),
])
def test_cycle_day(lmp, exam_day, day):
    assert cycle_day(lmp, exam_day) == day


def test_booking_window_runs_from_after_the_typical_flow_to_the_last_cycle_day():
    assert booking_window(date(2026, 11, 17)) == (date(2026, 11, 23), date(2026, 11, 26))  # days 7-10
    settings = DEFAULT_SETTINGS.with_values({"typical_flow_days": 7, "last_cycle_day": 12})
    assert booking_window(date(2026, 11, 17), settings) == (date(2026, 11, 24), date(2026, 11, 28))


def test_earliest_test_collection_is_the_window_before_the_exam():
    exam = datetime(2026, 11, 25, 14, 30, tzinfo=MOUNTAIN)
    assert earliest_test_collection(exam) == datetime(2026, 11, 24, 14, 30, tzinfo=MOUNTAIN)


@pytest.mark.parametrize("start, months, expected", [
    (date(2026, 8, 31), 3, date(2026, 11, 30)),
    (date(2026, 8, 20), 3, date(2026, 11, 20)),
    (date(2026, 11, 30), 3, date(2027, 2, 28)),
    (date(2027, 11, 30), 3, date(2028, 2, 29)),    # leap year
    (date(2026, 1, 31), 1, date(2026, 2, 28)),
    (date(2026, 12, 15), 12, date(2027, 12, 15)),
])
def test_add_months_clamps_to_the_months_end(start, months, expected):
    assert add_months(start, months) == expected


def test_earliest_device_confirmation():
    assert earliest_device_confirmation(date(2026, 8, 31)) == date(2026, 11, 30)


def test_aftercare_until_is_removal_plus_the_avoid_hours():
    removed = datetime(2026, 11, 25, 15, 15, tzinfo=MOUNTAIN)
    assert aftercare_until(removed) == datetime(2026, 11, 26, 15, 15, tzinfo=MOUNTAIN)


def test_premedication_times_follow_the_acr_regimen():
    exam = datetime(2026, 11, 25, 9, 0, tzinfo=MOUNTAIN)
    times = [(format_moment(at), drug.split()[0]) for at, drug in premedication_times(exam)]
    assert times == [("Tue Nov 24 8:00 PM", "Prednisone"), ("Wed Nov 25 2:00 AM", "Prednisone"),
                     ("Wed Nov 25 8:00 AM", "Prednisone"), ("Wed Nov 25 8:00 AM", "Diphenhydramine")]


def test_delayed_images_limit():
    start = datetime(2026, 11, 25, 15, 0, tzinfo=MOUNTAIN)
    assert not delayed_images_limit_reached(start, start + timedelta(minutes=29, seconds=59))
    assert delayed_images_limit_reached(start, start + timedelta(minutes=30))


def test_formatting_is_english_and_in_the_exams_offset():
    exam = datetime(2026, 11, 25, 14, 30, tzinfo=MOUNTAIN)
    assert format_moment(datetime(2026, 11, 24, 20, 0, tzinfo=timezone.utc), exam) == "Tue Nov 24 1:00 PM"
    assert format_moment(datetime(2026, 11, 24, 0, 5, tzinfo=MOUNTAIN)) == "Tue Nov 24 12:05 AM"
    assert format_day(date(2026, 11, 30)) == "Mon Nov 30, 2026"


def test_booking_window_starts_the_day_after_her_recorded_flow_end():
    from hsg_desk.domain.timing import outside_window, window_counts_from_flow_end

    window = booking_window(date(2026, 11, 17), flow_ended_on=date(2026, 11, 20))
    assert window == (date(2026, 11, 21), date(2026, 11, 26))
    assert window_counts_from_flow_end(date(2026, 11, 17), date(2026, 11, 20))
    assert not window_counts_from_flow_end(date(2026, 11, 17), None)
    assert booking_window(date(2026, 11, 17), flow_ended_on=date(2026, 11, 16)) == booking_window(date(2026, 11, 17))
    assert outside_window(date(2026, 11, 27), window) and not outside_window(date(2026, 11, 21), window)
