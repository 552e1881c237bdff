"""Admin › Users: create users, change names and roles, disable, reset passwords, lift a lock."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import QHeaderView, QWidget

from hsg_desk.domain.errors import DomainError, ValidationError
from hsg_desk.domain.roles import Role
from hsg_desk.qt.domain_text import error_text, said
from hsg_desk.qt.models.users_model import UsersTableModel, state_text
from hsg_desk.qt.ui.ui_users_admin import Ui_UsersAdmin
from hsg_desk.services import users as user_service
from hsg_desk.services.auth import unlock_account
from hsg_desk.services.context import ServiceContext

# A refused account detail is named as the form's label names it, in the interface language.
FIELD_LABELS = {"username": "usernameLabel", "display_name": "displayNameLabel", "password": "passwordLabel",
                "roles": "rolesLabel"}


class UsersAdmin(QWidget):
    """`usersChanged()` fires after every saved change."""

    usersChanged = Signal()

    def __init__(self, ctx: ServiceContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_UsersAdmin()
        self.ui.setupUi(self)
        self.role_boxes = {Role.FRONT_DESK: self.ui.roleFrontDesk, Role.TECHNOLOGIST: self.ui.roleTechnologist,
                           Role.RADIOLOGIST: self.ui.roleRadiologist, Role.ADMIN: self.ui.roleAdmin}
        self.model = UsersTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        view = self.ui.usersView
        view.setModel(self.proxy)
        view.verticalHeader().hide()
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        view.horizontalHeader().setStretchLastSection(True)
        view.selectionModel().currentRowChanged.connect(lambda *_: self._show_selected())
        self.ui.newButton.clicked.connect(self.new_user)
        self.ui.saveButton.clicked.connect(self.save)
        self.ui.resetPasswordButton.clicked.connect(self.reset_password)
        self.ui.disableButton.clicked.connect(self.toggle_active)
        self.ui.unlockButton.clicked.connect(self.unlock)
        self.user = None  # the User shown in the form; None while creating one
        self.refresh()
        self.new_user()

    # -- list -----------------------------------------------------------------
    def refresh(self, select_id: int | None = None) -> None:
        self.model.set_users(user_service.list_users(self.ctx), self.ctx.now())
        if select_id is not None:
            self.select(select_id)

    def select(self, user_id: int) -> None:
        row = self.model.row_of(user_id)
        if row is not None:
            self.ui.usersView.setCurrentIndex(self.proxy.mapFromSource(self.model.index(row, 0)))
            self._show_selected()

    def _show_selected(self) -> None:
        index = self.proxy.mapToSource(self.ui.usersView.currentIndex())
        if index.isValid():
            self._show(self.model.user_at(index.row()))

    def _show(self, user) -> None:
        self.user = user
        self.ui.usernameEdit.setText(user.username if user else "")
        self.ui.usernameEdit.setReadOnly(user is not None)
        self.ui.displayNameEdit.setText(user.display_name if user else "")
        for role, box in self.role_boxes.items():
            box.setChecked(bool(user) and role in user.roles)
        self.ui.passwordEdit.clear()
        self.ui.stateLabel.setText(state_text(user, self.ctx.now()) if user else self.tr("New user"))
        self.ui.detailsGroup.setTitle(self.tr("User {name}").format(name=user.username) if user
                                      else self.tr("New user"))
        self.ui.saveButton.setText(self.tr("&Save") if user else self.tr("&Create user"))
        self.ui.resetPasswordButton.setEnabled(user is not None)
        self.ui.disableButton.setEnabled(user is not None)
        self.ui.disableButton.setText(self.tr("En&able") if user and not user.active else self.tr("D&isable"))
        self.ui.unlockButton.setEnabled(bool(user) and user.locked_at(self.ctx.now()))

    def new_user(self) -> None:
        self.ui.usersView.clearSelection()
        self._show(None)
        self.ui.messageLabel.clear()
        self.ui.usernameEdit.setFocus()

    def checked_roles(self) -> set[Role]:
        return {role for role, box in self.role_boxes.items() if box.isChecked()}

    # -- actions --------------------------------------------------------------
    def _run(self, work, done: str) -> bool:
        try:
            user_id = work()
        except ValidationError as error:
            self.ui.messageLabel.setText(self._refusal(error))
            return False
        except DomainError as error:
            self.ui.messageLabel.setText(error_text(error))
            return False
        self.refresh(select_id=user_id)
        self.ui.messageLabel.setText(done)
        self.usersChanged.emit()
        return True

    def _refusal(self, error: ValidationError) -> str:
        """"New password: use at least 8 characters.": the field as its label says it on the form."""
        label = getattr(self.ui, FIELD_LABELS.get(error.field, ""), None)
        field = label.text().replace("&", "") if label is not None else error.field
        text = QCoreApplication.translate("messages", "{field}: {message}").format(field=field, message=said(error.message))
        return text if text.endswith(".") else text + "."

    def save(self) -> bool:
        if self.user is None:
            name = self.ui.usernameEdit.text().strip()
            return self._run(lambda: user_service.create_user(
                self.ctx, name, self.ui.displayNameEdit.text(), self.ui.passwordEdit.text(),
                self.checked_roles()),
                self.tr("{name} was created; they choose their own password at first sign-in.").format(name=name))
        user = self.user
        return self._run(lambda: user_service.update_user(
            self.ctx, user.id, display_name=self.ui.displayNameEdit.text(),
            roles=self.checked_roles()).id, self.tr("{name} was saved.").format(name=user.username))

    def reset_password(self) -> bool:
        user = self.user
        password = self.ui.passwordEdit.text()

        def work():
            user_service.reset_password(self.ctx, user.id, password)
            return user.id
        return self._run(work, self.tr("{name}'s password was reset; they choose a new one at sign-in.")
                         .format(name=user.username))

    def toggle_active(self) -> bool:
        user = self.user
        done = self.tr("{name} was enabled.") if not user.active else self.tr("{name} was disabled.")
        return self._run(lambda: user_service.set_active(self.ctx, user.id, not user.active).id,
                         done.format(name=user.username))

    def unlock(self) -> bool:
        user = self.user

        def work():
            unlock_account(self.ctx, user.id)
            return user.id
        return self._run(work, self.tr("{name} can sign in again.").format(name=user.username))
