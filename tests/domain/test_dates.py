"""The one way a day and a temperature are read (domain/dates.py), rule by rule."""

from __future__ import annotations

from datetime import date

import pytest

from hsg_desk.domain.dates import DateRefused, date_text, parse_date, parse_temperature_c
from hsg_desk.domain.errors import ValidationError

READ = [
    ("5/3/1990", date(1990, 5, 3)),        # 1-digit month and day
    ("05/03/1990", date(1990, 5, 3)),
    (" 12/31/2026 ", date(2026, 12, 31)),
    ("1990-05-03", date(1990, 5, 3)),      # ISO, as a computer writes it
    ("2/29/2024", date(2024, 2, 29)),      # a leap year
    ("", None),
    ("   ", None),
]

REFUSED = [
    ("5/3/90", "type the year with 4 digits, e.g. 5/3/1990 or 5/3/2090"),  # never guessed
    ("5/3/990", "type the year with 4 digits"),
    ("02/30/1990", "February has no 30th"),
    ("4/31/2026", "April has no 31st"),
    ("2/29/2023", "February 2023 has no 29th (2023 is not a leap year)"),
    ("13/1/2000", "there is no month 13"),
    ("1/0/2000", "there is no day 0"),
    ("1/32/2000", "no month has a day 32"),
    ("3/14/1890", "1890 is not a year this form accepts"),
    ("March 14", "type month/day/year, e.g. 3/14/1990"),
    ("3-14-1990", "type month/day/year"),
]


@pytest.mark.parametrize(("typed", "day"), READ)
def test_a_day_is_read(typed, day):
    assert parse_date(typed) == day


@pytest.mark.parametrize(("typed", "reason"), REFUSED)
def test_a_day_is_refused_with_the_reason(typed, reason):
    with pytest.raises(DateRefused) as refused:
        parse_date(typed, "birth_date")
    assert refused.value.message.startswith(reason)
    assert refused.value.field == "birth_date"
    assert isinstance(refused.value, ValueError) and isinstance(refused.value, ValidationError)


def test_a_day_is_shown_as_the_clinic_writes_it():
    assert date_text(date(1990, 5, 3)) == "05/03/1990"
    assert date_text(None) == ""
    assert parse_date(date_text(date(2026, 11, 26))) == date(2026, 11, 26)


@pytest.mark.parametrize(("typed", "celsius"), [
    ("36.8", 36.8), ("36,8", 36.8), ("37 °C", 37.0), ("36.8c", 36.8),
    ("98.6 °F", 37.0), ("98.6F", 37.0), ("98.6", 37.0),  # no unit above 50: only °F makes sense
    ("100.4 f", 38.0), ("", None),
])
def test_a_temperature_is_stored_in_celsius(typed, celsius):
    assert parse_temperature_c(typed) == celsius


@pytest.mark.parametrize("typed", ["warm", "98.6 K", "37..2", "°F"])
def test_a_temperature_that_cannot_be_read_is_refused(typed):
    with pytest.raises(ValidationError, match="36.8 °C or 98.6 °F"):
        parse_temperature_c(typed)

