"""First start: the first admin account and the facility's details (DESIGN.md §8)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from hsg_desk.domain.errors import DomainError, ValidationError
from hsg_desk.domain.settings import DEFAULT_SETTINGS, PAPER_SIZES
from hsg_desk.qt.domain_text import error_text, said
from hsg_desk.qt.ui.ui_first_start_dialog import Ui_FirstStartDialog
from hsg_desk.qt.widgets.combo_typing import select_by_typing
from hsg_desk.qt.widgets.setting_choices import COMMON_TIME_ZONES, PAPER_LABELS
from hsg_desk.services.auth import create_first_admin
from hsg_desk.services.context import Session


class FirstStartDialog(QDialog):
    """On success `session` is the new admin's and `signedIn(Session)` fires."""

    signedIn = Signal(object)

    def __init__(self, db, clock, parent=None, *, workstation: str | None = None):
        super().__init__(parent)
        self.db, self.clock, self.workstation = db, clock, workstation
        self.session: Session | None = None
        self.ui = Ui_FirstStartDialog()
        self.ui.setupUi(self)
        select_by_typing(self)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Create and sign in"))
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.timeZoneCombo.addItems(COMMON_TIME_ZONES)
        self.ui.timeZoneCombo.setCurrentText(DEFAULT_SETTINGS.time_zone)
        for size in PAPER_SIZES:
            self.ui.paperSizeCombo.addItem(PAPER_LABELS.get(size, size), size)
        self.ui.facilityNameEdit.setText(DEFAULT_SETTINGS.facility_name)
        self.fields = {
            "username": self.ui.usernameEdit, "display_name": self.ui.displayNameEdit,
            "password": self.ui.passwordEdit, "facility_name": self.ui.facilityNameEdit,
            "facility_address": self.ui.addressEdit, "facility_phone": self.ui.phoneEdit,
            "facility_fax": self.ui.faxEdit, "time_zone": self.ui.timeZoneCombo,
            "paper_size": self.ui.paperSizeCombo,
        }
        self.ui.usernameEdit.setFocus()

    def facility(self) -> dict:
        return {
            "facility_name": self.ui.facilityNameEdit.text().strip(),
            "facility_address": self.ui.addressEdit.text().strip(),
            "facility_phone": self.ui.phoneEdit.text().strip(),
            "facility_fax": self.ui.faxEdit.text().strip(),
            "time_zone": self.ui.timeZoneCombo.currentText().strip(),
            "paper_size": self.ui.paperSizeCombo.currentData(),
        }

    def _error(self, field: str, message: str) -> None:
        self.ui.errorLabel.setText(message)
        widget = self.fields.get(field)
        if widget is not None:
            widget.setFocus()

    def accept(self) -> None:
        if self.ui.passwordEdit.text() != self.ui.confirmEdit.text():
            self._error("password", self.tr("The two passwords are not the same."))
            return
        if not self.ui.facilityNameEdit.text().strip():
            self._error("facility_name", self.tr("Enter the facility's name: it prints on every document."))
            return
        try:
            self.session = create_first_admin(
                self.db, self.clock, username=self.ui.usernameEdit.text(),
                display_name=self.ui.displayNameEdit.text(), password=self.ui.passwordEdit.text(),
                facility=self.facility(), workstation=self.workstation)
        except ValidationError as error:
            label = error.field.replace("_", " ").capitalize()
            self._error(error.field, f"{label}: {said(error.message)}.")
            return
        except DomainError as error:
            self._error("", error_text(error))
            return
        self.signedIn.emit(self.session)
        super().accept()
