"""Issue #13 §3 in a real window: the agent typed into the procedure record that matches her
allergy opens a stop right in the record; it cannot be signed until a radiologist confirms
with name and password (no verbal approval offered); a signed-in radiologist sees their own name."""

from __future__ import annotations

from PySide6.QtCore import Qt

from hsg_desk.domain.lifecycle import ExamStatus
from hsg_desk.qt.views.exam_prompts import ScriptedExamPrompts
from hsg_desk.services.screening import ScreeningService
from hsg_desk.storage import allergies, exams

from exam_room_builders import START, context
from test_exam_room_procedure import fill, fill_record, make_page, room, run_steps_by_keyboard, screened_exam  # noqa: F401


def test_a_matching_agent_is_confirmed_by_the_radiologist_before_signing(qtbot, room):
    _, db, clock, users, tech = room
    exam_id = screened_exam(db, clock, users)
    patient_id = exams.get_exam(db, exam_id).patient_id
    allergies.add_allergy(db, patient_id, "Omnipaque", "contrast", "hives", "mild", START, None)
    ScreeningService(tech).refresh(exam_id)
    ScreeningService(tech).resolve_caution(exam_id, "allergy.contrast", "Demo Radiologist")
    prompts = ScriptedExamPrompts(texts=["tech-demo"])
    page = make_page(qtbot, tech, exam_id, prompts)
    run_steps_by_keyboard(qtbot, page, clock, 10)
    fill_record(qtbot, page)  # types "Iohexol": the generic name of her Omnipaque
    record = page.record
    assert record.agent_check.isVisible()
    card = record.agent_check.cards["allergy.contrast_same_agent"]
    assert card.findChild(type(record.ui.signButton), "overrideVerbal") is None
    assert "allergy.contrast_same_agent" in record.ui.problemsLabel.text()
    qtbot.mouseClick(record.ui.signButton, Qt.MouseButton.LeftButton)
    assert exams.get_exam(db, exam_id).status is ExamStatus.PERFORMED  # refused
    fill(qtbot, card.reason, "Benefit outweighs the risk")
    card.radiologist.setCurrentIndex(card.radiologist.findData(users["rad"]))
    card.password.setFocus()
    qtbot.keyClicks(card.password, "rad-demo")
    with qtbot.waitSignal(page.changed):
        qtbot.keyClick(card.password, Qt.Key.Key_Return)
    assert "Ready to sign" in record.ui.problemsLabel.text()
    with qtbot.waitSignal(page.changed):
        qtbot.mouseClick(record.ui.signButton, Qt.MouseButton.LeftButton)
    assert exams.get_exam(db, exam_id).status is ExamStatus.COMPLETED


def test_a_signed_in_radiologist_is_offered_their_own_name(qtbot, room):
    _, db, clock, users, tech = room
    exam_id = screened_exam(db, clock, users, intercourse_since_lmp=1)
    from hsg_desk.qt.widgets.findings_panel import FindingsPanel

    radiologist = context(db, clock, users["rad"])
    panel = FindingsPanel(radiologist)
    qtbot.addWidget(panel)
    panel.show_states(exam_id, ScreeningService(radiologist).states(exam_id), editable=True)
    card = panel.cards["cycle.intercourse"]
    assert card.radiologist.currentData() == users["rad"]
    panel_tech = FindingsPanel(tech)
    qtbot.addWidget(panel_tech)
    panel_tech.show_states(exam_id, ScreeningService(tech).states(exam_id), editable=True)
    assert panel_tech.cards["cycle.intercourse"].radiologist.currentIndex() == -1


def test_the_cosignature_queue_asks_for_the_password(qtbot, room):
    _, db, clock, users, tech = room
    exam_id = screened_exam(db, clock, users, intercourse_since_lmp=1)
    resolution_id = ScreeningService(tech).override_verbal(exam_id, "cycle.intercourse", "Barrier", users["rad"])
    from hsg_desk.qt.views.cosign_dialog import CosignDialog

    dialog = CosignDialog(context(db, clock, users["rad"]))
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.buttons[resolution_id], Qt.MouseButton.LeftButton)  # one press is not a signature
    assert "password" in dialog.message.text()
    assert ScreeningService(tech).pending_cosignatures()
    qtbot.keyClicks(dialog.passwords[resolution_id], "rad-demo")
    with qtbot.waitSignal(dialog.cosigned):
        qtbot.keyClick(dialog.passwords[resolution_id], Qt.Key.Key_Return)
    assert ScreeningService(tech).pending_cosignatures() == []
