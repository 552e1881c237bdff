"""The checklist's advance key (Space or Enter) belongs to the checklist: it works only when
the checklist has focus, never presses another control, focus comes back to the checklist
after every dialog; the time-out shows the values being confirmed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from hsg_desk.qt.views.exam_prompts import ScriptedExamPrompts
from hsg_desk.storage import checklist as checklist_store

from test_exam_room_procedure import make_page, room, run_steps_by_keyboard, screened_exam  # noqa: F401


def _active(qtbot, page):
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)


def _events(db, exam_id):
    return [(row[0], row[1]) for row in db.execute(
        "SELECT step, action FROM checklist_events WHERE exam_id = ? ORDER BY id", [exam_id])]


def test_space_after_cancelling_undo_does_not_reopen_undo(qtbot, room):
    _, db, clock, users, tech = room
    exam_id = screened_exam(db, clock, users)
    prompts = ScriptedExamPrompts(texts=[])  # Undo's reason dialog: cancelled
    page = make_page(qtbot, tech, exam_id, prompts)
    _active(qtbot, page)
    checklist = page.checklist
    run_steps_by_keyboard(qtbot, page, clock, 3)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_U, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: len(prompts.asked) == 1)  # Alt+U asked why (animated click)
    assert QApplication.focusWidget() is checklist  # back to the checklist after the dialog
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    assert len(prompts.asked) == 1  # Space did not reopen "Undo step 3"
    assert checklist.state.is_done(4)  # it completed the next step


def test_space_in_a_time_out_box_ticks_it_and_never_completes_a_step(qtbot, room):
    _, db, clock, users, tech = room
    exam_id = screened_exam(db, clock, users)
    page = make_page(qtbot, tech, exam_id)
    _active(qtbot, page)
    checklist = page.checklist
    run_steps_by_keyboard(qtbot, page, clock, 5)
    assert QApplication.focusWidget() is checklist
    before = _events(db, exam_id)
    box = checklist.timeout_checks["identity"]
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)
    qtbot.keyClick(box, Qt.Key.Key_Return)  # Enter in a box is not the advance key either
    assert box.isChecked() and _events(db, exam_id) == before
    assert checklist_store.latest_timeout(db, exam_id) is None


def test_the_time_out_shows_the_values_being_confirmed(qtbot, room):
    _, db, clock, users, tech = room
    exam_id = screened_exam(db, clock, users)
    page = make_page(qtbot, tech, exam_id)
    checklist = page.checklist
    run_steps_by_keyboard(qtbot, page, clock, 5)
    values = {key: label.text() for key, label in checklist.timeout_values.items()}
    assert values["identity"] == "Ana Rivera, born 04/02/1990"
    # On screen, times as the interface language writes them (QLocale: "Wed Nov 25, 1:00 PM")
    shown = values["pregnancy_test"].replace("\u202f", " ")
    assert shown.startswith("serum negative, collected Wed Nov 25, 1:00 PM")
    assert "result received Wed Nov 25, 7:00 PM" in shown
    assert values["allergies"] == "none recorded"
    assert values["screening"] == "none open"
    assert "hysterosalpingogram" in values["procedure"]
    qtbot.keyClick(checklist, Qt.Key.Key_Space)
    assert checklist.message.text().startswith("Confirm aloud")
    for box in checklist.timeout_checks.values():
        qtbot.keyClick(box, Qt.Key.Key_Space)
    assert checklist.message.text() == ""  # no stale refusal once every box is ticked
    checklist.confirmed_by.setFocus()
    qtbot.keyClicks(checklist.confirmed_by, "Demo Technologist")
    qtbot.keyClick(checklist.confirmed_by, Qt.Key.Key_Return)
    items = checklist_store.latest_timeout(db, exam_id).items
    assert "Her two identifiers: Ana Rivera, born 04/02/1990" in items  # the values, as confirmed
    assert not checklist.state.is_done(6)  # Enter recorded the time-out, and only that
