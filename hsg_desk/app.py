"""Composition root: open the store, build the context, start the Qt application."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from hsg_desk.domain.roles import Role
from hsg_desk.services.context import ServiceContext, Session, SystemClock
from hsg_desk.storage.db import StorageError, open_database, resolve_db_path

# Until a user signs in (login arrives with the users issue), the built-in demo session.
DEMO_SESSION = Session(user_id=None, username="demo", display_name="Demo Technologist",
                       roles=frozenset({Role.TECHNOLOGIST, Role.FRONT_DESK}))


def make_demo_database(folder: Path | None = None) -> Path:
    """A fresh demo database in a temporary folder (never the clinic's real file)."""
    from hsg_desk.services.demo_data import write_demo_database

    folder = folder or Path(tempfile.mkdtemp(prefix="hsg-desk-demo-"))
    path = folder / "demo.sqlite3"
    write_demo_database(path, patients=200, seed=1)
    return path


def apply_style(app) -> None:
    from hsg_desk.resources_path import resource_path

    app.setApplicationName("HSG Desk")
    app.setOrganizationName("HSG Desk")
    app.setStyle("Fusion")
    app.setStyleSheet(resource_path("style.qss").read_text(encoding="utf-8"))


# The offscreen platform (smoke runs, CI) warns about a window feature it lacks; the
# message says nothing about HSG Desk, so it is dropped. Every other message passes.
KNOWN_PLATFORM_NOISE = ("This plugin does not support propagateSizeHints()",)


def install_message_filter() -> None:
    from PySide6.QtCore import qInstallMessageHandler

    def handler(mode, context, message):
        if message not in KNOWN_PLATFORM_NOISE:
            sys.stderr.write(message + "\n")

    qInstallMessageHandler(handler)


def run_gui(db_path: str | None = None, demo: bool = False, quit_after: float | None = None) -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    install_message_filter()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    apply_style(app)
    try:
        path = make_demo_database() if demo else resolve_db_path(db_path)
        db = open_database(path)
    except StorageError as error:
        QMessageBox.critical(None, "HSG Desk cannot open its database", str(error))
        return 2
    from hsg_desk.qt.views.main_window import MainWindow

    ctx = ServiceContext(db=db, clock=SystemClock(), session=DEMO_SESSION)
    window = MainWindow(ctx, demo=demo)
    window.resize(1280, 800)
    window.show()
    if quit_after is not None:
        QTimer.singleShot(int(quit_after * 1000), app.quit)
    return app.exec()
