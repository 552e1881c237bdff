"""Automatic lock: idle time (on an injected clock) hides the patient's record; the same
password resumes exactly where the user was; another user may sign in instead."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QLineEdit, QMainWindow, QVBoxLayout, QWidget

from hsg_desk.qt.views.lock_screen import IdleWatcher, SessionLock
from hsg_desk.services.auth import login
from hsg_desk.services.context import FixedClock, ServiceContext
from hsg_desk.services.users import create_demo_users
from hsg_desk.storage.audit import query_events, verify_chain
from hsg_desk.storage.db import open_database

START = datetime(2026, 11, 26, 14, 0, tzinfo=timezone.utc)


class FakeRecordWindow(QMainWindow):
    """A main window with a patient banner and a half-typed field, like the exam workspace."""

    def __init__(self):
        super().__init__()
        content = QWidget()
        layout = QVBoxLayout(content)
        self.banner = QLabel("ROE, Jane — DOB 1990-01-02 — MRN 000123")
        self.notes = QLineEdit()
        layout.addWidget(self.banner)
        layout.addWidget(self.notes)
        self.setCentralWidget(content)
        self.save_action = QAction("Save", self)
        self.addAction(self.save_action)
        self.statusBar().showMessage("Signed in")
        self.setWindowTitle("HSG Desk — ROE, Jane")


@pytest.fixture
def setup(tmp_path, qtbot):
    db = open_database(tmp_path / "hsg.sqlite3")
    clock = FixedClock(START)
    create_demo_users(db, START)
    ctx = ServiceContext(db, clock, login(db, clock, "tech", "tech-demo"), workstation="room-1")
    window = FakeRecordWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    watcher = IdleWatcher(clock, lambda: ctx.settings.idle_lock_minutes, tick_ms=10)
    lock = SessionLock(window, ctx, watcher)
    lock.start()
    yield ctx, clock, window, lock
    watcher.stop()


def visible_texts(window):
    return [w.text() for w in window.findChildren(QLabel) if w.isVisible()]


def test_idle_locks_and_hides_the_patient(setup, qtbot):
    ctx, clock, window, lock = setup
    qtbot.keyClicks(window.notes, "pain 3/10")
    clock.advance(minutes=4, seconds=59)
    assert not lock.watcher.check() and not lock.is_locked
    clock.advance(seconds=1)
    with qtbot.waitSignal(lock.locked, timeout=2000):
        pass  # the watcher's own timer tick notices the idle time
    assert lock.is_locked and lock.screen.ui.passwordEdit.isVisible()
    assert not window.banner.isVisible()
    assert window.banner not in window.findChildren(QLabel)  # out of the window's widget tree
    assert not any("ROE" in text for text in visible_texts(window))
    assert "ROE" not in window.windowTitle()
    assert not window.save_action.isEnabled() and not window.statusBar().isVisible()
    assert query_events(ctx.db)[-1]["action"] == "session.lock"


def test_input_keeps_it_unlocked(setup, qtbot):
    _, clock, window, lock = setup
    clock.advance(minutes=4)
    qtbot.keyClick(window.notes, Qt.Key.Key_A)
    clock.advance(minutes=4)
    assert not lock.watcher.check() and not lock.is_locked


def test_wrong_password_stays_locked(setup, qtbot):
    ctx, _, window, lock = setup
    lock.lock()
    qtbot.keyClicks(lock.screen.ui.passwordEdit, "desk-demo")
    qtbot.mouseClick(lock.screen.ui.unlockButton, Qt.MouseButton.LeftButton)
    assert lock.is_locked and "not right" in lock.screen.ui.errorLabel.text()
    assert not window.banner.isVisible()


def test_same_password_resumes_where_she_was(setup, qtbot):
    ctx, clock, window, lock = setup
    qtbot.keyClicks(window.notes, "pain 3/10")
    window.notes.setFocus()
    clock.advance(minutes=6)
    assert lock.watcher.check()
    screen = lock.screen
    qtbot.keyClicks(screen.ui.passwordEdit, "tech-demo")
    with qtbot.waitSignal(lock.resumed):
        qtbot.keyClick(screen.ui.passwordEdit, Qt.Key.Key_Return)
    assert not lock.is_locked
    assert window.banner.isVisible() and window.notes.text() == "pain 3/10"
    assert window.centralWidget().isAncestorOf(window.banner)
    assert window.save_action.isEnabled() and window.statusBar().isVisible()
    assert window.windowTitle() == "HSG Desk — ROE, Jane"
    assert [r["action"] for r in query_events(ctx.db)[-2:]] == ["session.lock", "session.unlock"]
    clock.advance(minutes=4)
    assert not lock.watcher.check()  # the idle time starts again from the unlock


def test_another_user_signs_in_instead(setup, qtbot):
    ctx, _, window, lock = setup
    tech_id = ctx.session.user_id
    lock.lock("idle")
    screen = lock.screen
    qtbot.mouseClick(screen.ui.switchUserButton, Qt.MouseButton.LeftButton)
    assert screen.ui.usernameEdit.isVisible()
    qtbot.keyClicks(screen.ui.usernameEdit, "rad")
    qtbot.keyClicks(screen.ui.passwordEdit, "rad-demo")
    with qtbot.waitSignal(lock.sessionChanged) as changed:
        qtbot.mouseClick(screen.ui.unlockButton, Qt.MouseButton.LeftButton)
    assert changed.args[0].username == "rad" and ctx.session.username == "rad"
    logout, login_row = query_events(ctx.db)[-2:]
    assert (logout["action"], logout["user_id"]) == ("logout", tech_id)
    assert (login_row["action"], login_row["username"]) == ("login", "rad")
    assert verify_chain(ctx.db) is None


def test_idle_limit_follows_the_setting(setup):
    ctx, clock, _, lock = setup
    from hsg_desk.services.auth import login as sign_in
    from hsg_desk.services.settings_service import change_settings

    admin = ServiceContext(ctx.db, clock, sign_in(ctx.db, clock, "admin", "admin-demo"))
    change_settings(admin, {"idle_lock_minutes": 1})
    ctx.reload_settings()
    lock.watcher.touch()
    clock.advance(minutes=1)
    assert lock.watcher.check() and lock.is_locked
