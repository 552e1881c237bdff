"""The radiologist's co-signature queue: verbal approvals recorded in their name, each
co-signed with one click (DESIGN.md §4). Non-modal, so the worklist stays usable."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QFrame, QLabel, QLineEdit, QPushButton, QVBoxLayout

from hsg_desk.domain.errors import DomainError
from hsg_desk.domain.roles import Role
from hsg_desk.domain.screening import finding_values
from hsg_desk.qt.domain_text import error_text, finding_message
from hsg_desk.qt.i18n import current_language
from hsg_desk.qt.i18n import moment as format_moment
from hsg_desk.qt.i18n import short_date
from hsg_desk.qt.ui.ui_cosign_dialog import Ui_CosignDialog
from hsg_desk.services.bundle import Services


class CosignDialog(QDialog):
    cosigned = Signal(int)  # exam id

    def __init__(self, ctx, parent=None, *, services: Services | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.service = (services or Services(ctx)).screening
        self.ui = ui = Ui_CosignDialog()
        ui.setupUi(self)
        self.heading, self.message = ui.cosignHeading, ui.cosignMessage
        self.body, self.body_layout = ui.cosignBody, ui.cardsLayout
        self.buttons: dict[int, QPushButton] = {}
        self.refresh()

    def pending(self):
        if not self.ctx.session.has(Role.RADIOLOGIST):
            return []
        return self.service.pending_cosignatures(self.ctx.session.user_id)

    def refresh(self) -> None:
        while self.body_layout.count():
            item = self.body_layout.takeAt(0)
            if item.widget():
                item.widget().hide()
                item.widget().deleteLater()
        self.buttons = {}
        self.passwords: dict[int, QLineEdit] = {}
        if not self.ctx.session.has(Role.RADIOLOGIST):
            self.heading.setText(self.tr("Only a radiologist co-signs verbal approvals."))
            return
        items = self.pending()
        self.heading.setText(self.tr("%n verbal approval(s) awaiting your co-signature", "", len(items)) if items
                             else self.tr("Nothing is awaiting your co-signature."))
        cases = {}  # the exams' screening cases, for what a finding's message names outside English
        for item in items:
            if current_language() != "en" and item.exam_id not in cases:
                cases[item.exam_id] = finding_values(self.service.case_for(item.exam_id), self.ctx.settings)
            card = QFrame(self.body)
            card.setStyleSheet("QFrame { background: #fde2e1; border: 2px solid #8a1c1c; border-radius: 6px; }"
                               "QLabel { color: #5a1010; border: 0; }")
            card_layout = QVBoxLayout(card)
            text = QLabel(
                self.tr("<b>{name}</b> · DOB {birth_date} · MRN {mrn}<br>Exam {exam_time}<br>■ STOP — {message}<br>"
                        "Reason given: {reason}<br>Recorded by {recorded_by}, {recorded_at}, naming {radiologist}")
                .format(name=escape(item.patient_name), birth_date=short_date(item.birth_date), mrn=escape(item.mrn),
                        exam_time=format_moment(item.scheduled_at, self.ctx.settings.time_zone),
                        message=escape(finding_message(item, cases.get(item.exam_id)) or item.code),
                        reason=escape(item.reason),
                        recorded_by=escape(item.recorded_by),
                        recorded_at=format_moment(item.recorded_at, self.ctx.settings.time_zone),
                        radiologist=escape(item.radiologist_name)), card)
            text.setTextFormat(Qt.TextFormat.RichText)
            text.setWordWrap(True)
            card_layout.addWidget(text)
            password = QLineEdit(card)
            password.setObjectName(f"password_{item.resolution_id}")
            password.setEchoMode(QLineEdit.EchoMode.Password)
            password.setPlaceholderText(self.tr("Your password: a co-signature is a signature"))
            password.setMinimumHeight(44)
            card_layout.addWidget(password)
            button = QPushButton(self.tr("Co-sign"), card)
            button.setObjectName(f"cosign_{item.resolution_id}")
            button.setMinimumHeight(48)
            button.clicked.connect(lambda _=False, i=item: self.cosign(i.resolution_id, i.exam_id))
            password.returnPressed.connect(button.click)
            card_layout.addWidget(button)
            self.passwords[item.resolution_id] = password
            self.buttons[item.resolution_id] = button
            self.body_layout.addWidget(card)
        self.body_layout.addStretch(1)
        if self.passwords:
            next(iter(self.passwords.values())).setFocus()

    def cosign(self, resolution_id: int, exam_id: int) -> None:
        field = self.passwords[resolution_id]
        password = field.text()
        field.clear()
        if not password:
            self.message.setText(self.tr("Type your password to co-sign: a co-signature is a signature."))
            field.setFocus()
            return
        try:
            self.service.cosign(resolution_id, password)
        except DomainError as error:
            self.message.setText(error_text(error))
            return
        self.message.clear()
        self.refresh()
        self.cosigned.emit(exam_id)

