"""Every interactive control has a name a screen reader can say: the test asks Qt's own
accessibility interface for each control on every page and dialog."""

from __future__ import annotations

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QWidget
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QAbstractSpinBox, QComboBox, QHeaderView,
                               QLineEdit, QPlainTextEdit, QTabBar, QTextEdit)

from all_screens import screens

INTERACTIVE = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView, QTextEdit,
               QPlainTextEdit, QTabBar)


def spoken_name(widget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def test_every_interactive_control_has_an_accessible_name(qtbot, tmp_path):
    unnamed, checked = [], 0
    for name, window in screens(qtbot, tmp_path):
        for widget in window.findChildren(QWidget):
            if not isinstance(widget, INTERACTIVE) or not widget.isVisibleTo(window) or widget.window() is not window:
                continue
            if isinstance(widget, QLineEdit) and isinstance(widget.parent(), (QComboBox, QAbstractSpinBox)):
                continue  # the combo box or spin box is the control, and it carries the name
            if isinstance(widget, QHeaderView):
                continue  # the combo box or spin box is the control, and it carries the name
            checked += 1
            if not spoken_name(widget):
                unnamed.append(f"{name}: {type(widget).__name__} {widget.objectName() or '(no object name)'}")
    assert checked > 150
    assert unnamed == [], "\n".join(unnamed)


def test_an_answer_button_is_named_with_its_question(qtbot, tmp_path):
    for name, window in screens(qtbot, tmp_path):
        if "History" in name:
            break
    ui = window.workspace.pages["HistoryPage"].ui
    assert spoken_name(ui.stillBleedingAnswer.buttons[False]).endswith("No")
    assert spoken_name(ui.stillBleedingAnswer.buttons[False]).startswith("Is she bleeding today?")
    assert spoken_name(ui.pregnancyAnswer.buttons["possible"]) == "Could she be pregnant? Possibly"
