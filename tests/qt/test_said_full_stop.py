"""A message that ends on a value ending in a full stop says one full stop (the Spanish clock
writes "7:15 a. m."); an ellipsis is left as it is."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from hsg_desk.domain.message import Message
from hsg_desk.qt.domain_text import said
from hsg_desk.services.booking import window_advice
from hsg_desk.domain.settings import DEFAULT_SETTINGS


def test_the_spanish_booking_advice_ends_its_blood_test_time_with_one_full_stop(spanish):
    at = datetime(2026, 12, 9, 7, 15, tzinfo=ZoneInfo(DEFAULT_SETTINGS.time_zone))
    text = said(window_advice(None, at, DEFAULT_SETTINGS).text)
    assert "m." in text and not text.endswith(".."), text


def test_a_typed_reason_ending_in_a_full_stop_is_not_doubled_and_an_ellipsis_stays():
    assert said(Message("Cancelled: {reason}.", reason="She moved away.")) == "Cancelled: She moved away."
    assert said(Message("{a}... and {b}.", a="x", b="y")) == "x... and y."
