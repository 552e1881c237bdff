"""Book an exam, with the cycle window shown live from her last period (DESIGN.md §3)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QWidget

from hsg_desk.domain.case import Indication
from hsg_desk.domain.errors import DomainError, ValidationError
from hsg_desk.domain.exam import Exam
from hsg_desk.domain.patient import Patient
from hsg_desk.domain.vocabulary import PhysicianTitle
from hsg_desk.qt.domain_text import error_text, refusal_text, said
from hsg_desk.qt.i18n import day_and_time, short_date
from hsg_desk.qt.ui.ui_booking_dialog import Ui_BookingDialog
from hsg_desk.qt.widgets.prompts import Prompts, QtPrompts
from hsg_desk.qt.widgets.combo_typing import select_by_typing
from hsg_desk.services.booking import BookingForm, InvalidBooking
from hsg_desk.services.bundle import Services

INDICATIONS = tuple(Indication)
TITLES = tuple(PhysicianTitle)  # the title combo's items, in order
# Each booking field (domain.booking.booking_fields) and where the dialog shows it, in the form's order.
INPUTS = {"lmp": "lmpEdit", "flow_ended_on": "flowEdit", "day": "dateEdit", "clock": "timeEdit",
          "indication": "indicationCombo", "indication_note": "indicationNoteEdit", "device_placed_on": "deviceEdit",
          "referring_title": "referringTitleCombo", "referring_name": "referringNameEdit",
          "referring_phone": "referringPhoneEdit", "referring_fax": "referringFaxEdit",
          "premedication_ordered": "premedicationCheck", "antibiotics": "antibioticsEdit",
          "antibiotics_translation": "antibioticsTranslationEdit"}
ERROR_LABELS = {"lmp": "lmpError", "flow_ended_on": "flowError", "day": "dateError", "clock": "timeError",
                "indication_note": "indicationNoteError", "device_placed_on": "deviceError",
                "referring_title": "referringNameError",  # the title sits beside the name: said under it
                "referring_name": "referringNameError", "referring_phone": "referringPhoneError",
                "referring_fax": "referringFaxError", "antibiotics": "antibioticsError",
                "antibiotics_translation": "antibioticsTranslationError"}
TEXT_INPUTS = ("indication_note", "referring_name", "referring_phone", "referring_fax", "antibiotics",
               "antibiotics_translation", "device_placed_on")
DEFAULT_TIME = time(9, 0)


class BookingDialog(QDialog):
    """`exam` holds the booked exam after Save."""

    def __init__(self, ctx, patient: Patient, prompts: Prompts | None = None, parent=None, *,
                 services: Services | None = None):
        super().__init__(parent)
        self.service = (services or Services(ctx)).booking
        self.prompts = prompts or QtPrompts(self)
        self.patient = patient
        self.exam: Exam | None = None
        self.ui = Ui_BookingDialog()
        self.ui.setupUi(self)
        select_by_typing(self)
        self.setWindowTitle(self.tr("Book exam — {name}").format(name=patient.full_name))
        self.ui.patientLabel.setText(self.tr("<b>{name}</b> · born {birth_date} · MRN {mrn}").format(
            name=_html(patient.full_name), birth_date=short_date(patient.birth_date), mrn=_html(patient.mrn)))
        save = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        save.setText(self.tr("&Book"))
        save.setToolTip(self.tr("Book the exam (Enter)"))
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setToolTip(
            self.tr("Close without booking (Esc)"))
        today = self.service.today()
        self.ui.dateEdit.setMinimumDate(_qdate(today))
        self.ui.dateEdit.setDate(_qdate(today))
        self.ui.timeEdit.setTime(QTime(DEFAULT_TIME.hour, DEFAULT_TIME.minute))
        referring = patient.referring
        self.ui.referringTitleCombo.setCurrentIndex(TITLES.index(referring.title))
        self.ui.referringNameEdit.setText(referring.name)
        self.ui.referringPhoneEdit.setText(referring.phone)
        self.ui.referringFaxEdit.setText(referring.fax)
        self._add_translation_field(patient.language)
        # As in the patient dialog: a field's refusal shows once the clerk leaves it (the last period
        # and the flow end as they are typed, for the cycle window), and every one on Book.
        self.touched: set[str] = {"lmp", "flow_ended_on"}
        for name in TEXT_INPUTS:
            self.input(name).editingFinished.connect(lambda name=name: self._touch(name))
        self.ui.buttonBox.accepted.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.lmpEdit.textChanged.connect(lambda _: self.update_window())
        self.ui.flowEdit.textChanged.connect(lambda _: self.update_window())
        self._date_chosen = False  # once the clerk picks a day, the LMP no longer moves it
        self.ui.dateEdit.dateChanged.connect(lambda _: self._date_changed())
        self.ui.timeEdit.timeChanged.connect(lambda _: self._touch("clock"))
        self.ui.indicationCombo.currentIndexChanged.connect(lambda _: self._show_device())
        self._show_device()
        self.update_window()
        self.ui.lmpEdit.setFocus()

    def _add_translation_field(self, language: str) -> None:
        """Her aftercare sheet prints the antibiotic order: when she reads Spanish, it is typed in
        Spanish too (issue #13 §9). Shown only for a patient whose language is not English."""
        ui = self.ui
        ui.antibioticsTranslationLabel = QLabel(self.tr("Antibiotics, in Spanish (printed on her sheet)"), self)
        ui.antibioticsTranslationLabel.setWordWrap(True)
        ui.antibioticsTranslationEdit = QLineEdit(self)
        ui.antibioticsTranslationEdit.setObjectName("antibioticsTranslationEdit")
        ui.antibioticsTranslationEdit.setPlaceholderText("p. ej., doxiciclina 100 mg dos veces al día por 5 días")  # already Spanish
        ui.antibioticsTranslationLabel.setBuddy(ui.antibioticsTranslationEdit)
        ui.antibioticsTranslationError = QLabel("", self)
        ui.antibioticsTranslationError.setProperty("role", "error")
        ui.antibioticsTranslationError.setWordWrap(True)
        row = ui.fieldsLayout.rowCount()
        for column, widget in enumerate((ui.antibioticsTranslationLabel, ui.antibioticsTranslationEdit,
                                         ui.antibioticsTranslationError)):
            ui.fieldsLayout.addWidget(widget, row, column)
            widget.setVisible(language != "en")
        QWidget.setTabOrder(ui.antibioticsEdit, ui.antibioticsTranslationEdit)

    def _show_device(self) -> None:
        device = self.indication() == Indication.DEVICE_CONFIRMATION
        for widget in (self.ui.deviceLabel, self.ui.deviceEdit, self.ui.deviceError):
            widget.setVisible(device)

    def indication(self) -> Indication:
        return INDICATIONS[self.ui.indicationCombo.currentIndex()]

    def input(self, name: str) -> QWidget:
        return getattr(self.ui, INPUTS[name])

    def form(self) -> tuple[BookingForm, dict[str, str]]:
        """The form as typed, and the refusals only the dialog can see (a date it cannot read)."""
        errors = {}
        dates = {}
        for key, edit in (("lmp", self.ui.lmpEdit), ("flow_ended_on", self.ui.flowEdit),
                          ("device_placed_on", self.ui.deviceEdit)):
            try:
                dates[key] = edit.day()
            except ValidationError as refused:
                dates[key] = None
                errors[key] = refused.message
        if self.indication() != Indication.DEVICE_CONFIRMATION:
            dates["device_placed_on"] = None
            errors.pop("device_placed_on", None)
        qtime = self.ui.timeEdit.time()
        form = BookingForm(
            patient_id=self.patient.id, day=self.ui.dateEdit.date().toPython(), clock=time(qtime.hour(), qtime.minute()),
            indication=self.indication(), indication_note=self.ui.indicationNoteEdit.text(),
            referring_name=self.ui.referringNameEdit.text(), referring_phone=self.ui.referringPhoneEdit.text(),
            referring_fax=self.ui.referringFaxEdit.text(),
            referring_title=TITLES[self.ui.referringTitleCombo.currentIndex()], device_placed_on=dates["device_placed_on"],
            premedication_ordered=self.ui.premedicationCheck.isChecked(), antibiotics=self.ui.antibioticsEdit.text(),
            antibiotics_translation=self.ui.antibioticsTranslationEdit.text(), lmp=dates["lmp"],
            flow_ended_on=dates["flow_ended_on"])
        return form, errors

    def _date_changed(self) -> None:
        if not getattr(self, "_suggesting", False):
            self._date_chosen = True
            self.touched.add("day")
        self.update_window()

    def _touch(self, name: str) -> None:
        self.touched.add(name)
        self.update_window()

    def refusals(self, form: BookingForm, unreadable: dict[str, str]) -> dict[str, str]:
        """{field: message} for every refused field, in the form's order."""
        found = self.service.errors(form) | unreadable  # a date it cannot read says so, not "choose a date"
        return {name: found[name] for name in INPUTS if name in found}

    def show_errors(self, errors: dict[str, str], everything: bool = False) -> None:
        shown: dict[str, str] = {}
        for name, message in errors.items():
            if everything or name in self.touched:
                shown.setdefault(ERROR_LABELS.get(name, ""), refusal_text(message))
        for label in set(ERROR_LABELS.values()):
            getattr(self.ui, label).setText(shown.get(label, ""))

    def update_window(self) -> None:
        form, unreadable = self.form()
        self.show_errors(self.refusals(form, unreadable))
        advice = self.service.advice(form)
        if advice.first_day and not self._date_chosen:
            first = max(advice.first_day, self.service.today())
            if first <= advice.last_day and form.day != first:
                self._suggesting = True
                self.ui.dateEdit.setDate(_qdate(first))  # re-enters update_window with the new day
                self._suggesting = False
                return
        days, _, test = said(advice.text).rpartition("; ")  # the blood-test deadline on a line of its own
        self.ui.windowLabel.setText(f"{days}\n{test[:1].upper()}{test[1:]}" if days else test)
        self.ui.windowWarning.setText(f"⚠ {said(advice.warning)}" if advice.warning else "")
        self.ui.windowWarning.setVisible(bool(advice.warning))

    def save(self) -> None:
        form, unreadable = self.form()
        if self.service.in_past(form) and not self.service.errors(form).keys() - {"day", "clock"} and not unreadable:
            when = self.service.scheduled_at(form)
            if not self.prompts.confirm(
                    self.tr("A time already past"),
                    self.tr("{when} has already passed.\n\nRecord this exam as a late entry (the exam took place "
                            "then and is entered after the fact)? The audit trail will say so.")
                    .format(when=day_and_time(when)),
                    ok=self.tr("Record as a late entry")):
                self.ui.timeError.setText(self.tr("This time has already passed: choose a later time."))
                self.ui.formMessage.setText(self.tr("Nothing was booked."))
                return
            form = replace(form, late_entry=True)
        errors = self.refusals(form, unreadable)
        self.touched |= set(INPUTS)
        self.show_errors(errors, everything=True)
        if errors:
            self.input(next(iter(errors))).setFocus()
            self.ui.formMessage.setText(self.tr("Nothing was booked: correct the fields marked in red."))
            return
        advice = self.service.advice(form)
        if advice.warning and not self.prompts.confirm(
                self.tr("Outside her cycle window"),
                f"{said(advice.warning)}\n\n{said(advice.text)}.\n\n" + self.tr("Book this day anyway?"),
                ok=self.tr("Book anyway")):
            return
        try:
            self.exam = self.service.book(form)
        except InvalidBooking as invalid:  # the facts moved since the check above (the clock, her record)
            self.show_errors(invalid.errors, everything=True)
            self.ui.formMessage.setText(self.tr("Nothing was booked: correct the fields marked in red."))
            return
        except DomainError as error:
            self.ui.formMessage.setText(error_text(error))
            return
        self.accept()


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
