"""Controls tell the truth (issue 15 §2): after a refusal every control shows what is
stored; a page that cannot change is read only with the reason above it; a role that may
not act sees disabled controls naming the role that may; "Complete and sign…" on an
incomplete record lists what is missing and goes to the first missing field; status
words read as English."""

from __future__ import annotations

from PySide6.QtCore import Qt

from hsg_desk.domain.lifecycle import ExamStatus
from hsg_desk.qt.views.checkin_page import CheckinPage
from hsg_desk.qt.views.exam_prompts import ScriptedExamPrompts
from hsg_desk.qt.views.history_page import HistoryPage
from hsg_desk.services.checkin import CheckinService
from hsg_desk.storage import checkins, exams
from hsg_desk.storage.rows import ConflictError

from exam_room_builders import answer_history, arrived_exam, context, open_db
from test_exam_room_procedure import make_page, run_steps_by_keyboard, screened_exam


def _page(qtbot, cls, ctx, exam_id):
    page = cls(ctx)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    page.load(exam_id)
    return page


def test_a_refused_untick_puts_the_stored_tick_back(qtbot, tmp_path):
    db, clock, users = open_db(tmp_path / "hsg.sqlite3")
    exam_id = screened_exam(db, clock, users)
    page = _page(qtbot, CheckinPage, context(db, clock, users["desk"]), exam_id)
    box = page.ui.identityCheck
    assert box.isChecked() and box.isEnabled()
    # Meanwhile the exam room starts the procedure: check-in is closed.
    procedure = make_page(qtbot, context(db, clock, users["tech"]), exam_id)
    run_steps_by_keyboard(qtbot, procedure, clock, 2)
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)               # untick: refused
    assert checkins.get_checkin(db, exam_id).identity_verified is True
    assert box.isChecked()                               # the box shows what is stored
    assert page.ui.pageMessage.text() == "The exam is in progress: check-in can no longer be changed."
    assert page.read_only.isVisible() and not page.ui.identityGroup.isEnabled()


def test_a_page_that_cannot_change_is_read_only_with_the_reason_above(qtbot, tmp_path):
    db, clock, users = open_db(tmp_path / "hsg.sqlite3")
    exam_id = screened_exam(db, clock, users)
    tech = context(db, clock, users["tech"])
    procedure = make_page(qtbot, tech, exam_id)
    run_steps_by_keyboard(qtbot, procedure, clock, 2)   # in progress: check-in is closed
    page = _page(qtbot, CheckinPage, context(db, clock, users["desk"]), exam_id)
    assert page.read_only.isVisible()
    assert page.read_only.text().startswith("Read only: the exam is in progress, so its check-in can no longer")
    assert not page.ui.identityGroup.isEnabled() and not page.ui.completeButton.isEnabled()


def test_a_role_that_may_not_act_sees_disabled_controls_naming_the_role(qtbot, tmp_path):
    db, clock, users = open_db(tmp_path / "hsg.sqlite3")
    _, exam_id = arrived_exam(db)
    radiologist = context(db, clock, users["rad"])
    history = _page(qtbot, HistoryPage, radiologist, exam_id)
    assert not history.ui.questions.isEnabled()
    assert history.ui.questions.toolTip() == "Needs the technologist role"
    assert history.ui.missingLabel.text() == "Read only for you: the history is taken by the technologist role."
    checkin = _page(qtbot, CheckinPage, radiologist, exam_id)
    assert not checkin.ui.identityGroup.isEnabled()
    assert "front desk" in checkin.ui.identityGroup.toolTip()
    answer_history(db, exam_id)
    procedure = make_page(qtbot, radiologist, exam_id)
    checklist = procedure.checklist
    assert not checklist.complete_button.isEnabled()
    assert checklist.complete_button.toolTip() == "Needs the technologist role"
    assert checklist.complete_button.text().startswith("Read only for you")


def test_messages_never_widen_the_form(qtbot, tmp_path):
    db, clock, users = open_db(tmp_path / "hsg.sqlite3")
    _, exam_id = arrived_exam(db)
    page = _page(qtbot, HistoryPage, context(db, clock, users["tech"]), exam_id)
    scroll = page.ui.questionsScroll
    assert not scroll.horizontalScrollBar().isVisible()
    page.ui.temperatureEdit.setFocus()
    qtbot.keyClicks(page.ui.temperatureEdit, "far too warm to be a number at all, really")
    qtbot.keyClick(page.ui.temperatureEdit, Qt.Key.Key_Return)
    assert "not saved" in page.ui.temperatureError.text()
    qtbot.wait(0)
    assert not scroll.horizontalScrollBar().isVisible()


def test_complete_and_sign_on_an_incomplete_record_lists_what_is_missing_and_goes_there(qtbot, tmp_path):
    db, clock, users = open_db(tmp_path / "hsg.sqlite3")
    exam_id = screened_exam(db, clock, users)
    tech = context(db, clock, users["tech"])
    page = make_page(qtbot, tech, exam_id, ScriptedExamPrompts(texts=["tech-demo"]))
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    run_steps_by_keyboard(qtbot, page, clock, 10)
    record = page.record
    record.ui.complicationNone.setFocus()
    assert record.ui.signButton.isEnabled()
    qtbot.mouseClick(record.ui.signButton, Qt.MouseButton.LeftButton)
    assert record.ui.problemsLabel.text().startswith("Still needed to sign:\n• Contrast agent")
    assert record.ui.contrastAgent.hasFocus()
    assert record.prompts.asked == []                    # no password asked for an incomplete record
    assert exams.get_exam(db, exam_id).status is ExamStatus.PERFORMED


def test_status_words_and_record_names_read_as_english(qtbot, tmp_path):
    db, clock, users = open_db(tmp_path / "hsg.sqlite3")
    _, exam_id = arrived_exam(db)
    desk = context(db, clock, users["desk"])
    try:
        CheckinService(desk).complete(exam_id)
    except Exception as error:  # noqa: BLE001 — the message is what is checked
        assert str(error) == "She is already checked in (the exam is checked in)."
    assert str(ConflictError("histories", 1)).startswith("This history was changed on another workstation")
    assert ExamStatus.ARRIVED.state == "is checked in"
