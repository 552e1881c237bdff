"""The MPPS outbox: each message waits here until the RIS has taken it (never deleted)."""

from __future__ import annotations

import json
from datetime import datetime

from hsg_desk.domain.message import restored, stored
from hsg_desk.domain.mpps import OutboxMessage

from .rows import dict_row, dict_rows, insert_row, json_text, parse_time


def message_from_row(row) -> OutboxMessage:
    return OutboxMessage(
        row["id"], row["exam_id"], row["status"], row["state"], row["attempts"], parse_time(row["next_try_at"]),
        restored(row["last_error"]), parse_time(row["created_at"]), parse_time(row["sent_at"]),
        row.get("sop_instance_uid", ""), json.loads(row.get("attributes") or "{}"),
        row.get("mrn", ""), row.get("family_name", ""), row.get("given_name", ""))


def queue_message(db, exam_id: int, sop_instance_uid: str, status: str, attributes: dict, at: datetime) -> int | None:
    """Queue one message; None when the exam already has one of this status (sent once only)."""
    if db.execute("SELECT 1 FROM mpps_messages WHERE exam_id = ? AND status = ?", [exam_id, status]).fetchone():
        return None
    return insert_row(db, "mpps_messages", {
        "exam_id": exam_id, "sop_instance_uid": sop_instance_uid, "status": status,
        "attributes": json_text(attributes), "next_try_at": at.isoformat(), "created_at": at.isoformat()})


def creation_of(db, exam_id: int) -> OutboxMessage | None:
    """The exam's IN PROGRESS message (the N-CREATE every later N-SET refers to)."""
    row = dict_row(db, "SELECT * FROM mpps_messages WHERE exam_id = ? AND status = 'IN PROGRESS'", [exam_id])
    return None if row is None else message_from_row(row)


def due_messages(db, now: datetime) -> list[OutboxMessage]:
    """Waiting messages whose time has come, oldest first; an N-SET only once its N-CREATE is sent."""
    return [message_from_row(row) for row in dict_rows(db, "SELECT m.* FROM mpps_messages m WHERE m.state = 'waiting' AND m.next_try_at <= ? "
                         "AND (m.status = 'IN PROGRESS' OR EXISTS (SELECT 1 FROM mpps_messages c "
                         "WHERE c.exam_id = m.exam_id AND c.status = 'IN PROGRESS' AND c.state = 'sent')) "
                         "ORDER BY m.id", [now.isoformat()])]


def attempts(db, message_id: int) -> int:
    """How many times the message has been tried so far (the next wait grows with it)."""
    return db.execute("SELECT attempts FROM mpps_messages WHERE id = ?", [message_id]).fetchone()[0]


def mark_sent(db, message_id: int, at: datetime) -> None:
    db.execute("UPDATE mpps_messages SET state = 'sent', sent_at = ?, attempts = attempts + 1, last_error = '' "
               "WHERE id = ?", [at.isoformat(), message_id])


def mark_failed_try(db, message_id: int, error: str, next_try_at: datetime | None) -> None:
    """One more failed try: wait until `next_try_at`, or (None) stop: failed for good. The
    reason is kept as the Message it is (domain.message.stored), read back as one."""
    error = stored(error)
    if next_try_at is None:
        db.execute("UPDATE mpps_messages SET state = 'failed', attempts = attempts + 1, last_error = ? "
                   "WHERE id = ?", [error, message_id])
    else:
        db.execute("UPDATE mpps_messages SET attempts = attempts + 1, last_error = ?, next_try_at = ? "
                   "WHERE id = ?", [error, next_try_at.isoformat(), message_id])


def make_due(db, at: datetime) -> int:
    """Every waiting message may be tried at `at` (someone asked to send now)."""
    return db.execute("UPDATE mpps_messages SET next_try_at = ? WHERE state = 'waiting' AND next_try_at > ?",
                      [at.isoformat(), at.isoformat()]).rowcount


def retry_now(db, message_id: int, at: datetime) -> bool:
    return db.execute("UPDATE mpps_messages SET state = 'waiting', next_try_at = ? WHERE id = ? AND state = 'failed'",
                      [at.isoformat(), message_id]).rowcount == 1


def list_messages(db, limit: int = 200) -> list[OutboxMessage]:
    """The newest messages first, with whose exam each is."""
    return [message_from_row(row) for row in dict_rows(db, "SELECT m.id, m.exam_id, m.status, m.state, m.attempts, m.next_try_at, m.last_error, "
                         "m.created_at, m.sent_at, p.mrn, p.family_name, p.given_name FROM mpps_messages m "
                         "JOIN exams e ON e.id = m.exam_id JOIN patients p ON p.id = e.patient_id "
                         "ORDER BY m.id DESC LIMIT ?", [limit])]
