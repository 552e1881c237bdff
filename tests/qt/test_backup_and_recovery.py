"""The Backup now dialog (progress, off the UI thread) and the recovery screen for a damaged file."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime, timezone

import pytest
from PySide6.QtCore import Qt

from hsg_desk.domain.patient import Patient
from hsg_desk.domain.roles import Role
from hsg_desk.qt.views.backup_dialog import BackupDialog
from hsg_desk.qt.views.recovery_window import RecoveryWindow, recovery_window_for
from hsg_desk.services.backups import latest_good_backup
from hsg_desk.services.startup import startup_check
from hsg_desk.services.context import FixedClock, ServiceContext, Session
from hsg_desk.storage import backup
from hsg_desk.storage.db import open_database
from hsg_desk.storage.patients import insert_patient

NOW = datetime(2026, 11, 26, 16, 0, tzinfo=timezone.utc)


@pytest.fixture
def clinic_db(tmp_path):
    path = tmp_path / "hsg.sqlite3"
    db = open_database(path)
    with db.atomic():
        for number in range(3000):
            insert_patient(db, Patient(None, f"Q{number:05d}", "Tanaka", "Yui", date(1991, 2, 3)), NOW, None)
    yield path, db
    db.close()


def test_backup_now_shows_progress_and_audits(qtbot, clinic_db, monkeypatch):
    monkeypatch.setattr(backup, "PAGES_PER_STEP", 16)  # several steps even for a small file
    path, db = clinic_db
    ctx = ServiceContext(db, FixedClock(NOW), Session(1, "admin", "Admin", frozenset({Role.ADMIN})))
    dialog = BackupDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    values = []
    dialog.progress.valueChanged.connect(values.append)
    with qtbot.waitSignal(dialog.backupFinished, timeout=20_000) as finished:
        qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    result = finished.args[0]
    assert result.path.exists() and backup.verify_backup(result.path).ok
    assert values[-1] == 100 and len(values) >= 2
    assert "Saved and verified" in dialog.status.text()
    assert db.execute("SELECT action FROM audit_log").fetchall() == [("backup",)]
    assert dialog.close_button.isEnabled()


def test_backup_now_reports_a_failure_in_plain_words(qtbot, clinic_db, tmp_path):
    path, db = clinic_db
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the backup folder should be")
    db.execute("INSERT INTO settings(key, value, updated_at) VALUES ('backup_folder', ?, 'x')",
               [f'"{blocker}"'])
    ctx = ServiceContext(db, FixedClock(NOW), Session(1, "admin", "Admin", frozenset({Role.ADMIN})))
    dialog = BackupDialog(ctx)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.backupFailed, timeout=20_000) as failed:
        dialog.start()
    assert failed.args[0].startswith("The backup failed")
    assert dialog.status.text() == failed.args[0]
    assert db.execute("SELECT count(*) FROM audit_log").fetchone()[0] == 0


def damage(path):
    data = bytearray(path.read_bytes())
    data[:16] = b"\x00" * 16
    path.write_bytes(bytes(data))


def test_a_damaged_database_is_explained_and_the_latest_backup_restored(qtbot, clinic_db):
    path, db = clinic_db
    backup.make_backup(path, NOW)
    db.close()
    damage(path)

    check = startup_check(path)
    assert not check.ok
    window = recovery_window_for(path, check, NOW)
    qtbot.addWidget(window)
    window.show()
    assert str(path) in window.explanation.text() and check.reason in window.explanation.text()
    assert "latest good backup is from" in window.offer.text()
    with qtbot.waitSignal(window.accepted, timeout=20_000):
        qtbot.mouseClick(window.restore_button, Qt.MouseButton.LeftButton)

    assert window.result.damaged_copy is not None
    assert startup_check(path).ok
    connection = sqlite3.connect(path)
    assert connection.execute("SELECT count(*) FROM patients").fetchone()[0] == 3000
    assert connection.execute("SELECT action FROM audit_log").fetchall() == [("restore",)]
    connection.close()


def test_without_a_backup_only_quit_is_offered(qtbot, clinic_db):
    path, db = clinic_db
    db.close()
    damage(path)
    window = recovery_window_for(path, startup_check(path), NOW)
    qtbot.addWidget(window)
    window.show()
    assert not window.restore_button.isVisible()
    assert "No good backup was found" in window.offer.text()
    with qtbot.waitSignal(window.rejected):
        qtbot.mouseClick(window.quit_button, Qt.MouseButton.LeftButton)
    assert path.read_bytes()[:16] == b"\x00" * 16  # quitting changes nothing


def test_a_failed_restore_says_so_and_leaves_quit(qtbot, clinic_db):
    path, db = clinic_db
    backup.make_backup(path, NOW)
    db.close()
    damage(path)
    found = latest_good_backup(path)

    def failing_restore(source):
        raise backup.BackupError("The disk is full: the restore was not made. Free space and try again.")

    window = RecoveryWindow(path, startup_check(path), found, failing_restore)
    qtbot.addWidget(window)
    window.show()
    window.restore()
    qtbot.waitUntil(lambda: window.quit_button.isEnabled(), timeout=20_000)
    assert "could not be restored: The disk is full" in window.status.text()
    assert window.result is None
