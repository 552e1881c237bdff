"""Register → book with the window helper → check in → the worklist shows her arrived."""

from __future__ import annotations

from datetime import datetime

from front_desk_qt import DENVER, count, open_window
from PySide6.QtCore import QTime, Qt

from hsg_desk.qt.views.booking_dialog import BookingDialog
from hsg_desk.qt.views.patient_dialog import PatientDialog
from hsg_desk.storage import histories

CTRL = Qt.KeyboardModifier.ControlModifier


def choose(combo, index):
    combo.setFocus()
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def type_and_leave(qtbot, edit, text):
    edit.setFocus()
    edit.clear()
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Tab)


def register_and_book(qtbot, window, time=QTime(14, 30)):
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL)
    dialog = window.front_desk.dialog
    assert isinstance(dialog, PatientDialog)
    qtbot.waitUntil(dialog.ui.familyNameEdit.hasFocus)
    qtbot.keyClicks(dialog.ui.familyNameEdit, "Garcia")
    qtbot.keyClick(dialog.ui.familyNameEdit, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.ui.givenNameEdit, "Ana")
    qtbot.keyClick(dialog.ui.givenNameEdit, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.ui.birthDateEdit, "03/14/1990")
    qtbot.keyClick(dialog.ui.birthDateEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.front_desk.dialog is None and window.isActiveWindow())
    assert window.ui.worklistTitle.text() == "Exams of Garcia, Ana"
    assert window.front_desk.actions["bookExam"].isEnabled()

    qtbot.keyClick(window, Qt.Key.Key_B, CTRL)
    booking = window.front_desk.dialog
    assert isinstance(booking, BookingDialog)
    qtbot.waitUntil(booking.ui.lmpEdit.hasFocus)
    qtbot.keyClicks(booking.ui.lmpEdit, "11/18/2026")
    booking.ui.timeEdit.setTime(time)
    # the deadline as the interface language writes a time (QLocale: "Tue Nov 24, 2:30 PM")
    assert booking.ui.windowLabel.text().replace("\u202f", " ") == (
        "Days that fit: Tue Nov 24 – Fri Nov 27, assuming 6 days of flow (setting: Typical days of flow)\n"
        "Blood test at or after Tue Nov 24, 2:30 PM")
    assert booking.ui.dateEdit.date().toString("yyyy-MM-dd") == "2026-11-25"  # today, inside the window
    qtbot.keyClick(booking.ui.lmpEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.front_desk.dialog is None and window.isActiveWindow())
    return window.selected_row()


def test_register_book_check_in_then_the_worklist_shows_arrived(qtbot, monkeypatch, tmp_path):
    window, ctx, prompts = open_window(qtbot, monkeypatch, tmp_path / "desk.sqlite3")
    row = register_and_book(qtbot, window)
    assert row.scheduled_at == datetime(2026, 11, 25, 14, 30, tzinfo=DENVER)
    assert prompts.asked == []  # inside the window: no warning

    qtbot.keyClick(window, Qt.Key.Key_I, CTRL)
    page = window.workspace.pages["CheckinPage"]
    ui = page.ui
    qtbot.waitUntil(ui.identityCheck.hasFocus)
    qtbot.keyClick(ui.identityCheck, Qt.Key.Key_Space)
    assert "✓ Wed Nov 25, 8:00\u202fAM" == ui.identityStamp.text()
    ui.consentCheck.setFocus()
    qtbot.keyClick(ui.consentCheck, Qt.Key.Key_Space)
    choose(ui.testMethodCombo, 1)  # blood (serum)
    type_and_leave(qtbot, ui.collectedEdit, "11/24/2026 3:00 PM")
    choose(ui.resultCombo, 1)  # negative
    ui.receivedNowButton.click()
    assert ui.testFinding.text() == "" and ui.consentFinding.text() == "" and ui.identityFinding.text() == ""

    # The technologist's first answers (exam room): not pregnant, period over.
    histories.update_history(ctx.db, row.exam_id, {"pregnancy": "no", "no_periods": 0, "still_bleeding": 0,
                                                   "flow_ended_on": "2026-11-22", "intercourse_since_lmp": 0},
                             None, ctx.now(), None)
    qtbot.keyClick(page, Qt.Key.Key_Return, CTRL)
    assert ui.summaryLabel.text().startswith("Checked in Wed Nov 25, 8:00\u202fAM · no findings open")
    assert not ui.completeButton.isEnabled()

    qtbot.keyClick(window, Qt.Key.Key_W, CTRL)
    shown = window.selected_row()
    assert shown.status.value == "arrived" and shown.open_stops == 0
    model = window.worklist_model
    line = model.row_of_exam(row.exam_id)
    assert model.index(line, 5).data() == "Arrived" and model.index(line, 6).data() == "—"
    assert model.index(line, 5).data(Qt.ItemDataRole.BackgroundRole) is not None
    stamps = ctx.db.execute("SELECT completed_at, consent_signed_at FROM checkins").fetchone()
    assert stamps == ("2026-11-25T08:00:00-07:00", "2026-11-25T08:00:00-07:00")
    assert count(ctx, "audit_log") > 8


def test_a_test_collected_too_early_shows_the_stop_at_check_in(qtbot, monkeypatch, tmp_path):
    window, ctx, _ = open_window(qtbot, monkeypatch, tmp_path / "desk.sqlite3")
    register_and_book(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_I, CTRL)
    ui = window.workspace.pages["CheckinPage"].ui
    assert ui.collectedHint.text() == "Valid when collected at or after Tue Nov 24, 2:30\u202fPM."
    choose(ui.testMethodCombo, 1)
    choose(ui.resultCombo, 1)
    type_and_leave(qtbot, ui.collectedEdit, "11/24/2026 2:29 PM")
    assert "Stop: Blood test collected too early on Tue Nov 24: collected 2:29 PM, earliest 2:30 PM" \
        in ui.testFinding.text()
    assert "stop" in window.workspace.ui.screeningState.text()


def test_booking_outside_the_window_warns_and_says_why(qtbot, monkeypatch, tmp_path):
    window, ctx, prompts = open_window(qtbot, monkeypatch, tmp_path / "desk.sqlite3", False)
    register_and_book(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_B, CTRL)
    booking = window.front_desk.dialog
    qtbot.keyClicks(booking.ui.lmpEdit, "11/10/2026")
    assert "may have ovulated" in booking.ui.windowWarning.text()
    qtbot.keyClick(booking.ui.lmpEdit, Qt.Key.Key_Return)
    assert prompts.asked[0][1] == "Outside her cycle window"  # declined: stays open, nothing booked
    assert window.front_desk.dialog is booking and count(ctx, "exams") == 1
    booking.reject()
