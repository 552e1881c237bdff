"""Patient-document texts (resources/texts/<language>/*.json) and language-aware formatting.

The texts are editable files: wording changes need no code change. A text may carry
reportlab's paragraph markup (<b>); the values put into it are always escaped, so a
patient's `O'Brien & <Sons>` prints as typed.
"""

from __future__ import annotations

import json
import re
from datetime import date, datetime
from functools import lru_cache
from typing import Any
from zoneinfo import ZoneInfo

from babel.dates import format_date, format_time

from hsg_desk.domain.fields import without_control_characters
from hsg_desk.domain.vocabulary import Language
from hsg_desk.resources_path import resource_path

from .fonts import font_markup

LANGUAGES = tuple(Language)
# CLDR puts narrow no-break spaces in "3:15 PM" / "p. m."; plain spaces print and copy cleanly.
_SPACES = str.maketrans({"\u202f": " ", "\u00a0": " "})

# A clock time never breaks across lines ("11:27 a." / "m."): its spaces become no-break
# spaces inside paragraphs (the strings themselves keep plain ones for copying).
_CLOCK_TIME = re.compile(r"\b\d{1,2}:\d{2} (?:[AP]M|[ap]\. m\.)")

# Spanish writes the weekday without a comma: "el sábado 28 de noviembre".
DAY_PATTERNS = {"en": "EEEE, MMMM d", "es": "EEEE d 'de' MMMM"}
DAY_YEAR_PATTERNS = {"en": "EEEE, MMMM d, y", "es": "EEEE d 'de' MMMM 'de' y"}


@lru_cache(maxsize=32)
def load_texts(language: str, name: str) -> dict[str, Any]:
    """The texts of document `name` ('aftercare', 'prep', 'consent', 'common') in `language`."""
    if language not in LANGUAGES:
        raise ValueError(f"unknown document language {language!r}")
    with resource_path("texts", language, f"{name}.json").open(encoding="utf-8") as handle:
        return json.load(handle)


def esc(value: Any) -> str:
    """Text from the record, made safe for a reportlab paragraph, each script in its own face;
    never a control character (it would print as a box)."""
    return unbroken_times(font_markup(without_control_characters("" if value is None else str(value))))


def unbroken_times(text: str) -> str:
    """`text` with each clock time held on one line."""
    return _CLOCK_TIME.sub(lambda match: match.group().replace(" ", "\u00a0"), text)


def fill(template: str, **values: Any) -> str:
    """`template` (trusted markup) with each `{name}` replaced by its escaped value."""
    return template.format_map({name: esc(value) for name, value in values.items()})


def local(moment: datetime, time_zone: str) -> datetime:
    return moment.astimezone(ZoneInfo(time_zone))


def clock_time(moment: datetime, language: str, time_zone: str) -> str:
    """`3:15 PM` / `3:15 p. m.`"""
    return format_time(local(moment, time_zone), "h:mm a", locale=language).translate(_SPACES)


def day_and_time(moment: datetime, language: str, time_zone: str, *, year: bool = False) -> str:
    """`Thursday, November 26, 3:15 PM` / `jueves 26 de noviembre a las 3:15 p. m.`

    Spanish reads "a la 1:00" for one o'clock and "a las" for every other hour; a text puts
    "el" in front ("hasta el jueves 26 de noviembre a las 3:15 p. m.").
    """
    at = local(moment, time_zone)
    day = long_day(at.date(), language, year=year)
    clock = clock_time(at, language, time_zone)
    if language == "es":
        return f"{day} {'a la' if at.hour % 12 == 1 else 'a las'} {clock}"
    return f"{day}, {clock}"


def long_day(day: date, language: str, *, year: bool = True) -> str:
    """`Tuesday, November 24, 2026` / `martes 24 de noviembre de 2026`."""
    pattern = (DAY_YEAR_PATTERNS if year else DAY_PATTERNS)[language]
    return format_date(day, pattern, locale=language).translate(_SPACES)


def calendar_day(day: date, language: str) -> str:
    """`March 4, 1990` / `4 de marzo de 1990`: a date without its weekday (a birth date)."""
    pattern = {"en": "MMMM d, y", "es": "d 'de' MMMM 'de' y"}[language]
    return format_date(day, pattern, locale=language).translate(_SPACES)


def short_day(day: date, language: str) -> str:
    """`Mar 4, 1990` / `4 mar 1990`: unambiguous in both languages (dates of birth)."""
    return format_date(day, "medium", locale=language).translate(_SPACES)


def staff_time(moment: datetime | None, time_zone: str, language: str = "en") -> str:
    """`Nov 26, 2026, 3:15 PM` / `26 nov 2026, 3:15 p. m.` for the staff summary; empty when not recorded."""
    if moment is None:
        return ""
    at = local(moment, time_zone)
    return f"{format_date(at, 'medium', locale=language)}, {clock_time(at, language, time_zone)}".translate(_SPACES)


def capitalized(text: str) -> str:
    """First letter upper-case, for a date that starts a line ("Miércoles, 25 de noviembre…")."""
    return text[:1].upper() + text[1:]
