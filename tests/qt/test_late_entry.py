"""Issue #13 §9: a booking time already in the past is refused unless the user confirms it
as a late entry (through the injected prompts, no modal dialog), which is audited."""

from __future__ import annotations

import json
from datetime import date, time

import pytest
from PySide6.QtCore import Qt, QTime

from hsg_desk.services.booking import BookingForm, BookingService, InvalidBooking
from hsg_desk.domain.case import Indication

from front_desk_qt import count, open_window
from test_front_desk_flow import register_and_book

import sys  # noqa: E402
from pathlib import Path  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "services"))
from front_desk_support import make_ctx, register  # noqa: E402  (the clock is 8:00 AM, Nov 25)


def test_the_service_refuses_a_past_time_unless_it_is_a_late_entry(tmp_path):
    ctx = make_ctx(tmp_path / "desk.sqlite3")
    patient = register(ctx)
    form = BookingForm(patient.id, date(2026, 11, 25), time(7, 30), Indication.INFERTILITY)
    with pytest.raises(InvalidBooking) as refused:
        BookingService(ctx).book(form)
    assert "already passed" in refused.value.errors["clock"]
    assert count(ctx, "exams") == 0
    exam = BookingService(ctx).book(BookingForm(patient.id, date(2026, 11, 25), time(7, 30),
                                                Indication.INFERTILITY, late_entry=True))
    changes = json.loads(ctx.db.execute("SELECT changes FROM audit_log WHERE action = 'create' "
                                        "AND record_type = 'exam'").fetchone()[0])
    assert exam.id and "late_entry" in changes and "already past" in changes["late_entry"][1]
    later = BookingService(ctx).book(BookingForm(patient.id, date(2026, 11, 25), time(9), Indication.INFERTILITY))
    assert later.id  # a time still to come needs no confirmation


def test_the_dialog_asks_before_a_late_entry(qtbot, monkeypatch, tmp_path):
    window, ctx, prompts = open_window(qtbot, monkeypatch, tmp_path / "desk.sqlite3", False, True)
    register_and_book(qtbot, window)  # 2:30 PM: still to come, nothing asked
    assert prompts.asked == []
    qtbot.keyClick(window, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    booking = window.front_desk.dialog
    qtbot.keyClicks(booking.ui.lmpEdit, "11/18/2026")
    booking.ui.timeEdit.setTime(QTime(7, 15))  # the clock says 8:00 AM
    qtbot.keyClick(booking.ui.lmpEdit, Qt.Key.Key_Return)
    assert prompts.asked[-1][1] == "A time already past"  # declined: nothing booked, said at the field
    assert window.front_desk.dialog is booking and count(ctx, "exams") == 1
    assert "already passed" in booking.ui.timeError.text()
    qtbot.keyClick(booking.ui.lmpEdit, Qt.Key.Key_Return)  # confirmed as a late entry
    qtbot.waitUntil(lambda: window.front_desk.dialog is None)
    assert count(ctx, "exams") == 2
    assert ctx.db.execute("SELECT count(*) FROM audit_log WHERE changes LIKE '%late_entry%'").fetchone()[0] == 1


def test_the_booking_asks_for_the_order_in_spanish_for_a_spanish_speaker(qtbot, tmp_path):
    from hsg_desk.qt.views.booking_dialog import BookingDialog
    from hsg_desk.qt.widgets.prompts import ScriptedPrompts

    ctx = make_ctx(tmp_path / "desk.sqlite3")
    patient = register(ctx, language="es")
    dialog = BookingDialog(ctx, patient, ScriptedPrompts())
    qtbot.addWidget(dialog)
    dialog.show()
    ui = dialog.ui
    assert ui.antibioticsTranslationEdit.isVisible()
    ui.timeEdit.setTime(QTime(14, 30))
    qtbot.keyClicks(ui.antibioticsEdit, "Doxycycline 100 mg")
    dialog.save()
    assert "Spanish" in ui.antibioticsTranslationError.text() and count(ctx, "exams") == 0
    ui.antibioticsTranslationEdit.setFocus()
    for ch in "Doxiciclina 100 mg al día":  # typed one character at a time (í is not ASCII)
        from PySide6.QtTest import QTest
        QTest.sendKeyEvent(QTest.KeyAction.Click, ui.antibioticsTranslationEdit, Qt.Key.Key_unknown, ch,
                           Qt.KeyboardModifier.NoModifier)
    dialog.save()
    assert count(ctx, "exams") == 1 and dialog.exam.antibiotics_translations == {"es": "Doxiciclina 100 mg al día"}
    english = BookingDialog(ctx, register(ctx, family="Lee", given="Jo"), ScriptedPrompts())
    qtbot.addWidget(english)
    english.show()
    assert not english.ui.antibioticsTranslationEdit.isVisible()
