"""Scanning in the procedure record (issue #20): a burst of keys ending in Enter fills the
contrast or catheter group wherever the focus is; the same keys typed slowly stay typing.
Key timing comes from an injected clock, so no test waits."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from hsg_desk.domain.products import checked_product
from hsg_desk.qt.views.exam_prompts import ScriptedExamPrompts
from hsg_desk.qt.views.procedure_page import ProcedurePage
from hsg_desk.services.exam_room import ExamRoomService
from hsg_desk.services.screening import ScreeningService
from hsg_desk.storage.audit import query_events
from hsg_desk.storage.products import get_product, insert_product

from exam_room_builders import START, answer_history, arrived_exam, context, open_db

GS = "\x1d"
CONTRAST_GTIN, CATHETER_GTIN = "04350000123459", "07612345000022"
CONTRAST_SCAN = f"]d201{CONTRAST_GTIN}17271100" f"10LOT7A2B{GS}21SN0042"
CATHETER_SCAN = f"]C101{CATHETER_GTIN}17280600" "10K-2291A"


class KeyClock:
    """Each key reads the clock once: `step` seconds pass between two keys."""

    def __init__(self, step: float):
        self.now, self.step = 1000.0, step

    def __call__(self) -> float:
        self.now += self.step
        return self.now


def type_keys(qtbot, widget, text: str) -> None:
    for char in text:
        if char == GS:  # a control character: sent as the scanner sends it, not through keyClicks
            QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, char, Qt.KeyboardModifier.NoModifier)
        else:
            qtbot.keyClick(widget, char)
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def started_page(qtbot, tmp_path, prompts=None, *, username="tech"):
    db, clock, users = open_db(tmp_path / "hsg.sqlite3")
    tech = context(db, clock, users[username])
    _, exam_id = arrived_exam(db)
    answer_history(db, exam_id)
    ScreeningService(tech).refresh(exam_id)
    room = ExamRoomService(tech)
    room.complete_step(exam_id, 1)
    room.complete_step(exam_id, 2, locker="4")  # the record opens with the procedure
    insert_product(db, checked_product(CONTRAST_GTIN, "contrast", agent="iohexol (Omnipaque)",
                                       concentration="300 mgI/mL", package="50 mL"), START, None)
    insert_product(db, checked_product(CATHETER_GTIN, "catheter", name="HSG balloon catheter 5 Fr",
                                       catheter_type="balloon"), START, None)
    page = ProcedurePage(tech, prompts=prompts or ScriptedExamPrompts())
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    page.load(exam_id)
    return page, room, exam_id, db


def test_a_scan_at_scanner_speed_fills_the_contrast_group(qtbot, tmp_path):
    page, room, exam_id, db = started_page(qtbot, tmp_path)
    record, ui = page.record, page.record.ui
    record.scanning.catcher.clock = KeyClock(0.004)  # 4 ms a key, as a USB scanner types
    ui.contrastVolume.setFocus()  # the cursor is in another field
    type_keys(qtbot, ui.contrastVolume, CONTRAST_SCAN)
    assert ui.contrastVolume.text() == ""  # nothing of the scan was typed into the field
    assert (ui.contrastAgent.text(), ui.contrastConcentration.text(), ui.contrastLot.text(),
            ui.contrastExpiry.text()) == ("iohexol (Omnipaque)", "300 mgI/mL", "LOT7A2B", "11/30/2027")
    stored = room.procedure(exam_id)
    assert stored.contrast_gtin == CONTRAST_GTIN and stored.contrast_expiry == date(2027, 11, 30)
    assert stored.sources["contrast_lot"] == "scanned"
    assert ui.contrastLotLabel.text() == "Lot number · scanned"
    assert "Scanned contrast agent: iohexol (Omnipaque) 300 mgI/mL, 50 mL, lot LOT7A2B" in ui.scanStatus.text()
    assert query_events(db)[-1]["changes"]["source"] == [None, "scanned"]


def test_a_catheter_scan_fills_the_catheter_group_with_focus_in_the_notes(qtbot, tmp_path):
    page, room, exam_id, _ = started_page(qtbot, tmp_path)
    ui = page.record.ui
    page.record.scanning.catcher.clock = KeyClock(0.004)
    ui.notes.setFocus()
    type_keys(qtbot, ui.notes, CATHETER_SCAN)
    assert ui.notes.toPlainText() == ""
    assert ui.catheterType.currentData() == "balloon" and ui.catheterLot.text() == "K-2291A"
    assert (ui.catheterProduct.text(), ui.catheterExpiry.text()) == ("HSG balloon catheter 5 Fr", "06/30/2028")
    assert ui.contrastLot.text() == ""  # the contrast group is left alone
    assert room.procedure(exam_id).sources["catheter_lot"] == "scanned"


def test_the_same_keys_typed_slowly_are_typing(qtbot, tmp_path):
    page, room, exam_id, _ = started_page(qtbot, tmp_path)
    ui = page.record.ui
    page.record.scanning.catcher.clock = KeyClock(0.180)  # a person: 180 ms a key
    ui.contrastLot.setFocus()
    text = CONTRAST_SCAN.replace(GS, "")
    type_keys(qtbot, ui.contrastLot, text)
    assert ui.contrastLot.text() == text  # every key reached the field, "]d2" included
    stored = room.procedure(exam_id)
    assert stored.contrast_lot == text and stored.sources["contrast_lot"] == "typed"
    assert not stored.contrast_agent and ui.contrastLotLabel.text() == "Lot number"


def test_a_held_bracket_is_typed_when_typing_stops(qtbot, tmp_path):
    page, *_ = started_page(qtbot, tmp_path)
    ui = page.record.ui
    page.record.scanning.catcher.clock = KeyClock(0.180)
    ui.contrastLot.setFocus()
    qtbot.keyClicks(ui.contrastLot, "A1]")
    qtbot.waitUntil(lambda: ui.contrastLot.text() == "A1]")  # released by the timer, not lost


def test_a_fast_burst_without_a_scan_start_is_typing(qtbot, tmp_path):
    page, *_ = started_page(qtbot, tmp_path)
    ui = page.record.ui
    page.record.scanning.catcher.clock = KeyClock(0.004)  # fast, but no ]d2/]C1 and no prefix
    ui.contrastLot.setFocus()
    type_keys(qtbot, ui.contrastLot, "0104350000123459")
    assert ui.contrastLot.text() == "0104350000123459"


def test_an_unreadable_scan_says_why_and_changes_nothing(qtbot, tmp_path):
    page, room, exam_id, _ = started_page(qtbot, tmp_path)
    ui = page.record.ui
    page.record.scanning.catcher.clock = KeyClock(0.004)
    ui.contrastVolume.setFocus()
    type_keys(qtbot, ui.contrastVolume, CONTRAST_SCAN.replace("123459", "123458"))
    assert "check digit" in ui.scanStatus.text() and ui.contrastLot.text() == ""
    assert room.procedure(exam_id).contrast_lot == ""


def test_an_unknown_gtin_is_offered_to_the_product_list_and_then_fills(qtbot, tmp_path):
    prompts = ScriptedExamPrompts(1)  # "Add as a catheter"
    page, room, exam_id, db = started_page(qtbot, tmp_path, prompts)
    ui = page.record.ui
    page.record.scanning.catcher.clock = KeyClock(0.004)
    unknown = "00400000123462"
    ui.contrastVolume.setFocus()
    type_keys(qtbot, ui.contrastVolume, f"]d201{unknown}1728063010NEW-1")
    assert prompts.asked[-1][:2] == ("choose", "Unknown product")
    screen = page.record.scanning.products_screen
    assert screen.isVisible() and screen.ui.gtinEdit.text() == unknown
    assert screen.ui.kindCombo.currentData() == "catheter"
    qtbot.keyClicks(screen.ui.nameEdit, "HSG cannula")
    screen.ui.catheterTypeCombo.setCurrentIndex(screen.ui.catheterTypeCombo.findData("cannula"))
    qtbot.mouseClick(screen.ui.saveButton, Qt.MouseButton.LeftButton)
    assert get_product(db, unknown).name == "HSG cannula"
    assert ui.catheterLot.text() == "NEW-1" and ui.catheterType.currentData() == "cannula"
    taught = [e for e in query_events(db) if e["record_type"] == "product"][-1]
    assert taught["changes"]["source"] == [None, "taught from a scan"]


def test_declining_to_add_leaves_the_record_for_typing(qtbot, tmp_path):
    prompts = ScriptedExamPrompts(None)
    page, room, exam_id, _ = started_page(qtbot, tmp_path, prompts)
    page.record.scanning.catcher.clock = KeyClock(0.004)
    type_keys(qtbot, page.record.ui.contrastVolume, "]d20100400000123462")
    assert "not on the product list" in page.record.ui.scanStatus.text()
    assert page.record.scanning.products_screen is None


def test_the_summary_prints_each_values_source(qtbot, tmp_path):
    import io
    import re

    from pypdf import PdfReader

    from hsg_desk.reports.summary import build_summary
    from hsg_desk.services.documents import load_document_facts

    page, room, exam_id, _ = started_page(qtbot, tmp_path)
    ui = page.record.ui
    page.record.scanning.catcher.clock = KeyClock(0.004)
    type_keys(qtbot, ui.contrastVolume, CONTRAST_SCAN)
    page.record.scanning.catcher.clock = KeyClock(0.180)
    ui.catheterLot.setFocus()
    type_keys(qtbot, ui.catheterLot, "C9")  # typed by hand: a damaged label
    from hsg_desk.services.exam_room import TIMEOUT_ITEMS

    for step in range(3, 11):  # the procedure performed: the summary prints from then on
        if step == 6:
            room.record_timeout(exam_id, [key for key, _ in TIMEOUT_ITEMS], "Demo Technologist")
        room.complete_step(exam_id, step, not_needed=step == 8)
    pdf = build_summary(load_document_facts(page.record.ctx, exam_id))
    text = " ".join(re.sub(r"\s+", " ", p.extract_text()) for p in PdfReader(io.BytesIO(pdf)).pages)
    assert "iohexol (Omnipaque), 300 mgI/mL (scanned)" in text
    assert "LOT7A2B (scanned) /" in text and "2027 (scanned)" in text
    assert "C9 (typed)" in text


def test_an_expired_vial_scanned_opens_the_stop_in_the_record(qtbot, tmp_path):
    page, room, exam_id, _ = started_page(qtbot, tmp_path)
    record, ui = page.record, page.record.ui
    record.scanning.catcher.clock = KeyClock(0.004)
    type_keys(qtbot, ui.contrastVolume, f"]d201{CONTRAST_GTIN}17261031" "10OLD1")  # expired Oct 31, 2026
    assert "EXPIRED" in ui.scanStatus.text()
    assert record.agent_check.isVisible() and "product.expired" in record.agent_check.cards
    assert "(product.expired)" in ui.problemsLabel.text()
    type_keys(qtbot, ui.contrastVolume, f"]d201{CONTRAST_GTIN}17261215" "10NEAR1")  # another vial, Dec 15
    assert "within 30 days" in ui.scanStatus.text()
    assert set(record.agent_check.cards) == {"product.expiring_soon"}
