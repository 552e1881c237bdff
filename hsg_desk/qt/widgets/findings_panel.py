"""The findings beside the history: grouped by level (colour, symbol AND words), each with
the way to resolve it right there — no dialog to hunt for (DESIGN.md §4)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFrame, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from hsg_desk.domain.errors import DomainError
from hsg_desk.domain.findings import Level
from hsg_desk.domain.findings_summary import FindingsSummary
from hsg_desk.domain.lifecycle import ExamStatus
from hsg_desk.domain.resolutions import FindingState
from hsg_desk.domain.screening import finding_values
from hsg_desk.qt.domain_text import domain_text, error_text, finding_message, findings_text, level_word, resolution_text
from hsg_desk.qt.i18n import current_language
from hsg_desk.qt.palette import LEVEL_COLOURS, LEVEL_SYMBOLS
from hsg_desk.qt.wheel_guard import guard_fields
from hsg_desk.services import exam_status
from hsg_desk.qt.ui.ui_findings_panel import Ui_FindingsPanel
from hsg_desk.services.bundle import Services
from hsg_desk.services.screening import DURING_EXAM_CODES, VOID_REASON

BIG = 44  # minimum button height: usable with gloves on


def _button(text: str, parent) -> QPushButton:
    button = QPushButton(text, parent)
    button.setMinimumHeight(BIG)
    return button


class FindingCard(QFrame):
    """One finding: what it is, where it stands, and how to resolve it."""

    def __init__(self, panel: "FindingsPanel", state: FindingState, editable: bool):
        super().__init__(panel)
        self.panel, self.state = panel, state
        finding = state.finding
        self.setObjectName(f"finding_{finding.code.replace('.', '_')}")
        background, foreground = LEVEL_COLOURS[finding.level]
        self.setStyleSheet(f"FindingCard {{ background: {background}; border: 2px solid {foreground}; "
                           f"border-radius: 6px; }} FindingCard QLabel {{ color: {foreground}; }}")
        layout = QVBoxLayout(self)
        title = QLabel(f"{LEVEL_SYMBOLS[finding.level]}  {level_word(finding.level)} — "
                       f"{finding_message(finding, panel.finding_values)}", self)
        title.setWordWrap(True)
        title.setStyleSheet("font-weight: 700;")
        layout.addWidget(title)
        self.status = QLabel(self._status_text(), self)
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        for voided in state.voided:
            line = QLabel(self.tr("✗ {voided} — was: {kind}, {radiologist}").format(
                voided=domain_text(VOID_REASON), kind=domain_text(voided.kind.label),
                radiologist=voided.radiologist_name) + (f" ({voided.reason})" if voided.reason else ""), self)
            line.setWordWrap(True)
            line.setObjectName("voidedLine")
            line.setStyleSheet("font-style: italic;")
            layout.addWidget(line)
        self.error = QLabel("", self)
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.error.hide()
        self.reason = self.radiologist = self.password = None
        if editable and finding.level is Level.BLOCK:
            self._block_actions(layout)
        elif editable and state.needs_resolution and state.resolution is None:
            if finding.level is Level.STOP:
                self._stop_actions(layout)
            else:
                self._caution_actions(layout)
        layout.addWidget(self.error)

    def _status_text(self) -> str:
        state = self.state
        if state.finding.level is Level.BLOCK:
            return self.tr("Blocks the exam today: defer or cancel it.")
        if state.finding.level is Level.INFO:
            return self.tr("For information; printed on the summary.")
        if state.resolution is None:
            return (self.tr("Not resolved yet. The earlier resolution was voided.") if state.voided
                    else self.tr("Not resolved yet."))
        text = resolution_text(state.resolution)
        return text if state.awaiting_cosignature else "✓ " + text

    # -- the ways to resolve ----------------------------------------------------
    def _radiologist_combo(self) -> QComboBox:
        combo = QComboBox(self)
        combo.setEditable(True)
        combo.setMinimumHeight(BIG)
        combo.lineEdit().setPlaceholderText(self.tr("Radiologist's name"))
        for user_id, name in self.panel.radiologists:
            combo.addItem(name, user_id)
        # A signed-in radiologist is offered their own name: they don't type it.
        combo.setCurrentIndex(combo.findData(self.panel.ctx.session.user_id) if self.panel.own_radiologist else -1)
        combo.setObjectName("radiologist")
        guard_fields(combo)
        return combo

    def _caution_actions(self, layout) -> None:
        self.radiologist = self._radiologist_combo()
        self.radiologist.lineEdit().setPlaceholderText(self.tr("Which radiologist was informed?"))
        acknowledge = _button(self.tr("Radiologist informed"), self)
        acknowledge.setObjectName("acknowledge")
        acknowledge.clicked.connect(self.acknowledge)
        self.radiologist.lineEdit().returnPressed.connect(self.acknowledge)
        layout.addWidget(self.radiologist)
        layout.addWidget(acknowledge)

    def _stop_actions(self, layout) -> None:
        self.reason = QLineEdit(self)
        self.reason.setObjectName("reason")
        self.reason.setPlaceholderText(self.tr("The radiologist's reason for going ahead"))
        self.reason.setMinimumHeight(BIG)
        layout.addWidget(self.reason)
        self.radiologist = self._radiologist_combo()
        layout.addWidget(self.radiologist)
        self.password = QLineEdit(self)
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("Radiologist's password"))
        self.password.setMinimumHeight(BIG)
        layout.addWidget(self.password)
        self.password.returnPressed.connect(self.override_signed)
        buttons = QHBoxLayout()
        signed = _button(self.tr("Radiologist signs here"), self)
        signed.setObjectName("overrideSigned")
        signed.setToolTip(self.tr("The radiologist types their own password"))
        signed.clicked.connect(self.override_signed)
        buttons.addWidget(signed)
        if self.state.finding.code in DURING_EXAM_CODES:  # confirmed by name and password only
            self.password.setPlaceholderText(self.tr("Radiologist's password (not a verbal approval)"))
            layout.addLayout(buttons)
            return
        verbal = _button(self.tr("Record verbal approval"), self)
        verbal.setObjectName("overrideVerbal")
        verbal.setToolTip(self.tr("The radiologist approved by phone; they co-sign later"))
        verbal.clicked.connect(self.override_verbal)
        buttons.addWidget(verbal)
        layout.addLayout(buttons)

    def _block_actions(self, layout) -> None:
        self.reason = QLineEdit(self)
        self.reason.setObjectName("reason")
        self.reason.setPlaceholderText(self.tr("Reason (e.g. positive pregnancy answer: rebook)"))
        self.reason.setMinimumHeight(BIG)
        layout.addWidget(self.reason)
        row = QHBoxLayout()
        defer = _button(self.tr("Defer exam (rebook)"), self)
        defer.setObjectName("defer")
        defer.clicked.connect(lambda: self.panel.change_status(self, ExamStatus.DEFERRED))
        cancel = _button(self.tr("Cancel exam"), self)
        cancel.setObjectName("cancel")
        cancel.clicked.connect(lambda: self.panel.change_status(self, ExamStatus.CANCELLED))
        row.addWidget(defer)
        row.addWidget(cancel)
        layout.addLayout(row)

    def radiologist_choice(self) -> tuple[int | None, str]:
        combo = self.radiologist
        text = combo.currentText().strip()
        index = combo.findText(text)
        return (combo.itemData(index) if index >= 0 else None), text

    def acknowledge(self) -> None:
        _, name = self.radiologist_choice()
        self.panel.run(self, lambda s: s.resolve_caution(self.panel.exam_id, self.state.finding.code, name))

    def override_signed(self) -> None:
        user_id, name = self.radiologist_choice()
        username = self.panel.usernames.get(user_id, name)
        password = self.password.text()
        self.password.clear()
        self.panel.run(self, lambda s: s.override_signed(self.panel.exam_id, self.state.finding.code,
                                                         self.reason.text(), username, password))

    def override_verbal(self) -> None:
        user_id, name = self.radiologist_choice()
        self.panel.run(self, lambda s: s.override_verbal(self.panel.exam_id, self.state.finding.code,
                                                         self.reason.text(), user_id if user_id else name))

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()


class FindingsPanel(QWidget):
    """The live findings of one exam; `changed` fires after a resolution or status change."""

    changed = Signal()

    def __init__(self, ctx, parent=None, *, services: Services | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.service = (services or Services(ctx)).screening
        self.exam_id: int | None = None
        self.editable = True
        self.cards: dict[str, FindingCard] = {}
        self.ui = ui = Ui_FindingsPanel()
        ui.setupUi(self)
        self.summary, self.body, self.body_layout = ui.findingsSummary, ui.findingsBody, ui.cardsLayout
        self.radiologists: list[tuple[int, str]] = []
        self.usernames: dict[int, str] = {}
        self.own_radiologist = False
        self.finding_values: dict | None = None  # what the findings' messages name, outside English
        self._shown: tuple | None = None  # what the cards show now

    def show_states(self, exam_id: int, states: list[FindingState], editable: bool) -> None:
        self.exam_id, self.editable = exam_id, editable
        people = self.service.radiologists()
        shown = (exam_id, tuple(states), editable, tuple(people), self.ctx.session.user_id)
        if shown == self._shown:
            # Most saves on the History page leave the findings as they were; every card
            # (each with its own style sheet) was rebuilt anyway: a history answer with two
            # findings took 48 ms (median) against 36 ms without it, on a busy machine (#21).
            return
        self._shown = shown
        self.finding_values = (finding_values(self.service.case_for(exam_id), self.ctx.settings)
                               if current_language() != "en" and states else None)
        self.radiologists = [(user_id, name) for user_id, name, _ in people]
        self.usernames = {user_id: username for user_id, _, username in people}
        self.own_radiologist = self.ctx.session.user_id in self.usernames
        while self.body_layout.count() > 1:
            item = self.body_layout.takeAt(0)
            if item.widget():
                item.widget().hide()
                item.widget().deleteLater()
        self.cards = {}
        position = 0
        for level in Level:
            group = [state for state in states if state.finding.level is level]
            if not group:
                continue
            heading = QLabel(f"{LEVEL_SYMBOLS[level]}  {domain_text(level.label)} ({len(group)})", self.body)
            heading.setStyleSheet("font-weight: 700; font-size: 12pt; margin-top: 6px;")
            self.body_layout.insertWidget(position, heading)
            position += 1
            for state in group:
                card = FindingCard(self, state, editable)
                self.cards[state.finding.code] = card
                self.body_layout.insertWidget(position, card)
                position += 1
        summary = FindingsSummary.of(states)
        self.summary.setText(findings_text(summary))
        level = summary.level
        # In the level's own colour: a block in red (its card's background), the others as their text.
        colour = None if level is None else LEVEL_COLOURS[level][0 if level is Level.BLOCK else 1]
        self.summary.setStyleSheet("font-size: 13pt; font-weight: 700;" + (f" color: {colour};" if colour else ""))

    @staticmethod
    def _summary(states: list[FindingState]) -> str:
        return findings_text(FindingsSummary.of(states))

    def run(self, card: FindingCard, action) -> None:
        try:
            action(self.service)
        except (DomainError, LookupError) as error:
            card.show_error(error_text(error))
            return
        self.changed.emit()

    def change_status(self, card: FindingCard, target: ExamStatus) -> None:
        reason = card.reason.text()
        try:
            exam_status.change_status(self.ctx, self.exam_id, target, reason)
        except DomainError as error:
            card.show_error(error_text(error))
            return
        self.changed.emit()
