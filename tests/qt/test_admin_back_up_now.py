"""Admin › Back up now (the README names it): a verified copy in the backups folder, from
the menu, with Enter; not offered to a role that may not back up."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from hsg_desk.qt.views.main_window import MainWindow
from hsg_desk.services.auth import login
from hsg_desk.services.context import ServiceContext
from hsg_desk.services.demo_data import write_demo_database
from hsg_desk.storage.db import open_database


def _window(qtbot, path, clock, username):
    db = open_database(path)
    ctx = ServiceContext(db, clock, login(db, clock, username, f"{username}-demo"), workstation="ws")
    window = MainWindow(ctx, demo=True)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_back_up_now_from_the_admin_menu(qtbot, tmp_path, clock):
    path = write_demo_database(tmp_path / "demo.sqlite3", patients=5, seed=3, today=date(2026, 11, 26))
    tech = _window(qtbot, path, clock, "tech")
    action = tech.security.admin_actions["BackupDialog"]
    assert not action.isEnabled() and action.toolTip() == "Needs the admin role"
    admin = _window(qtbot, path, clock, "admin")
    action = admin.security.admin_actions["BackupDialog"]
    assert action.isEnabled() and action in admin.ui.menuAdmin.actions()
    assert action.text() == "&Back up now…"
    action.trigger()
    dialog = admin.security.screens["BackupDialog"]
    assert dialog.isVisible() and dialog.start_button.isDefault()
    with qtbot.waitSignal(dialog.backupFinished, timeout=20000) as finished:
        qtbot.keyClick(dialog, Qt.Key.Key_Return)
    copy = finished.args[0].path
    assert copy.exists() and copy.parent == tmp_path / "backups"
    assert "Saved and verified" in dialog.status.text()
