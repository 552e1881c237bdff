"""Check-in rows and the pregnancy test of one exam (DESIGN.md §3, §4.1).

Each field is saved as the clerk makes it: `save_checkin` / `save_pregnancy_test`
create the row on first use and otherwise update it, version-checked.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from .records import dict_row, save_versioned

CHECKIN_FIELDS = (
    "identity_verified", "identity_verified_at", "identity_verified_by", "referral_on_file",
    "payment_kind", "insurance_carrier", "insurance_member_id", "insurance_card_copied",
    "coverage_acknowledged", "payment_amount_cents", "payment_method", "consent_signed",
    "consent_signed_at", "consent_recorded_by", "sedative", "sedative_name", "driver_name",
    "driver_phone", "language", "completed_at", "completed_by",
)
TEST_FIELDS = ("refused", "method", "collected_at", "result", "received_at")


def get_checkin(db, exam_id: int) -> dict | None:
    return dict_row(db, "SELECT * FROM checkins WHERE exam_id = ?", [exam_id])


def get_pregnancy_test(db, exam_id: int) -> dict | None:
    return dict_row(db, "SELECT * FROM pregnancy_tests WHERE exam_id = ?", [exam_id])


def save_checkin(db, exam_id: int, changes: dict[str, Any], expected_version: int | None,
                 at: datetime, user_id: int | None) -> int:
    """Create or update the exam's check-in row; return its new version.

    `expected_version` is the version the clerk's screen last read (None: no row yet).
    """
    unknown = set(changes) - set(CHECKIN_FIELDS)
    if unknown:
        raise ValueError(f"not check-in fields: {sorted(unknown)}")
    stamp = {"updated_at": at.isoformat(), "updated_by": user_id}
    return save_versioned(db, "checkins", "exam_id", exam_id, changes | stamp, expected_version)


def save_pregnancy_test(db, exam_id: int, changes: dict[str, Any], expected_version: int | None,
                        at: datetime, user_id: int | None) -> int:
    unknown = set(changes) - set(TEST_FIELDS)
    if unknown:
        raise ValueError(f"not pregnancy test fields: {sorted(unknown)}")
    stamp = {"recorded_at": at.isoformat(), "recorded_by": user_id}
    return save_versioned(db, "pregnancy_tests", "exam_id", exam_id, changes | stamp, expected_version)


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
