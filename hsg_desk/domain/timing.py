"""Clock and calendar arithmetic behind the rules (DESIGN.md §3, §4.1, §4.2, §4.5, §6).

Pure functions: every moment is passed in, nothing reads the system clock.
Aware datetimes keep their own UTC offset; dates are calendar dates in the exam's offset.
"""

from __future__ import annotations

import calendar
from datetime import date, datetime, timedelta, tzinfo
from functools import lru_cache
from zoneinfo import ZoneInfo

from .settings import DEFAULT_SETTINGS, ClinicSettings

_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def exam_date(scheduled_at: datetime) -> date:
    """The exam's calendar date, in the exam's own UTC offset."""
    return scheduled_at.date()


def cycle_day(lmp: date, exam_day: date) -> int:
    """Cycle day of the exam (§4.2): day 1 is the first day of the last period, so `(exam − LMP) + 1`."""
    return (exam_day - lmp).days + 1


def booking_window(lmp: date, settings: ClinicSettings = DEFAULT_SETTINGS,
                   flow_ended_on: date | None = None) -> tuple[date, date]:
    """The days that fit the cycle rule (§3, §4.2) for a period starting on `lmp`.

    From the day after her flow ended when she has told us (`flow_ended_on`), else from the
    day after the typical flow (cycle day `typical_flow_days + 1`), through cycle day
    `last_cycle_day`, both included. When no day is left (a long flow, or settings with the
    typical flow as long as the allowed days) `first` comes after `last`: no day fits.
    """
    if flow_ended_on is not None and flow_ended_on >= lmp:
        first = flow_ended_on + timedelta(days=1)
    else:
        first = lmp + timedelta(days=settings.typical_flow_days)
    last = lmp + timedelta(days=settings.last_cycle_day - 1)
    return first, last


def window_counts_from_flow_end(lmp: date, flow_ended_on: date | None) -> bool:
    """True when `booking_window` starts from her recorded flow end, not the typical flow setting."""
    return flow_ended_on is not None and flow_ended_on >= lmp


def outside_window(day: date, window: tuple[date, date]) -> bool:
    """True when `day` is not one of the window's days (or the window has no day at all)."""
    first, last = window
    return not first <= day <= last


def earliest_test_collection(scheduled_at: datetime, settings: ClinicSettings = DEFAULT_SETTINGS) -> datetime:
    """The earliest valid pregnancy-test collection time (§4.1): `scheduled_at − window`, itself valid."""
    return scheduled_at - timedelta(hours=settings.pregnancy_test_window_hours)


def collected_too_early(collected_at: datetime, scheduled_at: datetime,
                             settings: ClinicSettings = DEFAULT_SETTINGS) -> bool:
    """True when the test was collected before the window opened (§4.1); compares instants, not clock faces."""
    return collected_at < earliest_test_collection(scheduled_at, settings)


def add_months(start: date, months: int) -> date:
    """`start` plus whole calendar months, clamped to the month's end (31 Aug + 3 months = 30 Nov)."""
    index = start.month - 1 + months
    year, month = start.year + index // 12, index % 12 + 1
    return date(year, month, min(start.day, calendar.monthrange(year, month)[1]))


def earliest_device_confirmation(placed_on: date, settings: ClinicSettings = DEFAULT_SETTINGS) -> date:
    """The first date an Essure/Adiana confirmation HSG may be done (§4.5): placement + N calendar months."""
    return add_months(placed_on, settings.device_wait_months)


def aftercare_until(catheter_removed_at: datetime, settings: ClinicSettings = DEFAULT_SETTINGS) -> datetime:
    """Until when she avoids tampons, intercourse and hot baths (§6): catheter removal + the aftercare hours."""
    return catheter_removed_at + timedelta(hours=settings.aftercare_avoid_hours)


def aftercare_clock_start(catheter_removed_at: datetime | None, aborted: bool, instrument_used: bool,
                          aborted_at: datetime | None) -> datetime | None:
    """When the aftercare period starts (issue #13 §1), or None when no aftercare sheet is due.

    Normally at catheter removal (step 9). An exam stopped once the speculum and catheter were
    in (step 6) needs aftercare most of all: from the later of the stop and the removal.
    An exam stopped before step 6, cancelled or deferred used no instrument: no sheet.
    """
    if not aborted:
        return catheter_removed_at
    if not instrument_used:
        return None
    moments = [moment for moment in (catheter_removed_at, aborted_at) if moment is not None]
    return max(moments) if moments else None


# The ACR premedication regimen for a prior mild/moderate contrast reaction (§4.4).
PREMEDICATION_REGIMEN: tuple[tuple[int, str], ...] = (
    (13, "Prednisone 50 mg by mouth"),
    (7, "Prednisone 50 mg by mouth"),
    (1, "Prednisone 50 mg by mouth"),
    (1, "Diphenhydramine (Benadryl) 50 mg by mouth"),
)


def premedication_times(scheduled_at: datetime) -> list[tuple[datetime, str]]:
    """Clock times of the ACR regimen (§4.4): prednisone 13, 7 and 1 h before, diphenhydramine 1 h before."""
    return [(scheduled_at - timedelta(hours=hours), drug) for hours, drug in PREMEDICATION_REGIMEN]


def delayed_images_limit_reached(wait_started_at: datetime, now: datetime,
                                 settings: ClinicSettings = DEFAULT_SETTINGS) -> bool:
    """True once the delayed-images wait (checklist step 8, §5) has lasted the limit or longer."""
    return now - wait_started_at >= timedelta(minutes=settings.delayed_images_limit_minutes)


def format_day(day: date) -> str:
    """`Tue Nov 24, 2026`: English, independent of the machine's locale."""
    return f"{_DAYS[day.weekday()]} {_MONTHS[day.month - 1]} {day.day}, {day.year}"


def wall_clock(moment: datetime, zone: str | tzinfo | datetime | None) -> datetime:
    """`moment` as the clinic's wall clock shows it at that instant (issue #13 §8).

    `zone` is the facility's IANA time zone (the *Time zone* setting, e.g. America/Denver),
    so a time on the other side of a daylight-saving change reads as the clock on the wall
    read it then, not in the exam's offset. A datetime (the older way: "in the exam's
    offset") or None keeps the offset it is given.
    """
    if moment.tzinfo is None or zone is None:
        return moment
    if isinstance(zone, str):
        zone = _zone(zone)
    elif isinstance(zone, datetime):
        if zone.tzinfo is None:
            return moment
        zone = zone.tzinfo
    return moment.astimezone(zone)


@lru_cache(maxsize=8)
def _zone(name: str) -> tzinfo:
    return ZoneInfo(name)


def format_clock(moment: datetime) -> str:
    """`1:00 PM`."""
    hour = moment.hour % 12 or 12
    return f"{hour}:{moment.minute:02d} {'AM' if moment.hour < 12 else 'PM'}"


def format_moment(moment: datetime, zone: str | tzinfo | datetime | None = None) -> str:
    """`Tue Nov 24 1:00 PM` on the wall clock of `zone` (the facility's time zone; see `wall_clock`)."""
    moment = wall_clock(moment, zone)
    return f"{_DAYS[moment.weekday()]} {_MONTHS[moment.month - 1]} {moment.day} {format_clock(moment)}"
