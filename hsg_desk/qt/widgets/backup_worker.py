"""A backup or restore job on its own thread, for the backup dialog and the recovery window."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QThread, Signal

from hsg_desk.qt.i18n import number
from hsg_desk.services import backups
from hsg_desk.qt.domain_text import error_text


class Worker(QThread):
    """Runs `job(progress)` on its own thread; progress, result and failure arrive as signals."""

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(str)

    def __init__(self, job: Callable[[Callable[[int, int], None]], Any], parent=None):
        super().__init__(parent)
        self.job = job

    def run(self) -> None:
        try:
            result = self.job(self.progressed.emit)
        except backups.BackupError as error:
            self.failed.emit(error_text(error))
        except Exception as error:  # never a traceback on screen: say what happened
            self.failed.emit(QCoreApplication.translate("Worker", "The backup stopped because of an unexpected problem: "
                                                        "{error}").format(error=error))
        else:
            self.succeeded.emit(result)


def megabytes(size: int) -> str:
    """`1.5 MB` / `1,5 MB`: the size in the interface language's numbers."""
    return f"{number(size / 1_000_000, 1)} MB"
