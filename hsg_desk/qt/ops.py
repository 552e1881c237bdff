"""Work off the UI thread, one way for every view (after Anki's QueryOp).

    Op(parent=self, work=build_pdf, success=self._show).with_progress("Building the PDF…").run()

`work(progress)` runs on a worker thread; `success(result)` then runs on the UI thread. If
`work` raises, `failure(error)` runs on the UI thread instead, or, when none was given,
the error is shown through the window's prompts (injected, so tests never see a modal
dialog). `progress(done, total)` may be called from `work` to move the bar in the window's
progress indicator (ProgressIndicator), which shows while any op of that window runs.

What `work` may touch: plain values, its own files, and Qt objects it creates itself
(QPdfDocument and QImage are reentrant; QPainter may paint on a QPrinter from another
thread, as long as no other thread uses that printer meanwhile). Never a widget, and
never the ServiceContext's database connection: that belongs to the UI thread (sqlite3
refuses it elsewhere). Read what the work needs first, and record its outcome in
`success`.

Why: DESIGN.md §7 — the UI thread never waits on anything slower than 100 ms, and issue
#21 wants every freeze under 50 ms; a 300-dpi page takes 0.3–0.5 s to rasterise.
"""

from __future__ import annotations

import itertools
import logging
import sys
import threading
from collections.abc import Callable
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMainWindow, QProgressBar, QWidget

from hsg_desk.domain.errors import DomainError
from hsg_desk.qt.domain_text import error_text

T = TypeVar("T")
Progress = Callable[[int, int], None]  # (done, total); total 0 means "not known"

log = logging.getLogger(__name__)
THREAD_PREFIX = "hsg-op-"
# The indicator appears only when an op outlasts this: a 30 ms save should not flash a bar.
SHOW_AFTER_MS = 200
# How long a thread running Python keeps the GIL while another waits for it (Python's default
# is 5 ms). The UI thread gives the GIL up in every call into Qt and waits for it back in every
# slot, event filter and model call: while a worker builds a PDF in Python, an action that
# does that a dozen times waited up to 5 ms each, 40-55 ms for the Documents tab (issue #21).
GIL_TURN_S = 0.001

_numbers = itertools.count(1)
_running: set[Op] = set()  # keeps each op (and its bridge) alive until it has called back


class _Bridge(QObject):
    """Lives on the UI thread; the worker's signals reach it queued, so the slots run there."""

    progressed = Signal(int, int)
    finished = Signal(object, object)  # result, error (one of them is None)


class Op(Generic[T]):
    """One piece of background work and what to do on the UI thread when it ends."""

    def __init__(self, *, parent: QWidget, work: Callable[[Progress], T], success: Callable[[T], Any],
                 prompts=None, title: str = "HSG Desk"):
        self.parent = parent
        self.work = work
        self.success = success
        self.prompts = prompts
        self.title = title
        self.label: str | None = None
        self._failure: Callable[[BaseException], Any] | None = None
        self._bridge = _Bridge()
        self._bridge.progressed.connect(self._progressed)
        self._bridge.finished.connect(self._finished)
        self._indicator: ProgressIndicator | None = None
        self.thread: threading.Thread | None = None

    def failure(self, failure: Callable[[BaseException], Any]) -> Op[T]:
        """Handle an error yourself instead of the default error message."""
        self._failure = failure
        return self

    def with_progress(self, label: str) -> Op[T]:
        """Show `label` and a bar in the window's progress indicator while the work runs."""
        self.label = label
        return self

    def run(self) -> Op[T]:
        """Start the work on its own thread; returns at once."""
        if self.label is not None:
            self._indicator = ProgressIndicator.of(self.parent)
            self._indicator.begin(self, self.label)
        _running.add(self)
        self.thread = threading.Thread(target=self._run_work, name=f"{THREAD_PREFIX}{next(_numbers)}",
                                       daemon=True)
        self.thread.start()
        return self

    # -- on the worker thread ---------------------------------------------------
    def _run_work(self) -> None:
        try:
            result = self.work(self._bridge.progressed.emit)
        except BaseException as error:  # delivered to the UI thread, which decides
            self._bridge.finished.emit(None, error)
        else:
            self._bridge.finished.emit(result, None)

    # -- on the UI thread -------------------------------------------------------
    def _progressed(self, done: int, total: int) -> None:
        if self._indicator is not None and shiboken6.isValid(self._indicator):
            self._indicator.step(self, done, total)

    def _finished(self, result, error) -> None:
        self.thread.join()  # it emitted as its last act: this returns at once
        _running.discard(self)
        if self._indicator is not None and shiboken6.isValid(self._indicator):
            self._indicator.end(self)
        if not shiboken6.isValid(self.parent):  # the window closed meanwhile: nobody to tell
            if error is not None:
                log.warning("%s: finished after its window closed: %s", self.title, error)
            return
        if error is None:
            self.success(result)
        elif not isinstance(error, Exception):
            raise error  # SystemExit, KeyboardInterrupt: not ours to swallow
        elif self._failure is not None:
            self._failure(error)
        else:
            self._show_error(error)

    def _show_error(self, error: Exception) -> None:
        if isinstance(error, DomainError):
            message = error_text(error)
        else:  # never a traceback on screen: say what happened, keep the details in the log
            log.error("%s failed", self.label or self.title, exc_info=error)
            message = QCoreApplication.translate("Op", "{work} stopped because of an unexpected problem: {error}").format(
                work=self.label or QCoreApplication.translate("Op", "The work"), error=error)
        prompts = self.prompts or getattr(self.parent, "prompts", None)
        if prompts is None:
            from hsg_desk.qt.widgets.prompts import QtPrompts

            prompts = QtPrompts(self.parent)
        prompts.error(self.title, message)


def running() -> int:
    """How many ops have not called back yet."""
    return len(_running)


def share_the_gil_in_short_turns() -> None:
    """Threads hand the GIL over every GIL_TURN_S (for the whole process: the window, its ops,
    the page scan, the backup and the workspace's imports all share it)."""
    sys.setswitchinterval(GIL_TURN_S)


def wait_all(timeout_s: float = 30.0) -> bool:
    """Let the running ops' threads finish (on quit, so a print is not cut off); True if all did."""
    for op in list(_running):
        if op.thread is not None:
            op.thread.join(timeout_s)
    return not any(op.thread is not None and op.thread.is_alive() for op in _running)


class ProgressIndicator(QWidget):
    """A label and a bar, in the main window's status bar (or at the foot of any other
    window), shown while at least one op of that window runs for longer than SHOW_AFTER_MS."""

    OBJECT_NAME = "opProgress"
    floating = False  # True in a window without a status bar

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.setObjectName(self.OBJECT_NAME)
        self.label = QLabel(self)
        self.label.setObjectName("opProgressLabel")
        self.bar = QProgressBar(self)
        self.bar.setObjectName("opProgressBar")
        self.bar.setMaximumWidth(160)
        self.bar.setTextVisible(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        self.ops: dict[Op, str] = {}
        self.show_timer = QTimer(self, singleShot=True, interval=SHOW_AFTER_MS)
        self.show_timer.timeout.connect(self._appear)
        self.hide()

    @classmethod
    def of(cls, widget: QWidget) -> ProgressIndicator:
        """The indicator of `widget`'s window, made on first use."""
        window = widget.window()
        indicator = window.findChild(cls, cls.OBJECT_NAME)
        if indicator is None:
            indicator = cls(window)
            if isinstance(window, QMainWindow):
                window.statusBar().addPermanentWidget(indicator)
            else:
                indicator.floating = True
        return indicator

    def begin(self, op: Op, label: str) -> None:
        self.ops[op] = label
        self.label.setText(label)
        self.bar.setRange(0, 0)  # busy until the work says how far it is
        if not self.isVisible() and not self.show_timer.isActive():
            self.show_timer.start()

    def step(self, op: Op, done: int, total: int) -> None:
        if op in self.ops and total:
            self.bar.setRange(0, total)
            self.bar.setValue(done)

    def end(self, op: Op) -> None:
        self.ops.pop(op, None)
        if self.ops:
            self.label.setText(next(reversed(self.ops.values())))
            return
        self.show_timer.stop()
        self.hide()

    def _appear(self) -> None:
        if not self.ops:
            return
        if self.floating:  # no status bar: sit at the window's bottom-left corner
            self.adjustSize()
            window = self.parentWidget()
            self.move(8, window.height() - self.height() - 8)
            self.raise_()
        self.show()
