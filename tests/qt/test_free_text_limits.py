"""Every free-text field has a length limit (issue 14 §4, DESIGN.md §8): in the real widgets of
the booking form, the check-in page and the procedure record, text at the field's limit is
saved and one character more is refused beside that field, nothing of it saved. The check-in's
and the procedure record's text fields and limits are read from their field tables
(domain/fields.py Text specs), so a text field added there is tested here too."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from hsg_desk.domain.checkin import CHECKIN_FIELDS
from hsg_desk.domain.fields import Text
from hsg_desk.domain.patient import MAX_NAME, MAX_TEXT
from hsg_desk.domain.procedure_record import PROCEDURE_FIELDS
from hsg_desk.qt.views import booking_dialog, checkin_page, procedure_record_widget
from hsg_desk.qt.views.booking_dialog import BookingDialog
from hsg_desk.qt.views.checkin_page import CheckinPage
from hsg_desk.qt.views.exam_prompts import ScriptedExamPrompts
from hsg_desk.qt.views.procedure_page import ProcedurePage
from hsg_desk.qt.widgets.prompts import ScriptedPrompts
from hsg_desk.services.exam_room import ExamRoomService
from hsg_desk.services.screening import ScreeningService
from hsg_desk.storage.exams import get_exam

from exam_room_builders import answer_history, arrived_exam, context, open_db
from front_desk_qt import book, make_ctx, register

# The booking form's free text (services/booking.py cleans it with patient.clean_text / clean_name).
BOOKING_TEXTS = {"indication_note": ("indicationNoteEdit", MAX_TEXT), "antibiotics": ("antibioticsEdit", MAX_TEXT),
                 "antibiotics_translation": ("antibioticsTranslationEdit", MAX_TEXT),
                 "referring_name": ("referringNameEdit", MAX_NAME)}
STORED = {"indication_note": lambda exam: exam.indication_note, "antibiotics": lambda exam: exam.antibiotics,
          "antibiotics_translation": lambda exam: exam.antibiotics_translations["es"],
          "referring_name": lambda exam: exam.referring.name}
CHECKIN_TEXTS = CHECKIN_FIELDS.names(Text)
PROCEDURE_TEXTS = PROCEDURE_FIELDS.names(Text)


def enter(qtbot, edit, text: str) -> None:
    """Text put in a line edit as a paste would, then Enter (editingFinished, as the clerk leaves it)."""
    edit.setFocus()
    edit.setText(text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


@pytest.mark.parametrize("field", sorted(BOOKING_TEXTS))
def test_a_booking_text_at_its_limit_books_and_one_longer_is_refused_at_its_field(qtbot, tmp_path, field):
    ctx = make_ctx(tmp_path / "desk.sqlite3")
    widget, limit = BOOKING_TEXTS[field]
    dialog = BookingDialog(ctx, register(ctx, language="es"), ScriptedPrompts())
    qtbot.addWidget(dialog)
    dialog.show()
    ui = dialog.ui
    qtbot.keyClicks(ui.lmpEdit, "11/20/2026")
    ui.antibioticsEdit.setText("doxycycline 100 mg")          # her (Spanish) sheet needs both, or neither
    ui.antibioticsTranslationEdit.setText("doxiciclina 100 mg")
    error = getattr(ui, booking_dialog.ERROR_LABELS[field])
    getattr(ui, widget).setText("x" * (limit + 1))
    dialog.save()
    assert error.text() == f"Is too long ({limit + 1} characters; at most {limit})."
    assert dialog.exam is None and ui.formMessage.text().startswith("Nothing was booked")
    assert ctx.db.execute("SELECT count(*) FROM exams").fetchone() == (0,)
    getattr(ui, widget).setText("x" * limit)
    dialog.save()
    assert dialog.exam is not None and error.text() == ""
    assert STORED[field](get_exam(ctx.db, dialog.exam.id)) == "x" * limit


@pytest.mark.parametrize("field", CHECKIN_TEXTS)
def test_a_check_in_text_at_its_limit_is_saved_and_one_longer_is_refused_at_its_field(qtbot, tmp_path, field):
    ctx = make_ctx(tmp_path / "desk.sqlite3")
    exam = book(ctx, register(ctx).id)
    page = CheckinPage(ctx)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    page.load(exam.id)
    ui = page.ui
    ui.insuranceRadio.click()     # opens the carrier and member id
    ui.sedativeCheck.click()      # opens the sedative and the driver
    edit, limit = page.texts[field], CHECKIN_FIELDS[field].limit
    error = getattr(ui, checkin_page.ERROR_LABELS[field])
    assert edit.isEnabled()
    enter(qtbot, edit, "y" * (limit + 1))
    assert error.text().endswith(f": at most {limit} characters")
    assert page.service.load(exam.id).checkin.value(field) == "" and edit.text() == ""
    enter(qtbot, edit, "x" * limit)
    assert error.text() == ""
    assert page.service.load(exam.id).checkin.value(field) == "x" * limit


@pytest.fixture
def room_page(qtbot, tmp_path):
    """The procedure record of an exam in progress, on its page, as the technologist sees it."""
    db, clock, users = open_db(tmp_path / "hsg.sqlite3")
    tech = context(db, clock, users["tech"])
    _, exam_id = arrived_exam(db)
    answer_history(db, exam_id)
    ScreeningService(tech).refresh(exam_id)
    room = ExamRoomService(tech)
    room.complete_step(exam_id, 1)
    room.complete_step(exam_id, 2, locker="4")  # the record opens with the procedure
    page = ProcedurePage(tech, prompts=ScriptedExamPrompts())
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    page.load(exam_id)
    return page, room, exam_id


def _open_the_field(qtbot, record, field: str) -> None:
    """Make the field appear as the technologist would: tick "Other", or record a dose above the reference."""
    ui = record.ui
    if field == "complication_other":
        ui.complicationOther.setFocus()
        qtbot.keyClick(ui.complicationOther, Qt.Key.Key_Space)
        assert ui.complicationOtherText.isEnabled()
    if field == "dose_note":
        enter(qtbot, ui.fluoroTime, "9")
        assert ui.doseNote.isVisible()


def _type_into(qtbot, record, field: str, text: str) -> None:
    ui = record.ui
    if field == "notes":
        ui.notes.setFocus()
        ui.notes.setPlainText(text)
        ui.contrastAgent.setFocus()   # leaving the notes saves them
    elif field == "radiologist_name":
        ui.radiologist.setFocus()
        ui.radiologist.setEditText(text)
        qtbot.keyClick(ui.radiologist.lineEdit(), Qt.Key.Key_Return)
    else:
        enter(qtbot, getattr(ui, procedure_record_widget.LINE_FIELDS[field][0]), text)


@pytest.mark.parametrize("field", PROCEDURE_TEXTS)
def test_a_procedure_text_at_its_limit_is_saved_and_one_longer_is_refused_at_its_field(qtbot, room_page, field):
    page, room, exam_id = room_page
    record = page.record
    limit = PROCEDURE_FIELDS[field].limit
    error = getattr(record.ui, procedure_record_widget.ERROR_LABELS[field])
    _open_the_field(qtbot, record, field)
    _type_into(qtbot, record, field, "y" * (limit + 1))
    assert error.text() == f"At most {limit} characters. Not saved."
    assert room.procedure(exam_id).value(field) == ""
    _type_into(qtbot, record, field, "x" * limit)
    assert error.text() == ""
    assert room.procedure(exam_id).value(field) == "x" * limit


@pytest.mark.parametrize("field", ["notes", "contrast_lot"])
def test_a_pasted_control_character_is_refused_beside_the_field_and_not_saved(qtbot, room_page, field):
    page, room, exam_id = room_page
    error = getattr(page.record.ui, procedure_record_widget.ERROR_LABELS[field])
    _type_into(qtbot, page.record, field, "Tolerated\x1b[0m well")
    assert error.text() == "Contains U+001B (a control character), which cannot be printed: remove it. Not saved."
    assert room.procedure(exam_id).value(field) == ""
