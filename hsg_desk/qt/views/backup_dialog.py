"""The admin's "Back up now": a verified copy made on a worker thread, with progress.

The copy runs off the UI thread (its own SQLite connections); the audit line is written
back on the UI thread, which owns the context's connection.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog

from hsg_desk.domain.errors import DomainError
from hsg_desk.qt.ui.ui_backup_dialog import Ui_BackupDialog
from hsg_desk.qt.widgets.backup_worker import Worker, megabytes
from hsg_desk.services import backups
from hsg_desk.services.context import ServiceContext


class BackupDialog(QDialog):
    """Back up now: a progress bar, then where the verified copy is."""

    backupFinished = Signal(object)  # BackupResult
    backupFailed = Signal(str)

    def __init__(self, ctx: ServiceContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.worker: Worker | None = None
        self.result = None
        self.ui = ui = Ui_BackupDialog()
        ui.setupUi(self)
        ui.backupIntro.setText(self.tr("A verified copy of every record goes to\n{folder}\nThe newest %n copies are "
                                       "kept.", "", ctx.settings.backups_kept).format(folder=backups.backup_folder(ctx)))
        self.intro, self.progress, self.status = ui.backupIntro, ui.backupProgress, ui.backupStatus
        self.start_button, self.close_button = ui.startButton, ui.closeButton
        self.start_button.clicked.connect(self.start)
        self.close_button.clicked.connect(self.reject)

    def start(self) -> None:
        if self.worker is not None and self.worker.isRunning():
            return
        try:
            job = backups.backup_job(self.ctx)
        except DomainError as refused:  # not the admin
            self.status.setText(str(refused))
            return
        self.worker = Worker(job, self)
        self.worker.progressed.connect(self._progressed)
        self.worker.succeeded.connect(self._succeeded)
        self.worker.failed.connect(self._failed)
        self.start_button.setEnabled(False)
        self.close_button.setEnabled(False)  # closing mid-copy would only hide it
        self.progress.setValue(0)
        self.status.setText(self.tr("Copying…"))
        self.worker.start()

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setValue(int(100 * done / total) if total else 100)

    def _succeeded(self, result) -> None:
        self.worker.wait()
        self.result = result
        backups.audit_backup(self.ctx, result)
        self.progress.setValue(100)
        self.status.setText(self.tr("Saved and verified: {path} ({size}).").format(path=result.path,
                                                                                 size=megabytes(result.bytes)))
        self._done()
        self.backupFinished.emit(result)

    def _failed(self, message: str) -> None:
        self.worker.wait()
        self.status.setText(message)
        self._done()
        self.backupFailed.emit(message)

    def _done(self) -> None:
        self.start_button.setEnabled(True)
        self.start_button.setText(self.tr("Back up again"))
        self.close_button.setEnabled(True)
        self.close_button.setFocus()

    def reject(self) -> None:
        if self.worker is not None and self.worker.isRunning():
            return  # the copy finishes first; the Close button comes back then
        super().reject()

    def closeEvent(self, event) -> None:
        if self.worker is not None and self.worker.isRunning():
            event.ignore()
            return
        super().closeEvent(event)
