"""History & screening: each answer saved as it is made, the findings updated beside it.

"Not answered" stays visible until someone answers; bad input gets a message at the
field and is not saved (DESIGN.md §4, §8).
"""

from __future__ import annotations


from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QListWidgetItem, QWidget

from hsg_desk.domain.allergy import AllergyCategory, Severity
from hsg_desk.domain.case import CONDITION_QUESTIONS
from hsg_desk.domain.dates import date_text, parse_temperature_c
from hsg_desk.domain.errors import ConflictError, DomainError, ValidationError
from hsg_desk.domain.timing import cycle_day
from hsg_desk.qt.domain_text import domain_text, error_text, field_error_text, needs_role, recorded_by_role, said
from hsg_desk.qt.ui.ui_history_page import Ui_HistoryPage
from hsg_desk.qt.widgets.answer_widgets import YesNoAnswer
from hsg_desk.qt.widgets.findings_panel import FindingsPanel
from hsg_desk.qt.widgets.tab_order import tab_in_reading_order
from hsg_desk.qt.widgets.combo_typing import select_by_typing
from hsg_desk.services.authorization import Action, can
from hsg_desk.services.bundle import Services
from hsg_desk.services.exam_room import HistorySheet

DATE_EDITS = {"lmp": "lmpEdit", "flow_ended_on": "flowEdit"}


class HistoryPage(QWidget):
    changed = Signal()

    def __init__(self, ctx, parent=None, *, services: Services | None = None):
        super().__init__(parent)
        self.ctx = ctx
        services = services or Services(ctx)
        self.service = services.exam_room
        self.ui = Ui_HistoryPage()
        self.ui.setupUi(self)
        select_by_typing(self)
        self.exam_id: int | None = None
        self.sheet: HistorySheet | None = None
        self.version = 0
        ui = self.ui
        ui.pregnancyAnswer.set_options([("no", self.tr("No")), ("possible", self.tr("Possibly")),
                                        ("yes", self.tr("Yes"))])
        ui.noPeriodsAnswer.set_options([(False, self.tr("Has periods")), (True, self.tr("No periods"))])
        ui.allergiesReviewedAnswer.set_options([(True, self.tr("Reviewed with her"))])
        self.choices = {"pregnancy": (ui.pregnancyAnswer, ui.pregnancyError),
                        "no_periods": (ui.noPeriodsAnswer, ui.noPeriodsError),
                        "still_bleeding": (ui.stillBleedingAnswer, ui.stillBleedingError),
                        "allergies_reviewed": (ui.allergiesReviewedAnswer, ui.allergyError)}
        for row, (field, question) in enumerate(CONDITION_QUESTIONS):
            question = domain_text(question)
            label = QLabel(question, ui.conditionsGroup)
            label.setWordWrap(True)
            answer = YesNoAnswer(ui.conditionsGroup)
            answer.setObjectName(f"{field}Answer")
            answer.set_question(question)
            error = QLabel("", ui.conditionsGroup)
            error.setProperty("role", "error")
            ui.conditionsGrid.addWidget(label, row, 0)
            ui.conditionsGrid.addWidget(answer, row, 1)
            ui.conditionsGrid.addWidget(error, row, 2)
            self.choices[field] = (answer, error)
        for field, (answer, _) in self.choices.items():
            answer.answered.connect(lambda value, f=field: self.save(f, value))
        for answer, label in ((ui.pregnancyAnswer, ui.pregnancyLabel), (ui.noPeriodsAnswer, ui.noPeriodsLabel),
                              (ui.stillBleedingAnswer, ui.stillBleedingLabel),
                              (ui.allergiesReviewedAnswer, ui.allergiesReviewedLabel)):
            answer.set_question(label.text())
        self.texts = {"lmp": (ui.lmpEdit, ui.lmpError), "flow_ended_on": (ui.flowEdit, ui.flowError),
                      "temperature_c": (ui.temperatureEdit, ui.temperatureError)}
        for field, (edit, _) in self.texts.items():
            edit.editingFinished.connect(lambda f=field: self._text_finished(f))
        ui.lmpEdit.field, ui.flowEdit.field = "lmp", "flow_ended_on"
        for category in AllergyCategory:  # shown in the interface language, kept as the stored code
            ui.allergyCategory.addItem(domain_text(category.value), category.value)
        ui.allergyCategory.setCurrentIndex(-1)
        ui.allergyCategory.setPlaceholderText(self.tr("Category"))
        for severity in Severity:
            ui.allergySeverity.addItem(domain_text(severity.value), severity.value)
        ui.allergySeverity.setCurrentIndex(-1)
        ui.allergySeverity.setPlaceholderText(self.tr("Severity"))
        ui.addMedicationButton.clicked.connect(self.add_medication)
        ui.medicationEdit.returnPressed.connect(self.add_medication)
        ui.removeMedicationButton.clicked.connect(self.remove_medication)
        ui.addAllergyButton.clicked.connect(self.add_allergy)
        ui.removeAllergyButton.clicked.connect(self.remove_allergy)
        ui.missingLabel.setObjectName("missingLabel")
        ui.findingsTitle.setStyleSheet("font-size: 14pt; font-weight: 700;")
        ui.splitter.setStretchFactor(0, 11)
        ui.splitter.setStretchFactor(1, 9)
        self.findings = FindingsPanel(ctx, ui.findingsSide, services=services)
        ui.findingsLayout.addWidget(self.findings, 1)
        self.findings.changed.connect(self._findings_changed)
        self._sized = False
        tab_in_reading_order(self)  # the answers' buttons and the conditions were made after the form

    def showEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        """First show: the findings get close to half the width, whatever the screen."""
        super().showEvent(event)
        if self.exam_id is not None and not event.spontaneous():
            self.load(self.exam_id)  # the check-in tab may have changed the test or consent meanwhile
        if not self._sized:
            self._sized = True
            width = max(self.width(), 800)
            self.ui.splitter.setSizes([int(width * 0.55), int(width * 0.45)])

    # -- showing ----------------------------------------------------------------
    def load(self, exam_id: int) -> None:
        self.exam_id = exam_id
        self.sheet = sheet = self.service.history(exam_id)
        self.version = sheet.version
        for field, (answer, error) in self.choices.items():
            answer.set_value(sheet.answer(field))
            error.clear()
        for field, (edit, error) in self.texts.items():
            edit.setText(self._stored_text(field))
            error.clear()
        self._show_cycle_day()
        self.ui.medicationsList.clear()
        for name in sheet.history.medications:
            self.ui.medicationsList.addItem(name)
        self.ui.allergiesList.clear()
        for allergy in sheet.allergies:
            text = f"{allergy.substance} — {domain_text(allergy.category.value)}, {domain_text(allergy.severity.value)}"
            if allergy.reaction:
                text += f" ({allergy.reaction})"
            item = QListWidgetItem(text)
            item.setData(256, allergy.id)
            self.ui.allergiesList.addItem(item)
        allowed = can(self.ctx, Action.RECORD_HISTORY)
        self.ui.questions.setEnabled(sheet.editable and allowed)
        self.ui.questions.setToolTip("" if allowed else needs_role(Action.RECORD_HISTORY))
        self._show_missing()
        self._show_findings()

    def _stored_text(self, field: str) -> str:
        value = self.sheet.answer(field)
        if field in DATE_EDITS:
            return date_text(value) if value else ""
        return "" if value is None else f"{value:g} °C"

    def _show_cycle_day(self) -> None:
        lmp = self.sheet.history.lmp
        if lmp:
            day = cycle_day(lmp, self.sheet.exam.scheduled_at.date())
            self.ui.lmpError.setText(self.tr("Cycle day {day} on the exam date").format(day=day))
            self.ui.lmpError.setProperty("role", "")
            self.ui.lmpError.style().polish(self.ui.lmpError)

    def _show_missing(self) -> None:
        sheet = self.sheet
        if not sheet.editable:
            text = self.tr("Read only: {reason}").format(reason=said(sheet.locked_reason))
        elif not can(self.ctx, Action.RECORD_HISTORY):
            text = self.tr("Read only for you: the history is taken by {role}.").format(
                role=recorded_by_role(Action.RECORD_HISTORY))
        elif sheet.missing:
            text = self.tr("Still to answer: {questions}").format(
                questions="; ".join(domain_text(question) for question in sheet.missing))
        else:
            text = self.tr("✓ Every history question is answered.")
        self.ui.missingLabel.setText(text)
        self.ui.missingLabel.setStyleSheet("font-size: 12pt; font-weight: 600;")

    def _show_findings(self) -> None:
        states = self.service.screening.states(self.exam_id)
        self.findings.show_states(self.exam_id, states, self.sheet.editable)

    # -- saving -------------------------------------------------------------------
    def save(self, field: str, value) -> bool:
        """Save one answer now; on refusal show why at the field and put the stored answer back."""
        error_label = (self.choices.get(field) or self.texts.get(field) or (None, self.ui.medicationsError))[1]
        try:
            self.version = self.service.set_answer(self.exam_id, field, value, self.version)
        except ValidationError as error:
            label = self._error_label(error.field) or error_label
            label.setProperty("role", "error")
            label.setText(field_error_text(error) + " " + self.tr("Not saved."))
            label.style().polish(label)
            self._revert(field)
            return False
        except ConflictError as error:
            self.load(self.exam_id)
            error_label.setText(error_text(error))
            return False
        except DomainError as error:
            error_label.setText(error_text(error))
            self._revert(field)
            return False
        self.load(self.exam_id)
        self.changed.emit()
        return True

    def _error_label(self, path: str):
        field = path.removeprefix("history.")
        entry = self.choices.get(field) or self.texts.get(field)
        return entry[1] if entry else None

    def _revert(self, field: str) -> None:
        if field in self.texts:
            self.texts[field][0].setText(self._stored_text(field))
        elif field in self.choices:
            self.choices[field][0].set_value(self.sheet.answer(field))

    def _text_finished(self, field: str) -> None:
        edit, error = self.texts[field]
        if self.exam_id is None or edit.text().strip() == self._stored_text(field):
            return
        typed = edit.text().strip()
        try:
            value = edit.day() if field in DATE_EDITS else parse_temperature_c(typed, field)
        except ValidationError as problem:
            # The field goes back to what is stored, so it never shows a value that is not saved.
            edit.setText(self._stored_text(field))
            error.setProperty("role", "error")
            error.setText(self.tr("“{typed}” not saved: {reason}.").format(typed=typed, reason=said(problem.message)))
            error.style().polish(error)
            return
        self.save(field, value)

    def add_medication(self) -> None:
        name = self.ui.medicationEdit.text().strip()
        if not name:
            return
        names = [*self.sheet.history.medications, name]
        if self.save("medications", names):
            self.ui.medicationEdit.clear()
            self.ui.medicationEdit.setFocus()

    def remove_medication(self) -> None:
        row = self.ui.medicationsList.currentRow()
        if row < 0:
            return
        names = list(self.sheet.history.medications)
        del names[row]
        self.save("medications", names)

    def add_allergy(self) -> None:
        ui = self.ui
        if ui.allergyCategory.currentIndex() < 0 or ui.allergySeverity.currentIndex() < 0 \
                or not ui.allergySubstance.text().strip():
            ui.allergyError.setText(self.tr("Type the substance and choose its category and severity."))
            return
        try:
            self.service.add_allergy(self.exam_id, ui.allergySubstance.text(), ui.allergyCategory.currentData(),
                                     ui.allergyReaction.text(), ui.allergySeverity.currentData())
        except DomainError as error:
            ui.allergyError.setText(said(error.message) if isinstance(error, ValidationError) else error_text(error))
            return
        ui.allergySubstance.clear()
        ui.allergyReaction.clear()
        ui.allergyCategory.setCurrentIndex(-1)
        ui.allergySeverity.setCurrentIndex(-1)
        self.load(self.exam_id)
        ui.allergySubstance.setFocus()
        self.changed.emit()

    def remove_allergy(self) -> None:
        item = self.ui.allergiesList.currentItem()
        if item is None:
            return
        try:
            self.service.remove_allergy(self.exam_id, item.data(256))
        except DomainError as error:
            self.ui.allergyError.setText(error_text(error))
            return
        self.load(self.exam_id)
        self.changed.emit()

    def _findings_changed(self) -> None:
        self.load(self.exam_id)
        self.changed.emit()
