"""A file the app does not understand is never "repaired": a newer schema is refused by
every command and by the window's recovery screen (which offers no restore for it); an
existing empty file is damaged, not a first start; a read-only file is said at start."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timezone

import pytest

from hsg_desk.cli import main
from hsg_desk.qt.views.recovery_window import CAUSE_TEXT, recovery_window_for
from hsg_desk.services.demo_data import write_demo_database
from hsg_desk.services.startup import read_only_problem, startup_check
from hsg_desk.storage import backup
from hsg_desk.storage.db import NewerSchemaError, open_database

NOW = datetime(2026, 11, 26, 16, 0, tzinfo=timezone.utc)
NEWER = "made by a newer HSG Desk (0099_from_the_future); update this workstation"


@pytest.fixture
def newer_db(tmp_path):
    path = write_demo_database(tmp_path / "clinic.sqlite3", patients=2, seed=1)
    backup.make_backup(path, NOW)  # a good backup exists, and must not be offered
    connection = sqlite3.connect(path)
    with connection:
        connection.execute("INSERT INTO _sqlite_migrations(migration_set, name, applied_at) "
                           "VALUES ('hsg_desk', '0099_from_the_future', 'x')")
    connection.close()
    return path


COMMANDS = [
    ["exams"], ["exams", "--json"], ["pdf", "summary", "1", "-o", "{tmp}/s.pdf"], ["audit", "verify"],
    ["audit", "export", "--csv", "{tmp}/a.csv"], ["check"], ["backup", "{tmp}"], ["restore", "{backup}"],
]


@pytest.mark.parametrize("argv", COMMANDS, ids=[" ".join(c[:2]) for c in COMMANDS])
def test_every_command_refuses_a_newer_database_and_changes_nothing(newer_db, tmp_path, capsys, argv):
    before = newer_db.read_bytes()
    saved = backup.available_backups(newer_db.parent / "backups")[0].path
    argv = [word.format(tmp=tmp_path, backup=saved) for word in argv] + ["--db", str(newer_db)]
    assert main(argv) in (1, 2)
    err = capsys.readouterr().err
    assert NEWER in err and "Traceback" not in err
    assert newer_db.read_bytes() == before
    assert not (tmp_path / "s.pdf").exists() and not (tmp_path / "a.csv").exists()


def test_opening_a_newer_database_is_refused_in_storage_too(newer_db):
    with pytest.raises(NewerSchemaError, match="update this workstation"):
        open_database(newer_db)


def test_the_window_says_update_and_offers_no_restore(qtbot, newer_db):
    check = startup_check(newer_db, scan_pages=False)
    assert not check.ok and check.cause == "newer"
    window = recovery_window_for(newer_db, check, NOW)
    qtbot.addWidget(window)
    window.show()
    assert NEWER in window.explanation.text() and CAUSE_TEXT["newer"] in window.explanation.text()
    assert not window.restore_button.isVisible() and window.backup is None


def test_an_empty_file_is_damaged_not_a_first_start(tmp_path, capsys, qtbot):
    path = tmp_path / "clinic.sqlite3"
    path.touch()
    check = startup_check(path, scan_pages=False)
    assert not check.ok and check.cause == "damaged" and "is empty (0 bytes)" in check.reason
    assert main(["exams", "--db", str(path)]) == 2
    assert "is empty (0 bytes)" in capsys.readouterr().err
    assert path.stat().st_size == 0  # not turned into an empty "healthy" database
    window = recovery_window_for(path, check, NOW)
    qtbot.addWidget(window)
    assert "power cut" in window.explanation.text()


def test_a_file_that_is_not_a_database_is_damaged(tmp_path):
    path = tmp_path / "clinic.sqlite3"
    path.write_text("a letter to the clinic, saved over the database")
    check = startup_check(path, scan_pages=False)
    assert not check.ok and check.cause == "damaged"


@pytest.mark.parametrize("cause", ["permission", "disk_full"])
def test_the_recovery_screen_names_the_real_cause(qtbot, tmp_path, cause):
    from hsg_desk.storage.integrity import CheckResult

    path = write_demo_database(tmp_path / "clinic.sqlite3", patients=2, seed=1)
    backup.make_backup(path, NOW)
    window = recovery_window_for(path, CheckResult(False, "cannot be opened (x)", cause=cause), NOW)
    qtbot.addWidget(window)
    assert CAUSE_TEXT[cause] in window.explanation.text() and window.backup is None


def test_a_read_only_database_is_said_at_start(tmp_path):
    path = write_demo_database(tmp_path / "clinic.sqlite3", patients=2, seed=1)
    assert read_only_problem(path) is None
    path.chmod(0o444)
    try:
        assert "is read-only" in read_only_problem(path)
    finally:
        path.chmod(0o600)
