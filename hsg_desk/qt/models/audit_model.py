"""Audit rows as a table for the admin's audit viewer; times shown in the facility's zone."""

from __future__ import annotations

import json
from datetime import datetime, timezone
from zoneinfo import ZoneInfo

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, Qt

from hsg_desk.domain.audit import AuditEvent
from hsg_desk.qt.i18n import long_date_time

COLUMNS = (("id", "#"), ("at", QT_TRANSLATE_NOOP("AuditTableModel", "Time")),
           ("username", QT_TRANSLATE_NOOP("AuditTableModel", "User")),
           ("workstation", QT_TRANSLATE_NOOP("AuditTableModel", "Workstation")),
           ("action", QT_TRANSLATE_NOOP("AuditTableModel", "Action")),
           ("patient_id", QT_TRANSLATE_NOOP("AuditTableModel", "Patient")),
           ("record_type", QT_TRANSLATE_NOOP("AuditTableModel", "Record")),
           ("record_id", QT_TRANSLATE_NOOP("AuditTableModel", "Record id")),
           ("changes", QT_TRANSLATE_NOOP("AuditTableModel", "Changes")))
SORT_ROLE = Qt.ItemDataRole.UserRole + 1


class AuditTableModel(QAbstractTableModel):
    def __init__(self, time_zone: str = "UTC", parent=None):
        super().__init__(parent)
        self._rows: list[AuditEvent] = []
        self._zone = ZoneInfo(time_zone)

    def set_rows(self, rows: list[AuditEvent]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> AuditEvent:
        return self._rows[row]

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("AuditTableModel", COLUMNS[section][1])
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        key = COLUMNS[index.column()][0]
        value = getattr(row, key)
        if role == SORT_ROLE:
            if key in ("id", "patient_id"):
                return -1 if value is None else int(value)
            if key == "at":
                return _time_key(value)
            return self._text(key, value)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(key, value)
        return None

    def _text(self, key: str, value) -> str:
        if value is None:
            return ""
        if key == "at" and isinstance(value, datetime):
            at = value.astimezone(self._zone)
            return f"{long_date_time(at)} {at.tzname()}"
        if key == "changes":
            if isinstance(value, dict):
                return "; ".join(f"{name}: {_pair(pair)}" for name, pair in sorted(value.items()))
            return str(value)
        return str(value)


def _time_key(at: datetime | str) -> str:
    """The Time column sorts by the moment, not by its text ("Fri…" before "Mon…"): the UTC time
    in ISO form, which sorts as it reads; a row someone altered keeps its text (and sorts by it)."""
    if isinstance(at, datetime):
        return at.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%f")
    return at


def _pair(pair) -> str:
    if isinstance(pair, list) and len(pair) == 2:
        old, new = (json.dumps(v, ensure_ascii=False) if not isinstance(v, str) else v for v in pair)
        return new if pair[0] is None else f"{old} → {new}"
    return json.dumps(pair, ensure_ascii=False)
