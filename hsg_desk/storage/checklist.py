"""The procedure checklist as it happened: `checklist_events` (done, undone, not needed,
delayed-images wait started) and the `timeouts` recorded before step 6."""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime
from itertools import groupby

from hsg_desk.domain.checklist import ChecklistEvent, StepAction, StepAlreadyDone, checklist_problem
from hsg_desk.domain.timeout import Timeout

from .rows import json_text, parse_time, time_text

# The schema names the delayed-images wait "timer_started"; the domain says WAIT_STARTED.
_TO_ROW = {StepAction.WAIT_STARTED: "timer_started"}
_FROM_ROW = {"timer_started": StepAction.WAIT_STARTED}


_EVENT_COLUMNS = ("c.step, c.action, c.at, COALESCE(u.display_name, ''), COALESCE(c.reason, ''), c.data "
                  "FROM checklist_events c LEFT JOIN users u ON u.id = c.user_id")


def action_from_row(text: str) -> StepAction:
    return _FROM_ROW.get(text) or StepAction(text)


def event_from_row(step, action, at, by, reason, data) -> ChecklistEvent:
    """One stored event; `data` is its JSON details (the locker at step 2, the wait's start at step 8)."""
    details = json.loads(data or "{}")
    return ChecklistEvent(step, action_from_row(action), parse_time(at), by, reason or "",
                          locker=str(details.get("locker") or "").strip(),
                          wait_started_at=parse_time(details.get("wait_started_at")))


def list_events(db, exam_id: int) -> list[ChecklistEvent]:
    cursor = db.execute(f"SELECT {_EVENT_COLUMNS} WHERE c.exam_id = ? ORDER BY c.id", [exam_id])
    return [event_from_row(*row) for row in cursor.fetchall()]


def lock_checklist(db, exam_id: int) -> None:
    """Writers of one exam's checklist take turns, so what the next read shows is what the
    write follows. SQLite's write transaction already holds the file's only write lock; on
    a server (READ COMMITTED) the exam's row is locked until the transaction ends: without
    it two exam rooms could undo step 6 and complete step 7 at once (the three-workstation
    test found it)."""
    if getattr(db, "dialect", "sqlite") == "postgresql":
        db.execute("SELECT id FROM exams WHERE id = ? FOR UPDATE", [exam_id])


def insert_event(db, exam_id: int, event: ChecklistEvent, user_id: int | None) -> int:
    """Append one event. The schema keeps one live completion per step (migration 0003),
    so a second "done step 5" raises StepAlreadyDone naming who did it first."""
    action = _TO_ROW.get(event.action, event.action.value)
    try:
        return db.execute(
            "INSERT INTO checklist_events(exam_id, step, action, data, reason, at, user_id) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            [exam_id, event.step, action, json_text(event.details()), event.reason or None,
             time_text(event.at), user_id]).lastrowid
    except sqlite3.IntegrityError as error:
        live = db.execute(
            "SELECT COALESCE(u.display_name, ''), c.at FROM checklist_events c "
            "LEFT JOIN users u ON u.id = c.user_id WHERE c.exam_id = ? AND c.step = ? AND c.live = 1",
            [exam_id, event.step]).fetchone()
        if live is None:
            raise
        raise StepAlreadyDone(event.step, live[0], parse_time(live[1])) from error


def first_broken_checklist(db) -> tuple[int, str] | None:
    """(exam id, why) of the first exam whose checklist cannot be replayed, or None.

    A checklist wedged by two writers (a step done twice, steps out of order) makes
    complete, undo and sign fail for that exam; `hsg-desk check` reports it.
    """
    cursor = db.execute(f"SELECT c.exam_id, {_EVENT_COLUMNS} ORDER BY c.exam_id, c.id")
    for exam_id, rows in groupby(cursor, key=lambda row: row[0]):
        problem = checklist_problem([event_from_row(*row[1:]) for row in rows])
        if problem:
            return exam_id, problem
    return None


def insert_timeout(db, exam_id: int, items: list[str], confirmed_by: str, at: datetime,
                   user_id: int | None) -> int:
    return db.execute("INSERT INTO timeouts(exam_id, items, confirmed_by, at, user_id) VALUES (?, ?, ?, ?, ?)",
                      [exam_id, json_text(list(items)), confirmed_by, time_text(at), user_id]).lastrowid


def timeout_from_row(items: str, confirmed_by: str, at: str, recorded_by: str = "",
                     timeout_id: int | None = None) -> Timeout:
    """A `timeouts` row (items as JSON text) as the domain's Timeout."""
    try:
        listed = json.loads(items or "[]")
    except ValueError:
        listed = []
    return Timeout(tuple(str(item) for item in listed) if isinstance(listed, list) else (), confirmed_by,
                   parse_time(at), recorded_by, timeout_id)


def latest_timeout(db, exam_id: int) -> Timeout | None:
    row = db.execute(
        "SELECT t.id, t.items, t.confirmed_by, t.at, COALESCE(u.display_name, '') FROM timeouts t "
        "LEFT JOIN users u ON u.id = t.user_id WHERE t.exam_id = ? ORDER BY t.id DESC LIMIT 1", [exam_id]).fetchone()
    if row is None:
        return None
    timeout_id, items, confirmed_by, at, recorded_by = row
    return timeout_from_row(items, confirmed_by, at, recorded_by, timeout_id)
