"""Fit a table's columns to their text, asking the model for one cell per column.

QTableView.resizeColumnsToContents asks the model for every cell in every role: at a
busy day's 107 worklist rows that is ~6,800 calls from C++ into Python and 17 ms, on
every refresh and before the first paint. The widest text of a column is found here in
Python (the text's width is what varies from row to row; font, padding and decoration
are the same down a column), then Qt measures that one cell the way it measures all.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QHeaderView, QTableView

from hsg_desk.qt.models.rows_model import RowsModel

DISPLAY = Qt.ItemDataRole.DisplayRole


def fit_columns(view: QTableView) -> None:
    """What resizeColumnsToContents does, for a view showing a RowsModel directly."""
    model: RowsModel = view.model()
    header = view.horizontalHeader()
    metrics = QFontMetricsF(view.font())
    rows = model.rowCount()
    for column in range(model.columnCount()):
        if header.sectionResizeMode(column) == QHeaderView.ResizeMode.Stretch or header.isSectionHidden(column):
            continue
        width = header.sectionSizeHint(column)
        if rows:
            # In fractions of a pixel, as the text is laid out: in whole pixels "Programado" and
            # "Completado" both advance 91 px, yet one is painted a pixel wider.
            # Each distinct text once: a day's 107 lines hold a handful of statuses and times.
            row_of_text = {str(model.cell(model.row_at(row), column, DISPLAY) or ""): row for row in range(rows)}
            widest_row = row_of_text[max(row_of_text, key=metrics.horizontalAdvance)]
            cell = view.sizeHintForIndex(model.index(widest_row, column)).width()
            width = max(width, cell + (1 if view.showGrid() else 0))  # as Qt: the grid line
        header.resizeSection(column, width)
