"""Qt's side of the log: Qt's own messages go to it, and an unexpected error is shown in
one dialog saying what failed, whether the last change was saved, and where the log is.

The dialog goes through the injected prompts (widgets/prompts.py), so a test sees what
would be asked and no modal window ever blocks it.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QtMsgType, qInstallMessageHandler

from hsg_desk.applog import describe_error, log_file

qt_log = logging.getLogger("hsg_desk.qt")
# The offscreen platform (smoke runs, CI) warns about window features it lacks; those
# messages say nothing about HSG Desk, so they are dropped. Every other message passes.
KNOWN_PLATFORM_NOISE = ("This plugin does not support propagateSizeHints()",
                        "This plugin does not support raise()")


def install_qt_message_handler() -> None:
    levels = {QtMsgType.QtDebugMsg: logging.DEBUG, QtMsgType.QtInfoMsg: logging.INFO,
              QtMsgType.QtWarningMsg: logging.WARNING, QtMsgType.QtCriticalMsg: logging.ERROR,
              QtMsgType.QtFatalMsg: logging.CRITICAL}

    def handler(mode, context, message):
        if message in KNOWN_PLATFORM_NOISE:
            return
        qt_log.log(levels.get(mode, logging.WARNING), "%s", message)
        if sys.stderr is not None:  # None when started from a desktop icon on Windows
            sys.stderr.write(message + "\n")

    qInstallMessageHandler(handler)


class ErrorReporter:
    """Shows one dialog per unexpected error (never a cascade of them)."""

    TITLE = QT_TRANSLATE_NOOP("ErrorReporter", "HSG Desk: something went wrong")  # shown translated

    def __init__(self, prompts, last_change_saved: Callable[[], bool]):
        self.prompts = prompts
        self.last_change_saved = last_change_saved
        self.showing = False

    def message(self, error: BaseException) -> str:
        translate = QCoreApplication.translate
        saved = (translate("ErrorReporter", "Everything saved before this is kept; check the last thing you changed.")
                 if self.last_change_saved() else
                 translate("ErrorReporter", "Your last change was not saved (it was rolled back): enter it again."))
        return translate("ErrorReporter", "What failed: {error}.\n\n{saved}\n\nThe details are in the log: {log}").format(
            error=describe_error(error), saved=saved, log=log_file())

    def __call__(self, error: BaseException) -> None:
        if self.showing:
            return
        self.showing = True
        try:
            self.prompts.error(QCoreApplication.translate("ErrorReporter", self.TITLE), self.message(error))
        finally:
            self.showing = False
