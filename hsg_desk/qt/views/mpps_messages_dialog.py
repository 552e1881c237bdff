"""Exam › MPPS messages to the RIS: each message the outbox holds and its state — sent,
waiting (with why and the next try) or failed (with the RIS's reason) — so the room can see
that the RIS was told, without a command line. `hsg-desk mpps status` prints the same."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QLabel, QPushButton, QTableWidget, QTableWidgetItem,
                               QVBoxLayout)

from hsg_desk.qt.domain_text import said
from hsg_desk.services import mpps_outbox

HEADERS = (QT_TRANSLATE_NOOP("MppsMessagesDialog", "Exam"), QT_TRANSLATE_NOOP("MppsMessagesDialog", "Patient"), QT_TRANSLATE_NOOP("MppsMessagesDialog", "MRN"), QT_TRANSLATE_NOOP("MppsMessagesDialog", "Message"),
           QT_TRANSLATE_NOOP("MppsMessagesDialog", "State"))


class MppsMessagesDialog(QDialog):
    def __init__(self, ctx, sender=None, parent=None):
        super().__init__(parent)
        self.ctx, self.sender = ctx, sender
        self.setWindowTitle(self.tr("MPPS messages to the RIS"))
        self.setObjectName("mppsMessagesDialog")
        self.resize(1000, 420)
        destination = mpps_outbox.mpps_endpoint(ctx.settings)
        self.intro = QLabel(self.tr("Messages go to {destination}; one that could not be delivered is tried again "
                                    "by itself.").format(destination=destination) if destination else
                            self.tr("No MPPS destination is set up (Admin › Settings): nothing is sent."))
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, len(HEADERS))
        self.table.setObjectName("mppsMessages")
        self.table.setHorizontalHeaderLabels([self.tr(header) for header in HEADERS])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.send_button = QPushButton(self.tr("&Send now"))
        self.send_button.setObjectName("mppsSendNow")
        self.send_button.setEnabled(sender is not None and destination is not None)
        self.send_button.clicked.connect(self.send_now)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.send_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.intro, self.table, buttons):
            layout.addWidget(widget)
        self.reload()

    def reload(self) -> None:
        messages = mpps_outbox.messages(self.ctx)
        self.table.setRowCount(len(messages))
        zone = self.ctx.settings.time_zone
        for row, message in enumerate(messages):
            cells = (str(message.exam_id), f"{message.family_name}, {message.given_name}", message.mrn,
                     message.status, said(mpps_outbox.state_text(message, zone)))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)  # a long reason is cut in the cell
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()

    def send_now(self) -> None:
        """Every waiting message, due or not, is tried now (the RIS is back, say); the list
        shows the outcome when the send ends."""
        if self.sender.send_now() is not None:
            self.send_button.setEnabled(False)
            self.sender.delivered.connect(self._sent)

    def _sent(self) -> None:
        self.sender.delivered.disconnect(self._sent)
        self.send_button.setEnabled(True)
        self.reload()
