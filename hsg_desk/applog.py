"""HSG Desk's log: a rotating file in the platform's log folder, and the hooks that fill it.

Started from a desktop icon on Windows, Python has no stderr: without a file, a Qt
warning or an unexpected error would vanish. Every start (window or command) writes to
`hsg-desk.log` in platformdirs' user_log_dir (or $HSG_DESK_LOG_DIR), rotated at 1 MB,
five old files kept, readable by its owner only.

No patient data goes in: records are named by their ids, and an unexpected error is
logged with its type and where it happened, its message only when it comes from SQLite
or the operating system (a rule's message may quote a name).
"""

from __future__ import annotations

import logging
import os
import sqlite3
import sys
import threading
import traceback
from pathlib import Path

LOG_NAME = "hsg-desk.log"
ENV_VAR = "HSG_DESK_LOG_DIR"
MAX_BYTES, BACKUPS_KEPT = 1_000_000, 5
log = logging.getLogger("hsg_desk")
_SAFE_MESSAGES = (sqlite3.Error, OSError, RecursionError, OverflowError, MemoryError)


def log_folder() -> Path:
    if os.environ.get(ENV_VAR):
        return Path(os.environ[ENV_VAR]).expanduser()
    from platformdirs import user_log_path

    return user_log_path("hsg-desk", appauthor=False)


def log_file() -> Path:
    return log_folder() / LOG_NAME


class _PrivateRotatingHandler(logging.FileHandler):
    """A log file readable by its owner only, moved aside to .1 … .5 when it passes
    `maxBytes` (what logging.handlers.RotatingFileHandler does; that module imports socket,
    pickle and queue for its network handlers, ~6 ms of every start)."""

    def __init__(self, path: Path, maxBytes: int, backupCount: int):  # noqa: N803 (as the stdlib's)
        self.maxBytes, self.backupCount = maxBytes, backupCount
        super().__init__(path, encoding="utf-8")

    def _open(self):
        handle = super()._open()
        if os.name == "posix":
            os.chmod(self.baseFilename, 0o600)
        return handle

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self.stream is not None and self.stream.tell() >= self.maxBytes:
                self._rotate()
        except OSError:  # a full or vanished disk: the record is still tried, rotation next time
            pass
        super().emit(record)

    def _rotate(self) -> None:
        self.stream.close()
        self.stream = None
        for number in range(self.backupCount - 1, 0, -1):
            older = f"{self.baseFilename}.{number}"
            if os.path.exists(older):
                os.replace(older, f"{self.baseFilename}.{number + 1}")
        os.replace(self.baseFilename, f"{self.baseFilename}.1")
        self.stream = self._open()


def configure_logging() -> Path | None:
    """Send the `hsg_desk` loggers to the rotating file (once per process); its path, or
    None when no log can be written (a read-only home: the app still runs)."""
    path = log_file()
    for handler in log.handlers:
        if isinstance(handler, _PrivateRotatingHandler) and Path(handler.baseFilename) == path.resolve():
            return path
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if os.name == "posix":
            os.chmod(path.parent, 0o700)
        handler = _PrivateRotatingHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUPS_KEPT)
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s [pid %(process)d] %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    return path


def describe_error(error: BaseException) -> str:
    """The error for the log and a dialog: its type, and its message only when safe."""
    if isinstance(error, _SAFE_MESSAGES):
        return f"{type(error).__name__}: {str(error)[:300]}"
    return f"{type(error).__name__} (its message is not logged: it may quote patient data)"


def log_unexpected(error: BaseException, what: str = "unexpected error") -> None:
    """The error's type, safe message and stack frames (file, line, function; no values)."""
    frames = "".join(traceback.format_tb(error.__traceback__)) if error.__traceback__ else ""
    log.error("%s: %s\n%s", what, describe_error(error), frames.rstrip())


def install_excepthook(report=None) -> None:
    """Every uncaught error (the main thread, Qt slots, worker threads) goes to the log,
    then to `report(error)` when given (the window's one error dialog)."""

    def hook(exc_type, error, tb):
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, error, tb)
            return
        error.__traceback__ = tb
        log_unexpected(error)
        if report is not None:
            report(error)

    sys.excepthook = hook
    threading.excepthook = lambda args: hook(args.exc_type, args.exc_value, args.exc_traceback)
