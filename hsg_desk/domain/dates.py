"""How the clinic writes a day, and a temperature: the one parser every form and the
patient search use.

A day is month/day/year with a 1- or 2-digit month and day and a 4-digit year
("5/3/1990", "05/03/1990"), or ISO ("1990-05-03"). A 2-digit year is refused, never
guessed: "5/3/90" could be 1990 or 2090, and a wrong century on a date of birth is a
wrong patient. A refusal says what is wrong ("February has no 30th").
"""

from __future__ import annotations

import calendar
import re
from datetime import date

from hsg_desk.domain.errors import ValidationError
from .message import Message

US_DATE = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d+)$")
ISO_DATE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
EXAMPLE = "3/14/1990"
ORDINALS = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}


class DateRefused(ValidationError, ValueError):
    """A day that cannot be read; a ValueError too, for callers that only parse."""


def ordinal(day: int) -> str:
    return f"{day}{ORDINALS.get(day, 'th')}"


def parse_date(text: str, field: str = "date") -> date | None:
    """The day typed, None when blank; DateRefused (naming `field`) with the reason otherwise."""
    text = (text or "").strip()
    if not text:
        return None
    match = US_DATE.match(text)
    if match:
        month, day, year_text = match.groups()
        if len(year_text) != 4:
            raise DateRefused(field, Message("type the year with 4 digits, e.g. {month}/{day}/19{yy} or "
                                             "{month}/{day}/20{yy}", month=month, day=day, yy=year_text[-2:])
                              if len(year_text) == 2
                              else Message("type the year with 4 digits, e.g. {EXAMPLE}", EXAMPLE=EXAMPLE))
        return _day(int(year_text), int(month), int(day), field)
    match = ISO_DATE.match(text)
    if match:
        year, month, day = (int(part) for part in match.groups())
        return _day(year, month, day, field)
    raise DateRefused(field, Message("type month/day/year, e.g. {EXAMPLE}", EXAMPLE=EXAMPLE))


def _day(year: int, month: int, day: int, field: str) -> date:
    if year < 1900:
        raise DateRefused(field, Message("{year} is not a year this form accepts (1900 or later)", year=year))
    if not 1 <= month <= 12:
        raise DateRefused(field, Message("there is no month {month}: the month comes first (1–12), then the day",
                                         month=month))
    last = calendar.monthrange(year, month)[1]
    if not 1 <= day <= last:
        name = calendar.month_name[month]
        if month == 2 and day == 29:
            raise DateRefused(field, Message("February {year} has no 29th ({year} is not a leap year)", year=year))
        if day == 0:
            raise DateRefused(field, "there is no day 0")
        raise DateRefused(field, Message("{month} has no {ordinal}", month=name, ordinal=ordinal(day), day=day)
                          if day <= 31 else Message("no month has a day {day}", day=day))
    return date(year, month, day)


def date_text(day: date | None) -> str:
    """The way forms show a day: 03/14/1990."""
    return f"{day:%m/%d/%Y}" if day else ""


# -- temperature ------------------------------------------------------------------
TEMPERATURE = re.compile(r"^(-?\d+(?:[.,]\d+)?)\s*°?\s*([CcFf])?$")
FAHRENHEIT_FROM = 50.0  # a body temperature typed without a unit above this is °F (98.6)


def parse_temperature_c(text: str, field: str = "temperature_c") -> float | None:
    """'36.8', '36,8 °C', '98.6 F' or '98.6' → degrees Celsius (one decimal); blank → None.

    Without a unit, a number above 50 can only be °F for a living patient, so it is read
    as °F; the rules' own range check then refuses what is still impossible."""
    text = (text or "").strip()
    if not text:
        return None
    match = TEMPERATURE.match(text)
    if not match:
        raise ValidationError(field, "type a temperature such as 36.8 °C or 98.6 °F")
    value = float(match.group(1).replace(",", "."))
    unit = (match.group(2) or ("F" if value > FAHRENHEIT_FROM else "C")).upper()
    celsius = (value - 32) * 5 / 9 if unit == "F" else value
    return round(celsius, 1)

