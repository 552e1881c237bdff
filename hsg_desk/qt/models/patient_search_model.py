"""Patients found by the search box."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from hsg_desk.domain.patient import Patient

HEADERS = ("Patient", "Date of birth", "MRN", "Phone")


class PatientSearchModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._patients: list[Patient] = []

    def set_patients(self, patients: list[Patient]) -> None:
        self.beginResetModel()
        self._patients = list(patients)
        self.endResetModel()

    def patient_at(self, row: int) -> Patient:
        return self._patients[row]

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._patients)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return HEADERS[section]
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        patient = self._patients[index.row()]
        return (patient.full_name, patient.birth_date.strftime("%m/%d/%Y"), patient.mrn,
                patient.phone)[index.column()]
