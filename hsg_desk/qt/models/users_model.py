"""Users as a table for the admin's users screen."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt

from hsg_desk.domain.roles import Role
from hsg_desk.qt.domain_text import domain_text

from .rows_model import RowsModel

HEADERS = (QT_TRANSLATE_NOOP("UsersTableModel", "Username"), QT_TRANSLATE_NOOP("UsersTableModel", "Name"),
           QT_TRANSLATE_NOOP("UsersTableModel", "Roles"), QT_TRANSLATE_NOOP("UsersTableModel", "State"))


class UsersTableModel(RowsModel):
    headers = HEADERS

    def __init__(self, parent=None):
        super().__init__(parent)
        self._now = None

    def set_users(self, users: list, now) -> None:
        self._now = now
        self.set_rows(users)

    def user_at(self, row: int):
        return self.row_at(row)

    def row_of(self, user_id: int) -> int | None:
        return next((i for i, user in enumerate(self._rows) if user.id == user_id), None)

    def cell(self, user, column: int, role):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == 0:
            return user.username
        if column == 1:
            return user.display_name
        if column == 2:
            return ", ".join(domain_text(role.label) for role in Role if role in user.roles)
        return state_text(user, self._now)


def state_text(user, now) -> str:
    if not user.active:
        return QCoreApplication.translate("UsersTableModel", "Disabled")
    if now is not None and user.locked_at(now):
        return QCoreApplication.translate("UsersTableModel", "Locked after failed sign-ins")
    if user.must_change_password:
        return QCoreApplication.translate("UsersTableModel", "Must change password")
    return QCoreApplication.translate("UsersTableModel", "Active")
