"""The Procedure page with real widgets on a real SQLite file: the checklist by keyboard,
the time-out, the delayed-images timer, the record, signing, amending, resuming."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from hsg_desk.domain.errors import DomainError
from hsg_desk.domain.lifecycle import ExamStatus
from hsg_desk.qt.views.exam_prompts import ScriptedExamPrompts
from hsg_desk.qt.views.procedure_page import ProcedurePage
from hsg_desk.services.exam_room import ExamRoomService
from hsg_desk.services.screening import ScreeningService
from hsg_desk.storage import exams
from hsg_desk.storage.db import open_database

from exam_room_builders import answer_history, arrived_exam, context, open_db


def screened_exam(db, clock, users, **history):
    _, exam_id = arrived_exam(db)
    answer_history(db, exam_id, **history)
    ScreeningService(context(db, clock, users["tech"])).refresh(exam_id)
    return exam_id


def make_page(qtbot, ctx, exam_id, prompts=None):
    page = ProcedurePage(ctx, prompts=prompts or ScriptedExamPrompts())
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    page.load(exam_id)
    return page


@pytest.fixture
def room(qtbot, tmp_path):
    path = tmp_path / "hsg.sqlite3"
    db, clock, users = open_db(path)
    tech = context(db, clock, users["tech"])
    return path, db, clock, users, tech


def key(qtbot, widget, k):
    qtbot.keyClick(widget, k)


def run_steps_by_keyboard(qtbot, page, clock, through):
    checklist = page.checklist
    while checklist.state.current_step is not None and checklist.state.current_step <= through:
        step = checklist.state.current_step
        clock.advance(minutes=2)
        if step == 2:
            qtbot.keyClicks(checklist.locker, "14")
            key(qtbot, checklist.locker, Qt.Key.Key_Return)
        elif step == 6 and checklist.recorded_timeout is None:
            for check in checklist.timeout_checks.values():
                key(qtbot, check, Qt.Key.Key_Space)  # ticked from the keyboard
            checklist.confirmed_by.setFocus()  # Tab from the last box, as the technologist does
            qtbot.keyClicks(checklist.confirmed_by, "Demo Technologist, Dr. Reader")
            key(qtbot, checklist.confirmed_by, Qt.Key.Key_Return)
            assert checklist.recorded_timeout is not None, checklist.message.text()
        elif step == 8:
            key(qtbot, checklist, Qt.Key.Key_N)
        else:
            key(qtbot, checklist, Qt.Key.Key_Space)
        assert checklist.message.text() == "", checklist.message.text()


def fill(qtbot, edit, text):
    edit.setFocus()
    edit.clear()
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def fill_record(qtbot, page):
    ui = page.record.ui
    for edit, text in ((ui.contrastAgent, "Iohexol"), (ui.contrastConcentration, "300 mgI/mL"),
                       (ui.contrastVolume, "12"), (ui.contrastLot, "L123"), (ui.contrastExpiry, "06/30/2027"),
                       (ui.catheterLot, "C9"), (ui.fluoroTime, "0.8"), (ui.imageCount, "6")):
        fill(qtbot, edit, text)
        assert all(not getattr(ui, name).text() for name in ("contrastVolumeError", "contrastExpiryError"))
    ui.catheterType.setCurrentIndex(ui.catheterType.findData("balloon"))
    ui.catheterType.activated.emit(ui.catheterType.currentIndex())
    qtbot.keyClick(ui.complicationNone, Qt.Key.Key_Space)
    ui.radiologist.setEditText("Demo Radiologist")
    ui.radiologist.lineEdit().editingFinished.emit()


def test_happy_path_by_keyboard_to_a_signed_exam(qtbot, room):
    path, db, clock, users, tech = room
    exam_id = screened_exam(db, clock, users)
    prompts = ScriptedExamPrompts(texts=["tech-demo"])
    page = make_page(qtbot, tech, exam_id, prompts)
    assert "Complete step 1" in page.checklist.complete_button.text()
    run_steps_by_keyboard(qtbot, page, clock, 10)
    assert exams.get_exam(db, exam_id).status is ExamStatus.PERFORMED
    assert "20 min 00 s" in page.checklist.elapsed.text()
    assert "Still needed" in page.record.ui.problemsLabel.text()
    fill_record(qtbot, page)
    assert "Ready to sign" in page.record.ui.problemsLabel.text()
    with qtbot.waitSignal(page.changed):
        qtbot.mouseClick(page.record.ui.signButton, Qt.MouseButton.LeftButton)
    exam = exams.get_exam(db, exam_id)
    assert exam.status is ExamStatus.COMPLETED and exam.signed_by == users["tech"]
    assert prompts.asked[-1][0] == "password"
    assert not page.record.ui.contrastGroup.isEnabled() and "Signed" in page.record.ui.signedLabel.text()


def test_step_one_is_held_by_an_unresolved_stop_until_the_radiologist_overrides(qtbot, room):
    _, db, clock, users, tech = room
    exam_id = screened_exam(db, clock, users, intercourse_since_lmp=1)
    page = make_page(qtbot, tech, exam_id)
    key(qtbot, page.checklist, Qt.Key.Key_Space)
    assert "cycle.intercourse" in page.checklist.message.text()
    assert page.checklist.state.current_step == 1
    ScreeningService(tech).override_signed(exam_id, "cycle.intercourse", "Barrier", "rad", "rad-demo")
    page.load(exam_id)
    key(qtbot, page.checklist, Qt.Key.Key_Space)
    assert page.checklist.state.is_done(1)


def test_step_six_refuses_until_the_timeout_is_recorded(qtbot, room):
    _, db, clock, users, tech = room
    exam_id = screened_exam(db, clock, users)
    page = make_page(qtbot, tech, exam_id)
    run_steps_by_keyboard(qtbot, page, clock, 5)
    assert "time-out" in page.checklist.complete_button.text()
    key(qtbot, page.checklist, Qt.Key.Key_Space)  # Space at step 6 asks for the time-out
    message = page.checklist.message.text()
    assert message.startswith("Confirm aloud and tick her two identifiers") and "timeout" not in message
    with pytest.raises(DomainError, match="time-out"):  # the service refuses as well
        ExamRoomService(tech).complete_step(exam_id, 6)
    run_steps_by_keyboard(qtbot, page, clock, 6)
    assert page.checklist.state.is_done(6)
    assert "Demo Technologist, Dr. Reader" in page.checklist.timeout_done.text()


def test_undo_the_last_step_asks_for_a_reason(qtbot, room):
    _, db, clock, users, tech = room
    exam_id = screened_exam(db, clock, users)
    prompts = ScriptedExamPrompts(texts=["Pressed too early"])
    page = make_page(qtbot, tech, exam_id, prompts)
    run_steps_by_keyboard(qtbot, page, clock, 3)
    qtbot.mouseClick(page.checklist.undo_button, Qt.MouseButton.LeftButton)
    assert page.checklist.state.current_step == 3
    assert prompts.asked[-1][0] == "text" and "step 3" in prompts.asked[-1][2]
    events = db.execute("SELECT step, action, reason FROM checklist_events ORDER BY id").fetchall()
    assert events[-1] == (3, "undone", "Pressed too early")


def test_delayed_images_timer_alerts_at_the_limit(qtbot, room):
    _, db, clock, users, tech = room
    exam_id = screened_exam(db, clock, users)
    page = make_page(qtbot, tech, exam_id)
    run_steps_by_keyboard(qtbot, page, clock, 7)
    key(qtbot, page.checklist, Qt.Key.Key_W)
    assert page.checklist.state.wait_started_at is not None
    clock.advance(minutes=29)
    page.checklist.tick()
    assert page.checklist.alert.isHidden() and "29 min" in page.checklist.wait_label.text()
    clock.advance(minutes=1)
    page.checklist.tick()
    assert page.checklist.alert.isVisible() and "30 minutes reached" in page.checklist.alert.text()
    key(qtbot, page.checklist, Qt.Key.Key_Space)
    assert page.checklist.state.is_done(8) and page.checklist.alert.isHidden()


def test_abort_with_a_reason(qtbot, room):
    _, db, clock, users, tech = room
    exam_id = screened_exam(db, clock, users)
    prompts = ScriptedExamPrompts(1)  # "Vasovagal reaction"
    page = make_page(qtbot, tech, exam_id, prompts)
    run_steps_by_keyboard(qtbot, page, clock, 3)
    qtbot.mouseClick(page.checklist.abort_button, Qt.MouseButton.LeftButton)
    exam = exams.get_exam(db, exam_id)
    assert exam.status is ExamStatus.ABORTED and exam.status_reason == "Vasovagal reaction"
    assert not page.checklist.complete_button.isEnabled()


def test_field_checks_and_an_amendment_after_signing(qtbot, room):
    _, db, clock, users, tech = room
    exam_id = screened_exam(db, clock, users)
    # 6.2 min is also above the reference level (issue 19): signing asks for that note first.
    prompts = ScriptedExamPrompts(texts=["Second injection after a spasm", "tech-demo", "wrong", "tech-demo"])
    page = make_page(qtbot, tech, exam_id, prompts)
    run_steps_by_keyboard(qtbot, page, clock, 10)
    ui = page.record.ui
    fill(qtbot, ui.contrastVolume, "-3")
    assert "negative" in ui.contrastVolumeError.text()
    fill_record(qtbot, page)
    fill(qtbot, ui.fluoroTime, "6.2")
    assert "fluoroscopy over 5" in ui.problemsLabel.text()
    fill(qtbot, ui.fluoroNote, "Difficult cannulation")
    page.record.sign()  # the dose note, then the password, checked on a worker
    qtbot.waitUntil(lambda: exams.get_exam(db, exam_id).status is ExamStatus.COMPLETED)
    assert ui.amendGroup.isVisible() and ui.amendGroup.isEnabled()
    ui.amendField.setCurrentIndex(ui.amendField.findData("procedure.contrast_volume_ml"))
    qtbot.keyClicks(ui.amendValue, "14")
    qtbot.mouseClick(ui.amendButton, Qt.MouseButton.LeftButton)
    assert "why" in ui.amendError.text().lower()
    qtbot.keyClicks(ui.amendReason, "Misread the syringe")
    qtbot.mouseClick(ui.amendButton, Qt.MouseButton.LeftButton)  # a wrong password: nothing amended
    assert prompts.asked[-1][:2] == ("password", "Sign the amendment") and ui.amendmentsList.count() == 0
    assert ui.amendError.text()
    qtbot.mouseClick(ui.amendButton, Qt.MouseButton.LeftButton)  # an amendment is a signature (#13 §7)
    assert ui.amendmentsList.count() == 1
    assert "Procedure: Volume: 12 → 14" in ui.amendmentsList.item(0).text().replace(".0", "")
    assert "Misread the syringe" in ui.amendmentsList.item(0).text()


def test_the_exam_resumes_after_a_restart_at_the_same_step(qtbot, room):
    path, db, clock, users, tech = room
    exam_id = screened_exam(db, clock, users)
    page = make_page(qtbot, tech, exam_id)
    run_steps_by_keyboard(qtbot, page, clock, 5)
    fill(qtbot, page.record.ui.contrastAgent, "Iohexol")
    page.close()
    db.close()

    db2 = open_database(path)  # a new process: new connection, new context, new widgets
    again = make_page(qtbot, context(db2, clock, users["tech"]), exam_id)
    assert again.checklist.state.current_step == 6
    assert again.checklist.state.completion(2).locker == "14"
    assert again.record.ui.contrastAgent.text() == "Iohexol"
    assert "Elapsed since step 1: 8 min" in again.checklist.elapsed.text()
    run_steps_by_keyboard(qtbot, again, clock, 6)
    assert again.checklist.state.is_done(6)


def test_the_signature_password_is_checked_on_a_worker_and_a_wrong_one_says_so(qtbot, room, monkeypatch):
    """argon2 takes 30-100 ms: it runs in an op (issue #21), the button waits, a miss is told at the record."""
    import threading

    from hsg_desk.services import auth

    _, db, clock, users, tech = room
    exam_id = screened_exam(db, clock, users)
    prompts = ScriptedExamPrompts(texts=["wrong", "tech-demo"])
    page = make_page(qtbot, tech, exam_id, prompts)
    run_steps_by_keyboard(qtbot, page, clock, 10)
    fill_record(qtbot, page)
    checked_on = []
    verify = auth.verify_password
    monkeypatch.setattr(auth, "verify_password",
                        lambda *args: checked_on.append(threading.current_thread()) or verify(*args))
    ui = page.record.ui
    qtbot.mouseClick(ui.signButton, Qt.MouseButton.LeftButton)
    assert ui.problemsLabel.text() == "Checking the password…" and not ui.signButton.isEnabled()
    qtbot.waitUntil(lambda: "not right" in ui.problemsLabel.text())
    assert exams.get_exam(db, exam_id).status is ExamStatus.PERFORMED and ui.signButton.isEnabled()
    with qtbot.waitSignal(page.changed):
        qtbot.mouseClick(ui.signButton, Qt.MouseButton.LeftButton)
    assert exams.get_exam(db, exam_id).status is ExamStatus.COMPLETED
    assert len(checked_on) == 2 and threading.main_thread() not in checked_on
