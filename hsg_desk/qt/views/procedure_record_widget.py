"""The procedure record: contrast, catheter, radiation, complications, radiologist, notes;
each field saved when it is left, checked at the field; then "Complete and sign", and after
that only amendments (who, when, why, old and new value)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from hsg_desk.domain.contrast import CONTRAST_AGENTS
from hsg_desk.domain.dates import date_text, parse_date
from hsg_desk.domain.errors import DomainError, ValidationError
from hsg_desk.domain.lifecycle import ExamStatus
from hsg_desk.domain.procedure_record import CATHETER_TYPES, SEVERITIES, ProcedureRecord, dose_caution
from hsg_desk.qt.domain_text import domain_text, error_text, field_error_text, needs_role, recorded_by_role, said
from hsg_desk.qt.i18n import moment as format_moment
from hsg_desk.qt.ops import Op
from hsg_desk.qt.ui.ui_procedure_record import Ui_ProcedureRecord
from hsg_desk.qt.widgets.findings_panel import FindingsPanel
from hsg_desk.qt.widgets.combo_typing import select_by_typing
from hsg_desk.qt.views.product_scanning import ProductScanning
from hsg_desk.services.amendments import AMENDABLE, field_label, hint, parse_value
from hsg_desk.services.auth import PasswordCheck, password_check
from hsg_desk.services.authorization import Action, can
from hsg_desk.services.bundle import Services
from hsg_desk.services.screening import DURING_EXAM_CODES

# field → (widget name, error label name)
LINE_FIELDS = {
    "contrast_agent": ("contrastAgent", "contrastAgentError"),
    "contrast_concentration": ("contrastConcentration", "contrastConcentrationError"),
    "contrast_volume_ml": ("contrastVolume", "contrastVolumeError"),
    "contrast_lot": ("contrastLot", "contrastLotError"),
    "contrast_expiry": ("contrastExpiry", "contrastExpiryError"),
    "expiry_note": ("expiryNote", "expiryNoteError"),
    "catheter_lot": ("catheterLot", "catheterLotError"),
    "catheter_product": ("catheterProduct", "catheterProductError"),
    "catheter_expiry": ("catheterExpiry", "catheterExpiryError"),
    "fluoro_time_min": ("fluoroTime", "fluoroTimeError"),
    "fluoro_note": ("fluoroNote", "fluoroNoteError"),
    "image_count": ("imageCount", "imageCountError"),
    "images_note": ("imagesNote", "imagesNoteError"),
    "air_kerma_mgy": ("airKerma", "airKermaError"),
    "kap_gycm2": ("kap", "kapError"),
    "complication_other": ("complicationOtherText", "complicationOtherError"),
    "dose_note": ("doseNote", "doseNoteError"),
}
COMPLICATION_BOXES = {"none": "complicationNone", "vasovagal": "complicationVasovagal",
                      "severe_pain": "complicationSeverePain", "bleeding": "complicationBleeding",
                      "unable_to_cannulate": "complicationUnableToCannulate",
                      "contrast_reaction": "complicationContrastReaction", "other": "complicationOther"}
ERROR_LABELS = {field: error for field, (_, error) in LINE_FIELDS.items()} | {
    "catheter_type": "catheterTypeError", "contrast_reaction_severity": "reactionSeverityError",
    "complications": "complicationsError", "radiologist_name": "radiologistError", "notes": "notesError"}
# field → its label widget, which says "· scanned" after a value that came from a scan
SOURCE_LABELS = {"contrast_agent": "contrastAgentLabel", "contrast_concentration": "contrastConcentrationLabel",
                 "contrast_lot": "contrastLotLabel", "contrast_expiry": "contrastExpiryLabel",
                 "catheter_product": "catheterProductLabel", "catheter_type": "catheterTypeLabel",
                 "catheter_lot": "catheterLotLabel", "catheter_expiry": "catheterExpiryLabel"}


def _add_dose_rows(ui) -> None:
    """The dose caution and its note, under the radiation fields (issue 19). Made here rather
    than in forms/procedure_record.ui so the form others are editing stays as it is."""
    grid, row = ui.radiationGrid, ui.radiationGrid.rowCount()
    ui.doseCaution = QLabel(ui.radiationGroup, objectName="doseCaution", wordWrap=True)
    ui.doseCaution.setProperty("role", "warning")
    ui.doseNoteLabel = QLabel(QCoreApplication.translate("ProcedureRecordWidget",
                                                         "Note on a dose above the reference level"), ui.radiationGroup,
                              objectName="doseNoteLabel", wordWrap=True)
    ui.doseNote = QLineEdit(ui.radiationGroup, objectName="doseNote")
    ui.doseNote.setMinimumHeight(40)
    ui.doseNote.setAccessibleName(ui.doseNoteLabel.text())
    ui.doseNoteLabel.setBuddy(ui.doseNote)
    ui.doseNoteError = QLabel(ui.radiationGroup, objectName="doseNoteError", wordWrap=True)
    ui.doseNoteError.setProperty("role", "error")
    grid.addWidget(ui.doseCaution, row, 0, 1, 3)
    grid.addWidget(ui.doseNoteLabel, row + 1, 0)
    grid.addWidget(ui.doseNote, row + 1, 1)
    grid.addWidget(ui.doseNoteError, row + 1, 2)


class _FocusOut(QObject):
    """Calls `callback` when the watched widget loses focus (QPlainTextEdit has no editingFinished)."""

    def __init__(self, widget, callback):
        super().__init__(widget)
        self.callback = callback
        widget.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt naming)
        if event.type() == QEvent.Type.FocusOut:
            self.callback()
        return False


class ProcedureRecordWidget(QWidget):
    changed = Signal()

    def __init__(self, ctx, prompts, parent=None, *, services: Services | None = None):
        super().__init__(parent)
        self.ctx, self.prompts = ctx, prompts
        self.services = services = services or Services(ctx)
        self.service = services.exam_room
        self.ui = ui = Ui_ProcedureRecord()
        ui.setupUi(self)
        _add_dose_rows(ui)
        select_by_typing(self)
        self.exam_id: int | None = None
        self.record = ProcedureRecord()
        self._loading = False
        ui.problemsLabel.setObjectName("problemsLabel")
        # Optional choices start blank and can go back to blank (the first item).
        ui.catheterType.addItem(self.tr("— not chosen —"), None)
        for value, text in CATHETER_TYPES:
            ui.catheterType.addItem(domain_text(text), value)
        ui.reactionSeverity.addItem(self.tr("— not chosen —"), None)
        for severity in SEVERITIES:
            ui.reactionSeverity.addItem(domain_text(severity), severity)
        for field, (widget, _) in LINE_FIELDS.items():
            getattr(ui, widget).editingFinished.connect(lambda f=field: self._line_finished(f))
        ui.catheterType.activated.connect(lambda _: self.save("catheter_type", ui.catheterType.currentData()))
        ui.reactionSeverity.activated.connect(
            lambda _: self.save("contrast_reaction_severity", ui.reactionSeverity.currentData()))
        for box in COMPLICATION_BOXES.values():
            getattr(ui, box).clicked.connect(self._complications_clicked)
        ui.radiologist.lineEdit().editingFinished.connect(self._radiologist_finished)
        ui.radiologist.activated.connect(lambda _: self._radiologist_finished())
        self._notes_filter = _FocusOut(ui.notes, self._notes_finished)
        ui.signButton.clicked.connect(self.sign)
        # The one list of agents (generic and brand names); any other agent is typed as it reads.
        ui.contrastAgent.setPlaceholderText(self.tr("e.g. iohexol (Omnipaque)"))
        ui.contrastAgent.setToolTip(self.tr("Known agents: {agents}. Another agent: type its name.").format(
            agents=", ".join(agent.label for agent in CONTRAST_AGENTS)))
        # An agent that matches her allergy: the radiologist confirms it here, by name and password.
        self.agent_check = FindingsPanel(ctx, ui.recordBody, services=services)
        self.agent_check.setObjectName("agentCheck")
        self.agent_check.setMinimumHeight(300)
        self.agent_check.hide()
        self.agent_check.changed.connect(self._agent_confirmed)
        ui.recordLayout.insertWidget(ui.recordLayout.indexOf(ui.signGroup), self.agent_check)  # before signing
        for record_type, fields in AMENDABLE.items():  # the whole signed record, not only the procedure
            for field in fields:
                ui.amendField.addItem(said(field_label(record_type, field)), f"{record_type}.{field}")
        ui.amendField.currentIndexChanged.connect(self._amend_field_chosen)
        self._amend_field_chosen()
        ui.amendButton.clicked.connect(self.amend)
        self.source_captions = {field: getattr(ui, label).text() for field, label in SOURCE_LABELS.items()}
        self.scanning = ProductScanning(self)

    # -- showing ----------------------------------------------------------------
    def load(self, exam_id: int) -> None:
        self._loading = True
        try:
            self._load(exam_id)
        finally:
            self._loading = False

    def _load(self, exam_id: int) -> None:
        ui = self.ui
        self.exam_id = exam_id
        self.record = record = self.service.procedure(exam_id)
        exam = self.service.screening.case_for(exam_id)  # for the scheduled time
        status = self._status()
        for field, (widget, error) in LINE_FIELDS.items():
            getattr(ui, widget).setText(self._text(field))
            getattr(ui, error).clear()
        for label in ERROR_LABELS.values():
            getattr(ui, label).clear()
        ui.catheterType.setCurrentIndex(max(ui.catheterType.findData(record.catheter_type), 0))
        ui.reactionSeverity.setCurrentIndex(max(ui.reactionSeverity.findData(record.contrast_reaction_severity), 0))
        complications = record.complications
        for code, box in COMPLICATION_BOXES.items():
            getattr(ui, box).setChecked(code in complications)
        # A field that belongs to an unticked option is disabled (and stored empty by the service).
        ui.reactionSeverity.setEnabled("contrast_reaction" in complications)
        ui.complicationOtherText.setEnabled("other" in complications)
        if ui.radiologist.count() == 0:
            for _, name, _ in self.service.screening.radiologists():
                ui.radiologist.addItem(name)
        ui.radiologist.setEditText(record.radiologist_name)
        ui.notes.setPlainText(record.notes)
        for field, label in SOURCE_LABELS.items():
            getattr(ui, label).setText(self.source_captions[field] + (self.tr(" · scanned") if record.scanned(field) else ""))
        caution = dose_caution(record, self.ctx.settings)
        ui.doseCaution.setText(self.tr("⚠ {caution}. Signing asks for a short note.").format(caution=said(caution))
                               if caution else "")
        for widget in (ui.doseCaution, ui.doseNoteLabel, ui.doseNote, ui.doseNoteError):
            widget.setVisible(bool(caution or record.dose_note))
        allowed = can(self.ctx, Action.RECORD_PROCEDURE)
        editable = status in (ExamStatus.IN_PROGRESS, ExamStatus.PERFORMED, ExamStatus.ABORTED) and allowed
        for group in (ui.contrastGroup, ui.radiationGroup, ui.complicationsGroup, ui.peopleGroup):
            group.setEnabled(editable)
        signed = status is ExamStatus.COMPLETED
        ui.amendGroup.setVisible(signed or bool(self.service.amendments(exam_id)))
        ui.amendGroup.setEnabled(signed)
        if status in (ExamStatus.SCHEDULED, ExamStatus.ARRIVED, ExamStatus.SCREENED):
            ui.recordState.setText(self.tr("The record opens when the procedure starts (checklist step 2)."))
        elif signed:
            ui.recordState.setText(self.tr("Signed and locked. Corrections are recorded as amendments below."))
        elif not allowed:
            ui.recordState.setText(self.tr("Read only for you: the record is kept by {role}.").format(
                role=recorded_by_role(Action.RECORD_PROCEDURE)))
        else:
            ui.recordState.setText(self.tr("Each field is saved when you leave it."))
        agent_states = [state for state in self.service.screening.states(exam_id)
                        if state.finding.code in DURING_EXAM_CODES]
        self.agent_check.show_states(exam_id, agent_states,
                                     editable=status in (ExamStatus.IN_PROGRESS, ExamStatus.PERFORMED))
        self.agent_check.setVisible(bool(agent_states))
        problems = [] if signed else self.service.sign_problems(exam_id)
        ui.problemsLabel.setText(self._still_needed(problems) if problems
                                 else ("" if signed else self.tr("✓ Ready to sign.")))
        # Enabled before the record is complete: pressing it lists what is missing and goes there.
        may_sign = can(self.ctx, Action.SIGN_EXAM)
        ui.signButton.setEnabled(not signed and status in (ExamStatus.IN_PROGRESS, ExamStatus.PERFORMED) and may_sign)
        ui.signButton.setToolTip("" if may_sign else needs_role(Action.SIGN_EXAM))
        for group in (ui.contrastGroup, ui.radiationGroup, ui.complicationsGroup, ui.peopleGroup):
            group.setToolTip("" if allowed else needs_role(Action.RECORD_PROCEDURE))
        ui.signButton.setText(self.tr("Complete and sign…") if not signed else self.tr("Signed"))
        ui.signedLabel.setText(self._signed_text(exam.exam.scheduled_at))
        ui.amendmentsList.clear()
        for amendment in self.service.amendments(exam_id):
            ui.amendmentsList.addItem(
                f"{said(amendment.what)}: {said(amendment.old_value)} → {said(amendment.new_value)} — "
                f"{amendment.reason} ({amendment.by}, {format_moment(amendment.at, self.ctx.settings.time_zone)})")

    def focus_first_problem(self) -> None:
        """Keyboard-first: put the cursor in the first field still needed for the signature."""
        widgets = {field: getattr(self.ui, widget) for field, (widget, _) in LINE_FIELDS.items()} | {
            "catheter_type": self.ui.catheterType, "complications": self.ui.complicationNone,
            "contrast_reaction_severity": self.ui.reactionSeverity, "radiologist_name": self.ui.radiologist}
        for field in self.service.procedure_problems(self.exam_id):
            widget = widgets.get(field)
            if widget is not None and widget.isEnabled():
                self.ui.recordScroll.ensureWidgetVisible(widget)
                widget.setFocus()
                return
        if self.ui.signButton.isEnabled():
            self.ui.signButton.setFocus()

    def _status(self) -> ExamStatus:
        return self.services.worklist.overview(self.exam_id).exam.status

    def _signed_text(self, scheduled_at) -> str:
        exam = self.services.worklist.overview(self.exam_id).exam
        if exam.signed_at is None:
            return ""
        return self.tr("✓ Signed {time}").format(time=format_moment(exam.signed_at, self.ctx.settings.time_zone))

    def _still_needed(self, problems: list[str]) -> str:
        return self.tr("Still needed to sign:") + "\n• " + "\n• ".join(said(problem) for problem in problems)

    def _text(self, field: str) -> str:
        value = self.record.value(field)
        if value is None:
            return ""
        if isinstance(value, date):
            return date_text(value)
        if isinstance(value, float):
            return f"{value:g}"
        return str(value)

    # -- saving -------------------------------------------------------------------
    def save(self, field: str, value) -> bool:
        if self._loading or self.exam_id is None:
            return False
        label = getattr(self.ui, ERROR_LABELS.get(field, "complicationsError"))
        try:
            version = self.service.set_procedure_field(self.exam_id, field, value, self.record.version)
            self.record = replace(self.record, version=version)
        except ValidationError as error:
            label.setText(field_error_text(error) + " " + self.tr("Not saved."))
            return False
        except DomainError as error:
            label.setText(error_text(error))
            return False
        focus = self.focusWidget()
        self.load(self.exam_id)
        if focus is not None:
            focus.setFocus()
        self.changed.emit()
        return True

    def _line_finished(self, field: str) -> None:
        widget = getattr(self.ui, LINE_FIELDS[field][0])
        if self._loading or widget.text().strip() == self._text(field):
            return
        value = widget.text()
        if field in ("contrast_expiry", "catheter_expiry"):
            try:
                value = parse_date(value, field)
            except ValidationError as error:
                getattr(self.ui, LINE_FIELDS[field][1]).setText(
                    self.tr("“{value}” not saved: {reason}.").format(value=value.strip(), reason=said(error.message)))
                widget.setText(self._text(field))  # the field shows what is stored
                return
        self.save(field, value)

    def _complications_clicked(self) -> None:
        chosen = [code for code, box in COMPLICATION_BOXES.items() if getattr(self.ui, box).isChecked()]
        if "none" in chosen and len(chosen) > 1:
            # "None" and a complication together: the newest tick wins.
            if self.sender() is self.ui.complicationNone:
                chosen = ["none"]
            else:
                chosen.remove("none")
        self.save("complications", chosen)

    def _radiologist_finished(self) -> None:
        name = self.ui.radiologist.currentText().strip()
        if name != self.record.radiologist_name:
            self.save("radiologist_name", name)

    def _notes_finished(self) -> None:
        text = self.ui.notes.toPlainText()
        if not self._loading and text.strip() != self.record.notes:
            self.save("notes", text)

    def _agent_confirmed(self) -> None:
        self.load(self.exam_id)
        self.changed.emit()

    # -- signing and amending -------------------------------------------------------------
    def sign(self) -> None:
        if "dose_note" in self.service.procedure_problems(self.exam_id) and not self._ask_dose_note():
            return
        problems = self.service.sign_problems(self.exam_id)
        if problems:  # say what is missing, and put the cursor where the first answer goes
            self.ui.problemsLabel.setText(self._still_needed(problems))
            self.focus_first_problem()
            return
        password = self.prompts.ask_password(
            self.tr("Complete and sign"),
            self.tr("{name}, type your password to sign the exam.").format(name=self.ctx.session.display_name))
        if not password:
            return
        # argon2 runs on a worker (30-100 ms); the signature is saved back on the UI thread.
        exam_id, label = self.exam_id, self.tr("Checking the password…")
        self.ui.signButton.setEnabled(False)  # one signature at a time
        self.ui.problemsLabel.setText(label)
        check = password_check(self.ctx, password)
        Op(parent=self, work=lambda progress: check.run(),
           success=lambda checked: self._sign_checked(exam_id, checked)).with_progress(label).run()

    def _sign_checked(self, exam_id: int, checked: PasswordCheck) -> None:
        try:
            self.service.sign(exam_id, checked.password, checked=checked)
        except DomainError as error:
            if exam_id == self.exam_id:
                self.load(exam_id)
                self.ui.problemsLabel.setText(error_text(error))
            return
        if exam_id == self.exam_id:
            self.load(exam_id)
        self.changed.emit()

    def _ask_dose_note(self) -> bool:
        """A dose above the clinic's reference level: the note is asked for before the password."""
        caution = dose_caution(self.record, self.ctx.settings)
        note = self.prompts.ask_text(self.tr("Dose above the reference level"),
                                     f"{caution}.\n" + self.tr("A short note for the record: why, and what was done."))
        if not (note or "").strip():
            self.ui.problemsLabel.setText(self.tr("Signing needs a note on the dose above the reference level."))
            return False
        return self.save("dose_note", note)

    def _amend_field_chosen(self) -> None:
        record_type, field = self.ui.amendField.currentData().split(".", 1)
        self.ui.amendValue.setPlaceholderText(self.tr("Corrected value: {hint}").format(hint=said(hint(record_type, field))))

    def amend(self) -> None:
        ui = self.ui
        record_type, field = ui.amendField.currentData().split(".", 1)
        if not ui.amendReason.text().strip():
            ui.amendError.setText(self.tr("Reason: say why the record is corrected."))
            ui.amendReason.setFocus()
            return
        try:
            parse_value(record_type, field, ui.amendValue.text())  # a typing mistake before the password
        except ValidationError as error:
            ui.amendError.setText(f"{said(field_label(record_type, field))}: {said(error.message)}.")
            ui.amendValue.setFocus()
            return
        password = self.prompts.ask_password(
            self.tr("Sign the amendment"),
            self.tr("{name}, type your password to sign this correction.").format(name=self.ctx.session.display_name))
        if not password:
            return
        try:
            self.services.amendments.amend(self.exam_id, record_type, field, ui.amendValue.text(),
                                             ui.amendReason.text(), password)
        except ValidationError as error:
            what = self.tr("Reason") if error.field == "reason" else said(field_label(record_type, field))
            ui.amendError.setText(f"{what}: {said(error.message)}.")
            return
        except DomainError as error:
            ui.amendError.setText(error_text(error))
            return
        ui.amendError.clear()
        ui.amendValue.clear()
        ui.amendReason.clear()
        self.load(self.exam_id)
        self.changed.emit()

