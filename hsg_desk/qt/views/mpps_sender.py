"""Sends the MPPS outbox while the app is open: every 15 seconds, and at once after an exam
changed. The RIS is talked to on a worker thread (qt/ops: a RIS that is down costs the room
nothing); the outcome is written on the UI thread, which owns the database connection.
*Exam › MPPS messages to the RIS…* shows each message's state and sends on demand."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QAction

from hsg_desk.qt.ops import Op
from hsg_desk.services.authorization import Action, can

INTERVAL_MS = 15_000


def _outbox():
    """The outbox service, imported at the first send (15 s after start, or the first exam
    change) rather than with the window: with the procedure record, the patient store and
    the DICOM types it builds messages from, ~15 ms the first paint would wait for. The exam
    workspace imports it on a worker thread after the first paint (BACKGROUND_IMPORTS)."""
    from hsg_desk.services import mpps_outbox

    return mpps_outbox


class MppsSender(QObject):
    delivered = Signal()  # a send ended and its outcome is recorded

    def __init__(self, ctx, window):
        super().__init__(window)
        self.ctx, self.window = ctx, window
        self.op: Op | None = None  # the send under way
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.kick)
        self.timer.start(INTERVAL_MS)
        self.dialog = None
        self.messages_action = QAction(self.tr("&MPPS messages to the RIS…"), window)
        self.messages_action.setObjectName("actionMppsMessages")
        self.messages_action.triggered.connect(self.show_messages)
        self.follow_roles()

    def follow_roles(self) -> None:
        # The list names patients: the clinical roles see it (the admin uses `hsg-desk mpps status`).
        self.messages_action.setEnabled(can(self.ctx, Action.VIEW_PATIENT))

    def kick(self) -> Op | None:
        """Send what is due, unless a send is under way or there is nothing to send."""
        if self.op is not None:
            return None
        mpps_outbox = _outbox()
        endpoint = mpps_outbox.mpps_endpoint(self.ctx.settings)
        messages = mpps_outbox.due(self.ctx) if endpoint is not None else []
        if not messages:
            return None
        self.op = Op(parent=self.window, work=lambda _progress: mpps_outbox.transmit(endpoint, messages),
                     success=self._done)
        # Never a dialog: each message just waits for its next try, its reason kept.
        self.op.failure(lambda error: self._done([mpps_outbox.Outcome(m.id, False, QCoreApplication.translate("MppsSender", "Unexpected problem: {error}").format(error=error))
                                                  for m in messages]))
        return self.op.run()

    def send_now(self) -> Op | None:
        """Every waiting message is tried now, whatever its next try was (the RIS is back)."""
        _outbox().due_now(self.ctx)
        return self.kick()

    def _done(self, outcomes) -> None:
        self.op = None
        _outbox().record(self.ctx, outcomes)
        if not (any(outcome.sent for outcome in outcomes) and self.kick()):  # a sent N-CREATE makes its N-SET due
            self.delivered.emit()

    def show_messages(self):
        from hsg_desk.qt.views.mpps_messages_dialog import MppsMessagesDialog

        self.dialog = dialog = MppsMessagesDialog(self.ctx, self, parent=self.window)
        dialog.finished.connect(lambda _: setattr(self, "dialog", None))
        dialog.open()
        return dialog

    def stop(self) -> None:
        self.timer.stop()
