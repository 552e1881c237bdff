"""The front-desk forms: duplicates, bad input, search with accents, cancel/defer/reschedule,
and everything still there after the window is closed and opened again."""

from __future__ import annotations

from datetime import date, datetime

from front_desk_qt import DENVER, book, count, make_ctx, open_window, register
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from hsg_desk.qt.views.patient_dialog import PatientDialog
from hsg_desk.qt.views.reason_dialog import ReasonDialog

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT_CTRL = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def new_patient_dialog(qtbot, window) -> PatientDialog:
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL)
    dialog = window.front_desk.dialog
    qtbot.waitUntil(dialog.ui.familyNameEdit.hasFocus)
    return dialog


def type_unicode(widget, text: str) -> None:
    for ch in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier)


def test_same_name_and_birth_date_warns_and_opens_the_existing_record(qtbot, monkeypatch, tmp_path):
    path = tmp_path / "desk.sqlite3"
    existing = register(make_ctx(path), family="José", given="Ana")
    window, ctx, prompts = open_window(qtbot, monkeypatch, path, 0)  # 0: open the existing record
    dialog = new_patient_dialog(qtbot, window)
    qtbot.keyClicks(dialog.ui.familyNameEdit, "jose")
    qtbot.keyClicks(dialog.ui.givenNameEdit, "ANA")
    qtbot.keyClicks(dialog.ui.birthDateEdit, "03/14/1990")
    qtbot.keyClick(dialog.ui.birthDateEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.front_desk.dialog is None)
    kind, title, text = prompts.asked[0]
    assert title == "She may already be registered" and existing.mrn in text
    assert count(ctx, "patients") == 1
    assert window.ui.worklistTitle.text() == "Exams of José, Ana"


def test_invalid_fields_show_their_messages_and_nothing_is_saved(qtbot, monkeypatch, tmp_path):
    window, ctx, prompts = open_window(qtbot, monkeypatch, tmp_path / "desk.sqlite3")
    before = count(ctx, "audit_log")
    dialog = new_patient_dialog(qtbot, window)
    dialog.ui.givenNameEdit.setText("x" * 101)
    qtbot.keyClicks(dialog.ui.birthDateEdit, "01/01/2030")
    qtbot.keyClicks(dialog.ui.phoneEdit, "call me")
    qtbot.keyClicks(dialog.ui.referringFaxEdit, "fax?")
    qtbot.keyClick(dialog.ui.phoneEdit, Qt.Key.Key_Return)
    assert window.front_desk.dialog is dialog and dialog.isVisible()
    assert dialog.ui.familyNameError.text() == "Is required."
    assert "too long" in dialog.ui.givenNameError.text()
    assert dialog.ui.birthDateError.text() == "Is in the future."
    assert dialog.ui.phoneError.text().startswith("Use digits")
    assert dialog.ui.referringFaxError.text().startswith("Use digits")
    assert dialog.ui.familyNameEdit.hasFocus()
    dialog.ui.birthDateEdit.setText("02/30/1990")
    assert dialog.ui.birthDateError.text() == "February has no 30th."
    dialog.ui.birthDateEdit.setText("5/3/90")
    assert dialog.ui.birthDateError.text() == "Type the year with 4 digits, e.g. 5/3/1990 or 5/3/2090."
    dialog.ui.birthDateEdit.setText("01/01/1900")
    assert "check the year" in dialog.ui.birthDateError.text()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert count(ctx, "patients") == 0 and count(ctx, "audit_log") == before


def test_any_unicode_in_names_is_saved_as_typed(qtbot, monkeypatch, tmp_path):
    window, ctx, _ = open_window(qtbot, monkeypatch, tmp_path / "desk.sqlite3")
    dialog = new_patient_dialog(qtbot, window)
    type_unicode(dialog.ui.familyNameEdit, "Nguyễn-Ó'Brien")
    type_unicode(dialog.ui.givenNameEdit, "Zoë 李")
    qtbot.keyClicks(dialog.ui.birthDateEdit, "1990-03-14")
    qtbot.keyClick(dialog.ui.birthDateEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.front_desk.dialog is None)
    assert ctx.db.execute("SELECT family_name, given_name FROM patients").fetchone() == ("Nguyễn-Ó'Brien", "Zoë 李")


def test_search_ignores_accents_typed_one_character_at_a_time(qtbot, monkeypatch, tmp_path):
    path = tmp_path / "desk.sqlite3"
    ctx = make_ctx(path)
    register(ctx, family="García", given="José")
    register(ctx, family="Smith", given="Joan", born=date(1985, 1, 2))
    window, _, _ = open_window(qtbot, monkeypatch, path, ctx=ctx)
    qtbot.keyClick(window, Qt.Key.Key_F, CTRL)
    qtbot.keyClicks(window.ui.searchEdit, "jose")
    qtbot.waitUntil(lambda: window.search_model.rowCount() == 1)
    assert window.search_model.patient_at(0).given_name == "José"
    window.ui.searchEdit.clear()
    type_unicode(window.ui.searchEdit, "garcía jos")
    qtbot.waitUntil(lambda: window.ui.searchEdit.text() == "garcía jos" and window.search_model.rowCount() == 1)
    assert window.search_model.patient_at(0).family_name == "García"


def test_check_in_refuses_bad_input_beside_the_field(qtbot, monkeypatch, tmp_path):
    path = tmp_path / "desk.sqlite3"
    ctx = make_ctx(path)
    exam = book(ctx, register(ctx).id)
    window, _, _ = open_window(qtbot, monkeypatch, path, ctx=ctx)
    window.open_exam(exam.id)
    page = window.workspace.pages["CheckinPage"]
    ui = page.ui
    ui.selfPayRadio.click()
    ui.amountEdit.setFocus()
    qtbot.keyClicks(ui.amountEdit, "-5")
    qtbot.keyClick(ui.amountEdit, Qt.Key.Key_Return)
    assert ui.paymentError.text() == "Amount: cannot be negative"
    ui.collectedEdit.setFocus()
    qtbot.keyClicks(ui.collectedEdit, "tomorrow")
    qtbot.keyClick(ui.collectedEdit, Qt.Key.Key_Return)
    assert ui.testError.text().startswith("Collected at: “tomorrow” not saved: give the date and the time")
    assert ui.collectedEdit.text() == ""  # the refused value is not left beside the message
    ui.collectedEdit.setText("11/26/2026 9:00 AM")
    qtbot.keyClick(ui.collectedEdit, Qt.Key.Key_Return)
    assert ui.testError.text() == "Collected at: is in the future"
    assert ctx.db.execute("SELECT payment_amount_cents FROM checkins").fetchone() == (None,)
    assert count(ctx, "pregnancy_tests") == 0


def test_everything_is_there_after_closing_and_opening_again(qtbot, monkeypatch, tmp_path):
    path = tmp_path / "desk.sqlite3"
    ctx = make_ctx(path)
    exam = book(ctx, register(ctx).id)
    window, _, _ = open_window(qtbot, monkeypatch, path, ctx=ctx)
    window.open_exam(exam.id)
    ui = window.workspace.pages["CheckinPage"].ui
    ui.sedativeCheck.click()
    ui.driverNameEdit.setFocus()
    qtbot.keyClicks(ui.driverNameEdit, "Luis Ortega")
    qtbot.keyClick(ui.driverNameEdit, Qt.Key.Key_Tab)
    ui.insuranceRadio.click()
    ui.carrierEdit.setFocus()
    qtbot.keyClicks(ui.carrierEdit, "Example Health")
    qtbot.keyClick(ui.carrierEdit, Qt.Key.Key_Tab)
    ui.languageCombo.setCurrentIndex(1)
    ui.languageCombo.activated.emit(1)
    window.close()
    ctx.db.conn.close()

    again, _, _ = open_window(qtbot, monkeypatch, path)
    again.open_exam(exam.id)
    ui = again.workspace.pages["CheckinPage"].ui
    assert ui.sedativeCheck.isChecked() and ui.driverNameEdit.text() == "Luis Ortega"
    assert ui.insuranceRadio.isChecked() and ui.carrierEdit.text() == "Example Health"
    assert ui.languageCombo.currentText() == "Spanish (Español)"
    assert ui.sedationFinding.text() == ""


def test_defer_with_a_reason_then_reschedule(qtbot, monkeypatch, tmp_path):
    path = tmp_path / "desk.sqlite3"
    ctx = make_ctx(path)
    exam = book(ctx, register(ctx).id)
    window, _, _ = open_window(qtbot, monkeypatch, path, ctx=ctx)
    window.select_exam(exam.id)
    assert not window.front_desk.actions["rescheduleExam"].isEnabled()
    qtbot.keyClick(window, Qt.Key.Key_D, SHIFT_CTRL)
    dialog = window.front_desk.dialog
    assert isinstance(dialog, ReasonDialog)
    qtbot.waitUntil(dialog.ui.reasonCombo.hasFocus)
    qtbot.keyClick(dialog.ui.reasonCombo, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.ui.reasonError.text() == "Give a reason."
    qtbot.keyClicks(dialog.ui.reasonCombo, "Positive pregnancy test")
    qtbot.keyClick(dialog.ui.reasonCombo, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.front_desk.dialog is None and window.isActiveWindow())
    row = window.selected_row()
    assert row.status.value == "deferred"
    assert window.worklist_model.index(window.worklist_model.row_of_exam(exam.id), 5).data() == "Deferred"
    assert window.front_desk.actions["rescheduleExam"].isEnabled()

    qtbot.keyClick(window, Qt.Key.Key_R, SHIFT_CTRL)
    dialog = window.front_desk.dialog
    dialog.ui.dateEdit.setDate(date(2026, 12, 21))
    qtbot.keyClick(dialog.ui.reasonCombo, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.front_desk.dialog is None)
    saved = ctx.db.execute("SELECT status, scheduled_at FROM exams").fetchone()
    assert saved == ("scheduled", datetime(2026, 12, 21, 9, tzinfo=DENVER).isoformat())
    reasons = ctx.db.execute("SELECT to_status, reason FROM exam_events ORDER BY id").fetchall()
    assert reasons[1] == ("deferred", "Positive pregnancy test")


def test_print_buttons_ask_the_documents_page_in_her_language(qtbot, monkeypatch, tmp_path):
    path = tmp_path / "desk.sqlite3"
    ctx = make_ctx(path)
    exam = book(ctx, register(ctx, language="es").id)
    window, _, _ = open_window(qtbot, monkeypatch, path, ctx=ctx)
    printed = []

    class Documents:
        def print_document(self, kind, language=None):
            printed.append((kind, language))
            return True

    window.workspace.pages["DocumentsPage"] = Documents()
    window.open_exam(exam.id)
    ui = window.workspace.pages["CheckinPage"].ui
    assert ui.languageCombo.currentText() == "Spanish (Español)"
    ui.printPrepButton.click()
    ui.printConsentButton.click()
    ui.printAftercareButton.click()
    assert printed == [("prep", "es"), ("consent", "es"), ("aftercare", "es")]


def test_a_spanish_window_says_the_patient_forms_refusals_in_spanish(qtbot, tmp_path, spanish):
    """The service hands the dialog each field's own message (a Message), not English made
    into a sentence, so the registration form's refusals read in the interface language."""
    ctx = make_ctx(tmp_path / "desk.sqlite3")
    on_file = register(ctx, mrn="A-100")
    dialog = PatientDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.ui.mrnEdit.setText("a-100")
    dialog.ui.phoneEdit.setText("call me")
    dialog.save()
    assert dialog.ui.familyNameError.text() == "Es obligatorio."
    assert dialog.ui.mrnError.text().startswith(f"Ya lo tiene {on_file.full_name} (nacida el ")
    assert dialog.ui.phoneError.text() != "" and not dialog.ui.phoneError.text().startswith("Use digits")
    assert count(ctx, "patients") == 1
