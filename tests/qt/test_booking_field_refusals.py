"""The booking dialog refuses bad input at each field (#17 §1: the booking's fields are one domain
FieldTable, domain/booking.py): the message beside the field, once the clerk leaves it and all of
them on Book, the cursor on the first, and nothing booked or audited."""

from __future__ import annotations

import sys
from datetime import date, time
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt, QTime

from hsg_desk.domain.booking import BookingFacts, booking_fields
from hsg_desk.domain.case import Indication
from hsg_desk.qt.views.booking_dialog import INDICATIONS, BookingDialog
from hsg_desk.qt.widgets.prompts import ScriptedPrompts

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "services"))
from front_desk_support import NOW, make_ctx, register  # noqa: E402  (the clock is 8:00 AM, Wed Nov 25 2026)


def count(ctx, table: str) -> int:
    return ctx.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def open_dialog(qtbot, tmp_path, language="en", prompts=None):
    ctx = make_ctx(tmp_path / "desk.sqlite3")
    dialog = BookingDialog(ctx, register(ctx, language=language), prompts or ScriptedPrompts())
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.timeEdit.setTime(QTime(14, 30))  # still to come: no late entry to confirm
    return ctx, dialog


def device(dialog, placed: str) -> None:
    dialog.ui.indicationCombo.setCurrentIndex(INDICATIONS.index(Indication.DEVICE_CONFIRMATION))
    dialog.ui.deviceEdit.setText(placed)


# (what the clerk does, the error label, what it says, the widget the cursor goes to)
CASES = {
    "last period before her birth": (lambda d: d.ui.lmpEdit.setText("11/18/1980"), "lmpError",
                                     "The last period is before her birth date.", "lmpEdit"),
    "last period after the exam": (lambda d: (d.ui.lmpEdit.setText("11/30/2026"), d.ui.dateEdit.setDate(QDate(2026, 11, 26))),
                                   "lmpError", "The last period starts after the exam date.", "lmpEdit"),
    "unreadable last period": (lambda d: d.ui.lmpEdit.setText("02/30/2026"), "lmpError", "February has no 30th.",
                               "lmpEdit"),
    "flow end without the period": (lambda d: d.ui.flowEdit.setText("11/20/2026"), "flowError",
                                    "Give the day her last period began too.", "flowEdit"),
    "flow end still to come": (lambda d: (d.ui.lmpEdit.setText("11/18/2026"), d.ui.flowEdit.setText("11/27/2026")),
                               "flowError", "This day is still to come: leave it blank until her flow has ended.",
                               "flowEdit"),
    "device without its date": (lambda d: device(d, ""), "deviceError", "Give the date the device was placed.",
                                "deviceEdit"),
    "device placed in the future": (lambda d: device(d, "12/01/2026"), "deviceError",
                                    "The placement date must be a past date.", "deviceEdit"),
    "indication note too long": (lambda d: d.ui.indicationNoteEdit.setText("x" * 201), "indicationNoteError",
                                 "Is too long (201 characters; at most 200).", "indicationNoteEdit"),
    "bell in the indication note": (lambda d: d.ui.indicationNoteEdit.setText("tubes\x07"), "indicationNoteError",
                                    "Contains U+0007 (a control character), which cannot be printed: remove it.", "indicationNoteEdit"),
    "physician's name too long": (lambda d: d.ui.referringNameEdit.setText("L" * 101), "referringNameError",
                                  "Is too long (101 characters; at most 100).", "referringNameEdit"),
    "physician's phone in words": (lambda d: d.ui.referringPhoneEdit.setText("call me"), "referringPhoneError",
                                   "Use digits, spaces and + ( ) - . only.", "referringPhoneEdit"),
    "physician's fax with a question mark": (lambda d: d.ui.referringFaxEdit.setText("fax?"), "referringFaxError",
                                             "Use digits, spaces and + ( ) - . only.", "referringFaxEdit"),
    "antibiotics too long": (lambda d: d.ui.antibioticsEdit.setText("d" * 201), "antibioticsError",
                             "Is too long (201 characters; at most 200).", "antibioticsEdit"),
}


@pytest.mark.parametrize("case", CASES)
def test_bad_input_is_refused_at_its_field_and_nothing_is_booked(qtbot, tmp_path, case):
    enter, label, says, focused = CASES[case]
    ctx, dialog = open_dialog(qtbot, tmp_path)
    audited = count(ctx, "audit_log")
    enter(dialog)
    qtbot.mouseClick(dialog.ui.buttonBox.button(dialog.ui.buttonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert getattr(dialog.ui, label).text() == says
    assert dialog.ui.formMessage.text() == "Nothing was booked: correct the fields marked in red."
    assert dialog.focusWidget() is getattr(dialog.ui, focused)
    assert dialog.exam is None and dialog.isVisible()
    assert count(ctx, "exams") == 0 and count(ctx, "histories") == 0 and count(ctx, "audit_log") == audited


def test_a_refusal_shows_when_the_clerk_leaves_the_field_and_goes_once_corrected(qtbot, tmp_path):
    _, dialog = open_dialog(qtbot, tmp_path)
    ui = dialog.ui
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)  # so that Tab moves the focus out of the field
    ui.referringPhoneEdit.setFocus()
    qtbot.keyClicks(ui.referringPhoneEdit, "call me")
    assert ui.referringPhoneError.text() == ""  # not while she types
    qtbot.keyClick(ui.referringPhoneEdit, Qt.Key.Key_Tab)
    assert ui.referringPhoneError.text() == "Use digits, spaces and + ( ) - . only."
    assert ui.referringFaxError.text() == ""  # a field not yet reached says nothing
    ui.referringPhoneEdit.setFocus()
    ui.referringPhoneEdit.clear()
    qtbot.keyClicks(ui.referringPhoneEdit, "(303) 555-0100")
    qtbot.keyClick(ui.referringPhoneEdit, Qt.Key.Key_Tab)
    assert ui.referringPhoneError.text() == ""
    dialog.save()
    assert dialog.exam is not None and dialog.exam.referring.phone == "(303) 555-0100"


def test_every_refusal_shows_at_once_and_the_cursor_goes_to_the_first(qtbot, tmp_path):
    ctx, dialog = open_dialog(qtbot, tmp_path)
    ui = dialog.ui
    ui.flowEdit.setText("11/20/2026")
    ui.referringFaxEdit.setText("fax?")
    ui.antibioticsEdit.setText("d" * 201)
    ui.timeEdit.setTime(QTime(7, 15))  # already past, and with other refusals no late entry is offered
    dialog.save()
    assert dialog.prompts.asked == []
    assert ui.flowError.text() == "Give the day her last period began too."
    assert ui.timeError.text() == "This time has already passed: only a late entry, confirmed as such, may be."
    assert ui.referringFaxError.text().startswith("Use digits") and ui.antibioticsError.text().startswith("Is too long")
    assert dialog.focusWidget() is ui.flowEdit and count(ctx, "exams") == 0


def test_a_spanish_window_says_the_refusals_in_spanish(qtbot, tmp_path, spanish):
    ctx, dialog = open_dialog(qtbot, tmp_path, language="es")
    ui = dialog.ui
    ui.flowEdit.setText("11/20/2026")
    ui.antibioticsEdit.setText("Doxycycline 100 mg")
    dialog.save()
    assert ui.flowError.text() == "Indique también el día en que empezó su último periodo."
    assert ui.antibioticsTranslationError.text() == ("Escriba la indicación también en su idioma (Español): "
                                                     "su hoja de cuidados posteriores la imprime.")
    assert count(ctx, "exams") == 0


FACTS = BookingFacts(today=NOW.date(), now=NOW, zone="America/Denver", birth_date=date(1990, 3, 14), language="en")


@pytest.mark.parametrize(("answers", "refused"), [
    ({"day": None}, {"day": "Choose the exam date."}),
    ({"day": date(2026, 11, 24)}, {"day": "The date is in the past: only a late entry, confirmed as such, may be."}),
    ({"day": date(2026, 11, 24), "late_entry": True}, {}),
    ({"clock": None}, {"clock": "Give the time, e.g. 9:30 AM."}),
    ({"indication": "haircut"}, {"indication": "choose infertility work-up, recurrent pregnancy loss, "
                                               "tubal ligation check, essure/Adiana confirmation or other"}),
])
def test_the_booking_table_refuses_what_the_dialog_cannot_enter(answers, refused):
    good = {"day": date(2026, 11, 26), "clock": time(9), "indication": Indication.INFERTILITY,
            "premedication_ordered": False}
    values = good | answers
    assert booking_fields(FACTS, values).refusals(values) == refused
