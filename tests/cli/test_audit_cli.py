"""`hsg-desk audit verify` and `hsg-desk audit export`."""

from __future__ import annotations

import csv
from datetime import datetime, timedelta, timezone

import pytest

from hsg_desk.cli import main
from hsg_desk.storage.audit import record_event
from hsg_desk.storage.db import open_database

START = datetime(2026, 11, 26, 14, 0, tzinfo=timezone.utc)  # 7:00 AM in Denver


@pytest.fixture
def db_path(tmp_path):
    path = tmp_path / "hsg.sqlite3"
    db = open_database(path)
    for day, action, user, patient in [(0, "login", "tech", None), (0, "view", "tech", 7),
                                       (1, "view", "desk", 8), (2, "print", "tech", 7)]:
        record_event(db, at=START + timedelta(days=day), action=action, username=user, user_id=1,
                     patient_id=patient, workstation="ws")
    db.close()
    return path


def test_verify_intact(db_path, capsys):
    assert main(["audit", "verify", "--db", str(db_path)]) == 0
    assert "intact (4 rows)" in capsys.readouterr().out


def test_db_before_the_command_works_too(db_path):
    assert main(["--db", str(db_path), "audit", "verify"]) == 0


def test_verify_names_the_altered_row(db_path, capsys):
    db = open_database(db_path)
    db.execute("DROP TRIGGER audit_log_no_update")
    db.execute("UPDATE audit_log SET username = 'nobody' WHERE id = 3")
    db.close()
    assert main(["audit", "verify", "--db", str(db_path)]) == 1
    assert capsys.readouterr().out.strip() == "The audit trail is broken at row 3: row 3 was altered."


def test_verify_names_a_removed_row(db_path, capsys):
    db = open_database(db_path)
    db.execute("DROP TRIGGER audit_log_no_delete")
    db.execute("DELETE FROM audit_log WHERE id = 2")
    db.close()
    assert main(["audit", "verify", "--db", str(db_path)]) == 1
    assert "row 2" in capsys.readouterr().out


def test_missing_database_is_one_line_exit_2(tmp_path, capsys):
    assert main(["audit", "verify", "--db", str(tmp_path / "none.sqlite3")]) == 2
    assert capsys.readouterr().err.startswith("hsg-desk: no database at")


def read(path):
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def test_export_everything_and_the_export_is_audited(db_path, tmp_path, capsys):
    out = tmp_path / "audit.csv"
    assert main(["audit", "export", "--db", str(db_path), "--csv", str(out)]) == 0
    assert [row["action"] for row in read(out)] == ["login", "view", "view", "print"]
    assert "Wrote 4 audit rows" in capsys.readouterr().out
    db = open_database(db_path)
    last = db.execute("SELECT action, username FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    assert last[0] == "audit.export" and last[1].startswith("cli:")
    assert main(["audit", "verify", "--db", str(db_path)]) == 0


@pytest.mark.parametrize("options, expected", [
    (["--user", "desk"], ["3"]),
    (["--patient", "7"], ["2", "4"]),
    (["--action", "view"], ["2", "3"]),
    (["--from", "2026-11-27"], ["3", "4"]),
    (["--to", "2026-11-27"], ["1", "2", "3"]),  # the last day is included
    (["--from", "2026-11-27T00:00:00+00:00", "--to", "2026-11-28T14:00:00+00:00"], ["3"]),
])
def test_export_filters(db_path, tmp_path, options, expected):
    out = tmp_path / "audit.csv"
    assert main(["audit", "export", "--db", str(db_path), "--csv", str(out), *options]) == 0
    assert [row["id"] for row in read(out)] == expected


@pytest.mark.parametrize("options, message", [
    (["--from", "yesterday"], "--from: 'yesterday' is not a date"),
    (["--csv", "/no/such/folder/a.csv"], "the folder /no/such/folder does not exist"),
])
def test_export_bad_input(db_path, tmp_path, capsys, options, message):
    args = ["audit", "export", "--db", str(db_path), "--csv", str(tmp_path / "a.csv"), *options]
    assert main(args) == 2
    assert message in capsys.readouterr().err
