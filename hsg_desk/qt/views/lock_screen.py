"""Automatic lock after idle time (DESIGN.md §8; ONC 170.315(d)(5), HIPAA 164.312(a)(2)(iii)).

- `IdleWatcher` notices keyboard/mouse input anywhere in the application (an event
  filter on QApplication) and emits `idle` once the injected clock says the idle limit
  has passed; a QTimer tick asks the clock, so tests move a FixedClock instead of waiting.
- `LockScreen` is the password panel.
- `SessionLock` swaps a QMainWindow's central widget for the lock screen: the patient's
  record is taken out of the window (not just covered), its menus and shortcuts are
  disabled, and other app windows are hidden. The same user's password puts everything
  back exactly as it was, typing included; another user signing in closes the first
  session (audited) and `sessionChanged` lets the window start afresh.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QAction, QShortcut
from PySide6.QtWidgets import QApplication, QDockWidget, QMainWindow, QToolBar, QWidget

from hsg_desk.qt.ui.ui_lock_screen import Ui_LockScreen
from hsg_desk.services import auth
from hsg_desk.services.auth import LoginFailed
from hsg_desk.services.context import ServiceContext
from hsg_desk.qt.domain_text import error_text

INPUT_EVENTS = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
    QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.TabletPress,
})
TICK_MS = 5000


class IdleWatcher(QObject):
    """Emits `idle` once after `minutes()` without input; `touch()` (or any input) restarts it."""

    idle = Signal()

    def __init__(self, clock, minutes: Callable[[], float] | float, parent=None, *, tick_ms: int = TICK_MS):
        super().__init__(parent)
        self.clock = clock
        self._minutes = minutes if callable(minutes) else (lambda: minutes)
        self.last_input = clock.now()
        self.paused = False
        self._fired = False
        self.timer = QTimer(self, interval=tick_ms)
        self.timer.timeout.connect(self.check)
        self._app = None

    def start(self, app: QApplication | None = None) -> None:
        self._app = app or QApplication.instance()
        self._app.installEventFilter(self)
        self.touch()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        if self._app is not None:
            self._app.removeEventFilter(self)
            self._app = None

    def eventFilter(self, watched, event) -> bool:
        if event.type() in INPUT_EVENTS:
            self.touch()
        return False

    def touch(self) -> None:
        self.last_input = self.clock.now()
        self._fired = False

    def idle_for(self) -> timedelta:
        return self.clock.now() - self.last_input

    def check(self) -> bool:
        """Emit `idle` when the limit has passed (once per idle spell); True when it did."""
        if self.paused or self._fired or self.idle_for() < timedelta(minutes=self._minutes()):
            return False
        self._fired = True
        self.idle.emit()
        return True

    def pause(self) -> None:
        self.paused = True

    def resume(self) -> None:
        self.paused = False
        self.touch()


class LockScreen(QWidget):
    """The password panel. `unlocked(Session)`: the same user is back; `switched(Session)`:
    another user signed in (ctx.session is already theirs)."""

    unlocked = Signal(object)
    switched = Signal(object)

    def __init__(self, ctx: ServiceContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_LockScreen()
        self.ui.setupUi(self)
        self.ui.lockPanel.setObjectName("lockPanel")
        self.ui.unlockButton.clicked.connect(self.submit)
        self.ui.passwordEdit.returnPressed.connect(self.submit)
        self.ui.usernameEdit.returnPressed.connect(self.ui.passwordEdit.setFocus)
        self.ui.switchUserButton.clicked.connect(lambda: self.set_switching(not self.switching))
        self.switching = False
        self.prepare()

    def prepare(self) -> None:
        self.set_switching(False)
        self.ui.errorLabel.clear()
        self.ui.messageLabel.setText(
            self.tr("Locked to keep patient records private. {name} was signed in: enter your password to "
                    "continue where you left off.").format(name=self.ctx.session.display_name))

    def set_switching(self, on: bool) -> None:
        self.switching = on
        for widget in (self.ui.usernameLabel, self.ui.usernameEdit):
            widget.setVisible(on)
        self.ui.usernameEdit.clear()
        self.ui.passwordEdit.clear()
        self.ui.errorLabel.clear()
        self.ui.switchUserButton.setText(self.tr("&Back") if on else self.tr("Sign in as &someone else"))
        self.ui.unlockButton.setText(self.tr("&Sign in") if on else self.tr("&Unlock"))
        (self.ui.usernameEdit if on else self.ui.passwordEdit).setFocus()

    def submit(self) -> None:
        password = self.ui.passwordEdit.text()
        self.ui.passwordEdit.clear()
        before = self.ctx.session
        try:
            if self.switching:
                session = auth.switch_user(self.ctx, self.ui.usernameEdit.text().strip(), password)
            else:
                session = auth.unlock_session(self.ctx, password)
        except LoginFailed as error:
            self.ui.errorLabel.setText(error_text(error))
            self.ui.passwordEdit.setFocus()
            return
        (self.unlocked if session.user_id == before.user_id else self.switched).emit(session)


class SessionLock(QObject):
    """Locks a main window on idle (or `lock()`); see the module docstring."""

    locked = Signal()
    resumed = Signal(object)          # Session: the same user
    sessionChanged = Signal(object)   # Session: another user took over

    def __init__(self, window: QMainWindow, ctx: ServiceContext, watcher: IdleWatcher | None = None):
        super().__init__(window)
        self.window, self.ctx = window, ctx
        self.watcher = watcher or IdleWatcher(ctx.clock, lambda: ctx.settings.idle_lock_minutes, self)
        self.watcher.idle.connect(lambda: self.lock("idle"))
        self.screen: LockScreen | None = None
        self._content: QWidget | None = None
        self._restore: list[Callable[[], None]] = []
        self._title = ""

    @property
    def is_locked(self) -> bool:
        return self.screen is not None

    def start(self) -> None:
        self.watcher.start()

    def lock(self, reason: str = "by hand") -> None:
        if self.is_locked:
            return
        auth.lock_session(self.ctx, reason)
        self.watcher.pause()
        window = self.window
        focus = window.focusWidget()
        self._restore = [lambda: focus.setFocus() if focus is not None else None]
        self._hide_other_windows()
        self._disable(window.findChildren(QAction) + window.findChildren(QShortcut))
        for bar in window.findChildren(QToolBar) + window.findChildren(QDockWidget):
            if bar.isVisible():
                bar.hide()
                self._restore.append(bar.show)
        status = window.statusBar()
        if status.isVisible():
            status.hide()
            self._restore.append(status.show)
        self._title = window.windowTitle()
        window.setWindowTitle(self.tr("HSG Desk — locked"))
        self._content = window.takeCentralWidget()
        self.screen = LockScreen(self.ctx)
        self.screen.unlocked.connect(self._resume)
        self.screen.switched.connect(self._switched)
        window.setCentralWidget(self.screen)
        self.screen.show()  # a child added to a shown window stays hidden until shown
        self.screen.ui.passwordEdit.setFocus()
        self.locked.emit()

    def _disable(self, items) -> None:
        for item in items:
            if item.isEnabled():
                item.setEnabled(False)
                self._restore.append(lambda item=item: item.setEnabled(True))

    def _hide_other_windows(self) -> None:
        for widget in QApplication.topLevelWidgets():
            if widget is self.window or not widget.isVisible() or widget.isModal():
                continue  # a modal dialog is left open: hiding it would end its exec()
            widget.hide()
            self._restore.append(widget.show)

    def _unlock(self) -> None:
        window = self.window
        screen = window.takeCentralWidget()
        screen.deleteLater()
        self.screen = None
        window.setCentralWidget(self._content)
        self._content.show()
        self._content = None
        window.setWindowTitle(self._title)
        for undo in reversed(self._restore):
            undo()
        self._restore = []
        self.watcher.resume()

    def _resume(self, session) -> None:
        self._unlock()
        self.resumed.emit(session)

    def _switched(self, session) -> None:
        self._unlock()
        self.sessionChanged.emit(session)
