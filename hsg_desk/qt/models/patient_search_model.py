"""Patients found by the search box."""

from __future__ import annotations

from PySide6.QtCore import Qt

from hsg_desk.domain.patient import Patient

from .rows_model import RowsModel


class PatientSearchModel(RowsModel):
    headers = ("Patient", "Date of birth", "MRN", "Phone")

    def set_patients(self, patients: list[Patient]) -> None:
        self.set_rows(patients)

    def patient_at(self, row: int) -> Patient:
        return self.row_at(row)

    def cell(self, patient: Patient, column: int, role):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return (patient.full_name, patient.birth_date.strftime("%m/%d/%Y"), patient.mrn,
                patient.phone)[column]
