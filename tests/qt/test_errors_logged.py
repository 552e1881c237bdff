"""Every failure is logged and shown: the rotating log (no patient names), the excepthook,
Qt's messages, the one error dialog (through the injected prompts), a full disk during a
window save shown as a message, and the WAL checkpoint on quit."""

from __future__ import annotations

import logging
import shutil
import stat
import sys

import pytest
from PySide6.QtCore import Qt

from front_desk_qt import count, open_window
from hsg_desk import applog
from hsg_desk.qt.error_reporting import ErrorReporter, install_qt_message_handler
from hsg_desk.qt.widgets.prompts import ScriptedPrompts
from hsg_desk.storage.db import open_database


@pytest.fixture
def log_dir(tmp_path, monkeypatch):
    folder = tmp_path / "logs"
    monkeypatch.setenv(applog.ENV_VAR, str(folder))
    yield folder
    for handler in list(applog.log.handlers):
        if str(folder) in getattr(handler, "baseFilename", ""):
            applog.log.removeHandler(handler)
            handler.close()


def raised(error: BaseException) -> BaseException:
    try:
        raise error
    except BaseException as caught:
        return caught


def test_the_log_is_a_private_rotating_file_without_patient_names(log_dir):
    path = applog.configure_logging()
    assert path == log_dir / "hsg-desk.log"
    applog.log_unexpected(raised(ValueError("Already used by Garcia, Ana (born 03/14/1990)")))
    applog.log_unexpected(raised(OSError(28, "No space left on device")))
    text = path.read_text(encoding="utf-8")
    assert "ValueError" in text and "test_errors_logged.py" in text and "Garcia" not in text
    assert "No space left on device" in text  # the operating system's words are kept
    assert stat.S_IMODE(path.stat().st_mode) == 0o600 and stat.S_IMODE(log_dir.stat().st_mode) == 0o700
    handler = next(h for h in applog.log.handlers if str(log_dir) in getattr(h, "baseFilename", ""))
    assert handler.maxBytes == applog.MAX_BYTES and handler.backupCount == applog.BACKUPS_KEPT


def test_a_full_log_moves_aside_and_five_old_ones_are_kept(log_dir, monkeypatch):
    monkeypatch.setattr(applog, "MAX_BYTES", 2_000)
    path = applog.configure_logging()
    for number in range(400):  # ~60 bytes a line: ~12 files' worth
        applog.log.info("line %04d of a busy day", number)
    kept = sorted(log_dir.iterdir())
    assert [p.name for p in kept] == ["hsg-desk.log"] + [f"hsg-desk.log.{n}" for n in range(1, 6)]
    assert all(p.stat().st_size < 2_000 + 200 for p in kept)
    assert all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in kept)
    assert "line 0399" in path.read_text(encoding="utf-8")  # the newest in the live file
    newest_old = (log_dir / "hsg-desk.log.1").read_text(encoding="utf-8")
    assert "line 0399" not in newest_old and "line 03" in newest_old  # the one just before it
    assert "line 0000" not in "".join(p.read_text(encoding="utf-8") for p in kept)  # the oldest gone


def test_an_uncaught_error_is_logged_and_shown_in_one_dialog(log_dir, monkeypatch):
    path = applog.configure_logging()
    prompts = ScriptedPrompts()
    reporter = ErrorReporter(prompts, last_change_saved=lambda: False)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr("threading.excepthook", __import__("threading").excepthook)
    applog.install_excepthook(reporter)
    error = raised(KeyError("Rivera"))
    sys.excepthook(KeyError, error, error.__traceback__)
    assert len(prompts.asked) == 1
    kind, title, text = prompts.asked[0]
    assert kind == "error" and title == ErrorReporter.TITLE
    assert text.startswith("What failed: KeyError") and "Rivera" not in text
    assert "Your last change was not saved" in text and str(path) in text
    assert "KeyError" in path.read_text(encoding="utf-8")


def test_qt_messages_go_to_the_log(log_dir, qtbot):
    from PySide6.QtCore import qInfo, qInstallMessageHandler

    path = applog.configure_logging()
    applog.log.setLevel(logging.DEBUG)
    previous = qInstallMessageHandler(None)  # pytest-qt's own handler, put back below
    try:
        install_qt_message_handler()
        qInfo("a Qt message for the log")
    finally:
        qInstallMessageHandler(previous)
        applog.log.setLevel(logging.INFO)
    assert "a Qt message for the log" in path.read_text(encoding="utf-8")


def test_a_full_disk_during_a_window_save_is_a_message_and_nothing_is_half_saved(qtbot, monkeypatch, tmp_path):
    import sqlite3

    from hsg_desk.storage import patients as patient_store

    window, ctx, prompts = open_window(qtbot, monkeypatch, tmp_path / "desk.sqlite3")
    real_insert = patient_store.insert_patient

    def disk_full(*args, **kwargs):  # SQLite's own error, as a full disk raises it mid-save
        real_insert(*args, **kwargs)
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(patient_store, "insert_patient", disk_full)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = window.front_desk.dialog
    qtbot.waitUntil(dialog.ui.familyNameEdit.hasFocus)
    qtbot.keyClicks(dialog.ui.familyNameEdit, "Okafor")
    qtbot.keyClicks(dialog.ui.givenNameEdit, "Ada")
    qtbot.keyClicks(dialog.ui.birthDateEdit, "03/14/1990")
    qtbot.keyClick(dialog.ui.birthDateEdit, Qt.Key.Key_Return)
    assert dialog.ui.formMessage.text() == "The disk is full: nothing was saved. Free space and save again."
    assert count(ctx, "patients") == 0 and not ctx.db.conn.in_transaction  # rolled back whole
    monkeypatch.setattr(patient_store, "insert_patient", real_insert)
    qtbot.keyClick(dialog.ui.birthDateEdit, Qt.Key.Key_Return)  # space again: the same save works
    qtbot.waitUntil(lambda: window.front_desk.dialog is None)
    assert count(ctx, "patients") == 1


def test_quitting_checkpoints_so_the_main_file_alone_is_complete(tmp_path):
    path = tmp_path / "clinic.sqlite3"
    db = open_database(path)
    db.execute("CREATE TABLE kept(x)")
    db.execute("INSERT INTO kept VALUES (42)")
    keep_open = open_database(path)  # another reader: SQLite would not checkpoint on close
    db.checkpoint_and_close()
    copy = tmp_path / "alone.sqlite3"
    shutil.copyfile(path, copy)  # the main file only, no -wal
    other = open_database(copy)
    assert other.execute("SELECT x FROM kept").fetchall() == [(42,)]
    other.close()
    keep_open.close()
