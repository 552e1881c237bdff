"""The recovery screen: a damaged database is explained in plain words, never a crash.

It offers the latest good backup (restore, then continue) or quitting, which leaves
the damaged file untouched for the IT admin. The app checks the file before it opens
it (`services.startup`) and shows this screen only when the check fails.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import QDialog

from hsg_desk.qt.i18n import clock_time, long_day
from hsg_desk.qt.ui.ui_recovery_window import Ui_RecoveryWindow
from hsg_desk.qt.widgets.backup_worker import Worker, megabytes
from hsg_desk.services import backups
from hsg_desk.services.backups import BackupFile, CheckResult, RestoreResult


# What each cause means for the people at the desk (CheckResult.cause); only a damaged
# file is offered a backup: a newer, unreadable or disk-full file is not lost, and
# restoring over it would set the clinic back.
CAUSE_TEXT = {
    "damaged": QT_TRANSLATE_NOOP("RecoveryWindow", "This can happen after a power cut, a failing disk, or when "
                                 "another program changed the file. Nothing has been changed yet."),
    "newer": QT_TRANSLATE_NOOP("RecoveryWindow", "Another workstation runs a newer HSG Desk and has updated the "
                               "records. Update HSG Desk on this workstation, then start it again. Nothing has "
                               "been changed."),
    "permission": QT_TRANSLATE_NOOP("RecoveryWindow", "This computer's user is not allowed to use the file. Ask "
                                    "your IT support to check its permissions. Nothing has been changed."),
    "disk_full": QT_TRANSLATE_NOOP("RecoveryWindow", "The disk is full. Free space on it, then start HSG Desk "
                                   "again. Nothing has been changed."),
    "missing": QT_TRANSLATE_NOOP("RecoveryWindow", "Ask your IT support where the records are kept. Nothing has "
                                 "been changed."),
}
NO_RESTORE_OFFER = QT_TRANSLATE_NOOP("RecoveryWindow", "Quit, and call your IT support if this is not clear: "
                                     "the file has not been changed.")


def when(backup: BackupFile) -> str:
    local = backup.created_at.astimezone()  # this computer's clock, which the admin reads
    return f"{long_day(local.date())} {clock_time(local)}"


class RecoveryWindow(QDialog):
    """Explains what is wrong and offers the latest good backup; accept() = continue."""

    restored = Signal(object)  # RestoreResult

    def __init__(self, db_path: str | os.PathLike, check: CheckResult, backup: BackupFile | None,
                 restore_fn: Callable[[Path], RestoreResult], parent=None):
        super().__init__(parent)
        self.db_path = Path(db_path)
        self.backup = backup
        self.restore_fn = restore_fn
        self.worker: Worker | None = None
        self.result: RestoreResult | None = None
        self.ui = ui = Ui_RecoveryWindow()
        ui.setupUi(self)
        cause = check.cause or "damaged"
        # The reason is the file check's own (English) words, for the IT support who reads it.
        explanation = self.tr("The database file {path} {reason}.").format(path=self.db_path, reason=check.reason)
        cause_text = QCoreApplication.translate("RecoveryWindow", CAUSE_TEXT[cause])
        ui.recoveryExplanation.setText(f"{explanation}\n\n{cause_text}")
        if cause != "damaged":
            backup = self.backup = None
            offer = QCoreApplication.translate("RecoveryWindow", NO_RESTORE_OFFER)
        elif backup is not None:
            offer = self.tr("The latest good backup is from {when} ({size}). Restoring it brings back every record "
                            "saved up to then; records saved after it must be entered again. The damaged file is "
                            "kept aside for your IT support.").format(when=when(backup), size=megabytes(backup.bytes))
        else:
            offer = self.tr("No good backup was found. Quit, and call your IT support: the damaged file "
                            "has not been changed, and they may be able to repair it.")
        ui.recoveryOffer.setText(offer)
        self.explanation, self.offer, self.status = ui.recoveryExplanation, ui.recoveryOffer, ui.recoveryStatus
        self.restore_button, self.quit_button = ui.restoreButton, ui.quitButton
        self.restore_button.setVisible(backup is not None)
        self.restore_button.clicked.connect(self.restore)
        self.quit_button.clicked.connect(self.reject)
        (self.restore_button if backup is not None else self.quit_button).setDefault(True)

    def restore(self) -> None:
        if self.backup is None or (self.worker is not None and self.worker.isRunning()):
            return
        source = self.backup.path
        self.worker = Worker(lambda _progress: self.restore_fn(source), self)
        self.worker.succeeded.connect(self._restored)
        self.worker.failed.connect(self._failed)
        self.restore_button.setEnabled(False)
        self.quit_button.setEnabled(False)
        self.status.setText(self.tr("Restoring the backup…"))
        self.worker.start()

    def _restored(self, result: RestoreResult) -> None:
        self.worker.wait()
        self.result = result
        self.status.setText(self.tr("The backup was restored."))
        self.restored.emit(result)
        self.accept()

    def _failed(self, message: str) -> None:
        self.worker.wait()
        self.status.setText(self.tr("The backup could not be restored: {reason} Quit and call your IT support.").format(
            reason=message))
        self.quit_button.setEnabled(True)
        self.quit_button.setDefault(True)

    def reject(self) -> None:
        if self.worker is not None and self.worker.isRunning():
            return
        super().reject()


def recovery_window_for(db_path: str | os.PathLike, check: CheckResult, now: datetime | None = None,
                        parent=None) -> RecoveryWindow:
    """The recovery screen wired to the real restore (audited into the restored file)."""
    db_path = Path(db_path)
    restore_at = now or datetime.now(timezone.utc)
    damaged = check.cause in ("", "damaged")
    return RecoveryWindow(db_path, check, backups.latest_good_backup(db_path) if damaged else None,
                          lambda source: backups.restore_backup(source, db_path, restore_at), parent)


def recover_at_start(db_path: str | os.PathLike, check: CheckResult) -> bool:
    """The start-up check failed: True when a backup was restored (go on), False to quit."""
    return recovery_window_for(db_path, check).exec() == QDialog.DialogCode.Accepted
