"""Register a patient or edit her details: a message beside each bad field, nothing saved
while any is invalid, and a warning (with the record to open) when she may be on file."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox

from hsg_desk.domain.errors import DomainError, ValidationError
from hsg_desk.domain.patient import Patient
from hsg_desk.domain.vocabulary import Language, PhysicianTitle
from hsg_desk.qt.domain_text import error_text, refusal_text
from hsg_desk.qt.i18n import short_date
from hsg_desk.qt.ui.ui_patient_dialog import Ui_PatientDialog
from hsg_desk.qt.widgets.prompts import Prompts, QtPrompts
from hsg_desk.qt.widgets.combo_typing import select_by_typing
from hsg_desk.services.bundle import Services
from hsg_desk.services.patients import InvalidForm, PatientForm, PossibleDuplicate

TEXT_INPUTS = ("familyName", "givenName", "birthDate", "mrn", "phone", "referringName", "referringPhone",
               "referringFax")
FIELD_NAMES = {"familyName": "family_name", "givenName": "given_name", "birthDate": "birth_date", "mrn": "mrn",
               "phone": "phone", "referringName": "referring_name", "referringPhone": "referring_phone",
               "referringFax": "referring_fax", "language": "language"}
LANGUAGES = tuple(Language)
TITLES = tuple(PhysicianTitle)  # the title combo's items, in order


class PatientDialog(QDialog):
    """`patient` after a save; `existing` when the clerk chose to open a record already on file."""

    def __init__(self, ctx, prompts: Prompts | None = None, patient: Patient | None = None, parent=None, *,
                 services: Services | None = None):
        super().__init__(parent)
        self.service = (services or Services(ctx)).patients
        self.prompts = prompts or QtPrompts(self)
        self.original = patient
        self.patient: Patient | None = None
        self.existing: Patient | None = None
        self.ui = Ui_PatientDialog()
        self.ui.setupUi(self)
        select_by_typing(self)
        self.touched: set[str] = set()
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Save"))
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setToolTip(self.tr("Save (Enter)"))
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setToolTip(self.tr("Close without saving (Esc)"))
        self.ui.buttonBox.accepted.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)
        for name in TEXT_INPUTS:
            edit = self.edit(name)
            edit.editingFinished.connect(lambda name=name: self._touch(name))
            edit.textChanged.connect(lambda _: self.show_errors())
        if patient is not None:
            self.setWindowTitle(self.tr("Edit patient — {name}").format(name=patient.full_name))
            self._fill(patient)
        self.ui.familyNameEdit.setFocus()

    # -- fields -----------------------------------------------------------------
    def edit(self, name: str):
        return getattr(self.ui, f"{name}Edit")

    def error_label(self, name: str):
        return getattr(self.ui, f"{name}Error")

    def _fill(self, patient: Patient) -> None:
        values = PatientForm.of(patient)
        for name in TEXT_INPUTS:
            value = getattr(values, FIELD_NAMES[name])
            if name == "birthDate":
                self.ui.birthDateEdit.set_day(value)
            else:
                self.edit(name).setText(value)
        self.ui.languageCombo.setCurrentIndex(LANGUAGES.index(patient.language))
        self.ui.referringTitleCombo.setCurrentIndex(TITLES.index(values.referring_title))

    def form(self) -> tuple[PatientForm, dict[str, str]]:
        """The form as typed, and the errors only the dialog can see (an unreadable date)."""
        errors = {}
        try:
            birth = self.ui.birthDateEdit.day()
        except ValidationError as refused:
            birth = None
            errors["birth_date"] = refused.message
        text = {FIELD_NAMES[n]: self.edit(n).text() for n in TEXT_INPUTS if n != "birthDate"}
        return PatientForm(birth_date=birth, language=LANGUAGES[self.ui.languageCombo.currentIndex()],
                           referring_title=TITLES[self.ui.referringTitleCombo.currentIndex()], **text), errors

    def errors(self) -> tuple[PatientForm, dict[str, str]]:
        form, errors = self.form()
        found = self.service.errors(form, self.original.id if self.original else None)
        return form, found | errors

    def _touch(self, name: str) -> None:
        self.touched.add(FIELD_NAMES[name])
        self.show_errors()

    def show_errors(self, everything: bool = False) -> dict[str, str]:
        _, errors = self.errors()
        for name, field in FIELD_NAMES.items():
            shown = field in errors and (everything or field in self.touched)
            self.error_label(name).setText(refusal_text(errors[field]) if shown else "")
        return errors

    # -- saving -----------------------------------------------------------------
    def save(self) -> None:
        self.touched |= set(FIELD_NAMES.values())
        errors = self.show_errors(everything=True)
        if errors:
            first = next(name for name, field in FIELD_NAMES.items() if field in errors)
            widget = self.ui.languageCombo if first == "language" else self.edit(first)
            widget.setFocus()
            self.ui.formMessage.setText(self.tr("Nothing was saved: correct the fields marked in red."))
            return
        form, _ = self.form()
        try:
            if self.original is not None:
                self.patient = self.service.update(self.original.id, form, self.original.version)
            else:
                result = self.service.register(form)
                if isinstance(result, PossibleDuplicate):
                    if not self._duplicate(result, form):
                        return
                else:
                    self.patient = result.patient
        except InvalidForm as invalid:
            for name, field in FIELD_NAMES.items():
                self.error_label(name).setText(refusal_text(invalid.errors[field]) if field in invalid.errors else "")
            return
        except DomainError as error:
            self.ui.formMessage.setText(error_text(error))
            return
        self.accept()

    def _duplicate(self, result: PossibleDuplicate, form: PatientForm) -> bool:
        """Warn and offer the record on file; True when the dialog is done."""
        lines = "\n".join(self.tr("• {name}, born {birth_date}, MRN {mrn}").format(
            name=p.full_name, birth_date=short_date(p.birth_date), mrn=p.mrn) for p in result.existing)
        choice = self.prompts.choose(
            self.tr("She may already be registered"),
            self.tr("A patient with the same name and date of birth is already on file:\n{patients}\n\n"
                    "Open the existing record instead of creating a duplicate?").format(patients=lines),
            [self.tr("Open the existing record"), self.tr("Register a new patient anyway")])
        if choice == 0:
            self.existing = result.existing[0]
            return True
        if choice == 1:
            self.patient = self.service.register(form, accept_duplicate=True).patient
            return True
        return False
