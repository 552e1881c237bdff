"""Admin › Settings closes with its Close button and with Escape; unsaved changes are
named first, and a second press leaves them unsaved."""

from __future__ import annotations

from PySide6.QtCore import Qt

from hsg_desk.qt.views.settings_admin import SettingsAdmin
from hsg_desk.storage.settings import load_settings

from exam_room_builders import context, open_db


def _screen(qtbot, tmp_path):
    db, clock, users = open_db(tmp_path / "hsg.sqlite3")
    screen = SettingsAdmin(context(db, clock, users["admin"]))
    qtbot.addWidget(screen)
    screen.show()
    screen.activateWindow()
    qtbot.waitUntil(screen.isActiveWindow)
    return db, screen


def test_escape_closes_the_settings(qtbot, tmp_path):
    _, screen = _screen(qtbot, tmp_path)
    qtbot.keyClick(screen.ui.saveButton, Qt.Key.Key_Escape)
    assert not screen.isVisible()


def test_close_names_unsaved_changes_then_closes_without_saving(qtbot, tmp_path):
    db, screen = _screen(qtbot, tmp_path)
    name = screen.editors["facility_name"].widget
    before = load_settings(db).facility_name
    name.selectAll()
    qtbot.keyClicks(name, "Riverside Imaging Demo")
    qtbot.mouseClick(screen.ui.closeButton, Qt.MouseButton.LeftButton)
    assert screen.isVisible()
    assert "Not saved yet: facility name" in screen.ui.messageLabel.text()
    qtbot.keyClick(name, Qt.Key.Key_Escape)
    assert not screen.isVisible()
    assert load_settings(db).facility_name == before
