"""*Exam → Get orders from RIS* in the window: off the UI thread, then the worklist and its status line."""

from __future__ import annotations

from datetime import date

import pytest
from dicom_peers import HOST, TIMEOUT_SECONDS, WORKLIST_AE, WorklistEntry
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolButton

from hsg_desk.qt.views.main_window import MainWindow
from hsg_desk.services.patients import PatientForm, PatientService
from hsg_desk.storage.settings import save_settings

NUNEZ = WorklistEntry("ACC1001", "SPS1001", "MRN1001", "Núñez^María José", charset="ISO_IR 192")
MUNOZ = WorklistEntry("ACC1002", "SPS1002", "MRN1002", "Muñoz^Inés", clock="103000", charset="ISO_IR 100")


def window_for(qtbot, ctx, port):
    save_settings(ctx.db, {"worklist_host": HOST, "worklist_port": port, "worklist_called_ae": WORKLIST_AE,
                           "dicom_timeout_seconds": TIMEOUT_SECONDS}, ctx.now(), None)
    ctx.reload_settings()
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    return window


def cells(window, column):
    model = window.worklist_model
    return [model.index(row, column).data() for row in range(model.rowCount())]


def test_get_orders_from_ris_books_them_and_says_when(qtbot, ctx, worklist_server):
    worklist_server.serve(NUNEZ, MUNOZ)
    window = window_for(qtbot, ctx, worklist_server.port)
    assert window.current_day() == date(2026, 11, 26)
    assert window.ris_orders.pull_action in window.menuExam.actions()
    with qtbot.waitSignal(window.ris_orders.pull_action.changed, timeout=TIMEOUT_SECONDS * 1000):
        window.ris_orders.pull_action.trigger()  # the action greys out while the pull runs
    qtbot.waitUntil(lambda: window.ris_orders.op is None, timeout=TIMEOUT_SECONDS * 1000)
    assert window.ris_orders.status.text().replace("\u202f", " ") == "Orders from RIS, 9:00 AM: 2 orders, 2 booked."
    assert cells(window, 1) == ["Núñez, María José", "Muñoz, Inés"]
    assert cells(window, 8) == ["RIS", "RIS"]
    assert window.ris_orders.pull_action.isEnabled()


def test_a_server_that_is_down_shows_the_failure_and_books_nothing(qtbot, ctx, closed_port):
    window = window_for(qtbot, ctx, closed_port.port)
    window.ris_orders.pull()
    qtbot.waitUntil(lambda: window.ris_orders.op is None, timeout=TIMEOUT_SECONDS * 1000)
    assert "FAILED — Cannot reach RIS at 127.0.0.1" in window.ris_orders.status.text()
    assert window.worklist_model.rowCount() == 0


def test_the_front_desk_books_a_mismatched_order_for_the_patient_on_file(qtbot, ctx, worklist_server):
    ours = PatientService(ctx).register(PatientForm("Nunez", "Maria", date(1990, 1, 15), mrn="MRN1001")).patient
    worklist_server.serve(NUNEZ)
    window = window_for(qtbot, ctx, worklist_server.port)
    window.ris_orders.pull()
    qtbot.waitUntil(lambda: window.ris_orders.op is None, timeout=TIMEOUT_SECONDS * 1000)
    assert window.ris_orders.status.text().replace("\u202f", " ") == "Orders from RIS, 9:00 AM: 1 order, 1 to check."
    dialog = window.ris_orders.show_review()
    assert dialog.table.item(0, 5).text().endswith("(given name: ours Maria, RIS María José)")
    qtbot.mouseClick(dialog.book_button, Qt.MouseButton.LeftButton)
    assert dialog.table.rowCount() == 0
    dialog.reject()
    assert cells(window, 1) == ["Nunez, Maria"]  # her details as we have them
    assert window.worklist_model.row_at(0).patient_id == ours.id


def test_the_pull_and_what_to_check_are_said_in_spanish(qtbot, ctx, worklist_server, closed_port, spanish):
    """The order keeps why it waits as a Message (not English text): the window says it in
    Spanish; the audit trail keeps the English as it was written."""
    PatientService(ctx).register(PatientForm("Nuñez", "Maria Jose", date(1990, 1, 15), mrn="LOCAL7"))
    worklist_server.serve(NUNEZ)
    window = window_for(qtbot, ctx, worklist_server.port)
    window.ris_orders.pull()
    qtbot.waitUntil(lambda: window.ris_orders.op is None, timeout=TIMEOUT_SECONDS * 1000)
    assert window.ris_orders.status.text().replace("\u202f", " ").replace("\xa0", " ") == \
        "Órdenes del RIS, 9:00 a.m.: 1 orden, 1 por revisar."
    dialog = window.ris_orders.show_review()
    assert dialog.table.item(0, 5).text() == \
        "Posiblemente ya registrada con otro número de expediente (expediente LOCAL7)."
    dialog.reject()
    [(reason,)] = ctx.db.execute("SELECT changes FROM audit_log WHERE action = 'ris.review'").fetchall()
    assert "Possibly already registered under another MRN (MRN LOCAL7)." in reason
    save_settings(ctx.db, {"worklist_port": closed_port.port}, ctx.now(), None)
    ctx.reload_settings()
    window.ris_orders.pull()
    qtbot.waitUntil(lambda: window.ris_orders.op is None, timeout=TIMEOUT_SECONDS * 1000)
    assert window.ris_orders.status.text().replace("\u202f", " ").replace("\xa0", " ").startswith(
        f"Órdenes del RIS, 9:00 a.m.: FALLÓ — No se puede conectar con RIS en 127.0.0.1:{closed_port.port}: ")
    assert window.ris_orders.status.text().endswith(
        ". ¿Está en marcha el servidor, y son correctos el host y el puerto?")  # between: the system's own words


@pytest.mark.parametrize("host, enabled", [("", False), (HOST, True)])
def test_the_action_needs_a_worklist_server(qtbot, ctx, host, enabled):
    save_settings(ctx.db, {"worklist_host": host}, ctx.now(), None)
    ctx.reload_settings()
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    assert window.ris_orders.pull_action.isEnabled() is enabled


@pytest.mark.parametrize("minutes, interval", [(0, None), (5, 300_000)])
def test_the_pull_schedule_follows_the_setting(qtbot, ctx, minutes, interval):
    save_settings(ctx.db, {"worklist_host": HOST, "worklist_pull_minutes": minutes}, ctx.now(), None)
    ctx.reload_settings()
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    timer = window.ris_orders.timer
    assert (timer.interval() if timer.isActive() else None) == interval


def test_a_setting_changed_meanwhile_shows_at_the_next_refresh(qtbot, ctx):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    button = window.findChild(QToolButton, "getOrdersFromRisButton")
    assert not window.ris_orders.pull_action.isEnabled() and button.isHidden()
    save_settings(ctx.db, {"worklist_host": HOST, "worklist_pull_minutes": 10}, ctx.now(), None)
    ctx.reload_settings()  # as Admin › Settings does after a save
    window.refresh_worklist()
    assert window.ris_orders.pull_action.isEnabled() and not button.isHidden()
    assert window.ris_orders.timer.interval() == 600_000


def test_the_pull_and_the_review_use_the_windows_one_order_import(qtbot, ctx, worklist_server):
    """The views are handed the Services' OrderImport (issue 17 §3) instead of making their own."""
    window = window_for(qtbot, ctx, worklist_server.port)
    assert window.ris_orders.importer is window.services.ris_orders
    dialog = window.ris_orders.show_review()
    assert dialog.importer is window.services.ris_orders
    dialog.reject()


def test_the_review_window_shows_what_the_importer_it_is_handed_gives(qtbot):
    from hsg_desk.qt.views.ris_review_dialog import RisReviewDialog

    class NothingToReview:
        def orders_to_review(self):
            return []
    dialog = RisReviewDialog(NothingToReview())
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 0 and not dialog.book_button.isEnabled()
