"""Telling a keyboard-wedge scan from typing, wherever the focus is inside one widget (issue #20).

A scanner types a whole label in a burst, a few milliseconds a key, and ends with Enter; it
starts with a GS1 symbology identifier (`]d2`, `]C1`) or the prefix the clinic set it to send.
A key that could start a scan is held back (not typed into the field) while the keys that
follow keep arriving fast and keep matching a scan's start. Enter at the end of such a burst
makes it a scan: `scanned(text)` fires and the field under the cursor never sees it. A pause
longer than the scanner's (or keys that cannot start a scan) hand the held keys back to the
field they were typed into, so typing — a lot number "]A1" typed by hand included — is untouched.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from hsg_desk.domain.gs1 import GS1_SYMBOLOGIES, GROUP_SEPARATOR, is_gs1_start

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
SHORTEST_SCAN = 8  # `]d2` + AI 01 alone is 19 characters; 8 keeps two stray keys from being one


class ScanCatcher(QObject):
    """Watches every key typed into `watched` or its children. `clock()` returns seconds
    (monotonic); tests inject one to play keys at scanner or at human speed without waiting."""

    scanned = Signal(str)

    def __init__(self, watched: QWidget, *, prefix: str = "", key_gap_ms: int = 40,
                 clock: Callable[[], float] = time.monotonic):
        super().__init__(watched)
        self.watched, self.prefix, self.key_gap = watched, prefix, key_gap_ms / 1000
        self.clock = clock
        self.held: list[tuple[QObject, QKeyEvent]] = []
        self.text = ""
        self.last_key_at = 0.0
        self._replaying = False
        # If typing stops mid-way, the held keys are typed after a moment (real time).
        self._flush_timer = QTimer(self, singleShot=True, interval=max(250, key_gap_ms * 5))
        self._flush_timer.timeout.connect(self.release)
        self.watch(watched)

    def configure(self, *, prefix: str, key_gap_ms: int) -> None:
        self.prefix, self.key_gap = prefix, key_gap_ms / 1000

    def watch(self, widget: QWidget) -> None:
        """Filter `widget` and every child that can take the keyboard focus (keys go only to
        the focus widget); the record's children are fixed by its form."""
        for child in [widget, *widget.findChildren(QWidget)]:
            if child is widget or child.focusPolicy() != Qt.FocusPolicy.NoFocus:
                child.installEventFilter(self)

    def eventFilter(self, receiver, event) -> bool:  # noqa: N802 (Qt naming)
        if self._replaying or event.type() != QEvent.Type.KeyPress:
            return False
        return self._key(receiver, event)

    # -- one key --------------------------------------------------------------------
    def _key(self, receiver, event: QKeyEvent) -> bool:
        now = self.clock()
        fast = now - self.last_key_at <= self.key_gap
        self.last_key_at = now
        if self.held and not fast:
            self.release()  # too slow for a scanner: what was held was typing
        char = self._char(event)
        if event.key() in ENTER_KEYS and self.held:
            if len(self.text) >= SHORTEST_SCAN and is_gs1_start(self.text, self.prefix):
                text = self.text
                self._forget()
                self.scanned.emit(text)
                return True
            self.release()
            return False
        if char is None:
            self.release()
            return False
        candidate = self.text + char
        if self._could_start_a_scan(candidate):
            self._hold(receiver, event, candidate)
            return True
        self.release()
        return False

    def _could_start_a_scan(self, text: str) -> bool:
        starts = [*GS1_SYMBOLOGIES] + ([self.prefix] if self.prefix else [])
        return any(start.startswith(text) or text.startswith(start) for start in starts)

    @staticmethod
    def _char(event: QKeyEvent) -> str | None:
        if event.key() == Qt.Key.Key_BracketRight and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            return GROUP_SEPARATOR  # Ctrl+] is how a keyboard types GS
        text = event.text()
        return text if len(text) == 1 and (text.isprintable() or text == GROUP_SEPARATOR) else None

    def _hold(self, receiver, event: QKeyEvent, text: str) -> None:
        copy = QKeyEvent(event.type(), event.key(), event.modifiers(), event.text(), event.isAutoRepeat(),
                         event.count())
        self.held.append((receiver, copy))
        self.text = text
        self._flush_timer.start()

    def release(self) -> None:
        """Type the held keys into the widgets they were meant for: they were not a scan."""
        held = self.held
        self._forget()
        self._replaying = True
        try:
            for receiver, event in held:
                QApplication.sendEvent(receiver, event)
        finally:
            self._replaying = False

    def _forget(self) -> None:
        self.held, self.text = [], ""
        self._flush_timer.stop()
