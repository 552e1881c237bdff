"""The medical history of one exam (`histories`).

History answers are saved one at a time as the technologist makes them, version-checked.
(The patient's allergy list, which every exam of hers shares, is allergies.py.)
"""

from __future__ import annotations

import json
from datetime import datetime

from hsg_desk.domain.allergy import Allergy
from hsg_desk.domain.case import History, PregnancyAnswer

from .allergies import list_allergies
from .rows import bool_or_none, dict_row, parse_date, time_text, update_versioned

BOOL_COLUMNS = ("still_bleeding", "no_periods", "intercourse_since_lmp", "active_infection_or_fever",
                "pelvic_infection_or_std", "pid_history", "recent_uterine_surgery", "inflammatory_condition",
                "bleeding_disorder_or_anticoagulant", "diabetes_or_kidney", "asthma", "allergies_reviewed",
                "questions_answered")
ANSWER_COLUMNS = ("pregnancy", "lmp", "flow_ended_on", "temperature_c", "medications") + BOOL_COLUMNS


def get_history_row(db, exam_id: int) -> dict | None:
    return dict_row(db, "SELECT * FROM histories WHERE exam_id = ?", [exam_id])


def ensure_history(db, exam_id: int, at: datetime, user_id: int | None) -> dict:
    """The exam's history row, created empty (nothing answered) when there is none yet."""
    row = get_history_row(db, exam_id)
    if row is None:
        # Two workstations may both find no row: the second insert does nothing.
        db.execute("INSERT INTO histories(exam_id, updated_at, updated_by) VALUES (?, ?, ?) "
                   "ON CONFLICT(exam_id) DO NOTHING", [exam_id, time_text(at), user_id])
        row = get_history_row(db, exam_id)
    return row


def update_history(db, exam_id: int, changes: dict, expected_version: int | None, at: datetime,
                   user_id: int | None) -> int:
    """Save answers (column → stored value), version-checked; returns the new version."""
    unknown = set(changes) - set(ANSWER_COLUMNS)
    if unknown:
        raise KeyError(f"not a history answer: {sorted(unknown)[0]}")
    columns = dict(changes) | {"updated_at": time_text(at), "updated_by": user_id}
    return update_versioned(db, "histories", "exam_id", exam_id, columns, expected_version)


def get_history(db, exam_id: int, patient_id: int) -> History:
    """The exam's history answers (unanswered stays None) with her allergy list."""
    return history_from_row(get_history_row(db, exam_id), list_allergies(db, patient_id))


def history_from_row(row: dict | None, allergies: list[Allergy]) -> History:
    """The domain History (unanswered stays None) from a histories row and her allergy list."""
    entries = tuple(allergies)
    if row is None:
        return History(allergies=entries)
    return History(
        pregnancy=PregnancyAnswer(row["pregnancy"]) if row["pregnancy"] else None,
        lmp=parse_date(row["lmp"]),
        flow_ended_on=parse_date(row["flow_ended_on"]),
        temperature_c=row["temperature_c"],
        medications=tuple(json.loads(row["medications"] or "[]")),
        allergies=entries,
        **{name: bool_or_none(row[name]) for name in BOOL_COLUMNS
           if name not in ("allergies_reviewed", "questions_answered")},
    )
