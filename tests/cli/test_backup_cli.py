"""`hsg-desk backup`, `hsg-desk restore` and `hsg-desk check`: one line of result, never a traceback."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime, timezone

import pytest

from hsg_desk.cli import main
from hsg_desk.domain.patient import Patient
from hsg_desk.storage.audit import record_event
from hsg_desk.storage.db import open_database
from hsg_desk.storage.patients import insert_patient
from hsg_desk.storage.migrations import known_migrations

NOW = datetime(2026, 11, 26, 14, 0, tzinfo=timezone.utc)


@pytest.fixture
def db_path(tmp_path):
    path = tmp_path / "hsg.sqlite3"
    db = open_database(path)
    insert_patient(db, Patient(None, "B1", "Haddad", "Rania", date(1988, 6, 1)), NOW, None)
    record_event(db, at=NOW, action="login", username="tech", workstation="ws")
    db.close()
    return path


def patients(path) -> int:
    connection = sqlite3.connect(path)
    try:
        return connection.execute("SELECT count(*) FROM patients").fetchone()[0]
    finally:
        connection.close()


def test_backup_to_the_default_folder_then_restore(db_path, capsys):
    assert main(["backup", "--db", str(db_path)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Backup saved and verified: ")
    [copy] = (db_path.parent / "backups").glob("hsg-desk-*.sqlite3")

    db = open_database(db_path)
    insert_patient(db, Patient(None, "B2", "Haddad", "Noor", date(1990, 6, 1)), NOW, None)
    db.close()
    assert main(["restore", str(copy), "--db", str(db_path)]) == 0
    out = capsys.readouterr().out
    assert "Restored" in out and "kept in" in out
    assert patients(db_path) == 1
    assert main(["check", "--db", str(db_path)]) == 0


def test_backup_to_a_named_destination(db_path, tmp_path, capsys):
    assert main(["--db", str(db_path), "backup", str(tmp_path / "usb")]) == 0
    assert len(list((tmp_path / "usb").glob("*.sqlite3"))) == 1


def test_check_healthy(db_path, capsys):
    assert main(["check", "--db", str(db_path), "--full"]) == 0
    assert f"is healthy (schema {known_migrations()[-1]}, 1 audit rows verified)" in capsys.readouterr().out


@pytest.mark.parametrize("damage, words", [
    (lambda path: path.write_bytes(b"\x13" * 8192), "not an HSG Desk database"),
    (lambda path: path.write_bytes(path.read_bytes()[:3000]), "truncated"),
])
def test_check_a_damaged_file_is_one_line(db_path, capsys, damage, words):
    damage(db_path)
    assert main(["check", "--db", str(db_path)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and words in err and "Traceback" not in err


def test_check_a_broken_audit_chain(db_path, capsys):
    db = open_database(db_path)
    db.execute("DROP TRIGGER audit_log_no_update")
    db.execute("UPDATE audit_log SET username = 'someone' WHERE id = 1")
    db.close()
    assert main(["check", "--db", str(db_path)]) == 1
    err = capsys.readouterr().err
    assert "audit trail" in err and "row 1" in err


def test_missing_database_and_missing_backup_are_bad_input(tmp_path, db_path, capsys):
    assert main(["check", "--db", str(tmp_path / "nowhere.sqlite3")]) == 2
    assert main(["backup", "--db", str(tmp_path / "nowhere.sqlite3")]) == 2
    assert main(["restore", str(tmp_path / "no-such-backup.sqlite3"), "--db", str(db_path)]) == 2
    assert capsys.readouterr().err.count("hsg-desk: ") == 3


def test_restoring_a_bad_backup_changes_nothing(db_path, tmp_path, capsys):
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    before = db_path.read_bytes()
    assert main(["restore", str(bad), "--db", str(db_path)]) == 1
    assert "Nothing was changed" in capsys.readouterr().err
    assert db_path.read_bytes() == before


def test_backing_up_a_damaged_database_refuses(db_path, capsys):
    db_path.write_bytes(b"garbage" * 1000)
    assert main(["backup", "--db", str(db_path)]) == 1
    assert "not backed up" in capsys.readouterr().err
