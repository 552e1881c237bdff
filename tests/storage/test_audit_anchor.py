"""The audit trail cannot be quietly rewritten: the six tampers an adversarial run used,
each done with full access to the file (triggers dropped, chain recomputed), are caught
by `audit verify` and `check`, because the anchor is signed with a key the file does not
hold and each backup records the chain head beside it. Plus CSV formula neutralising and
masked unknown usernames."""

from __future__ import annotations

import io
import json
import sqlite3
from datetime import datetime, timedelta, timezone

import pytest

from hsg_desk.cli import main
from hsg_desk.services.auth import LoginFailed, login
from hsg_desk.services.context import FixedClock
from hsg_desk.services.users import create_demo_users
from hsg_desk.storage import backup
from hsg_desk.storage.audit import (ANCHOR_KEY, GENESIS, HASHED_COLUMNS, query_events, record_event, row_hash,
                                    verify_chain, write_csv)
from hsg_desk.storage.db import open_database

START = datetime(2026, 11, 26, 14, 0, tzinfo=timezone.utc)


@pytest.fixture
def clinic(tmp_path):
    """A database with users and eight audit rows, and a backup made after row 8."""
    path = tmp_path / "clinic.sqlite3"
    db = open_database(path)
    create_demo_users(db, START)  # four audited user creations
    for n in range(4):
        record_event(db, at=START + timedelta(minutes=n), action="view", user_id=1, username="tech",
                     patient_id=n, record_type="patient", record_id=n, workstation="ws")
    db.close()
    backup.make_backup(path, START + timedelta(hours=1))
    db = open_database(path)
    for n in range(4, 8):
        record_event(db, at=START + timedelta(hours=2, minutes=n), action="view", user_id=1, username="tech",
                     patient_id=n, record_type="patient", record_id=n, workstation="ws")
    yield path, db
    db.close()


def raw(path) -> sqlite3.Connection:
    """The attacker: plain SQLite, the append-only triggers dropped first where needed."""
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("DROP TRIGGER IF EXISTS audit_log_no_update")
    connection.execute("DROP TRIGGER IF EXISTS audit_log_no_delete")
    return connection


def rows(connection) -> list[dict]:
    cursor = connection.execute(f"SELECT {', '.join(HASHED_COLUMNS)}, hash FROM audit_log ORDER BY id")
    return [dict(zip([*HASHED_COLUMNS, "hash"], values)) for values in cursor]


def rewrite_chain(connection, new_rows: list[dict]) -> None:
    """Renumber and rehash every row, and write a matching (unsigned-by-us) anchor."""
    connection.execute("DELETE FROM audit_log")
    previous = GENESIS
    for number, row in enumerate(new_rows, start=1):
        row = dict(row, id=number, prev_hash=previous)
        row["hash"] = row_hash(row)
        connection.execute(f"INSERT INTO audit_log({', '.join(row)}) VALUES ({', '.join('?' for _ in row)})",
                           list(row.values()))
        previous = row["hash"]
    anchor = {"id": len(new_rows), "hash": previous}
    connection.execute("UPDATE settings SET value = ? WHERE key = ?", [json.dumps(anchor), ANCHOR_KEY])


def recreate_triggers(connection) -> None:
    for name, verb in (("audit_log_no_update", "UPDATE"), ("audit_log_no_delete", "DELETE")):
        connection.execute(f"CREATE TRIGGER {name} BEFORE {verb} ON audit_log BEGIN "
                           "SELECT RAISE(ABORT, 'audit_log is append-only'); END")


def delete_everything(connection):
    connection.execute("DELETE FROM audit_log")
    connection.execute("DELETE FROM settings WHERE key = ?", [ANCHOR_KEY])
    recreate_triggers(connection)


def drop_triggers(connection):
    pass  # raw() already dropped them; nothing else changes


def cut_tail_and_rewrite_anchor(connection):
    kept = rows(connection)[:5]
    connection.execute("DELETE FROM audit_log WHERE id > 5")
    connection.execute("UPDATE settings SET value = ? WHERE key = ?",
                       [json.dumps({"id": 5, "hash": kept[-1]["hash"]}), ANCHOR_KEY])
    recreate_triggers(connection)


def append_forged_row(connection):
    last = rows(connection)[-1]
    row = dict(last, id=last["id"] + 1, prev_hash=last["hash"], action="export", username="admin")
    rewrite_chain(connection, rows(connection) + [row])
    recreate_triggers(connection)


def edit_row_and_recompute(connection):
    edited = rows(connection)
    edited[5]["username"] = "someone-else"
    rewrite_chain(connection, edited)
    recreate_triggers(connection)


def delete_row_renumber_recompute(connection):
    kept = rows(connection)
    del kept[6]
    rewrite_chain(connection, kept)
    recreate_triggers(connection)


TAMPERS = [delete_everything, drop_triggers, cut_tail_and_rewrite_anchor, append_forged_row,
           edit_row_and_recompute, delete_row_renumber_recompute]


def test_the_untouched_trail_verifies(clinic, capsys):
    path, db = clinic
    assert verify_chain(db) is None
    assert main(["audit", "verify", "--db", str(path)]) == 0
    assert main(["check", "--db", str(path)]) == 0


@pytest.mark.parametrize("tamper", TAMPERS, ids=lambda f: f.__name__)
def test_each_tamper_is_caught_by_audit_verify_and_check(clinic, capsys, tamper):
    path, db = clinic
    db.close()
    connection = raw(path)
    tamper(connection)
    connection.close()
    assert main(["audit", "verify", "--db", str(path)]) == 1
    said = capsys.readouterr().out
    assert "broken" in said and "intact" not in said
    assert main(["check", "--db", str(path)]) == 1
    assert "audit trail" in capsys.readouterr().err


def test_the_anchor_signature_alone_catches_a_rewrite_without_any_backup(tmp_path):
    db = open_database(tmp_path / "nobackup.sqlite3")
    for n in range(5):
        record_event(db, at=START, action="view", workstation="ws", record_id=n)
    connection = raw(tmp_path / "nobackup.sqlite3")
    edit_row_and_recompute_small(connection)
    connection.close()
    assert "signature does not match" in verify_chain(db).problem


def edit_row_and_recompute_small(connection):
    edited = rows(connection)
    edited[2]["record_id"] = "999"
    rewrite_chain(connection, edited)
    recreate_triggers(connection)


def test_restore_refuses_a_backup_whose_chain_fails(clinic, tmp_path):
    path, db = clinic
    db.close()
    copy = backup.available_backups(path.parent / "backups")[0].path
    connection = raw(copy)
    edit_row_and_recompute_small(connection)
    connection.close()
    before = path.read_bytes()
    with pytest.raises(backup.BackupError, match="audit trail that fails verification"):
        backup.restore(copy, path, START + timedelta(hours=3))
    assert path.read_bytes() == before


def test_a_legitimate_restore_is_not_mistaken_for_a_cut(clinic):
    from hsg_desk.services.backups import restore_backup

    path, db = clinic
    db.close()
    older = backup.available_backups(path.parent / "backups")[0].path
    backup.make_backup(path, START + timedelta(hours=3))  # its head is row 8
    restore_backup(older, path, START + timedelta(hours=4))  # back to row 4, and a restore row
    db = open_database(path)
    assert verify_chain(db) is None
    db.close()


def test_the_csv_carries_no_spreadsheet_formulas():
    out = io.StringIO()
    write_csv([{"id": 1, "at": "t", "username": "=HYPERLINK(\"http://x\")", "user_id": None,
                "workstation": "+cmd", "action": "-1+2", "patient_id": None, "record_type": "@SUM(A1)",
                "record_id": "\tx", "changes": {}, "hash": "h"}], out)
    line = out.getvalue().splitlines()[1]
    for dangerous in ("=HYPERLINK", "+cmd", "-1+2", "@SUM(A1)"):
        assert f"'{dangerous}" in line


def test_an_unknown_username_is_stored_masked(tmp_path):
    db = open_database(tmp_path / "clinic.sqlite3")
    create_demo_users(db, START)
    with pytest.raises(LoginFailed):
        login(db, FixedClock(START), "Summer2026!", "whatever")
    failed = query_events(db)[-1]
    assert failed["action"] == "login.failed" and failed["username"] == "S***"
    assert "Summer2026" not in json.dumps(query_events(db))
    db.close()
