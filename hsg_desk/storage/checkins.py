"""Check-in rows and the pregnancy test of one exam (DESIGN.md §3, §4.1).

Rows are read as the domain's Checkin and CheckinPregnancyTest. Each field is saved as the
clerk makes it: `save_checkin` / `save_pregnancy_test` take domain values, create the row on
first use and otherwise update it, version-checked.
"""

from __future__ import annotations

from datetime import date, datetime
from enum import Enum
from typing import Any

from hsg_desk.domain.checkin import Checkin, CheckinPregnancyTest
from hsg_desk.domain.vocabulary import Language, PaymentKind, TestMethod, TestResult

from .rows import bool_or_none, dict_row, parse_time, save_versioned, time_text

CHECKIN_COLUMNS = (
    "identity_verified", "identity_verified_at", "identity_verified_by", "referral_on_file",
    "payment_kind", "insurance_carrier", "insurance_member_id", "insurance_card_copied",
    "coverage_acknowledged", "payment_amount_cents", "payment_method", "consent_signed",
    "consent_signed_at", "consent_recorded_by", "sedative", "sedative_name", "driver_name",
    "driver_phone", "language", "completed_at", "completed_by",
)
PREGNANCY_TEST_COLUMNS = ("refused", "method", "collected_at", "result", "received_at")


def _member(enum, value):
    return None if value is None else enum(value)


def checkin_from_row(row: dict) -> Checkin:
    """A `checkins` row as the domain's Checkin: yes/no as bools, times as aware datetimes."""
    return Checkin(
        identity_verified=bool_or_none(row["identity_verified"]),
        identity_verified_at=parse_time(row["identity_verified_at"]),
        identity_verified_by=row["identity_verified_by"], referral_on_file=bool_or_none(row["referral_on_file"]),
        payment_kind=_member(PaymentKind, row["payment_kind"]), insurance_carrier=row["insurance_carrier"],
        insurance_member_id=row["insurance_member_id"],
        insurance_card_copied=bool_or_none(row["insurance_card_copied"]),
        coverage_acknowledged=bool_or_none(row["coverage_acknowledged"]),
        payment_amount_cents=row["payment_amount_cents"], payment_method=row["payment_method"],
        consent_signed=bool_or_none(row["consent_signed"]), consent_signed_at=parse_time(row["consent_signed_at"]),
        consent_recorded_by=row["consent_recorded_by"], sedative=bool_or_none(row["sedative"]),
        sedative_name=row["sedative_name"], driver_name=row["driver_name"], driver_phone=row["driver_phone"],
        language=_member(Language, row["language"]), completed_at=parse_time(row["completed_at"]),
        completed_by=row["completed_by"], version=row["version"])


def pregnancy_test_from_row(row: dict) -> CheckinPregnancyTest:
    return CheckinPregnancyTest(
        refused=bool(row["refused"]), method=_member(TestMethod, row["method"]),
        collected_at=parse_time(row["collected_at"]), result=_member(TestResult, row["result"]),
        received_at=parse_time(row["received_at"]), recorded_by=row["recorded_by"], version=row["version"])


def column_value(value: Any) -> Any:
    """A domain value as its column holds it (what the audit and amendments keep)."""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, datetime):
        return time_text(value)
    if isinstance(value, Enum):
        return value.value
    return value


def get_checkin(db, exam_id: int) -> Checkin | None:
    row = dict_row(db, "SELECT * FROM checkins WHERE exam_id = ?", [exam_id])
    return None if row is None else checkin_from_row(row)


def get_pregnancy_test(db, exam_id: int) -> CheckinPregnancyTest | None:
    row = dict_row(db, "SELECT * FROM pregnancy_tests WHERE exam_id = ?", [exam_id])
    return None if row is None else pregnancy_test_from_row(row)


def save_checkin(db, exam_id: int, changes: dict[str, Any], expected_version: int | None,
                 at: datetime, user_id: int | None) -> int:
    """Create or update the exam's check-in row; return its new version.

    `expected_version` is the version the clerk's screen last read (None: no row yet).
    """
    unknown = set(changes) - set(CHECKIN_COLUMNS)
    if unknown:
        raise ValueError(f"not check-in fields: {sorted(unknown)}")
    columns = {name: column_value(value) for name, value in changes.items()}
    stamp = {"updated_at": at.isoformat(), "updated_by": user_id}
    return save_versioned(db, "checkins", "exam_id", exam_id, columns | stamp, expected_version)


def save_pregnancy_test(db, exam_id: int, changes: dict[str, Any], expected_version: int | None,
                        at: datetime, user_id: int | None) -> int:
    unknown = set(changes) - set(PREGNANCY_TEST_COLUMNS)
    if unknown:
        raise ValueError(f"not pregnancy test fields: {sorted(unknown)}")
    columns = {name: column_value(value) for name, value in changes.items()}
    stamp = {"recorded_at": at.isoformat(), "recorded_by": user_id}
    return save_versioned(db, "pregnancy_tests", "exam_id", exam_id, columns | stamp, expected_version)


def booking_lmp(db, exam_id: int) -> date | None:
    row = db.execute("SELECT lmp FROM histories WHERE exam_id = ?", [exam_id]).fetchone()
    return date.fromisoformat(row[0]) if row and row[0] else None


def record_booking_lmp(db, exam_id: int, lmp: date, at: datetime, user_id: int | None,
                       flow_ended_on: date | None = None) -> None:
    """The last-period date (and the day its flow ended, when known) told when booking starts the
    exam's history row.

    The technologist confirms them when taking the history; an existing row is left alone.
    """
    db.execute("INSERT OR IGNORE INTO histories(exam_id, lmp, flow_ended_on, updated_at, updated_by) "
               "VALUES (?, ?, ?, ?, ?)",
               [exam_id, lmp.isoformat(), flow_ended_on.isoformat() if flow_ended_on else None, at.isoformat(),
                user_id])
