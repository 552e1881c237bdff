"""Sends the MPPS outbox while the app is open: every 15 seconds, and at once after an exam
changed. The RIS is talked to on a worker thread (qt/ops: a RIS that is down costs the room
nothing); the outcome is written on the UI thread, which owns the database connection."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer

from hsg_desk.qt.ops import Op
from hsg_desk.services import mpps_outbox

INTERVAL_MS = 15_000


class MppsSender(QObject):
    def __init__(self, ctx, window):
        super().__init__(window)
        self.ctx, self.window = ctx, window
        self.op: Op | None = None  # the send under way
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.kick)
        self.timer.start(INTERVAL_MS)

    def kick(self) -> Op | None:
        """Send what is due, unless a send is under way or there is nothing to send."""
        if self.op is not None:
            return None
        endpoint = mpps_outbox.mpps_endpoint(self.ctx.settings)
        messages = mpps_outbox.due(self.ctx) if endpoint is not None else []
        if not messages:
            return None
        self.op = Op(parent=self.window, work=lambda _progress: mpps_outbox.transmit(endpoint, messages),
                     success=self._done)
        # Never a dialog: each message just waits for its next try, its reason kept.
        self.op.failure(lambda error: self._done([mpps_outbox.Outcome(m["id"], False, f"Unexpected problem: {error}")
                                                  for m in messages]))
        return self.op.run()

    def _done(self, outcomes) -> None:
        self.op = None
        mpps_outbox.record(self.ctx, outcomes)
        if any(outcome.sent for outcome in outcomes):
            self.kick()  # a sent N-CREATE makes its N-SET due

    def stop(self) -> None:
        self.timer.stop()
