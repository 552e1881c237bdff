"""The main window on a demo database: the worklist, search as you type, opening an exam."""

from __future__ import annotations

import re
import sqlite3
from datetime import date

import pytest
from PySide6.QtCore import Qt

from hsg_desk.qt.i18n import short_date
from hsg_desk.qt.views.main_window import MainWindow
from hsg_desk.services.context import ServiceContext
from hsg_desk.services.patients import PatientService
from hsg_desk.services.demo_data import write_demo_database
from hsg_desk.storage.db import open_database

DEMO_DAY = date(2026, 11, 26)


@pytest.fixture
def demo_window(qtbot, tmp_path, clock, session):
    path = write_demo_database(tmp_path / "demo.sqlite3", patients=40, seed=3, today=DEMO_DAY)
    ctx = ServiceContext(db=open_database(path), clock=clock, session=session, workstation="test-ws")
    window = MainWindow(ctx, demo=True)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    return window, path


def test_the_worklist_shows_today_with_status_words_and_demo_title(demo_window):
    window, path = demo_window
    assert "DEMO" in window.windowTitle()
    expected = sqlite3.connect(path).execute(
        "SELECT count(*) FROM exams WHERE scheduled_date = ?", [DEMO_DAY.isoformat()]).fetchone()[0]
    model = window.worklist_model
    assert model.rowCount() == expected > 0
    statuses = {model.index(row, 5).data() for row in range(model.rowCount())}
    assert {"Completed", "Arrived", "Scheduled"} <= statuses
    assert model.index(0, 5).data(Qt.ItemDataRole.BackgroundRole) is not None


def test_typing_a_name_finds_the_patient_and_enter_opens_her_exam(qtbot, demo_window):
    window, path = demo_window
    family, given, mrn = sqlite3.connect(path).execute(
        "SELECT family_name, given_name, mrn FROM patients WHERE id = 5").fetchone()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.ui.searchEdit.hasFocus()
    qtbot.keyClicks(window.ui.searchEdit, mrn)
    qtbot.waitUntil(lambda: window.search_model.rowCount() == 1)
    qtbot.keyClick(window.ui.searchEdit, Qt.Key.Key_Return)
    assert window.ui.worklistTitle.text() == f"Exams of {family}, {given}"
    qtbot.keyClick(window.ui.worklistView, Qt.Key.Key_Return)
    assert window.ui.pages.currentWidget() is window.workspace
    assert window.workspace.ui.patientName.text() == f"{family}, {given}"
    assert mrn in window.workspace.ui.patientIdentifiers.text()
    views = sqlite3.connect(path).execute(
        "SELECT count(*) FROM audit_log WHERE action = 'view' AND patient_id = 5").fetchone()[0]
    assert views == 1


def test_search_by_a_name_prefix_lists_matches_and_clearing_hides_them(qtbot, demo_window):
    window, _ = demo_window
    qtbot.keyClicks(window.ui.searchEdit, "gar")
    qtbot.waitUntil(lambda: window.ui.searchSummary.text() != "")
    found = window.search_model.rowCount()
    assert all("gar" in window.search_model.patient_at(i).full_name.lower()
               or "gar" in window.search_model.patient_at(i).full_name.lower().replace("í", "i")
               for i in range(found))
    window.ui.searchEdit.clear()
    qtbot.waitUntil(lambda: window.ui.searchResults.isHidden())


def test_ctrl_shift_a_opens_one_cosignature_queue_at_a_time(qtbot, demo_window):
    window, _ = demo_window
    assert window.cosign_action.shortcut().toString() == "Ctrl+Shift+A"
    assert window.cosign_action in window.ui.menuPatient.actions()
    window.cosign_action.trigger()
    first = window.cosign_dialog
    assert first is not None and first.isVisible()
    window.cosign_action.trigger()  # again: the old queue closes, a fresh one shows
    qtbot.waitUntil(lambda: window.cosign_dialog is not first and window.cosign_dialog.isVisible())
    window.cosign_dialog.close()
    qtbot.waitUntil(lambda: window.cosign_dialog is None)


def test_fitted_columns_are_as_wide_as_qt_fits_them(demo_window):
    window, _ = demo_window
    view = window.ui.worklistView
    header = view.horizontalHeader()
    fitted = [header.sectionSize(column) for column in range(header.count())]
    view.resizeColumnsToContents()  # Qt's own measure, every cell in every role
    by_qt = [header.sectionSize(column) for column in range(header.count())]
    stretched = 1  # the patient column takes the room that is left
    assert [w for c, w in enumerate(fitted) if c != stretched] == [w for c, w in enumerate(by_qt) if c != stretched]
    assert min(fitted) > 30


def test_a_patients_exams_carry_their_dates_and_the_day_list_only_times(demo_window):
    window, path = demo_window
    model = window.worklist_model
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Time"
    assert re.fullmatch(r"\d{1,2}:\d{2}\s[AP]M", model.index(0, 0).data())  # "7:30 AM", en_US's clock
    patient_id, = sqlite3.connect(path).execute(
        "SELECT patient_id FROM exams GROUP BY patient_id HAVING count(DISTINCT scheduled_date) > 1").fetchone()
    window.show_patient(PatientService(window.ctx).get(patient_id))
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Date and time"
    shown = {model.index(row, 0).data().rsplit(" ", 1)[0] for row in range(model.rowCount())}
    stored = {short_date(date.fromisoformat(d)) for d, in sqlite3.connect(path).execute(
        "SELECT scheduled_date FROM exams WHERE patient_id = ?", [patient_id])}
    assert shown == stored and len(shown) > 1
    window.show_today()
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Time"


def test_the_window_has_threads_hand_the_gil_over_in_short_turns(demo_window):
    """A worker building a PDF in Python must not keep the UI thread waiting 5 ms (Python's
    default) each time it comes back from Qt (issue #21; measured by the room walk)."""
    import sys

    from hsg_desk.qt import ops

    assert sys.getswitchinterval() == ops.GIL_TURN_S < 0.005


def _menu_texts(menu) -> list[str]:
    return [action.text() for action in menu.actions()]


def test_the_programs_own_start_adds_the_unseen_features_once_the_worklist_is_painted(qtbot, tmp_path, clock,
                                                                                      session):
    """run_gui's window: the lock screen, live updates, RIS, MPPS and the language menu follow
    the first paint (issue #21), and then it has the same menus as a window that has them at once."""
    path = write_demo_database(tmp_path / "demo.sqlite3", patients=20, seed=3, today=DEMO_DAY)
    ctx = ServiceContext(db=open_database(path), clock=clock, session=session, workstation="test-ws")
    at_once = MainWindow(ctx, demo=True)
    later = MainWindow(ctx, demo=True, unseen_features_after_first_paint=True)
    for window in (at_once, later):
        qtbot.addWidget(window)
    unseen = ("security", "live", "ris_orders", "mpps_sender", "language_choices")
    assert all(getattr(later, name) is None for name in unseen)
    assert all(getattr(at_once, name) is not None for name in unseen)
    assert len(later.menuExam.actions()) < len(at_once.menuExam.actions())

    later.show()
    qtbot.waitUntil(lambda: later.mpps_sender is not None)
    assert all(getattr(later, name) is not None for name in unseen)
    for menu in ("menuExam", "menuFile", "menuAdmin", "menuView"):
        first = getattr(at_once, menu, None) or getattr(at_once.ui, menu)
        second = getattr(later, menu, None) or getattr(later.ui, menu)
        assert _menu_texts(second) == _menu_texts(first), menu
    later.close()  # stops the live updates and the DICOM workers it now has


def test_a_window_closed_before_its_first_paint_closes_cleanly(qtbot, tmp_path, clock, session):
    path = write_demo_database(tmp_path / "demo.sqlite3", patients=5, seed=3, today=DEMO_DAY)
    ctx = ServiceContext(db=open_database(path), clock=clock, session=session, workstation="test-ws")
    window = MainWindow(ctx, unseen_features_after_first_paint=True)
    qtbot.addWidget(window)
    assert window.close()
    assert window.live is None
