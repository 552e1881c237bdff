"""The sign-in dialog, and `sign_in()`: first-start setup when there are no users, else login."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from hsg_desk.domain.errors import DomainError, ValidationError
from hsg_desk.qt.domain_text import error_text, said
from hsg_desk.qt.ui.ui_login_dialog import Ui_LoginDialog
from hsg_desk.services.auth import LoginFailed, first_start_needed, login, password_change_required
from hsg_desk.services.context import ServiceContext, Session
from hsg_desk.services.settings_service import facility_name
from hsg_desk.services.users import change_own_password


class LoginDialog(QDialog):
    """Asks for username and password; on success `session` is set and `signedIn(Session)` fires.

    After an admin set or reset the password, a second step asks for a new one first."""

    signedIn = Signal(object)

    def __init__(self, db, clock, parent=None, *, workstation: str | None = None):
        super().__init__(parent)
        self.db, self.clock, self.workstation = db, clock, workstation
        self.session: Session | None = None
        self.ui = Ui_LoginDialog()
        self.ui.setupUi(self)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Sign in"))
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.facilityLabel.setText(facility_name(db))
        self._pending: tuple[Session, str] | None = None  # signed in, new password still to choose
        self._show_new_password(False)
        self.ui.usernameEdit.setFocus()

    def _show_new_password(self, on: bool) -> None:
        for widget in (self.ui.newPasswordLabel, self.ui.newPasswordEdit, self.ui.confirmLabel, self.ui.confirmEdit):
            widget.setVisible(on)
        for widget in (self.ui.usernameEdit, self.ui.passwordEdit):
            widget.setEnabled(not on)

    def accept(self) -> None:
        if self._pending is not None:
            self._change_password()
            return
        username = self.ui.usernameEdit.text().strip()
        password = self.ui.passwordEdit.text()
        self.ui.passwordEdit.clear()
        if not username:
            self.ui.errorLabel.setText(self.tr("Enter your username."))
            self.ui.usernameEdit.setFocus()
            return
        try:
            self.session = login(self.db, self.clock, username, password, workstation=self.workstation)
        except LoginFailed as error:
            self.ui.errorLabel.setText(error_text(error))
            self.ui.passwordEdit.setFocus()
            return
        if password_change_required(self.db, self.session):
            self._pending, self.session = (self.session, password), None
            self._show_new_password(True)
            self.ui.errorLabel.setText(self.tr("Your password was set by an admin. Choose your own to continue."))
            self.ui.newPasswordEdit.setFocus()
            return
        self._done()

    def _change_password(self) -> None:
        session, old = self._pending
        new, again = self.ui.newPasswordEdit.text(), self.ui.confirmEdit.text()
        if new != again:
            self.ui.errorLabel.setText(self.tr("The two new passwords are not the same."))
            self.ui.confirmEdit.clear()
            self.ui.confirmEdit.setFocus()
            return
        ctx = ServiceContext(self.db, self.clock, session,
                             **({"workstation": self.workstation} if self.workstation else {}))
        try:
            change_own_password(ctx, old, new)
        except ValidationError as error:
            self.ui.errorLabel.setText(self.tr("New password: {reason}.").format(reason=said(error.message)))
            self.ui.newPasswordEdit.setFocus()
            return
        except DomainError as error:
            self.ui.errorLabel.setText(error_text(error))
            return
        self._pending, self.session = None, session
        self._done()

    def _done(self) -> None:
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
