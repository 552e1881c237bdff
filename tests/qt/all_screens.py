"""Every window and dialog of the app, built on a real SQLite file, for the tests that walk
them all (shortcut clashes, accessible names). `screens(qtbot, tmp_path)` yields
(name, top-level widget) once per state worth looking at: the worklist, each tab of the
exam workspace, each dialog."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QApplication

from hsg_desk.qt.views.exam_prompts import ScriptedExamPrompts
from hsg_desk.qt.views.main_window import MainWindow
from hsg_desk.qt.widgets.prompts import ScriptedPrompts
from hsg_desk.services.backups import CheckResult
from hsg_desk.services.screening import ScreeningService

from exam_room_builders import answer_history, arrived_exam, context, open_db


def _show(qtbot, widget, size=(1280, 800)):
    qtbot.addWidget(widget)
    widget.resize(*size)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def screens(qtbot, tmp_path):
    path = tmp_path / "hsg.sqlite3"
    db, clock, users = open_db(path)
    ctx = context(db, clock, users["admin"])
    tech = context(db, clock, users["tech"])
    patient_id, exam_id = arrived_exam(db)
    answer_history(db, exam_id)
    ScreeningService(tech).refresh(exam_id)

    window = _show(qtbot, MainWindow(tech, prompts=ScriptedPrompts()))
    yield "main window: worklist", window
    window.workspace.build_pages()
    window.workspace.pages["ProcedurePage"].prompts = ScriptedExamPrompts()
    window.open_exam(exam_id)
    tabs = window.workspace.ui.tabs
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        QApplication.processEvents()
        yield f"main window: exam tab {tabs.tabText(index).replace('&', '')}", window
    window.show_worklist()

    from hsg_desk.qt.views.booking_dialog import BookingDialog
    from hsg_desk.qt.views.patient_dialog import PatientDialog
    from hsg_desk.qt.views.reason_dialog import CANCEL_REASONS, ReasonDialog
    from hsg_desk.services.patients import PatientService

    yield "new patient", _show(qtbot, PatientDialog(tech, ScriptedPrompts()), (700, 600))
    patient = PatientService(tech).get(patient_id)
    yield "edit patient", _show(qtbot, PatientDialog(tech, ScriptedPrompts(), patient), (700, 600))
    yield "book exam", _show(qtbot, BookingDialog(tech, patient, ScriptedPrompts()), (800, 700))
    yield "cancel exam", _show(qtbot, ReasonDialog("Cancel exam", "Cancel?", CANCEL_REASONS,
                                                   lambda *_: None, action="Cancel the e&xam"), (600, 400))
    yield "reschedule", _show(qtbot, ReasonDialog("Reschedule exam", "When?", ("Another day",), lambda *_: None,
                                                  new_time=(date(2026, 11, 26), date(2026, 11, 27)),
                                                  action="Re&schedule"), (600, 400))

    from hsg_desk.qt.views.audit_viewer import AuditViewer
    from hsg_desk.qt.views.cosign_dialog import CosignDialog
    from hsg_desk.qt.views.first_start_dialog import FirstStartDialog
    from hsg_desk.qt.views.lock_screen import LockScreen
    from hsg_desk.qt.views.login_dialog import LoginDialog
    from hsg_desk.qt.views.recovery_window import RecoveryWindow
    from hsg_desk.qt.views.settings_admin import SettingsAdmin
    from hsg_desk.qt.views.users_admin import UsersAdmin

    yield "users", _show(qtbot, UsersAdmin(ctx), (900, 520))
    yield "audit trail", _show(qtbot, AuditViewer(ctx), (1100, 600))
    yield "settings", _show(qtbot, SettingsAdmin(ctx), (900, 700))
    yield "co-signatures", _show(qtbot, CosignDialog(tech), (800, 500))
    yield "sign in", _show(qtbot, LoginDialog(db, clock), (500, 400))
    yield "lock screen", _show(qtbot, LockScreen(tech), (1280, 800))
    yield "first start", _show(qtbot, FirstStartDialog(db, clock), (700, 700))
    check = CheckResult(False, "is damaged")
    yield "recovery", _show(qtbot, RecoveryWindow(path, check, None, lambda _: None), (700, 500))
