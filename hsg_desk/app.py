"""Composition root: check and open the store, sign in, build the context, start the window."""

from __future__ import annotations

import gc
import shutil
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from hsg_desk.applog import configure_logging, install_excepthook, log
from hsg_desk.domain.roles import Role
from hsg_desk.qt import ops
from hsg_desk.qt.error_reporting import ErrorReporter, install_qt_message_handler
from hsg_desk.qt.first_paint import after_first_paint
from hsg_desk.qt.fonts import add_script_fonts
from hsg_desk.qt.i18n import chosen_language, current_language, install_translator
from hsg_desk.qt.none_refcount import keep_none_alive
from hsg_desk.qt.widgets.prompts import QtPrompts
from hsg_desk.resources_path import resource_path
from hsg_desk.services.context import ServiceContext, Session, SystemClock
from hsg_desk.services.startup import mode_problem, read_only_problem, startup_check
from hsg_desk.storage.db import StorageError, open_database, resolve_db_path

# For scripts and benchmarks that drive the window on a demo file without signing in.
DEMO_SESSION = Session(user_id=None, username="demo", display_name="Demo Clinician",
                       roles=frozenset({Role.TECHNOLOGIST, Role.FRONT_DESK}))


def make_demo_database(folder: Path | None = None) -> Path:
    """A fresh demo database in a temporary folder (never the clinic's real file)."""
    from hsg_desk.services.demo_data import write_demo_database

    folder = folder or Path(tempfile.mkdtemp(prefix="hsg-desk-demo-"))
    return write_demo_database(folder / "demo.sqlite3", patients=200, seed=1)


def apply_style(app) -> None:
    app.setApplicationName("HSG Desk")
    app.setOrganizationName("HSG Desk")
    app.setStyle("Fusion")  # the wheel guard is on the fields themselves (qt/wheel_guard.py)
    app.setStyleSheet(resource_path("style.qss").read_text(encoding="utf-8"))


def install_message_filter() -> None:
    """Qt's messages to the log (and to stderr when there is one), the platform's noise dropped."""
    install_qt_message_handler()


def install_error_reporting(window, db) -> None:
    """An unexpected error from here on: logged, then one dialog over the window."""
    def last_change_saved() -> bool:
        if db.in_transaction:  # the save the error cut short: roll it back whole
            db.rollback()
            return False
        return True

    install_excepthook(ErrorReporter(QtPrompts(window), last_change_saved))


def start_daily_backup(window, ctx: ServiceContext):
    """Once a day, at the first start, back up on a worker thread; report in the status bar."""
    from hsg_desk.qt.widgets.backup_worker import Worker
    from hsg_desk.services import backups

    job = backups.automatic_backup_job(ctx)
    if job is None:
        return None
    worker = Worker(job, window)

    def succeeded(result) -> None:
        backups.audit_backup(ctx, result, automatic=True)
        window.statusBar().showMessage(QCoreApplication.translate("app", "Today's backup was saved to {folder}")
                                       .format(folder=result.path.parent), 10000)

    worker.succeeded.connect(succeeded)
    worker.failed.connect(lambda message: window.statusBar().showMessage(
        QCoreApplication.translate("app", "Backup failed: {reason}").format(reason=message)))
    worker.start()
    return worker


def resume_garbage_collection() -> None:
    """The CLI pauses collection for the start (cli.main). Once the window is up, or a
    person is about to type, the objects made so far are frozen out of later collections
    (they live as long as the app, and the collections stay short), then it resumes."""
    if not gc.isenabled():
        gc.freeze()
        gc.enable()


def run_gui(db_path: str | None = None, demo: bool = False, quit_after: float | None = None,
            ui_language: str | None = None) -> int:
    """The window; `ui_language` (--ui-lang) wins over the user's setting and the system locale."""
    keep_none_alive()  # PySide6 6.12 on Python 3.11 would otherwise abort after a few dozen exams
    configure_logging()
    install_excepthook()  # before the window: logged; with it: logged and shown
    log.info("window starting")
    install_message_filter()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    apply_style(app)  # Fusion and the style sheet (the wheel guard is on each form's fields)
    install_translator(app, chosen_language(ui_language, None))  # before the first window or message
    # Names in any script show from the first picture on: posted before the window, this runs on
    # the event loop's first turn, before the window is exposed and painted (1-2 ms measured).
    QTimer.singleShot(0, add_script_fonts)
    if quit_after is not None:  # smoke runs: also ends a dialog waiting for input
        def quit_now() -> None:
            while (dialog := app.activeModalWidget()) is not None:
                dialog.reject()
            app.quit()

        QTimer.singleShot(int(quit_after * 1000), quit_now)
    demo_folder = None
    if demo and db_path is None:  # a fresh file in a temporary folder, removed on quit
        demo_folder = Path(tempfile.mkdtemp(prefix="hsg-desk-demo-"))
    try:
        return _run_window(app, db_path, demo, demo_folder, ui_language)
    finally:
        if demo_folder is not None:
            shutil.rmtree(demo_folder, ignore_errors=True)


def _run_window(app, db_path: str | None, demo: bool, demo_folder: Path | None, ui_language: str | None) -> int:
    clock = SystemClock()
    try:
        if demo_folder is not None:
            path = make_demo_database(demo_folder)
        elif demo:  # --demo --db PATH: cli.py has checked that no file is there yet
            from hsg_desk.services.demo_data import write_demo_database

            path = write_demo_database(Path(db_path), patients=200, seed=1)
        else:
            path = resolve_db_path(db_path)
        on_server = isinstance(path, str)  # a postgresql:// URL: the server checks its own files
        check = None if on_server else startup_check(path, scan_pages=False)
        if check is not None and not check.ok:
            from hsg_desk.qt.views.recovery_window import recover_at_start

            resume_garbage_collection()
            if not recover_at_start(path, check):
                return 1
        read_only = None if on_server else read_only_problem(path)
        if read_only:  # said now, not as a failed save at sign-in
            QMessageBox.critical(None, QCoreApplication.translate("app", "HSG Desk cannot save to its database"),
                                 read_only)
            return 2
        db = open_database(path)
    except StorageError as error:
        QMessageBox.critical(None, QCoreApplication.translate("app", "HSG Desk cannot open its database"),
                             str(error))
        return 2
    session = sign_in(db, clock, demo)
    if session is None:
        return 0
    from hsg_desk.qt.views.main_window import MainWindow

    language = chosen_language(ui_language, session.ui_language)
    if language != current_language():  # the user's own setting, known now they have signed in
        install_translator(app, language)

    ctx = ServiceContext(db=db, clock=clock, session=session)
    window = MainWindow(ctx, demo=demo, unseen_features_after_first_paint=True)
    install_error_reporting(window, db)
    window.resize(1280, 800)
    window.page_scan = window.daily_backup = None

    def window_painted() -> None:
        """The worklist is on screen: now the work that would have delayed it."""
        resume_garbage_collection()
        if on_server:  # the file checks and file backups are a single PC's
            return
        readable_by_others = mode_problem(path)
        if readable_by_others:  # a warning, not a refusal: the clinic must keep working
            window.statusBar().showMessage(readable_by_others)
        window.page_scan = start_page_scan(window, path)
        window.daily_backup = start_daily_backup(window, ctx)

    after_first_paint(window, window_painted)
    window.show()
    code = app.exec()
    for worker in (window.page_scan, window.daily_backup):
        if worker is not None:
            worker.wait()
    ops.wait_all()  # a print or save still running on quit is finished, not cut off,
    app.processEvents()  # and recorded in the print log
    db.checkpoint_and_close()  # the main file alone is complete; no -wal left open for a demo folder
    return code


def start_page_scan(window, path: Path):
    """PRAGMA quick_check and the foreign-key check on a worker thread; a damaged file
    hides the window and opens the recovery screen (DESIGN.md §8: never a crash)."""
    from hsg_desk.qt.widgets.backup_worker import Worker

    worker = Worker(lambda progress: startup_check(path), window)

    def checked(result) -> None:
        if result.ok:
            return
        from hsg_desk.qt.views.recovery_window import recovery_window_for

        window.hide()
        # This process lets go of the file first: a restore refuses while anyone has it open.
        window.ctx.db.close()
        recovery = recovery_window_for(path, result)
        recovery.exec()
        # Restored or not, the open connection points at the old file: start again.
        QApplication.instance().quit()

    worker.succeeded.connect(checked)
    worker.start()
    return worker


def sign_in(db, clock, demo: bool):
    """The demo signs in as its two-role demo account; a clinic's database asks (or sets up)."""
    if demo:
        from hsg_desk.services.auth import demo_sign_in
        from hsg_desk.services.users import DEMO_AUTO_LOGIN

        return demo_sign_in(db, clock, DEMO_AUTO_LOGIN)
    from hsg_desk.qt.views.login_dialog import sign_in as ask

    resume_garbage_collection()  # a person types now; nothing to gain by waiting
    return ask(db, clock)
