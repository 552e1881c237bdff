"""`after_first_paint`: work that must not delay the first picture of a window."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer


class _FirstPaintWatcher(QObject):
    def __init__(self, widget, callback: Callable[[], None]):
        super().__init__(widget)
        self.callback = callback
        widget.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            # The whole window is painted in this one pass; run on the next turn.
            QTimer.singleShot(0, self.callback)
            self.deleteLater()
        return False


def after_first_paint(widget, callback: Callable[[], None]) -> None:
    """Call `callback` once, on the event-loop turn after `widget` is first painted."""
    _FirstPaintWatcher(widget, callback)
