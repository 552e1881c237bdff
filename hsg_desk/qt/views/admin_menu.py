"""The Admin menu (Users, Audit trail, Settings, Back up now), File › Lock screen, and the automatic lock,
installed on the main window with one call: `install_security(window, ctx)`.

Admin screens open as separate windows, one of each; they are closed when another user
takes over at the lock screen, and their menu entries follow the signed-in user's roles.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QWidget

from hsg_desk.domain.permissions import Action
from hsg_desk.qt.domain_text import needs_role
from hsg_desk.qt.views.lock_screen import SessionLock
from hsg_desk.services.authorization import can
from hsg_desk.services.context import ServiceContext

ADMIN_SCREENS = (  # (menu text, permission, module, class, window size)
    (QT_TRANSLATE_NOOP("SecurityTools", "&Users…"), Action.MANAGE_USERS, "hsg_desk.qt.views.users_admin",
     "UsersAdmin", (900, 520)),
    (QT_TRANSLATE_NOOP("SecurityTools", "&Audit trail…"), Action.VIEW_AUDIT, "hsg_desk.qt.views.audit_viewer",
     "AuditViewer", (1100, 600)),
    (QT_TRANSLATE_NOOP("SecurityTools", "&Settings…"), Action.CHANGE_SETTINGS, "hsg_desk.qt.views.settings_admin",
     "SettingsAdmin", (900, 700)),
    (QT_TRANSLATE_NOOP("SecurityTools", "&Back up now…"), Action.BACKUP, "hsg_desk.qt.views.backup_dialog",
     "BackupDialog", (560, 220)),
    (QT_TRANSLATE_NOOP("SecurityTools", "&Products…"), Action.MANAGE_PRODUCTS, "hsg_desk.qt.views.products_admin",
     "ProductsAdmin", (1000, 520)),
    (QT_TRANSLATE_NOOP("SecurityTools", "&Quality report…"), Action.VIEW_QUALITY_REPORT,
     "hsg_desk.qt.views.report_window", "QualityReportWindow", (1000, 800)),
)


class SecurityTools(QObject):
    """`admin_actions` (menu text → QAction), `open_screen(class name)`, `lock` (SessionLock or None)."""

    def __init__(self, window: QMainWindow, ctx: ServiceContext, admin_menu: QMenu,
                 file_menu: QMenu | None = None, *, on_session_changed: Callable | None = None):
        super().__init__(window)
        self.window, self.ctx = window, ctx
        self.screens: dict[str, QWidget] = {}
        self.admin_actions: dict[str, QAction] = {}
        for text, action, module, class_name, size in ADMIN_SCREENS:
            qaction = QAction(self.tr(text), window)
            qaction.setData(action.value)
            qaction.triggered.connect(lambda _=False, m=module, c=class_name, s=size: self.open_screen(m, c, s))
            admin_menu.addAction(qaction)
            self.admin_actions[class_name] = qaction
        self.lock: SessionLock | None = None
        self.lock_action = QAction(self.tr("&Lock screen"), window)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.setToolTip(self.tr("Lock the screen now (Ctrl+L)"))
        (file_menu or admin_menu).insertAction(
            (file_menu or admin_menu).actions()[0] if (file_menu or admin_menu).actions() else None,
            self.lock_action)
        if ctx.session.user_id is not None:  # the demo session without an account cannot unlock
            self.lock = SessionLock(window, ctx)
            self.lock_action.triggered.connect(lambda: self.lock.lock("by hand"))
            self.lock.sessionChanged.connect(self._session_changed)
            self.lock.start()
        else:
            self.lock_action.setEnabled(False)
        self._on_session_changed = on_session_changed
        self.follow_roles()

    def follow_roles(self) -> None:
        for qaction in self.admin_actions.values():
            allowed = can(self.ctx, qaction.data())
            qaction.setEnabled(allowed)
            qaction.setToolTip("" if allowed else needs_role(qaction.data()))

    def open_screen(self, module_name: str, class_name: str, size=(800, 600)) -> QWidget:
        import importlib

        screen = self.screens.get(class_name)
        if screen is None:
            screen = getattr(importlib.import_module(module_name), class_name)(self.ctx, self.window)
            screen.setWindowFlag(Qt.WindowType.Window, True)
            screen.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
            screen.destroyed.connect(lambda *_: self.screens.pop(class_name, None))
            screen.resize(*size)
            self.screens[class_name] = screen
        screen.show()
        if QGuiApplication.platformName() != "offscreen":  # headless runs cannot raise windows
            screen.raise_()
            screen.activateWindow()
        return screen

    def close_screens(self) -> None:
        for screen in list(self.screens.values()):
            screen.close()
        self.screens.clear()

    def _session_changed(self, session) -> None:
        self.close_screens()
        self.follow_roles()
        if self._on_session_changed is not None:
            self._on_session_changed(session)


def install_security(window: QMainWindow, ctx: ServiceContext, *,
                     on_session_changed: Callable | None = None) -> SecurityTools:
    """Add the Admin menu entries, File › Lock screen and the idle lock to `window`
    (which has `ui.menuAdmin` and, optionally, `ui.menuFile`)."""
    ui = getattr(window, "ui", None)
    admin_menu = getattr(ui, "menuAdmin", None) or window.menuBar().addMenu(
        QCoreApplication.translate("SecurityTools", "&Admin"))
    return SecurityTools(window, ctx, admin_menu, getattr(ui, "menuFile", None),
                         on_session_changed=on_session_changed)
