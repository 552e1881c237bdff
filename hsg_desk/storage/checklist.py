"""The procedure checklist as it happened: `checklist_events` (done, undone, not needed,
delayed-images wait started) and the `timeouts` recorded before step 6."""

from __future__ import annotations

import json
from datetime import datetime

from hsg_desk.domain.checklist import ChecklistEvent, StepAction

from .records import json_text, parse_time, time_text

# The schema names the delayed-images wait "timer_started"; the domain says WAIT_STARTED.
_TO_ROW = {StepAction.WAIT_STARTED: "timer_started"}
_FROM_ROW = {"timer_started": StepAction.WAIT_STARTED}


def list_events(db, exam_id: int) -> list[ChecklistEvent]:
    cursor = db.execute(
        "SELECT c.step, c.action, c.at, COALESCE(u.display_name, ''), COALESCE(c.reason, ''), c.data "
        "FROM checklist_events c LEFT JOIN users u ON u.id = c.user_id WHERE c.exam_id = ? ORDER BY c.id",
        [exam_id])
    return [ChecklistEvent(step, _FROM_ROW.get(action) or StepAction(action), parse_time(at), by, reason,
                           json.loads(data or "{}"))
            for step, action, at, by, reason, data in cursor.fetchall()]


def insert_event(db, exam_id: int, event: ChecklistEvent, user_id: int | None) -> int:
    action = _TO_ROW.get(event.action, event.action.value)
    return db.execute(
        "INSERT INTO checklist_events(exam_id, step, action, data, reason, at, user_id) VALUES (?, ?, ?, ?, ?, ?, ?)",
        [exam_id, event.step, action, json_text(dict(event.data)), event.reason or None, time_text(event.at),
         user_id]).lastrowid


def insert_timeout(db, exam_id: int, items: list[str], confirmed_by: str, at: datetime,
                   user_id: int | None) -> int:
    return db.execute("INSERT INTO timeouts(exam_id, items, confirmed_by, at, user_id) VALUES (?, ?, ?, ?, ?)",
                      [exam_id, json_text(list(items)), confirmed_by, time_text(at), user_id]).lastrowid


def latest_timeout(db, exam_id: int) -> dict | None:
    row = db.execute(
        "SELECT t.id, t.items, t.confirmed_by, t.at, COALESCE(u.display_name, '') FROM timeouts t "
        "LEFT JOIN users u ON u.id = t.user_id WHERE t.exam_id = ? ORDER BY t.id DESC LIMIT 1", [exam_id]).fetchone()
    if row is None:
        return None
    return {"id": row[0], "items": json.loads(row[1]), "confirmed_by": row[2], "at": parse_time(row[3]),
            "recorded_by": row[4]}
