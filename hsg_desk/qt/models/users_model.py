"""Users as a table for the admin's users screen."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from hsg_desk.domain.roles import Role

HEADERS = ("Username", "Name", "Roles", "State")


class UsersTableModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._users: list = []
        self._now = None

    def set_users(self, users: list, now) -> None:
        self.beginResetModel()
        self._users, self._now = list(users), now
        self.endResetModel()

    def user_at(self, row: int):
        return self._users[row]

    def row_of(self, user_id: int) -> int | None:
        return next((i for i, user in enumerate(self._users) if user.id == user_id), None)

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._users)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return HEADERS[section]
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        user = self._users[index.row()]
        column = index.column()
        if column == 0:
            return user.username
        if column == 1:
            return user.display_name
        if column == 2:
            return ", ".join(role.label for role in Role if role in user.roles)
        return state_text(user, self._now)


def state_text(user, now) -> str:
    if not user.active:
        return "Disabled"
    if now is not None and user.locked_at(now):
        return "Locked after failed sign-ins"
    return "Must change password" if user.must_change_password else "Active"
