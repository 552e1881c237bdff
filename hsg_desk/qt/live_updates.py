"""Live updates on the UI thread: ask the change feed a few times a second, tell the window.

A QTimer, not a thread: a poll while nothing happened is one PRAGMA (microseconds), and
the feed's reads use the window's own connection, which belongs to the UI thread.
"""

from __future__ import annotations

import logging
import threading

from PySide6.QtCore import QObject, QTimer, Signal

from hsg_desk.domain.errors import DomainError
from hsg_desk.services.live_updates import ChangeFeed

log = logging.getLogger(__name__)
# A change on one workstation shows on the others within a second (DESIGN.md §9): a poll
# every quarter second leaves the rest of the second for the page to load.
POLL_MS = 250


class LiveUpdates(QObject):
    """Emits `changed(list[Change])` when other workstations changed something, and
    `unreachable(message)` / `reachable()` when the database stops and starts answering
    (the poll is also the window's heartbeat)."""

    changed = Signal(list)
    unreachable = Signal(str)
    reachable = Signal()
    _probed = Signal(bool)  # from the probe's worker thread (queued to this one)

    def __init__(self, ctx, parent=None, *, interval_ms: int = POLL_MS):
        super().__init__(parent)
        self.feed = ChangeFeed(ctx)
        self.timer = QTimer(self, interval=interval_ms)
        self.timer.timeout.connect(self.poll)
        self.timer.start()
        self.failing = False
        self.probing = False
        self._probed.connect(self._after_probe)

    def poll(self) -> None:
        """Ask the feed; while the database is away, ask on a worker whether it answers
        again instead (a server that does not answer must not freeze the window)."""
        if self.failing:
            if not self.probing:
                self.probing = True
                threading.Thread(target=self._probe, name="hsg-live-probe", daemon=True).start()
            return
        self._poll_now()

    def _probe(self) -> None:
        answers = self.feed.answers()
        try:
            self._probed.emit(answers)
        except RuntimeError:  # the window closed while the server was being asked
            pass

    def _after_probe(self, answers: bool) -> None:
        self.probing = False
        if answers:
            self._poll_now()

    def _poll_now(self) -> None:
        try:
            changes = self.feed.poll()
        except DomainError as error:  # storage says it cannot reach the database
            if not self.failing:
                log.warning("database unreachable: %s", error)
                self.failing = True
                self.unreachable.emit(self.feed.unreachable_text(error))
            return
        if self.failing:
            log.warning("database reachable again")
            self.failing = False
            self.reachable.emit()
        if changes:
            self.changed.emit(changes)
