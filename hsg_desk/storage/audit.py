"""The audit trail: one append-only, hash-chained row per event (DESIGN.md §8).

Triggers in the schema refuse UPDATE and DELETE. Each row's hash covers its own
fields and the previous row's hash, so an edited, removed or reordered row breaks
the chain at that row (`verify_chain`).

A chain alone cannot show that its last rows were cut off. So each append also
writes the newest row's id and hash to an *anchor* (the `settings` row
`audit.anchor`, which `load_settings` ignores), signed with an HMAC whose key the
database does not hold (audit_key.py). Someone who rewrites the file can recompute
the chain but not the signature. `verify_chain` also checks that the append-only
triggers are in place, that an empty trail is not a database full of records, and
that the chain still holds the head each backup recorded beside it (backup.py).
"""

from __future__ import annotations

import csv
import hashlib
import json
import os
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any, TextIO

from hsg_desk.domain.audit import AuditEvent

from .audit_key import sign, signature_matches
from .rows import insert_row

GENESIS = "0" * 64
ANCHOR_KEY = "audit.anchor"
HASHED_COLUMNS = ("id", "at", "user_id", "username", "workstation", "action",
                 "patient_id", "record_type", "record_id", "changes", "prev_hash")


def row_hash(row: dict[str, Any]) -> str:
    payload = json.dumps([row[name] for name in HASHED_COLUMNS], ensure_ascii=False,
                         separators=(",", ":"), default=str)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def workstation_name() -> str:
    """This computer's host name (os.uname where there is one: the socket module costs
    ~3 ms of the start and gives the same name there)."""
    if hasattr(os, "uname"):
        return os.uname().nodename or "unknown"
    import socket

    return socket.gethostname() or "unknown"


def record_event(db, *, at: datetime, action: str, user_id: int | None = None, username: str = "",
                 patient_id: int | None = None, record_type: str = "", record_id: Any = "",
                 changes: dict[str, Any] | None = None, workstation: str | None = None) -> int:
    """Append one audit row; inside the caller's transaction when there is one."""
    with db.atomic():
        db.lock_for_append("audit_log")  # one writer at a time appends row N+1 (a server's many)
        last = db.execute("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
        row = {
            "id": (last[0] + 1) if last else 1,
            "at": at.astimezone(timezone.utc).isoformat(),
            "user_id": user_id,
            "username": username,
            "workstation": workstation if workstation is not None else workstation_name(),
            "action": action,
            "patient_id": patient_id,
            "record_type": record_type,
            "record_id": str(record_id if record_id is not None else ""),
            "changes": json.dumps(changes or {}, ensure_ascii=False, sort_keys=True, default=str),
            "prev_hash": last[1] if last else GENESIS,
        }
        row["hash"] = row_hash(row)
        insert_row(db, "audit_log", row)
        _write_anchor(db, row["id"], row["hash"], row["at"])
        if getattr(db, "dialect", "sqlite") == "postgresql":  # SQLite's windows see data_version move
            from .server_changes import notify_change

            notify_change(db)
        return row["id"]


def _write_anchor(db, row_id: int, row_hash_: str, at: str) -> None:
    db.execute(
        "INSERT INTO settings(key, value, updated_at, updated_by) VALUES (?, ?, ?, NULL) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at",
        [ANCHOR_KEY, json.dumps({"id": row_id, "hash": row_hash_, "mac": sign(row_id, row_hash_)}), at],
    )


def read_anchor(db) -> dict | None:
    row = db.execute("SELECT value FROM settings WHERE key = ?", [ANCHOR_KEY]).fetchone()
    return json.loads(row[0]) if row else None


@dataclass(frozen=True)
class ChainBreak:
    row_id: int
    problem: str


APPEND_ONLY_TRIGGERS = ("audit_log_no_update", "audit_log_no_delete")


def verify_chain(db, *, backup_heads: bool = True) -> ChainBreak | None:
    """The first problem of the audit trail, or None when it is intact: an altered,
    removed or reordered row, an anchor that does not match or is not signed with this
    workstation's key, missing append-only triggers, and (with `backup_heads`) a chain
    that no longer holds the head a backup recorded."""
    broken = _verify_rows(db)
    if broken is None:
        broken = missing_triggers(db)
    if broken is None and backup_heads and getattr(db, "dialect", "sqlite") == "sqlite":
        from .backup import check_backup_heads

        broken = check_backup_heads(db)
    return broken


def missing_triggers(db) -> ChainBreak | None:
    """The append-only triggers, each still refusing (RAISE) what it guards."""
    if getattr(db, "dialect", "sqlite") == "postgresql":
        return _missing_server_triggers(db)
    found = dict(db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_log'"))
    missing = [name for name in APPEND_ONLY_TRIGGERS if "RAISE(ABORT" not in (found.get(name) or "").upper()]
    if missing:
        return ChainBreak(0, f"the append-only triggers are missing ({', '.join(missing)}): "
                             "someone changed the schema to alter the audit trail")
    return None


SERVER_TRIGGERS = (*APPEND_ONLY_TRIGGERS, "audit_log_no_truncate")


def _missing_server_triggers(db) -> ChainBreak | None:
    """On a server: the three triggers enabled, each calling the function that raises."""
    found = {name for name, enabled, source in db.execute(
        "SELECT t.tgname, t.tgenabled, p.prosrc FROM pg_trigger t JOIN pg_proc p ON p.oid = t.tgfoid "
        "WHERE t.tgrelid = 'audit_log'::regclass AND NOT t.tgisinternal")
        if enabled != "D" and "RAISE EXCEPTION" in source.upper()}
    missing = [name for name in SERVER_TRIGGERS if name not in found]
    if missing:
        return ChainBreak(0, f"the append-only triggers are missing ({', '.join(missing)}): "
                             "someone changed the schema to alter the audit trail")
    return None


def _verify_rows(db) -> ChainBreak | None:
    previous_hash, expected_id = GENESIS, 1
    cursor = db.execute(f"SELECT {', '.join(HASHED_COLUMNS)}, hash FROM audit_log ORDER BY id")
    columns = [*HASHED_COLUMNS, "hash"]
    for values in cursor:
        row = dict(zip(columns, values))
        if row["id"] != expected_id:
            return ChainBreak(expected_id, f"row {expected_id} is missing (next row is {row['id']})")
        if row["prev_hash"] != previous_hash:
            return ChainBreak(row["id"], f"row {row['id']} does not follow row {row['id'] - 1} (removed or reordered)")
        if row_hash(row) != row["hash"]:
            return ChainBreak(row["id"], f"row {row['id']} was altered")
        previous_hash, expected_id = row["hash"], expected_id + 1
    return _check_anchor(db, last_id=expected_id - 1, last_hash=previous_hash)


def _check_anchor(db, *, last_id: int, last_hash: str) -> ChainBreak | None:
    try:
        anchor = read_anchor(db)
    except (ValueError, TypeError):
        return ChainBreak(last_id + 1, "the audit anchor is unreadable (altered)")
    if anchor is None:
        if last_id == 0:
            return _empty_trail_problem(db)
        return ChainBreak(last_id, "the audit anchor is missing (removed by hand)")
    anchor_id, anchor_hash = anchor.get("id"), anchor.get("hash")
    if not isinstance(anchor_id, int):
        return ChainBreak(last_id + 1, "the audit anchor is unreadable (altered)")
    if anchor_id > last_id:
        return ChainBreak(last_id + 1, f"rows {last_id + 1} to {anchor_id} are missing "
                                       "(the end of the audit trail was cut off)")
    if anchor_id < last_id:
        return ChainBreak(anchor_id + 1, f"row {anchor_id + 1} and later were added outside the app")
    if anchor_hash != last_hash:
        return ChainBreak(last_id, f"row {last_id} was replaced")
    if not signature_matches(anchor_id, anchor_hash, anchor.get("mac")):
        return ChainBreak(last_id, "the audit anchor's signature does not match: the trail was rewritten "
                                   "(or this workstation holds another audit key)")
    return None


def event_count(db) -> int:
    """How many rows the audit trail holds (what `hsg-desk check` and `audit verify` say they verified)."""
    return db.execute("SELECT count(*) FROM audit_log").fetchone()[0]


def _empty_trail_problem(db) -> ChainBreak | None:
    """No rows and no anchor is a new database, unless it already has user accounts:
    each was created with an audit row (services.users), so their trail was removed."""
    users = db.execute("SELECT count(*) FROM users").fetchone()[0]
    if users:
        return ChainBreak(1, f"the audit trail is empty, but the database has {users} user accounts: "
                             "its rows and anchor were removed")
    return None


# --- reading the trail: filters, sort, CSV (admins, ONC 170.315(d)(2)/(d)(3)) ---

COLUMNS = ("id", "at", "user_id", "username", "workstation", "action", "patient_id",
           "record_type", "record_id", "changes", "hash")
CSV_COLUMNS = ("id", "at", "username", "user_id", "workstation", "action", "patient_id",
               "record_type", "record_id", "changes", "hash")


@dataclass(frozen=True)
class AuditFilter:
    """Which rows to show: every given criterion must match. `start` inclusive, `end` exclusive;
    `action` matches exactly or as a prefix ending in "." ("login." → login.failed)."""

    start: datetime | None = None
    end: datetime | None = None
    username: str | None = None
    user_id: int | None = None
    patient_id: int | None = None
    action: str | None = None

    def where(self) -> tuple[str, list]:
        clauses, params = [], []
        if self.start is not None:
            clauses.append("at >= ?")
            params.append(self.start.astimezone(timezone.utc).isoformat())
        if self.end is not None:
            clauses.append("at < ?")
            params.append(self.end.astimezone(timezone.utc).isoformat())
        if self.username:
            clauses.append("username = ? COLLATE NOCASE")
            params.append(self.username.strip())
        if self.user_id is not None:
            clauses.append("user_id = ?")
            params.append(self.user_id)
        if self.patient_id is not None:
            clauses.append("patient_id = ?")
            params.append(self.patient_id)
        if self.action:
            if self.action.endswith("."):
                clauses.append("substr(action, 1, ?) = ?")
                params.extend([len(self.action), self.action])
            else:
                clauses.append("action = ?")
                params.append(self.action)
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def query_events(db, where: AuditFilter | None = None, *, sort_by: str = "id",
                 descending: bool = False, limit: int | None = None) -> list[dict[str, Any]]:
    """Audit rows as dicts (`changes` decoded), filtered and sorted by any column."""
    if sort_by not in COLUMNS:
        raise ValueError(f"cannot sort the audit trail by {sort_by!r}")
    sql_where, params = (where or AuditFilter()).where()
    order = f"{sort_by} {'DESC' if descending else 'ASC'}, id {'DESC' if descending else 'ASC'}"
    sql = f"SELECT {', '.join(COLUMNS)} FROM audit_log{sql_where} ORDER BY {order}"
    if limit is not None:
        sql += " LIMIT ?"
        params.append(int(limit))
    rows = []
    for values in db.execute(sql, params):
        row = dict(zip(COLUMNS, values))
        try:
            row["changes"] = json.loads(row["changes"] or "{}")
        except ValueError:
            pass  # an altered row: show what is there; verify_chain names it
        rows.append(row)
    return rows


def audit_events(db, where: AuditFilter | None = None, *, sort_by: str = "id", descending: bool = False,
                 limit: int | None = None) -> list[AuditEvent]:
    """`query_events` as domain values: the time parsed where it still parses."""
    return [event_from_row(row) for row in query_events(db, where, sort_by=sort_by, descending=descending,
                                                         limit=limit)]


def event_from_row(row: dict[str, Any]) -> AuditEvent:
    try:
        at = datetime.fromisoformat(row["at"])
    except (TypeError, ValueError):
        at = str(row["at"])
    return AuditEvent(row["id"], at, row["user_id"], row["username"] or "", row["workstation"] or "", row["action"],
                      row["patient_id"], row["record_type"] or "", str(row["record_id"] or ""), row["changes"],
                      row["hash"] or "")


def distinct_actions(db) -> list[str]:
    return [row[0] for row in db.execute("SELECT DISTINCT action FROM audit_log ORDER BY action")]


def distinct_usernames(db) -> list[str]:
    return [row[0] for row in db.execute(
        "SELECT DISTINCT username FROM audit_log WHERE username != '' ORDER BY username COLLATE NOCASE")]


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(cell: Any) -> Any:
    """A text cell a spreadsheet would run as a formula gets a leading apostrophe (OWASP CSV
    injection): a username typed as =HYPERLINK(...) must reach the admin as text."""
    if isinstance(cell, str) and cell.startswith(FORMULA_STARTS):
        return "'" + cell
    return cell


def write_csv(rows: list[dict[str, Any]], stream: TextIO) -> int:
    """Write rows as CSV (header first; `changes` as JSON; formula-like cells neutralised);
    returns the number of rows."""
    writer = csv.writer(stream, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for row in rows:
        changes = row["changes"]
        if not isinstance(changes, str):
            changes = json.dumps(changes, ensure_ascii=False, sort_keys=True, default=str)
        writer.writerow([neutralise("" if row[name] is None else (changes if name == "changes" else row[name]))
                         for name in CSV_COLUMNS])
    return len(rows)
