"""Issue #13 §5: every optional choice starts blank and can go back to blank; the fields of an
unticked option (the contrast reaction's severity, the other complication) are disabled and
stored empty."""

from __future__ import annotations

from PySide6.QtCore import Qt

from hsg_desk.qt.views.exam_prompts import ScriptedExamPrompts
from hsg_desk.services.exam_room import ExamRoomService

from test_exam_room_procedure import make_page, room, run_steps_by_keyboard, screened_exam  # noqa: F401


def choose(combo, index):
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def test_severity_belongs_to_the_ticked_reaction_and_choices_return_to_blank(qtbot, room):
    _, db, clock, users, tech = room
    exam_id = screened_exam(db, clock, users)
    page = make_page(qtbot, tech, exam_id, ScriptedExamPrompts())
    run_steps_by_keyboard(qtbot, page, clock, 7)
    ui, service = page.record.ui, ExamRoomService(tech)
    assert ui.catheterType.currentData() is None and ui.reactionSeverity.currentData() is None  # blank at first
    assert not ui.reactionSeverity.isEnabled() and not ui.complicationOtherText.isEnabled()
    qtbot.keyClick(ui.complicationContrastReaction, Qt.Key.Key_Space)
    assert service.procedure(exam_id).complications == ("contrast_reaction",), ui.complicationsError.text()
    assert ui.reactionSeverity.isEnabled()
    choose(ui.reactionSeverity, ui.reactionSeverity.findData("moderate"))
    choose(ui.catheterType, ui.catheterType.findData("balloon"))
    assert service.procedure(exam_id).contrast_reaction_severity == "moderate"
    choose(ui.catheterType, 0)  # back to blank
    assert service.procedure(exam_id).catheter_type is None
    qtbot.keyClick(ui.complicationOther, Qt.Key.Key_Space)
    ui.complicationOtherText.setFocus()
    qtbot.keyClicks(ui.complicationOtherText, "Cramping")
    qtbot.keyClick(ui.complicationOtherText, Qt.Key.Key_Return)
    assert service.procedure(exam_id).complication_other == "Cramping"
    qtbot.keyClick(ui.complicationContrastReaction, Qt.Key.Key_Space)  # unticked
    qtbot.keyClick(ui.complicationOther, Qt.Key.Key_Space)
    record = service.procedure(exam_id)
    assert record.contrast_reaction_severity is None and record.complication_other == ""
    assert not ui.reactionSeverity.isEnabled() and ui.reactionSeverity.currentData() is None
    assert not ui.complicationOtherText.isEnabled() and ui.complicationOtherText.text() == ""
