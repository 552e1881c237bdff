"""Dose alerts at the time (issue 19): a dose above the clinic's reference level shows a
caution on the procedure record, signing asks for a short note, the summary prints it."""

from __future__ import annotations

import io

from pypdf import PdfReader
from PySide6.QtCore import Qt

from hsg_desk.domain.lifecycle import ExamStatus
from hsg_desk.domain.roles import Role
from hsg_desk.qt.views.exam_prompts import ScriptedExamPrompts
from hsg_desk.reports import build_document
from hsg_desk.services.documents import load_document_facts
from hsg_desk.services.context import ServiceContext, Session
from hsg_desk.services.exam_room import ExamRoomService
from hsg_desk.storage import exams

from test_exam_room_procedure import fill, fill_record, make_page, room, run_steps_by_keyboard, screened_exam  # noqa: F401

NOTE = "Tubal spasm: second injection after a wait"


def performed_page(qtbot, room, prompts):
    path, db, clock, users, tech = room
    exam_id = screened_exam(db, clock, users)
    page = make_page(qtbot, tech, exam_id, prompts)
    run_steps_by_keyboard(qtbot, page, clock, 10)
    fill_record(qtbot, page)
    return page, exam_id


def test_a_dose_above_the_reference_level_asks_for_a_note_when_signing(qtbot, room):
    db, tech = room[1], room[4]
    prompts = ScriptedExamPrompts(texts=[NOTE, "tech-demo"])
    page, exam_id = performed_page(qtbot, room, prompts)
    ui = page.record.ui
    assert not ui.doseCaution.isVisible() and "Ready to sign" in ui.problemsLabel.text()
    fill(qtbot, ui.fluoroTime, "2.4")                          # the default reference level is 1.5 min
    assert ui.doseCaution.isVisible()
    assert "Above the local reference level: fluoroscopy 2.4 min (reference 1.5 min)" in ui.doseCaution.text()
    assert "add a short note" in ui.problemsLabel.text()
    qtbot.mouseClick(ui.signButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: exams.get_exam(db, exam_id).status is ExamStatus.COMPLETED)  # password checked on a worker
    assert [kind for kind, *_ in prompts.asked] == ["text", "password"]
    assert prompts.asked[0][1] == "Dose above the reference level" and "2.4 min" in prompts.asked[0][2]
    assert ExamRoomService(tech).procedure(exam_id).dose_note == NOTE
    summary = build_document("summary", load_document_facts(tech, exam_id))
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(io.BytesIO(summary)).pages).split())
    assert "Dose above the local reference level: note" in text and NOTE in text
    spanish = build_document("summary", load_document_facts(tech, exam_id), "es")
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(io.BytesIO(spanish)).pages).split())
    assert "Dosis por encima del nivel de referencia local: nota" in text and NOTE in text


def test_no_note_no_signature(qtbot, room):
    db = room[1]
    prompts = ScriptedExamPrompts(texts=[])                   # the note is cancelled
    page, exam_id = performed_page(qtbot, room, prompts)
    fill(qtbot, page.record.ui.kap, "3.6")                    # the default KAP level is 3 Gy·cm²
    assert "KAP 3.6 Gy·cm² (reference 3 Gy·cm²)" in page.record.ui.doseCaution.text()
    qtbot.mouseClick(page.record.ui.signButton, Qt.MouseButton.LeftButton)
    assert "needs a note on the dose" in page.record.ui.problemsLabel.text()
    assert [kind for kind, *_ in prompts.asked] == ["text"]   # never got as far as the password
    assert exams.get_exam(db, exam_id).status is ExamStatus.PERFORMED


def test_a_clinic_with_a_higher_level_gets_no_caution(qtbot, room):
    from hsg_desk.services.settings_service import change_settings

    tech = room[4]
    prompts = ScriptedExamPrompts(texts=["tech-demo"])
    page, exam_id = performed_page(qtbot, room, prompts)
    admin = ServiceContext(tech.db, tech.clock, Session(None, "admin", "Admin", frozenset({Role.ADMIN})), "ws")
    change_settings(admin, {"reference_fluoro_minutes": 3.0})
    tech.reload_settings()
    fill(qtbot, page.record.ui.fluoroTime, "2.4")
    assert not page.record.ui.doseCaution.isVisible() and "Ready to sign" in page.record.ui.problemsLabel.text()
