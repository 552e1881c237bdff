"""The main window with a signed-in user: Admin menu follows the roles; Ctrl+L locks the
open exam away and the password brings it back."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from hsg_desk.qt.views.main_window import MainWindow
from hsg_desk.services.auth import login
from hsg_desk.services.context import ServiceContext
from hsg_desk.services.demo_data import write_demo_database
from hsg_desk.storage.db import open_database


@pytest.fixture
def make_window(qtbot, tmp_path, clock):
    path = write_demo_database(tmp_path / "demo.sqlite3", patients=10, seed=3, today=date(2026, 11, 26))

    def make(username):
        db = open_database(path)
        ctx = ServiceContext(db, clock, login(db, clock, username, f"{username}-demo"), workstation="ws")
        window = MainWindow(ctx, demo=True)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        return window
    return make


def test_admin_menu_follows_roles(make_window, qtbot):
    tech = make_window("tech")
    # A technologist keeps the product list (issue #20), and nothing else of the Admin menu.
    assert [name for name, action in tech.security.admin_actions.items() if action.isEnabled()] == ["ProductsAdmin"]
    admin = make_window("admin")
    admin.security.admin_actions["UsersAdmin"].trigger()
    screen = admin.security.screens["UsersAdmin"]
    from hsg_desk.services.users import DEMO_USERS

    assert screen.isVisible() and screen.model.rowCount() == len(DEMO_USERS)


def test_ctrl_l_locks_the_open_exam_away(make_window, qtbot):
    window = make_window("tech")
    window.open_exam(window.worklist_model.row_at(0).exam_id)
    name = window.workspace.ui.patientName.text()
    assert name and window.workspace.ui.patientName.isVisible()
    window.security.lock_action.trigger()
    lock = window.security.lock
    assert lock.is_locked
    assert not window.workspace.isVisible()
    assert not any(name in label.text() for label in window.findChildren(QLabel) if label.isVisible())
    qtbot.keyClicks(lock.screen.ui.passwordEdit, "tech-demo")
    with qtbot.waitSignal(lock.resumed):
        qtbot.keyClick(lock.screen.ui.passwordEdit, Qt.Key.Key_Return)
    assert window.ui.pages.currentWidget() is window.workspace and window.workspace.isVisible()
    assert window.workspace.ui.patientName.text() == name
