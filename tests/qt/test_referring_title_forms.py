"""The referring physician's title on the forms where the physician is entered (issue #14 §4):
registration, booking and check-in each offer the fixed list beside the name, and save it."""

from __future__ import annotations

import sys
from datetime import date, time
from pathlib import Path

from PySide6.QtCore import Qt, QTime

from hsg_desk.domain.vocabulary import PhysicianTitle
from hsg_desk.qt.views.booking_dialog import BookingDialog
from hsg_desk.qt.views.checkin_page import CheckinPage
from hsg_desk.qt.views.patient_dialog import PatientDialog
from hsg_desk.qt.widgets.prompts import ScriptedPrompts
from hsg_desk.services.patients import PatientService

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "services"))
from front_desk_support import book, make_ctx, register  # noqa: E402


def items(combo) -> list[str]:
    return [combo.itemText(index) for index in range(combo.count())]


def test_every_form_offers_the_same_fixed_titles_beside_the_name(qtbot, tmp_path):
    ctx = make_ctx(tmp_path / "desk.sqlite3")
    patient = register(ctx)
    exam = book(ctx, patient.id)
    checkin = CheckinPage(ctx)
    forms = (PatientDialog(ctx, ScriptedPrompts()), BookingDialog(ctx, patient, ScriptedPrompts()), checkin)
    for form in forms:
        qtbot.addWidget(form)
        assert items(form.ui.referringTitleCombo) == [title.label for title in PhysicianTitle]
    checkin.load(exam.id)


def test_registration_saves_the_title_chosen_from_the_keyboard(qtbot, tmp_path):
    ctx = make_ctx(tmp_path / "desk.sqlite3")
    dialog = PatientDialog(ctx, ScriptedPrompts())
    qtbot.addWidget(dialog)
    dialog.show()
    ui = dialog.ui
    qtbot.keyClicks(ui.familyNameEdit, "Garcia")
    qtbot.keyClicks(ui.givenNameEdit, "Ana")
    qtbot.keyClicks(ui.birthDateEdit, "03/14/1990")
    ui.referringTitleCombo.setFocus()
    qtbot.keyClick(ui.referringTitleCombo, Qt.Key.Key_Down)
    qtbot.keyClick(ui.referringTitleCombo, Qt.Key.Key_Down)  # (none) → Dr. → Dra.
    qtbot.keyClicks(ui.referringNameEdit, "Lena Marsh")
    qtbot.keyClick(ui.referringNameEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.patient is not None)
    saved = PatientService(ctx).get(dialog.patient.id)
    assert (saved.referring.title, saved.referring.name) == ("Dra.", "Lena Marsh")


def test_editing_a_patient_shows_her_physicians_title(qtbot, tmp_path):
    ctx = make_ctx(tmp_path / "desk.sqlite3")
    patient = register(ctx, referring_name="Lena Marsh", referring_title="Dra.")
    dialog = PatientDialog(ctx, ScriptedPrompts(), patient)
    qtbot.addWidget(dialog)
    assert dialog.ui.referringTitleCombo.currentText() == "Dra."


def test_booking_starts_from_her_physicians_title_and_books_the_one_chosen(qtbot, tmp_path):
    ctx = make_ctx(tmp_path / "desk.sqlite3")
    patient = register(ctx, referring_name="Lena Marsh", referring_title="Dra.")
    dialog = BookingDialog(ctx, patient, ScriptedPrompts())
    qtbot.addWidget(dialog)
    dialog.show()
    ui = dialog.ui
    assert ui.referringTitleCombo.currentText() == "Dra." and ui.referringNameEdit.text() == "Lena Marsh"
    ui.timeEdit.setTime(QTime(14, 30))
    ui.referringTitleCombo.setFocus()
    qtbot.keyClick(ui.referringTitleCombo, Qt.Key.Key_Up)  # Dra. → Dr.
    ui.referringNameEdit.setText("Omar Castell")
    dialog.save()
    assert dialog.exam is not None
    assert (dialog.exam.referring.title, dialog.exam.referring.name) == ("Dr.", "Omar Castell")


def test_check_in_saves_a_changed_title_at_once(qtbot, tmp_path):
    ctx = make_ctx(tmp_path / "desk.sqlite3")
    patient = register(ctx)
    exam = book(ctx, patient.id, day=date(2026, 11, 25), clock=time(14, 30),
                referring_name="Lena Marsh", referring_title="Dr.")
    page = CheckinPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.load(exam.id)
    combo = page.ui.referringTitleCombo
    assert combo.currentText() == "Dr."
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # Dr. → Dra.
    title = ctx.db.execute("SELECT referring_title FROM exams WHERE id = ?", [exam.id]).fetchone()[0]
    assert title == "Dra." and page.ui.referralError.text() == ""
