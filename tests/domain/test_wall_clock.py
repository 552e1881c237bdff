"""Issue #13 §8: every time shown is the facility time zone's wall clock at that instant,
tested at both daylight-saving changes of 2026 (America/Denver: Sun Mar 8, Sun Nov 1)."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

import pytest

from hsg_desk.cli import main
from hsg_desk.domain.caseio import parse_case
from hsg_desk.domain.screening import screen
from hsg_desk.domain.settings import DEFAULT_SETTINGS
from hsg_desk.domain.timing import format_moment, wall_clock

MST, MDT = timezone(timedelta(hours=-7)), timezone(timedelta(hours=-6))


def too_early(scheduled_at: str, collected_at: str, settings=DEFAULT_SETTINGS) -> str:
    case = parse_case({"exam": {"scheduled_at": scheduled_at},
                       "pregnancy_test": {"method": "serum", "collected_at": collected_at, "result": "negative",
                                          "received_at": scheduled_at}})
    return {f.code: f.message for f in screen(case, settings)}["pregnancy.test_too_early"]


def test_the_issue_case_across_the_fall_change():
    # Exam Sun 1 Nov 2026 09:00 MST; test collected Sat 31 Oct 09:30 MDT (the clocks fell back between).
    message = too_early("2026-11-01T09:00:00-07:00", "2026-10-31T09:30:00-06:00")
    assert "collected 9:30 AM, earliest 10:00 AM" in message
    assert "Sat Oct 31" in message and "Sun Nov 1 9:00 AM" in message


def test_across_the_spring_change():
    # Exam Sun 8 Mar 2026 09:00 MDT; collected Sat 7 Mar 07:30 MST; earliest is 08:00 MST that Saturday.
    message = too_early("2026-03-08T09:00:00-06:00", "2026-03-07T07:30:00-07:00")
    assert "collected 7:30 AM, earliest 8:00 AM" in message and "Sun Mar 8 9:00 AM" in message


def test_times_given_in_another_offset_read_as_the_clinics_clock():
    message = too_early("2026-11-01T16:00:00+00:00", "2026-10-31T15:30:00+00:00")
    assert "collected 9:30 AM, earliest 10:00 AM" in message
    eastern = DEFAULT_SETTINGS.with_values({"time_zone": "America/New_York"})
    assert "collected 11:30 AM, earliest 12:00 PM" in too_early("2026-11-01T16:00:00+00:00",
                                                                "2026-10-31T15:30:00+00:00", eastern)


@pytest.mark.parametrize("instant, shown", [
    (datetime(2026, 3, 8, 8, 59, tzinfo=timezone.utc), "Sun Mar 8 1:59 AM"),    # still MST
    (datetime(2026, 3, 8, 9, 0, tzinfo=timezone.utc), "Sun Mar 8 3:00 AM"),     # MDT: 2 AM never shows
    (datetime(2026, 11, 1, 7, 30, tzinfo=timezone.utc), "Sun Nov 1 1:30 AM"),   # MDT, first 1:30
    (datetime(2026, 11, 1, 8, 30, tzinfo=timezone.utc), "Sun Nov 1 1:30 AM"),   # MST, the second 1:30
    (datetime(2026, 11, 1, 10, 0, tzinfo=MDT), "Sun Nov 1 9:00 AM"),            # a stale offset: the wall clock
])
def test_format_moment_is_the_wall_clock_at_both_changes(instant, shown):
    assert format_moment(instant, "America/Denver") == shown
    assert wall_clock(instant, "America/Denver").utcoffset() in (timedelta(hours=-7), timedelta(hours=-6))


def test_hsg_desk_screen_gives_the_wall_clock_message(tmp_path, capsys):
    path = tmp_path / "case.json"
    path.write_text(json.dumps({
        "exam": {"scheduled_at": "2026-11-01T09:00:00-07:00"},
        "pregnancy_test": {"method": "serum", "collected_at": "2026-10-31T09:30:00-06:00", "result": "negative",
                           "received_at": "2026-10-31T12:00:00-06:00"}}))
    assert main(["screen", str(path)]) == 0
    found = {f["code"]: f["message"] for f in json.loads(capsys.readouterr().out)}
    assert "collected 9:30 AM, earliest 10:00 AM" in found["pregnancy.test_too_early"]
