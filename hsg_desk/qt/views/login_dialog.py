"""The sign-in dialog, and `sign_in()`: first-start setup when there are no users, else login."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from hsg_desk.qt.ui.ui_login_dialog import Ui_LoginDialog
from hsg_desk.services.auth import LoginFailed, first_start_needed, login
from hsg_desk.services.context import Session
from hsg_desk.storage.settings import load_settings


class LoginDialog(QDialog):
    """Asks for username and password; on success `session` is set and `signedIn(Session)` fires."""

    signedIn = Signal(object)

    def __init__(self, db, clock, parent=None, *, workstation: str | None = None):
        super().__init__(parent)
        self.db, self.clock, self.workstation = db, clock, workstation
        self.session: Session | None = None
        self.ui = Ui_LoginDialog()
        self.ui.setupUi(self)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText("&Sign in")
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.facilityLabel.setText(load_settings(db).facility_name)
        self.ui.usernameEdit.setFocus()

    def accept(self) -> None:
        username = self.ui.usernameEdit.text().strip()
        password = self.ui.passwordEdit.text()
        self.ui.passwordEdit.clear()
        if not username:
            self.ui.errorLabel.setText("Enter your username.")
            self.ui.usernameEdit.setFocus()
            return
        try:
            self.session = login(self.db, self.clock, username, password, workstation=self.workstation)
        except LoginFailed as error:
            self.ui.errorLabel.setText(str(error))
            self.ui.passwordEdit.setFocus()
            return
        self.signedIn.emit(self.session)
        super().accept()


def sign_in(db, clock, parent=None, *, workstation: str | None = None) -> Session | None:
    """Show first-start setup (no users yet) or the login dialog; the Session, or None if cancelled."""
    if first_start_needed(db):
        from hsg_desk.qt.views.first_start_dialog import FirstStartDialog

        dialog = FirstStartDialog(db, clock, parent, workstation=workstation)
    else:
        dialog = LoginDialog(db, clock, parent, workstation=workstation)
    return dialog.session if dialog.exec() == QDialog.DialogCode.Accepted else None
