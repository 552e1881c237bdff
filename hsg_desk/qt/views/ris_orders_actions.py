"""The front desk's RIS actions: *Get orders from RIS* (by hand, or every N minutes) and the
orders that wait for a decision. The worklist server is asked on a worker thread, so the
window never waits on the network; what came back is written on the UI thread, which owns
the database connection, and the worklist's status line says when and how the last pull went.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTimer, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QToolButton

from hsg_desk.domain.errors import DomainError
from hsg_desk.qt.domain_text import error_text, said
from hsg_desk.qt.ops import Op
from hsg_desk.services import ris_orders
from hsg_desk.services.authorization import Action, can


def failure_text(error: BaseException) -> str:
    from hsg_desk.dicom.network import DicomError

    if isinstance(error, (DicomError, DomainError)):
        return error_text(error)
    return QCoreApplication.translate("RisOrders", "The pull stopped because of an unexpected problem: {error}").format(
        error=error)


translate = QCoreApplication.translate  # context "RisOrders": this is no QObject, so no self.tr


class RisOrders:
    """Made with the main window; `pull()` starts one pull unless one is running."""

    def __init__(self, window, ctx, importer):
        self.window, self.ctx, self.importer = window, ctx, importer  # importer: the window's Services.ris_orders
        self.op: Op | None = None  # the pull under way
        self.pull_action = QAction(translate("RisOrders", "&Get orders from RIS"), window)
        self.pull_action.setObjectName("actionGetOrdersFromRis")
        self.pull_action.setShortcut(QKeySequence("Ctrl+Shift+G"))
        self.pull_action.setToolTip(translate("RisOrders", "Get the day's orders from the RIS (Ctrl+Shift+G)"))
        self.pull_action.triggered.connect(self.pull)
        self.review_action = QAction(translate("RisOrders", "Orders from RIS to &check…"), window)
        self.review_action.setObjectName("actionRisOrdersToCheck")
        self.review_action.triggered.connect(self.show_review)
        self.status = QLabel(window.ui.worklistPage)
        self.status.setObjectName("risPullStatus")
        self.status.setWordWrap(True)
        window.ui.worklistLayout.addWidget(self.status)
        self.timer = QTimer(window)
        self.timer.timeout.connect(self.pull)
        self.dialog = None
        self.button: QToolButton | None = None  # in the worklist's bar, once installed
        self.update()

    def update(self) -> None:
        """Enable for the front desk when a worklist server is set up; restart the schedule."""
        settings = self.ctx.settings
        enabled = can(self.ctx, Action.BOOK_EXAM) and bool(settings.worklist_host)
        self.pull_action.setEnabled(enabled and self.op is None)
        self.review_action.setEnabled(can(self.ctx, Action.BOOK_EXAM))
        interval = settings.worklist_pull_minutes * 60_000
        if not (enabled and interval):
            self.timer.stop()
        elif not self.timer.isActive() or self.timer.interval() != interval:  # keep a running schedule
            self.timer.start(interval)
        if self.button is not None:
            self.button.setVisible(bool(settings.worklist_host))
        self.status.setText(said(ris_orders.last_pull_line(self.ctx)))
        self.status.setVisible(bool(self.status.text()))

    def pull(self) -> Op | None:
        if self.op is not None:
            return None
        importer = self.importer
        try:
            endpoint = ris_orders.worklist_endpoint(self.ctx.settings)
            query = ris_orders.worklist_query(self.ctx.settings, self.window.current_day(),
                                              self.window.current_day())
        except DomainError as error:
            self.window.statusBar().showMessage(error_text(error), 10000)
            return None
        self.pull_action.setEnabled(False)
        self.status.setText(translate("RisOrders", "Getting orders from {endpoint}…").format(endpoint=endpoint))
        self.status.setVisible(True)
        self.op = Op(parent=self.window, work=lambda _progress: ris_orders.fetch(endpoint, query),
                     success=lambda steps: self._finish(lambda: importer.apply(endpoint, query, steps)))
        self.op.failure(lambda error: self._finish(
            lambda: importer.record_failure(endpoint, query, failure_text(error))))
        return self.op.with_progress(translate("RisOrders", "Getting orders from RIS…")).run()

    def _finish(self, write) -> None:
        self.op = None
        try:
            result = write()
        except DomainError as error:
            self.window.statusBar().showMessage(error_text(error), 10000)
            result = None
        self.window.refresh_worklist()
        self.update()
        if result is not None:
            self.window.statusBar().showMessage(self.status.text(), 10000)

    def stop(self) -> None:
        self.timer.stop()

    def show_review(self):
        from hsg_desk.qt.views.ris_review_dialog import RisReviewDialog

        self.dialog = dialog = RisReviewDialog(self.importer, parent=self.window)
        dialog.finished.connect(lambda _: (self.window.refresh_worklist(), setattr(self, "dialog", None)))
        dialog.open()
        return dialog


def install_ris_orders(window, ctx, menu, importer) -> RisOrders:
    """The actions in `menu`, and *Get orders from RIS* first in the worklist's button bar
    (shown only where a worklist server is set up)."""
    ris = RisOrders(window, ctx, importer)
    menu.addSeparator()
    menu.addActions([ris.pull_action, ris.review_action])
    button = QToolButton(window.ui.worklistPage)
    button.setDefaultAction(ris.pull_action)
    button.setObjectName("getOrdersFromRisButton")
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    ris.button = button
    bar = window.ui.worklistActions
    first = window.ui.worklistPage.findChild(QToolButton, "newPatientButton")
    bar.insertWidget(bar.indexOf(first) if first is not None else bar.count(), button)
    ris.update()
    return ris
