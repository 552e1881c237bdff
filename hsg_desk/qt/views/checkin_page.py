"""The check-in page (DESIGN.md §3): every item saved as it is made, the rules' verdict
shown beside the fields at once, and "Complete check-in" when she has arrived."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QWidget

from hsg_desk.domain.errors import DomainError, ValidationError
from hsg_desk.domain.findings import Level
from hsg_desk.domain.lifecycle import ExamStatus
from hsg_desk.domain.screening import finding_values
from hsg_desk.domain.timing import earliest_test_collection
from hsg_desk.domain.vocabulary import Language, PaymentKind, PaymentMethod, PhysicianTitle, TestMethod, TestResult
from hsg_desk.qt.domain_text import (error_text, exam_state, finding_message, findings_text, needs_role,
                                     recorded_by_role, said)
from hsg_desk.qt.i18n import current_language
from hsg_desk.qt.i18n import moment as format_moment
from hsg_desk.qt.palette import LEVEL_SYMBOLS
from hsg_desk.qt.ui.ui_checkin_page import Ui_CheckinPage
from hsg_desk.qt.widgets.combo_typing import select_by_typing
from hsg_desk.services.booking import moment_text, parse_moment
from hsg_desk.services.authorization import Action, can
from hsg_desk.services.bundle import Services
from hsg_desk.services.checkin import CheckinState

# The combo boxes' items, in order; None is the blank first item.
LANGUAGES = tuple(Language)
TITLES = tuple(PhysicianTitle)  # the title combo's items, in order
PAYMENT_METHODS = (None, *PaymentMethod)
TEST_METHODS = (None, *TestMethod)
TEST_RESULTS = (None, *TestResult)
# Where each finding is shown: code prefix → label beside its fields.
FINDING_LABELS = (("identity.", "identityFinding"), ("consent.", "consentFinding"),
                  ("sedation.", "sedationFinding"), ("pregnancy.", "testFinding"))
# Which error label shows a refused value of each item.
ERROR_LABELS = {"referring_name": "referralError", "referring_phone": "referralError",
                "referring_fax": "referralError", "referring_title": "referralError", "insurance_carrier": "paymentError",
                "insurance_member_id": "paymentError", "payment_amount": "paymentError",
                "payment_method": "paymentError", "sedative_name": "sedationError", "driver_name": "sedationError",
                "driver_phone": "sedationError"}
FIELD_WORDS = {"payment_amount": QT_TRANSLATE_NOOP("CheckinPage", "Amount"),
               "driver_phone": QT_TRANSLATE_NOOP("CheckinPage", "Driver's phone"),
               "driver_name": QT_TRANSLATE_NOOP("CheckinPage", "Driver's name"),
               "collected_at": QT_TRANSLATE_NOOP("CheckinPage", "Collected at"),
               "received_at": QT_TRANSLATE_NOOP("CheckinPage", "Result received"),
               "referring_phone": QT_TRANSLATE_NOOP("CheckinPage", "Phone"),
               "referring_fax": QT_TRANSLATE_NOOP("CheckinPage", "Fax"),
               "referring_name": QT_TRANSLATE_NOOP("CheckinPage", "Physician"),
               "referring_title": QT_TRANSLATE_NOOP("CheckinPage", "Title"),
               "insurance_carrier": QT_TRANSLATE_NOOP("CheckinPage", "Carrier"),
               "insurance_member_id": QT_TRANSLATE_NOOP("CheckinPage", "Member id"),
               "sedative_name": QT_TRANSLATE_NOOP("CheckinPage", "Sedative")}


class CheckinPage(QWidget):
    changed = Signal()
    printRequested = Signal(str, str)  # document kind, language

    def __init__(self, ctx, parent=None, *, services: Services | None = None):
        super().__init__(parent)
        self.ctx = ctx
        services = services or Services(ctx)
        self.service, self.screening = services.checkin, services.screening
        self.state: CheckinState | None = None
        self.ui = Ui_CheckinPage()
        self.ui.setupUi(self)
        select_by_typing(self)
        self._loading = False
        ui = self.ui
        ui.footer.setStretch(0, 1)
        # Why nothing here can change (the exam moved on, or the role may not), in one line
        # above the controls; hidden while the page can change.
        self.read_only = QLabel("", self)
        self.read_only.setObjectName("readOnlyReason")
        self.read_only.setProperty("role", "notice")
        self.read_only.setWordWrap(True)  # a long reason (or a longer language) wraps, never widens the window
        self.read_only.hide()
        ui.pageLayout.insertWidget(0, self.read_only)
        self.checks = {"identity_verified": ui.identityCheck, "referral_on_file": ui.referralCheck,
                       "insurance_card_copied": ui.cardCopiedCheck, "coverage_acknowledged": ui.coverageCheck,
                       "consent_signed": ui.consentCheck, "sedative": ui.sedativeCheck}
        self.texts = {"insurance_carrier": ui.carrierEdit, "insurance_member_id": ui.memberIdEdit,
                      "sedative_name": ui.sedativeNameEdit, "driver_name": ui.driverNameEdit,
                      "driver_phone": ui.driverPhoneEdit, "payment_amount": ui.amountEdit}
        for name, box in self.checks.items():
            box.clicked.connect(lambda checked, name=name: self.save(name, checked))
        for name, edit in self.texts.items():
            edit.editingFinished.connect(lambda name=name: self._text_finished(name))
        ui.insuranceRadio.clicked.connect(lambda: self.save("payment_kind", "insurance"))
        ui.selfPayRadio.clicked.connect(lambda: self.save("payment_kind", "self_pay"))
        ui.paymentMethodCombo.activated.connect(lambda i: self.save("payment_method", PAYMENT_METHODS[i] or ""))
        ui.languageCombo.activated.connect(lambda i: self.save("language", LANGUAGES[i]))
        for edit in (ui.referringNameEdit, ui.referringPhoneEdit, ui.referringFaxEdit):
            edit.editingFinished.connect(self._referral_finished)
        ui.referringTitleCombo.activated.connect(lambda _: self._referral_finished())
        ui.refusedCheck.clicked.connect(lambda checked: self.save_test("refused", checked))
        ui.testMethodCombo.activated.connect(lambda i: self.save_test("method", TEST_METHODS[i]))
        ui.resultCombo.activated.connect(lambda i: self.save_test("result", TEST_RESULTS[i]))
        ui.collectedEdit.editingFinished.connect(lambda: self._moment_finished("collected_at", ui.collectedEdit))
        ui.receivedEdit.editingFinished.connect(lambda: self._moment_finished("received_at", ui.receivedEdit))
        ui.receivedNowButton.clicked.connect(lambda: self.save_test("received_at", self.ctx.now()))
        ui.completeButton.clicked.connect(self.complete)
        complete = QShortcut(QKeySequence("Ctrl+Return"), self, activated=self.complete)
        complete.setKeys([QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")])  # main and keypad Enter
        ui.printPrepButton.clicked.connect(lambda: self.print_document("prep"))
        ui.printConsentButton.clicked.connect(lambda: self.print_document("consent"))
        ui.printAftercareButton.clicked.connect(lambda: self.print_document("aftercare"))

    # -- loading ----------------------------------------------------------------
    def load(self, exam_id: int) -> None:
        self._show(self.service.load(exam_id))
        for name in ("referralError", "paymentError", "sedationError", "testError", "pageMessage"):
            getattr(self.ui, name).setText("")

    def _show(self, state: CheckinState) -> None:
        self.state = state
        self._loading = True
        ui, checkin, test = self.ui, state.checkin, state.test
        try:
            for name, box in self.checks.items():
                box.setChecked(bool(checkin.value(name)))
            for name, edit in self.texts.items():
                value = checkin.value(name)
                if not edit.hasFocus() or edit.text() == value:
                    edit.setText(value)
            kind = checkin.payment_kind
            for radio, value in ((ui.insuranceRadio, "insurance"), (ui.selfPayRadio, "self_pay")):
                radio.setAutoExclusive(False)
                radio.setChecked(kind == value)
                radio.setAutoExclusive(True)
            ui.paymentMethodCombo.setCurrentIndex(PAYMENT_METHODS.index(checkin.payment_method or None))
            ui.languageCombo.setCurrentIndex(LANGUAGES.index(checkin.language or state.patient.language))
            referring = state.exam.referring
            ui.referringTitleCombo.setCurrentIndex(TITLES.index(referring.title))
            ui.referringNameEdit.setText(referring.name)
            ui.referringPhoneEdit.setText(referring.phone)
            ui.referringFaxEdit.setText(referring.fax)
            ui.refusedCheck.setChecked(test.refused)
            ui.testMethodCombo.setCurrentIndex(TEST_METHODS.index(test.method))
            ui.resultCombo.setCurrentIndex(TEST_RESULTS.index(test.result))
            zone = self.ctx.settings.time_zone
            for name, edit in (("collected_at", ui.collectedEdit), ("received_at", ui.receivedEdit)):
                edit.setText(moment_text(getattr(test, name), zone))
        finally:
            self._loading = False
        self._show_stamps()
        self._show_findings()
        self._enable()

    def _show_stamps(self) -> None:
        checkin = self.state.checkin
        for at, label in ((checkin.identity_verified_at, self.ui.identityStamp),
                          (checkin.consent_signed_at, self.ui.consentStamp)):
            label.setText(f"✓ {format_moment(at, self.ctx.settings.time_zone)}" if at else "")
            label.setVisible(bool(at))
        earliest = earliest_test_collection(self.state.exam.scheduled_at, self.ctx.settings)
        self.ui.collectedHint.setText(self.tr("Valid when collected at or after {time}.").format(
            time=format_moment(earliest, self.ctx.settings.time_zone)))

    def _show_findings(self) -> None:
        shown = {name: [] for _, name in FINDING_LABELS}
        other = []
        values = (finding_values(self.screening.case_for(self.state.exam.id), self.ctx.settings)
                  if current_language() != "en" and self.state.findings else None)
        for state in self.state.findings:
            line = _finding_line(state, values)
            target = next((name for prefix, name in FINDING_LABELS if state.finding.code.startswith(prefix)), None)
            (shown[target] if target else other).append(line)
        if self.state.test.incomplete:
            shown["testFinding"].insert(0, self.tr("Record the method, when it was collected and the result."))
        for name, lines in shown.items():
            _fit(getattr(self.ui, name), "\n".join(lines))
        exam = self.state.exam
        if self.state.completed:
            summary = self.tr("Checked in {time}").format(
                time=format_moment(self.state.checkin.completed_at, self.ctx.settings.time_zone))
            if exam.status is not ExamStatus.ARRIVED:  # "checked in · the exam is checked in" says nothing
                summary += " · " + exam_state(exam.status)
        else:
            summary = self.tr("Not checked in yet") + ("" if exam.status is ExamStatus.SCHEDULED
                                                       else " · " + exam_state(exam.status))
        # The exam's whole count (the same one as the header and the worklist), not only check-in's.
        summary += " · " + findings_text(exam.findings_summary, clear=self.tr("no findings open"))
        self.ui.summaryLabel.setText("\n".join(other + [summary]))

    def _enable(self) -> None:
        ui, state = self.ui, self.state
        allowed = can(self.ctx, Action.CHECK_IN)
        editable = state.editable and allowed
        tip = "" if allowed else needs_role(Action.CHECK_IN)
        for group in (ui.identityGroup, ui.paymentGroup, ui.consentGroup, ui.testGroup):
            group.setEnabled(editable)
            group.setToolTip(tip)
        ui.languageCombo.setEnabled(editable)
        ui.languageCombo.setToolTip(tip)
        if not state.editable:
            self.read_only.setText(self.tr("Read only: {state}, so its check-in can no longer change (a signed "
                                           "exam is corrected by an amendment on the Procedure tab).")
                                   .format(state=exam_state(state.exam.status)))
        elif not allowed:
            self.read_only.setText(self.tr("Read only for you: check-in is recorded by {role}.")
                                   .format(role=recorded_by_role(Action.CHECK_IN)))
        self.read_only.setVisible(not editable)
        insurance = state.checkin.payment_kind is PaymentKind.INSURANCE
        self_pay = state.checkin.payment_kind is PaymentKind.SELF_PAY
        for widget in (ui.carrierEdit, ui.memberIdEdit, ui.cardCopiedCheck, ui.carrierLabel, ui.memberIdLabel):
            widget.setEnabled(insurance)
        for widget in (ui.amountEdit, ui.paymentMethodCombo, ui.amountLabel, ui.methodLabel):
            widget.setEnabled(self_pay)
        sedative = bool(state.checkin.sedative)
        for widget in (ui.sedativeNameEdit, ui.driverNameEdit, ui.driverPhoneEdit,
                       ui.sedativeNameLabel, ui.driverNameLabel, ui.driverPhoneLabel):
            widget.setEnabled(sedative)
        refused = state.test.refused
        for widget in (ui.testMethodCombo, ui.collectedEdit, ui.resultCombo, ui.receivedEdit, ui.receivedNowButton):
            widget.setEnabled(not refused)
        ui.completeButton.setEnabled(editable and state.exam.status is ExamStatus.SCHEDULED)
        ui.completeButton.setToolTip(tip or self.tr("Complete check-in: she has arrived (Ctrl+Enter)"))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        for _, name in FINDING_LABELS:
            label = getattr(self.ui, name)
            _fit(label, label.text())

    # -- saving -----------------------------------------------------------------
    def save(self, name: str, value) -> None:
        if self._loading or self.state is None:
            return
        self._apply(lambda: self.service.set(self.state.exam.id, name, value, self.state.checkin_version),
                    ERROR_LABELS.get(name, "pageMessage"), name)

    def save_test(self, name: str, value) -> None:
        if self._loading or self.state is None:
            return
        self._apply(lambda: self.service.set_test(self.state.exam.id, name, value, self.state.test_version),
                    "testError", name)

    def _apply(self, action, error_label: str, name: str) -> bool:
        label = getattr(self.ui, error_label)
        try:
            state = action()
        except ValidationError as error:
            self._show_stored()
            field = self.tr(FIELD_WORDS[error.field]) if error.field in FIELD_WORDS \
                else error.field.replace('_', ' ').capitalize()
            label.setText(f"{field}: {said(error.message)}")
            return False
        except DomainError as error:
            self._show_stored()
            self.ui.pageMessage.setText(error_text(error))
            return False
        label.setText("")
        self.ui.pageMessage.setText("")
        self._show(state)
        self.changed.emit()
        return True

    def _show_stored(self) -> None:
        """After a refusal every control shows what is stored, never the refused value."""
        focused = self.focusWidget()
        if focused is not None:
            focused.clearFocus()  # a focused field keeps its text otherwise (see _show)
        self._show(self.service.load(self.state.exam.id))
        if focused is not None:
            focused.setFocus()

    def _text_finished(self, name: str) -> None:
        if self._loading or self.state is None:
            return
        edit = self.texts[name]
        if edit.text().strip() != self.state.checkin.value(name):
            self.save(name, edit.text())

    def _referral_finished(self) -> None:
        if self._loading or self.state is None:
            return
        ui, referring = self.ui, self.state.exam.referring
        typed = (ui.referringNameEdit.text().strip(), ui.referringPhoneEdit.text().strip(),
                 ui.referringFaxEdit.text().strip(), TITLES[ui.referringTitleCombo.currentIndex()])
        if typed != (referring.name, referring.phone, referring.fax, referring.title):
            self._apply(lambda: self.service.set_referral(self.state.exam.id, *typed), "referralError", "referring")

    def _moment_finished(self, name: str, edit) -> None:
        if self._loading or self.state is None:
            return
        zone = self.ctx.settings.time_zone
        stored = moment_text(getattr(self.state.test, name), zone)
        typed = edit.text().strip()
        if typed == stored:
            return
        try:
            moment = parse_moment(typed, zone)
        except ValueError as error:
            edit.setText(stored)  # the field shows what is stored, the message what was refused
            self.ui.testError.setText(self.tr("{field}: “{typed}” not saved: {reason}.").format(
                field=self.tr(FIELD_WORDS[name]), typed=typed, reason=getattr(error, 'message', error)))
            return
        self.save_test(name, moment)

    def complete(self) -> None:
        if self.state is None or not self.ui.completeButton.isEnabled():
            return
        focused = self.focusWidget()
        if focused is not None and hasattr(focused, "editingFinished"):
            focused.editingFinished.emit()  # save what is being typed first
        if self._apply(lambda: self.service.complete(self.state.exam.id), "pageMessage", "complete"):
            self.ui.pageMessage.setText("")

    # -- documents --------------------------------------------------------------
    def print_document(self, kind: str) -> None:
        """Ask the Documents page (when the workspace has one) to print; else emit printRequested."""
        language = LANGUAGES[self.ui.languageCombo.currentIndex()]
        documents, widget = None, self.parent()
        while widget is not None and documents is None:
            documents = (getattr(widget, "pages", None) or {}).get("DocumentsPage")
            widget = widget.parent()
        if documents is not None and hasattr(documents, "print_document"):
            printed = documents.print_document(kind, language=language)
            warn = getattr(documents, "output_warning", None)
            warning = warn(kind) if printed and warn is not None else ""
            if warning:
                self.ui.pageMessage.setText(f"⚠ {warning}")
            elif not printed and getattr(documents, "refusal", ""):
                # Said here, beside the button pressed, not only on the Documents tab behind it.
                self.ui.pageMessage.setText(documents.refusal)
        else:
            self.printRequested.emit(kind, language)


def _fit(label, text: str) -> None:
    """Word-wrapped labels in nested grids get too little height; reserve what the text needs."""
    label.setText(text)
    width = max(label.width(), label.parentWidget().width() - 24 if label.parentWidget() else 0, 300)
    label.setMinimumHeight(label.heightForWidth(width) if text else 0)
    label.setVisible(bool(text))


LEVEL_WORDS = {Level.BLOCK: QT_TRANSLATE_NOOP("CheckinPage", "Block"), Level.STOP: QT_TRANSLATE_NOOP("CheckinPage", "Stop"),
               Level.CAUTION: QT_TRANSLATE_NOOP("CheckinPage", "Caution"),
               Level.INFO: QT_TRANSLATE_NOOP("CheckinPage", "Info")}


def _finding_line(state, values: dict | None) -> str:
    finding = state.finding
    word = QCoreApplication.translate("CheckinPage", LEVEL_WORDS[finding.level])
    suffix = QCoreApplication.translate("CheckinPage", " (resolved)") if state.resolved else ""
    return f"{LEVEL_SYMBOLS[finding.level]} {word}: {finding_message(finding, values)}{suffix}"
