"""The amendment form covers the whole signed record: a history answer corrected from the
Procedure tab, with a reason and the password, listed as original → amended in words; a
refused correction says what it takes in the interface language."""

from __future__ import annotations

from PySide6.QtCore import Qt

from hsg_desk.domain.lifecycle import ExamStatus
from hsg_desk.qt.views.exam_prompts import ScriptedExamPrompts
from hsg_desk.storage import exams, histories

from test_exam_room_procedure import fill_record, make_page, room, run_steps_by_keyboard, screened_exam  # noqa: F401


def test_a_history_answer_is_amended_from_the_form(qtbot, room):
    _, db, clock, users, tech = room
    exam_id = screened_exam(db, clock, users)
    prompts = ScriptedExamPrompts(texts=["tech-demo", "tech-demo"])
    page = make_page(qtbot, tech, exam_id, prompts)
    run_steps_by_keyboard(qtbot, page, clock, 10)
    fill_record(qtbot, page)
    with qtbot.waitSignal(page.changed):
        page.record.sign()  # the password is checked on a worker
    assert exams.get_exam(db, exam_id).status is ExamStatus.COMPLETED
    ui = page.record.ui
    ui.amendField.setCurrentIndex(ui.amendField.findData("history.asthma"))
    assert ui.amendField.currentText() == "History: Asthma"
    assert "yes or no" in ui.amendValue.placeholderText()
    qtbot.keyClicks(ui.amendValue, "maybe")
    qtbot.keyClicks(ui.amendReason, "She remembered her inhaler")
    qtbot.mouseClick(ui.amendButton, Qt.MouseButton.LeftButton)
    assert ui.amendError.text() == "History: Asthma: type yes or no."   # before any password is asked
    assert [kind for kind, *_ in prompts.asked].count("password") == 1  # only the signature's
    ui.amendValue.clear()
    qtbot.keyClicks(ui.amendValue, "yes")
    qtbot.mouseClick(ui.amendButton, Qt.MouseButton.LeftButton)
    assert histories.get_history_row(db, exam_id)["asthma"] == 1
    assert ui.amendmentsList.item(0).text().startswith("History: Asthma: No → Yes — She remembered her inhaler")


def signed_page(qtbot, room, prompts):
    _, db, clock, users, tech = room
    exam_id = screened_exam(db, clock, users)
    page = make_page(qtbot, tech, exam_id, prompts)
    run_steps_by_keyboard(qtbot, page, clock, 10)
    fill_record(qtbot, page)
    with qtbot.waitSignal(page.changed):
        page.record.sign()  # the password is checked on a worker
    assert exams.get_exam(db, exam_id).status is ExamStatus.COMPLETED
    return page


def test_a_refused_choice_is_named_by_its_spanish_words(qtbot, room, spanish):
    prompts = ScriptedExamPrompts(texts=["tech-demo", "tech-demo", "tech-demo"])
    page = signed_page(qtbot, room, prompts)
    ui = page.record.ui
    for field, typed, said in (
            ("procedure.contrast_reaction_severity", "fuerte",
             "Procedimiento: Gravedad de la reacción: elija leve, moderada o grave."),
            ("procedure.catheter_type", "sonda",  # "u" before "otro", as Spanish writes it
             "Procedimiento: Tipo de catéter: elija catéter de balón, cánula u otro.")):
        ui.amendField.setCurrentIndex(ui.amendField.findData(field))
        ui.amendValue.clear()
        ui.amendReason.clear()
        qtbot.keyClicks(ui.amendValue, typed)
        qtbot.keyClicks(ui.amendReason, "Mal anotado")
        qtbot.mouseClick(ui.amendButton, Qt.MouseButton.LeftButton)
        assert ui.amendError.text() == said  # no "mild, moderate or severe" in a Spanish sentence
    assert ui.amendmentsList.count() == 0
