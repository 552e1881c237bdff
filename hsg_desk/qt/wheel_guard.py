"""The wheel guard (issue #13 §5): nothing changes without the user meaning it.

A mouse wheel turned while the pointer crosses a combo box, a spin box or a date field
scrolls the page; it never changes the value (a wheel over the procedure record once
changed *Reaction severity* and saved it). Only a field the user has put the keyboard
focus in (clicked or tabbed into) takes the wheel. Installed once, for the QApplication,
so every window, page and dialog is covered, the ones still to be written included.

The guard watches the guarded fields only: the application's style puts it on each combo,
spin or date field as Qt polishes it (before it is first shown, so before any wheel can reach
it). It was an event filter on the whole application, which ran Python for every event of
every widget: ~35 ms of each exam page's ~60-90 ms build (issue #21).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import (QAbstractScrollArea, QAbstractSpinBox, QApplication, QComboBox, QProxyStyle,
                               QWidget)

GUARDED = (QComboBox, QAbstractSpinBox)  # QAbstractSpinBox covers spin boxes, date and time fields


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


class GuardingStyle(QProxyStyle):
    """Fusion, putting `guard` on every guarded field it polishes."""

    def __init__(self, guard: WheelGuard):
        super().__init__("Fusion")
        self.guard = guard

    def polish(self, target):  # noqa: D401 — QStyle.polish(QWidget | QApplication | QPalette)
        result = super().polish(target)
        if isinstance(target, GUARDED):
            target.installEventFilter(self.guard)
        return result


GUARD_NAME = "wheelGuard"  # found by name, so a caller need not import (and make) the style class


def install_wheel_guard(app: QApplication | None = None) -> WheelGuard:
    """Give the application the guarding style (once; a second call returns the first guard)."""
    app = app or QApplication.instance()
    guard = app.findChild(WheelGuard, GUARD_NAME)
    if guard is None:
        guard = WheelGuard(app, objectName=GUARD_NAME)
        app.setStyle(GuardingStyle(guard))
    return guard


def guarding_style(app: QApplication) -> GuardingStyle:
    """Fusion with the application's guard (made if there is none yet): what to pass to
    setStyle, so a new style keeps the guard."""
    guard = app.findChild(WheelGuard, GUARD_NAME)
    return GuardingStyle(guard if guard is not None else WheelGuard(app, objectName=GUARD_NAME))
