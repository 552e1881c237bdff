"""Sends the MPPS outbox while the app is open: every 15 seconds, and at once after an exam
changed. The RIS is talked to on a worker thread (a RIS that is down costs the room nothing);
the outcome is written on the UI thread, which owns the database connection."""

from __future__ import annotations

from PySide6.QtCore import QObject, QThread, QTimer, Signal

from hsg_desk.services import mpps_outbox

INTERVAL_MS = 15_000


class SendWorker(QThread):
    done = Signal(object)  # list[mpps_outbox.Outcome]

    def __init__(self, endpoint, messages, parent=None):
        super().__init__(parent)
        self.endpoint, self.messages = endpoint, messages

    def run(self) -> None:
        try:
            outcomes = mpps_outbox.transmit(self.endpoint, self.messages)
        except Exception as error:  # never a traceback: each message waits for the next try
            outcomes = [mpps_outbox.Outcome(m["id"], False, f"Unexpected problem: {error}") for m in self.messages]
        self.done.emit(outcomes)


class MppsSender(QObject):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.worker: SendWorker | None = None
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.kick)
        self.timer.start(INTERVAL_MS)

    def kick(self) -> SendWorker | None:
        """Send what is due, unless a send is under way or there is nothing to send."""
        if self.worker is not None:
            return None
        endpoint = mpps_outbox.mpps_endpoint(self.ctx.settings)
        messages = mpps_outbox.due(self.ctx) if endpoint is not None else []
        if not messages:
            return None
        self.worker = worker = SendWorker(endpoint, messages, self)
        worker.done.connect(self._done)
        worker.start()
        return worker

    def _done(self, outcomes) -> None:
        worker, self.worker = self.worker, None
        if worker is not None:
            worker.wait()
            worker.deleteLater()
        mpps_outbox.record(self.ctx, outcomes)
        if any(outcome.sent for outcome in outcomes):
            self.kick()  # a sent N-CREATE makes its N-SET due

    def stop(self) -> None:
        self.timer.stop()
        if self.worker is not None:
            self.worker.wait()
