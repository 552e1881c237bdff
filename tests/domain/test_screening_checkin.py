"""DESIGN.md §4.5: check-in and indication."""

from datetime import date, datetime

import pytest

from hsg_desk.domain.case import Indication
from hsg_desk.domain.settings import DEFAULT_SETTINGS
from screening_builders import MOUNTAIN, case, codes, finding


@pytest.mark.parametrize("identity_verified, consent_signed, expected", [
    (True, True, set()),
    (False, True, {"identity.unverified"}),
    (None, True, {"identity.unverified"}),          # not recorded counts as not done
    (True, False, {"consent.missing"}),
    (True, None, {"consent.missing"}),
])
def test_identity_and_consent(identity_verified, consent_signed, expected):
    screened = case(checkin={"identity_verified": identity_verified, "consent_signed": consent_signed})
    assert codes(screened) == expected


def test_consent_not_required_by_the_clinic():
    settings = DEFAULT_SETTINGS.with_values({"consent_required": False})
    assert codes(case(checkin={"consent_signed": None}), settings) == set()


@pytest.mark.parametrize("sedative, driver, expected", [
    (True, None, {"sedation.no_driver"}),
    (True, "  ", {"sedation.no_driver"}),
    (True, "Ana Ruiz", set()),
    (False, None, set()),
    (None, None, set()),
])
def test_sedation_needs_a_driver(sedative, driver, expected):
    assert codes(case(checkin={"sedative": sedative, "driver_name": driver})) == expected


def device_exam(placed_on, exam_day):
    at = datetime(exam_day.year, exam_day.month, exam_day.day, 14, 30, tzinfo=MOUNTAIN)
    return case(exam={"indication": Indication.DEVICE_CONFIRMATION, "device_placed_on": placed_on,
                      "scheduled_at": at}, history={"no_periods": True}, pregnancy_test_refused=True,
                pregnancy_test=None)


@pytest.mark.parametrize("placed_on, exam_day, too_early", [
    (date(2026, 8, 31), date(2026, 11, 29), True),    # 31 Aug + 3 months = 30 Nov
    (date(2026, 8, 31), date(2026, 11, 30), False),
    (date(2026, 8, 20), date(2026, 11, 19), True),
    (date(2026, 8, 20), date(2026, 11, 20), False),
    (date(2025, 11, 30), date(2026, 2, 27), True),    # across the year end, clamped to Feb 28
    (date(2025, 11, 30), date(2026, 2, 28), False),
])
def test_device_waiting_period(placed_on, exam_day, too_early):
    assert ("device.too_early" in codes(device_exam(placed_on, exam_day))) is too_early


def test_device_message_names_the_due_date():
    message = finding(device_exam(date(2026, 8, 31), date(2026, 11, 25)), "device.too_early").message
    assert "Mon Nov 30, 2026" in message and "Mon Aug 31, 2026" in message


def test_device_placement_missing():
    assert "device.placement_missing" in codes(device_exam(None, date(2026, 11, 25)))
    assert "device.placement_missing" not in codes(case(exam={"device_placed_on": None}))


def test_a_longer_device_wait_moves_the_boundary():
    settings = DEFAULT_SETTINGS.with_values({"device_wait_months": 4})
    assert "device.too_early" in codes(device_exam(date(2026, 7, 31), date(2026, 11, 25)), settings)
    assert "device.too_early" not in codes(device_exam(date(2026, 7, 31), date(2026, 11, 25)))
