"""The day sheet's values (issue 19): one line per exam of the day, as the services load them
and reports/day_sheet.py prints them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from .indication import Indication
from .lifecycle import ExamStatus


@dataclass(frozen=True)
class DaySheetLine:
    exam_id: int
    scheduled_at: datetime
    family_name: str
    given_name: str
    mrn: str
    indication: Indication
    status: ExamStatus
    status_reason: str
    open_stops: tuple[tuple[str, str], ...]     # (code, level): blocks first
    test: str                                   # 'received' | 'not_received' | 'declined' | 'none'
    test_result: str | None
    sedative: bool | None
    driver: str
    allergies: tuple[tuple[str, str], ...]      # (category, severity)
    language: str
    premedication_ordered: bool
    antibiotics: str
    notes: str                                  # the indication's note and the room's notes


@dataclass(frozen=True)
class DaySheet:
    day: date
    facility_name: str
    facility_phone: str
    time_zone: str
    paper_size: str
    printed_at: datetime
    lines: tuple[DaySheetLine, ...]
