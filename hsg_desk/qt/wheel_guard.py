"""The wheel guard (issue #13 §5): nothing changes without the user meaning it.

A mouse wheel turned while the pointer crosses a combo box, a spin box or a date field
scrolls the page; it never changes the value (a wheel over the procedure record once
changed *Reaction severity* and saved it). Only a field the user has put the keyboard
focus in (clicked or tabbed into) takes the wheel.

The guard watches the guarded fields only. Every form's generated `setupUi` ends by
calling `guard_fields` on the form (forms/build.py writes the call into each module), and
code that makes a field itself calls it too (tests/qt/test_wheel_guard.py fails on a module
that makes one and does not). It was an event filter on the whole application, which ran
Python for every event of every widget (~35 ms of each exam page's build), then a style
whose Python `polish` saw every widget Qt polished (~15 ms of the start, issue #21).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QAbstractScrollArea, QAbstractSpinBox, QApplication, QComboBox, QWidget

GUARDED = (QComboBox, QAbstractSpinBox)  # QAbstractSpinBox covers spin boxes, date and time fields
GUARD_NAME = "wheelGuard"


def _guarded_field(widget: QObject) -> QWidget | None:
    """The combo, spin or date field `widget` is (or is part of, like a combo's line edit)."""
    while isinstance(widget, QWidget):
        if isinstance(widget, GUARDED):
            return widget
        if isinstance(widget, QAbstractScrollArea) or widget.isWindow():
            return None
        widget = widget.parentWidget()
    return None


def _page_scroller(widget: QWidget) -> QAbstractScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            return parent
        parent = parent.parentWidget()
    return None


class WheelGuard(QObject):
    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt naming)
        if event.type() != QEvent.Type.Wheel:
            return False
        field = _guarded_field(watched)
        if field is None or field.hasFocus() or (field.focusProxy() and field.focusProxy().hasFocus()):
            return False
        scroller = _page_scroller(field)
        if scroller is not None:
            # Qt does not pass a synthesized wheel on to the parent: hand the page its scroll.
            QApplication.sendEvent(scroller.viewport(), event.clone())
        return True


def install_wheel_guard(app: QApplication | None = None) -> WheelGuard:
    """The application's one guard (made on the first call)."""
    app = app or QApplication.instance()
    guard = app.findChild(WheelGuard, GUARD_NAME)
    if guard is None:
        guard = WheelGuard(app, objectName=GUARD_NAME)
    return guard


def guard_fields(root: QWidget) -> None:
    """Put the guard on `root` if it is a combo, spin or date field, and on each one inside it
    (installing it twice on a field is harmless: Qt keeps one)."""
    guard = install_wheel_guard()
    if isinstance(root, GUARDED):
        root.installEventFilter(guard)
    for kind in GUARDED:
        for field in root.findChildren(kind):
            field.installEventFilter(guard)
