"""fit_columns measures one cell per column and must still fit every column as Qt does,
whichever text is the widest by a fraction of a pixel."""

from __future__ import annotations

from hypothesis import given, settings, strategies as st
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView

from hsg_desk.qt.models.rows_model import RowsModel
from hsg_desk.qt.widgets.fit_columns import fit_columns

# Texts a worklist shows, some equal in whole pixels and different in fractions.
TEXTS = ("Programado", "Completado", "Registrada", "Cancelado", "Scheduled", "Checked in", "Completed",
         "7:30 AM", "10:30 AM", "11:45 AM", "12:00 PM", "9:05", "17:40", "03/14/1990", "11/30/2026",
         "Ñúñez, María José", "Lindqvist, Åsa", "Nguyễn, Thị", "O'Neil-Ramírez, Ana", "MRN-0042317", "—", "")


class TextModel(RowsModel):
    headers = ("A", "B", "C")

    def cell(self, row, column, role):
        return row[column] if role == Qt.ItemDataRole.DisplayRole else None


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(*[st.sampled_from(TEXTS)] * 3), min_size=1, max_size=60))
def test_every_column_is_as_wide_as_qt_fits_it(qapp, rows):
    view = QTableView()  # one per example (qtbot's widgets live until the test's end)
    model = TextModel(view)
    view.setModel(model)
    model.set_rows(rows)
    fit_columns(view)
    fitted = [view.horizontalHeader().sectionSize(column) for column in range(3)]
    view.resizeColumnsToContents()  # Qt's own: every cell, every role
    by_qt = [view.horizontalHeader().sectionSize(column) for column in range(3)]
    view.deleteLater()
    assert fitted == by_qt
