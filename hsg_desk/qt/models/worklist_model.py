"""The day's worklist as a table: time, patient, birth date, MRN, indication, status, findings."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QColor

from hsg_desk.domain.findings import Level
from hsg_desk.domain.timing import wall_clock

from hsg_desk.domain.exam import WorklistRow
from hsg_desk.domain.vocabulary import OrderState
from hsg_desk.domain.findings_summary import FindingsSummary
from hsg_desk.qt.domain_text import domain_text, findings_phrases
from hsg_desk.qt.i18n import clock_time, short_date, date_and_time
from hsg_desk.qt.palette import LEVEL_COLOURS, status_background, status_foreground

from .rows_model import RowsModel

HEADERS = (QT_TRANSLATE_NOOP("WorklistModel", "Time"),
           QT_TRANSLATE_NOOP("WorklistModel", "Patient"),
           QT_TRANSLATE_NOOP("WorklistModel", "Date of birth"),
           QT_TRANSLATE_NOOP("WorklistModel", "MRN"),
           QT_TRANSLATE_NOOP("WorklistModel", "Indication"),
           QT_TRANSLATE_NOOP("WorklistModel", "Status"),
           QT_TRANSLATE_NOOP("WorklistModel", "Blocks / stops"),
           QT_TRANSLATE_NOOP("WorklistModel", "Open cautions"),
           QT_TRANSLATE_NOOP("WorklistModel", "Source"))
BLOCK_RED = QColor(LEVEL_COLOURS[Level.BLOCK][0])


class WorklistModel(RowsModel):
    headers = HEADERS
    # One patient's exams span many days: then the first column carries the date too,
    # so an exam of August never reads as one of today's.
    with_dates = False
    time_zone: str | None = None  # the facility's: times read as the clinic's wall clock

    def set_rows(self, rows, *, with_dates: bool = False) -> None:
        self.with_dates = with_dates
        super().set_rows(rows)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if section == 0 and self.with_dates and role == Qt.ItemDataRole.DisplayRole \
                and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate("WorklistModel", "Date and time")
        return super().headerData(section, orientation, role)

    def row_of_exam(self, exam_id: int) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.exam_id == exam_id), None)

    def cell(self, row: WorklistRow, column: int, role):
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if column == 5 and role == Qt.ItemDataRole.BackgroundRole:
            return status_background(row.status)
        if column == 5 and role == Qt.ItemDataRole.ForegroundRole:
            return status_foreground(row.status)
        if column == 6 and role == Qt.ItemDataRole.ForegroundRole and row.findings_summary.blocks:
            return BLOCK_RED  # a block is always called a block, in red
        if column in (6, 7) and role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column in (6, 7):
            return QCoreApplication.translate(
                "WorklistModel", "Blocks (no exam today), and findings that still need a radiologist (stops) "
                "or an acknowledgement (cautions)")
        if role == Qt.ItemDataRole.ToolTipRole and column == 8:
            if row.order_state:
                return QCoreApplication.translate("WorklistModel", "Ordered in the RIS: accession {number}") \
                    .format(number=row.accession_number)
            return QCoreApplication.translate("WorklistModel", "Booked here, not ordered in the RIS")
        return None

    def _text(self, row: WorklistRow, column: int) -> str:
        if column == 0:
            shown = wall_clock(row.scheduled_at, self.time_zone)
            return date_and_time(shown) if self.with_dates else clock_time(shown)
        if column == 1:
            return f"{row.family_name}, {row.given_name}"
        if column == 2:
            return short_date(row.birth_date)
        if column == 3:
            return row.mrn
        if column == 4:
            return domain_text(row.indication.label)
        if column == 5:
            return domain_text(row.status.label)
        counts = row.findings_summary
        if column == 6:
            blocks = findings_phrases(FindingsSummary(blocks=counts.blocks))
            parts = [*blocks, str(counts.open_stops) if counts.open_stops else ""]
            return " · ".join(part for part in parts if part) or "—"
        if column == 7:
            return str(counts.open_cautions) if counts.open_cautions else "—"
        if row.order_state:
            return domain_text(OrderState(row.order_state).label)
        return QCoreApplication.translate("WorklistModel", "Local")
