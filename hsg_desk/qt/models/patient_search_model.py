"""Patients found by the search box."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt

from hsg_desk.qt.i18n import short_date

from .rows_model import RowsModel

if TYPE_CHECKING:  # the search service makes them; the worklist shows before anyone searches
    from hsg_desk.domain.patient import Patient


class PatientSearchModel(RowsModel):
    headers = (QT_TRANSLATE_NOOP("PatientSearchModel", "Patient"),
               QT_TRANSLATE_NOOP("PatientSearchModel", "Date of birth"),
               QT_TRANSLATE_NOOP("PatientSearchModel", "MRN"), QT_TRANSLATE_NOOP("PatientSearchModel", "Phone"))

    def set_patients(self, patients: list[Patient]) -> None:
        self.set_rows(patients)

    def patient_at(self, row: int) -> Patient:
        return self.row_at(row)

    def cell(self, patient: Patient, column: int, role):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return (patient.full_name, short_date(patient.birth_date), patient.mrn,
                patient.phone)[column]
