"""The History & screening page with real widgets on a real SQLite file."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton

from hsg_desk.domain.lifecycle import ExamStatus
from hsg_desk.qt.views.cosign_dialog import CosignDialog
from hsg_desk.qt.views.history_page import HistoryPage
from hsg_desk.storage import exams, histories
from hsg_desk.storage.screening import list_resolutions

from exam_room_builders import CLEAN_HISTORY, answer_history, arrived_exam, context, open_db


@pytest.fixture
def history(qtbot, tmp_path):
    db, clock, users = open_db(tmp_path / "hsg.sqlite3")
    tech = context(db, clock, users["tech"])
    _, exam_id = arrived_exam(db)
    page = HistoryPage(tech)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    page.load(exam_id)
    return page, db, clock, users, exam_id


def click(qtbot, answer, value):
    qtbot.mouseClick(answer.buttons[value], Qt.MouseButton.LeftButton)


def type_into(qtbot, edit, text):
    edit.setFocus()
    edit.clear()
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def test_answers_are_saved_as_they_are_made_and_the_exam_is_screened(qtbot, history):
    page, db, _, _, exam_id = history
    ui = page.ui
    assert ui.stillBleedingAnswer.state.isVisible()  # unanswered is visibly unanswered
    with qtbot.waitSignal(page.changed):
        click(qtbot, ui.pregnancyAnswer, "no")
    assert histories.get_history_row(db, exam_id)["pregnancy"] == "no"
    click(qtbot, ui.noPeriodsAnswer, False)
    type_into(qtbot, ui.lmpEdit, "11/19/2026")
    assert "Cycle day 8" in ui.lmpError.text()
    click(qtbot, ui.stillBleedingAnswer, False)
    type_into(qtbot, ui.flowEdit, "11/24/2026")
    type_into(qtbot, ui.temperatureEdit, "36.8")
    for field, _ in page.choices.items():
        if field in ("pregnancy", "no_periods", "still_bleeding", "allergies_reviewed"):
            continue
        click(qtbot, page.choices[field][0], False)
    type_into(qtbot, ui.medicationEdit, "ibuprofen")
    assert exams.get_exam(db, exam_id).status is ExamStatus.ARRIVED
    click(qtbot, ui.allergiesReviewedAnswer, True)
    row = histories.get_history_row(db, exam_id)
    assert (row["lmp"], row["flow_ended_on"], row["temperature_c"]) == ("2026-11-19", "2026-11-24", 36.8)
    assert row["medications"] == '["ibuprofen"]'
    assert exams.get_exam(db, exam_id).status is ExamStatus.SCREENED
    assert "Every history question is answered" in ui.missingLabel.text()
    assert "No open findings" in page.findings.summary.text() or "✓" in page.findings.summary.text()


def test_bad_input_gets_a_message_at_the_field_and_is_not_saved(qtbot, history):
    page, db, _, _, exam_id = history
    type_into(qtbot, page.ui.temperatureEdit, "46")
    assert "between 30 and 45" in page.ui.temperatureError.text()
    type_into(qtbot, page.ui.lmpEdit, "12/01/2026")
    assert "after the exam date" in page.ui.lmpError.text()
    type_into(qtbot, page.ui.lmpEdit, "01/01/1980")
    assert "birth date" in page.ui.lmpError.text()
    row = histories.get_history_row(db, exam_id)
    assert row is None or (row["temperature_c"] is None and row["lmp"] is None)


def test_allergy_list_editor(qtbot, history):
    page, db, _, _, exam_id = history
    ui = page.ui
    qtbot.keyClicks(ui.allergySubstance, "iohexol")
    ui.allergyCategory.setCurrentIndex(ui.allergyCategory.findText("contrast"))
    qtbot.keyClicks(ui.allergyReaction, "hives")
    ui.allergySeverity.setCurrentIndex(ui.allergySeverity.findText("mild"))
    qtbot.mouseClick(ui.addAllergyButton, Qt.MouseButton.LeftButton)
    assert ui.allergiesList.count() == 1 and "iohexol" in ui.allergiesList.item(0).text()
    assert "allergy.contrast" in page.findings.cards
    ui.allergiesList.setCurrentRow(0)
    qtbot.mouseClick(ui.removeAllergyButton, Qt.MouseButton.LeftButton)
    assert ui.allergiesList.count() == 0 and "allergy.contrast" not in page.findings.cards


def test_a_stop_is_overridden_in_place_by_the_radiologist(qtbot, history):
    page, db, _, _, exam_id = history
    answer_history(db, exam_id, intercourse_since_lmp=1)
    page.load(exam_id)
    card = page.findings.cards["cycle.intercourse"]
    qtbot.keyClicks(card.reason, "Barrier method used")
    card.radiologist.setCurrentIndex(card.radiologist.findText("Demo Radiologist"))
    qtbot.keyClicks(card.password, "wrong")
    qtbot.mouseClick(card.findChild(QPushButton, "overrideSigned"), Qt.MouseButton.LeftButton)
    assert "not right" in card.error.text() and card.password.text() == ""
    qtbot.keyClicks(card.password, "rad-demo")
    with qtbot.waitSignal(page.changed):
        qtbot.keyClick(card.password, Qt.Key.Key_Return)
    assert "Radiologist override (signed)" in page.findings.cards["cycle.intercourse"].status.text()
    assert exams.get_exam(db, exam_id).status is ExamStatus.SCREENED


def test_verbal_approval_waits_in_the_cosignature_queue(qtbot, history):
    page, db, clock, users, exam_id = history
    answer_history(db, exam_id, intercourse_since_lmp=1)
    page.load(exam_id)
    card = page.findings.cards["cycle.intercourse"]
    qtbot.keyClicks(card.reason, "Approved by phone")
    card.radiologist.setCurrentIndex(card.radiologist.findText("Demo Radiologist"))
    with qtbot.waitSignal(page.changed):
        qtbot.mouseClick(card.findChild(QPushButton, "overrideVerbal"), Qt.MouseButton.LeftButton)
    assert "awaiting co-signature" in page.findings.cards["cycle.intercourse"].status.text()
    dialog = CosignDialog(context(db, clock, users["rad"]))
    qtbot.addWidget(dialog)
    [(resolution_id, button)] = dialog.buttons.items()
    qtbot.keyClicks(dialog.passwords[resolution_id], "rad-demo")  # a co-signature re-enters the password
    with qtbot.waitSignal(dialog.cosigned):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert dialog.buttons == {} and "Nothing is awaiting" in dialog.heading.text()
    page.load(exam_id)
    assert "co-signed by Demo Radiologist" in page.findings.cards["cycle.intercourse"].status.text()
    tech_dialog = CosignDialog(context(db, clock, users["tech"]))
    qtbot.addWidget(tech_dialog)
    assert "Only a radiologist" in tech_dialog.heading.text()


def test_the_cosignature_queue_says_the_finding_in_spanish(qtbot, history, spanish):
    """The finding inside the card's longer line is its rule's Spanish message (the catalogue the
    printed summary uses), not the English kept with the finding, and a stop is an ALTO."""
    import json

    from hsg_desk.resources_path import resource_path
    from hsg_desk.services.screening import ScreeningService

    _, db, clock, users, exam_id = history
    answer_history(db, exam_id, intercourse_since_lmp=1)
    tech = context(db, clock, users["tech"])
    ScreeningService(tech).refresh(exam_id)
    ScreeningService(tech).override_verbal(exam_id, "cycle.intercourse", "Aprobado por teléfono", "rad")
    dialog = CosignDialog(context(db, clock, users["rad"]))
    qtbot.addWidget(dialog)
    spanish_rule = json.loads(resource_path("texts", "es", "findings.json").read_text(encoding="utf-8"))
    [card_text] = [label.text() for label in dialog.body.findChildren(QLabel) if "■" in label.text()]
    assert f"■ ALTO — {spanish_rule['cycle.intercourse']}<br>" in card_text
    assert "Intercourse since" not in card_text


def test_why_step_1_waits_quotes_a_block_in_spanish(history, spanish):
    """A block's reason quotes its rule's message: in Spanish from the rule catalogue, not the
    English stored with the finding (the English stays the English)."""
    import json

    from hsg_desk.qt.domain_text import said
    from hsg_desk.resources_path import resource_path
    from hsg_desk.services.screening import ScreeningService

    _, db, clock, users, exam_id = history
    answer_history(db, exam_id, pregnancy="yes")
    screening = ScreeningService(context(db, clock, users["tech"]))
    screening.refresh(exam_id)
    ready, reasons = screening.status(exam_id)
    spanish_rule = json.loads(resource_path("texts", "es", "findings.json").read_text(encoding="utf-8"))
    assert not ready and reasons[0].startswith("pregnancy.known blocks the exam: She says she is pregnant")
    assert said(reasons[0]) == f"pregnancy.known impide el estudio: {spanish_rule['pregnancy.known']}"


def test_a_changed_answer_voids_its_resolution_visibly(qtbot, history):
    page, db, _, _, exam_id = history
    answer_history(db, exam_id, active_infection_or_fever=1, temperature_c=37.2)
    page.load(exam_id)
    card = page.findings.cards["infection.active"]
    qtbot.keyClicks(card.reason, "Mild cold, no fever")
    card.radiologist.setEditText("Dr. Reader")
    qtbot.mouseClick(card.findChild(QPushButton, "overrideVerbal"), Qt.MouseButton.LeftButton)
    assert page.findings.cards["infection.active"].state.resolved
    type_into(qtbot, page.ui.temperatureEdit, "38.5")
    card = page.findings.cards["infection.active"]
    assert not card.state.resolved
    assert "Voided: answer changed" in card.findChild(QLabel, "voidedLine").text()
    assert [r["void_reason"] for r in list_resolutions(db, exam_id)] == ["Voided: answer changed"]


def test_a_block_offers_defer_with_a_reason(qtbot, history):
    page, db, _, _, exam_id = history
    answer_history(db, exam_id, pregnancy="yes")
    page.load(exam_id)
    card = page.findings.cards["pregnancy.known"]
    assert card.reason is not None and card.password is None
    qtbot.mouseClick(card.findChild(QPushButton, "defer"), Qt.MouseButton.LeftButton)
    assert "reason" in card.error.text().lower()
    qtbot.keyClicks(card.reason, "Pregnant: rebook after delivery")
    with qtbot.waitSignal(page.changed):
        qtbot.mouseClick(card.findChild(QPushButton, "defer"), Qt.MouseButton.LeftButton)
    exam = exams.get_exam(db, exam_id)
    assert exam.status is ExamStatus.DEFERRED and exam.status_reason == "Pregnant: rebook after delivery"
    assert not page.ui.questions.isEnabled() and "deferred" in page.ui.missingLabel.text()


def test_clean_history_fixture_matches_the_form():
    assert set(CLEAN_HISTORY) <= set(histories.ANSWER_COLUMNS)
