"""The audit trail is append-only and tamper-evident (DESIGN.md §8, ONC 170.315(d)(2)).

The tamper tests drop the triggers first: an attacker with the file can do that too,
and then the hash chain (and the anchor, for a cut-off end) must still tell."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta, timezone

import pytest

from hsg_desk.storage.audit import ANCHOR_KEY, record_event, row_hash, verify_chain
from hsg_desk.storage.db import open_database

START = datetime(2026, 11, 26, 14, 0, tzinfo=timezone.utc)


@pytest.fixture
def db(tmp_path):
    db = open_database(tmp_path / "audit.sqlite3")
    for n in range(1, 7):
        record_event(db, at=START + timedelta(minutes=n), action="view", user_id=1, username="tech",
                     patient_id=n, record_type="patient", record_id=n, workstation="ws",
                     changes={"n": [None, n]})
    return db


def attacker(db):
    db.execute("DROP TRIGGER audit_log_no_update")
    db.execute("DROP TRIGGER audit_log_no_delete")
    return db


def test_intact_chain(db):
    assert verify_chain(db) is None


def test_empty_trail_is_intact(tmp_path):
    assert verify_chain(open_database(tmp_path / "empty.sqlite3")) is None


@pytest.mark.parametrize("sql", ["UPDATE audit_log SET action = 'x' WHERE id = 2",
                                 "DELETE FROM audit_log WHERE id = 2"])
def test_triggers_refuse_update_and_delete(db, sql):
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        db.execute(sql)


def test_altered_field_is_named(db):
    attacker(db).execute("UPDATE audit_log SET patient_id = 99 WHERE id = 3")
    problem = verify_chain(db)
    assert (problem.row_id, problem.problem) == (3, "row 3 was altered")


def test_altered_and_rehashed_row_breaks_the_next_link(db):
    attacker(db)
    row = dict(zip([c[1] for c in db.execute("PRAGMA table_info(audit_log)")],
                   db.execute("SELECT * FROM audit_log WHERE id = 3").fetchone()))
    row["username"] = "someone-else"
    db.execute("UPDATE audit_log SET username = ?, hash = ? WHERE id = 3", [row["username"], row_hash(row)])
    problem = verify_chain(db)
    assert problem.row_id == 4 and "does not follow" in problem.problem


def test_removed_row_is_named(db):
    attacker(db).execute("DELETE FROM audit_log WHERE id = 4")
    problem = verify_chain(db)
    assert problem.row_id == 4 and "missing" in problem.problem


def test_removed_first_row_is_named(db):
    attacker(db).execute("DELETE FROM audit_log WHERE id = 1")
    assert verify_chain(db).row_id == 1


def test_reordered_rows_are_caught(db):
    attacker(db)
    columns = [c[1] for c in db.execute("PRAGMA table_info(audit_log)") if c[1] != "id"]
    two = db.execute(f"SELECT {', '.join(columns)} FROM audit_log WHERE id = 2").fetchone()
    three = db.execute(f"SELECT {', '.join(columns)} FROM audit_log WHERE id = 3").fetchone()
    assignments = ", ".join(f"{c} = ?" for c in columns)
    db.execute(f"UPDATE audit_log SET {assignments} WHERE id = 2", list(three))
    db.execute(f"UPDATE audit_log SET {assignments} WHERE id = 3", list(two))
    problem = verify_chain(db)
    assert problem.row_id == 2 and "removed or reordered" in problem.problem


def test_cut_off_end_is_caught_by_the_anchor(db):
    attacker(db).execute("DELETE FROM audit_log WHERE id > 4")
    problem = verify_chain(db)
    assert problem.row_id == 5 and "rows 5 to 6 are missing" in problem.problem


def test_removed_anchor_is_caught(db):
    db.execute("DELETE FROM settings WHERE key = ?", [ANCHOR_KEY])
    assert "anchor is missing" in verify_chain(db).problem


def test_row_added_outside_the_app_is_caught(db):
    last = db.execute("SELECT * FROM audit_log WHERE id = 6").fetchone()
    db.execute("INSERT INTO audit_log VALUES (7, ?, 1, 'tech', 'ws', 'view', 1, '', '', '{}', ?, 'x')",
               [last[1], last[-1]])
    problem = verify_chain(db)
    assert problem.row_id == 7


def test_new_rows_after_a_verify_keep_the_chain(db):
    record_event(db, at=START + timedelta(hours=1), action="logout")
    assert verify_chain(db) is None
