"""Admin › Audit trail: filter by dates, user, patient and action; sort any column; export CSV;
check the hash chain. The CSV file prompt is injected so tests never open a dialog."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QHeaderView, QWidget

from hsg_desk.domain.errors import DomainError
from hsg_desk.qt.domain_text import error_text
from hsg_desk.qt.models.audit_model import SORT_ROLE, AuditTableModel
from hsg_desk.qt.ops import Op
from hsg_desk.qt.ui.ui_audit_viewer import Ui_AuditViewer
from hsg_desk.qt.widgets.combo_typing import select_by_typing
from hsg_desk.services import audit_trail
from hsg_desk.services.audit_trail import AuditFilter
from hsg_desk.services.context import ServiceContext

ROW_LIMIT = 10_000  # newest first; narrow the filter or export to see more
ANY = QT_TRANSLATE_NOOP("AuditViewer", "(any)")  # shown translated, self.tr(ANY)


def ask_csv_path(parent: QWidget, suggested: str) -> str | None:
    path, _ = QFileDialog.getSaveFileName(parent, QCoreApplication.translate("AuditViewer", "Export the audit trail"),
                                          suggested, QCoreApplication.translate("AuditViewer", "CSV files (*.csv)"))
    return path or None


class AuditViewer(QWidget):
    """`exported(str path, int rows)` fires after a CSV export."""

    exported = Signal(str, int)

    def __init__(self, ctx: ServiceContext, parent=None, *,
                 ask_save_path: Callable[[QWidget, str], str | None] = ask_csv_path):
        super().__init__(parent)
        self.ctx = ctx
        self.ask_save_path = ask_save_path
        self.ui = Ui_AuditViewer()
        self.ui.setupUi(self)
        select_by_typing(self)
        self.zone = ZoneInfo(ctx.settings.time_zone)
        self.model = AuditTableModel(ctx.settings.time_zone, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        view = self.ui.auditView
        view.setModel(self.proxy)
        view.verticalHeader().hide()
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        view.horizontalHeader().setStretchLastSection(True)
        view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        today = ctx.now().astimezone(self.zone).date()
        self.ui.toDate.setDate(QDate(today.year, today.month, today.day))
        self.ui.fromDate.setDate(self.ui.toDate.date().addDays(-7))
        self.ui.datesCheck.toggled.connect(self._dates_toggled)
        self._dates_toggled(False)
        self.ui.applyButton.clicked.connect(self.refresh)
        self.ui.clearButton.clicked.connect(self.clear_filters)
        self.ui.patientEdit.returnPressed.connect(self.refresh)
        self.ui.verifyButton.clicked.connect(self.verify_in_background)
        self.ui.exportButton.clicked.connect(self.export)
        self._fill_choices()
        self.refresh()

    def _dates_toggled(self, on: bool) -> None:
        self.ui.fromDate.setEnabled(on)
        self.ui.toDate.setEnabled(on)

    def _fill_choices(self) -> None:
        for combo, values in ((self.ui.userCombo, audit_trail.audit_usernames(self.ctx)),
                              (self.ui.actionCombo, audit_trail.audit_actions(self.ctx))):
            current = combo.currentText()
            combo.clear()
            combo.addItems([self.tr(ANY), *values])
            combo.setCurrentText(current or self.tr(ANY))

    def current_filter(self) -> AuditFilter:
        """The filter the fields describe; DomainError for a patient id that is not a number."""
        start = end = None
        if self.ui.datesCheck.isChecked():
            first, last = self.ui.fromDate.date().toPython(), self.ui.toDate.date().toPython()
            if last < first:
                first, last = last, first
            start = datetime.combine(first, time(0), self.zone)
            end = datetime.combine(last + timedelta(days=1), time(0), self.zone)
        patient_text = self.ui.patientEdit.text().strip()
        if patient_text and not patient_text.isdigit():
            raise DomainError(self.tr("Patient id: enter the patient's number, e.g. 42."))
        user = self.ui.userCombo.currentText().strip()
        action = self.ui.actionCombo.currentText().strip()
        return AuditFilter(start=start, end=end, username=None if user in ("", self.tr(ANY)) else user,
                           patient_id=int(patient_text) if patient_text else None,
                           action=None if action in ("", self.tr(ANY)) else action)

    def refresh(self) -> None:
        try:
            where = self.current_filter()
        except DomainError as error:
            self.ui.countLabel.setText(error_text(error))
            return
        rows = audit_trail.search(self.ctx, where, sort_by="id", descending=True, limit=ROW_LIMIT + 1)
        more = len(rows) > ROW_LIMIT
        self.model.set_rows(rows[:ROW_LIMIT])
        shown = len(rows[:ROW_LIMIT])
        text = self.tr("%n row(s)", "", shown)
        if more:
            text += " " + self.tr("(the newest; narrow the filter or export to see all)")
        self.ui.countLabel.setText(text)

    def clear_filters(self) -> None:
        self.ui.datesCheck.setChecked(False)
        self.ui.userCombo.setCurrentText(self.tr(ANY))
        self.ui.actionCombo.setCurrentText(self.tr(ANY))
        self.ui.patientEdit.clear()
        self.refresh()

    def verify(self) -> bool:
        """Check the hash chain now; True when it is intact."""
        return self._show_chain(audit_trail.verify(self.ctx))

    def verify_in_background(self) -> None:
        """The Verify button: the chain is hashed on a worker thread (every row of years)."""
        try:
            job = audit_trail.verify_job(self.ctx)
        except DomainError as error:
            self.ui.chainLabel.setText(error_text(error))
            return
        self.ui.verifyButton.setEnabled(False)
        self.ui.chainLabel.setText(self.tr("Checking the audit trail…"))

        def checked(problem) -> None:
            self.ui.verifyButton.setEnabled(True)
            self._show_chain(problem)

        def failed(error: Exception) -> None:
            self.ui.verifyButton.setEnabled(True)
            self.ui.chainLabel.setText(self.tr("The audit trail could not be checked: {reason}").format(reason=error))
        Op(parent=self, work=job, success=checked).failure(failed).with_progress(self.tr("Checking the audit trail…")).run()

    def _show_chain(self, problem) -> bool:
        if problem is None:
            self.ui.chainLabel.setText(self.tr("The audit trail is intact."))
            return True
        self.ui.chainLabel.setText(self.tr("The audit trail is broken at row {row}: {problem}.").format(
            row=problem.row_id, problem=problem.problem))
        return False

    def export(self) -> str | None:
        """Export the filtered rows to a CSV file on a worker thread; the path when it
        started (`exported` fires once it is written and recorded), or None."""
        try:
            where = self.current_filter()
        except DomainError as error:
            self.ui.countLabel.setText(error_text(error))
            return None
        suggested = f"audit-{self.ctx.now().astimezone(self.zone):%Y-%m-%d}.csv"
        path = self.ask_save_path(self, suggested)
        if not path:
            return None
        if not path.lower().endswith(".csv"):
            path += ".csv"
        try:
            job = audit_trail.export_csv_job(self.ctx, path, where)
        except DomainError as error:
            self.ui.chainLabel.setText(error_text(error))
            return None
        self.ui.exportButton.setEnabled(False)
        self.ui.chainLabel.setText(self.tr("Exporting…"))
        Op(parent=self, work=job, success=lambda result: self._exported(result, where)).failure(
            lambda error: self._export_failed(path, error)).with_progress(self.tr("Exporting the audit trail…")).run()
        return path

    def _exported(self, result, where: AuditFilter) -> None:
        self.ui.exportButton.setEnabled(True)
        audit_trail.record_export(self.ctx, result, where)
        self.ui.chainLabel.setText(self.tr("Exported %n row(s) to {path}.", "", result.rows).format(path=result.path))
        self._fill_choices()
        self.refresh()
        self.exported.emit(str(result.path), result.rows)

    def _export_failed(self, path: str, error: Exception) -> None:
        self.ui.exportButton.setEnabled(True)
        if isinstance(error, OSError):
            self.ui.chainLabel.setText(self.tr("Could not write {path}: {reason}.").format(
                path=path, reason=error.strerror or error))
        else:
            self.ui.chainLabel.setText(error_text(error))
