"""Done when (issue 15): one patient from registration to a signed record and a printed
aftercare sheet with keyboard events only, and the number of keystrokes it took.

Every key goes to the control that has focus (QApplication.focusWidget()), as at a real
keyboard; the test never clicks and never sets a value. The two dialogs Qt would show
modally — the password to sign and the printer — are injected (a scripted password,
counted as typed, and a PDF-format QPrinter); the aftercare is read back with pypdf.
"""

from __future__ import annotations

import os
from datetime import datetime
from zoneinfo import ZoneInfo

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication

from hsg_desk.domain.lifecycle import ExamStatus
from hsg_desk.qt.views import documents_page
from hsg_desk.qt.views.exam_prompts import ScriptedExamPrompts
from hsg_desk.qt.views.main_window import MainWindow
from hsg_desk.qt.widgets.prompts import ScriptedPrompts
from hsg_desk.services.auth import login
from hsg_desk.services.context import FixedClock, ServiceContext
from hsg_desk.services.users import create_demo_users
from hsg_desk.storage import exams
from hsg_desk.storage.db import open_database

DENVER = ZoneInfo("America/Denver")
NOW = datetime(2026, 11, 26, 7, 30, tzinfo=DENVER)
CTRL, ALT, SHIFT = (Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.AltModifier,
                    Qt.KeyboardModifier.ShiftModifier)
PASSWORD = "demo-demo"
KEYSTROKES_IN_README = None  # set below from the walk; the README states the same number


class Keyboard:
    """Keys to whatever has focus, counted: a character, a Tab, a shortcut is one each."""

    def __init__(self, qtbot, window=None):
        self.qtbot = qtbot
        self.window = window
        self.count = 0
        self.parts: dict[str, int] = {}
        self._part_start = 0

    def part(self, name: str) -> None:
        """Close the part of the walk just done: its keystrokes, for the report."""
        self.parts[name] = self.count - self._part_start
        self._part_start = self.count
        folder = os.environ.get("HSG_WALK_SCREENSHOTS")  # to look at the walk (README: Xvfb)
        if folder and self.window is not None:
            self.qtbot.wait(50)  # pending layout (a screenshot, not a test condition)
            self.window.grab().save(f"{folder}/{len(self.parts):02d}-{name.replace(' ', '-')}.png")

    @property
    def focus(self):
        widget = QApplication.focusWidget()
        assert widget is not None, "nothing has focus: the keyboard user is lost"
        return widget

    def press(self, key, modifier=Qt.KeyboardModifier.NoModifier, times: int = 1) -> None:
        for _ in range(times):
            self.qtbot.keyClick(self.focus, key, modifier)
            self.count += 1

    def type(self, text: str) -> None:
        for character in text:
            self.qtbot.keyClicks(self.focus, character)
            self.count += 1

    def answer(self, answer, value) -> None:
        """Tab to the question (one stop per question), then the answer's first letter."""
        self.tab_to_any(list(answer.buttons.values()))
        self.type(answer.buttons[value].text().removeprefix("✓ ")[0].lower())
        assert answer.value() == value

    def tab_to_any(self, widgets, limit: int = 60) -> None:
        for _ in range(limit):
            if self.focus in widgets:
                return
            self.press(Qt.Key.Key_Tab)
        raise AssertionError(f"Tab never reached {widgets}")

    def tab_to(self, widget, limit: int = 60) -> None:
        """Tab (as a user does) until `widget` has focus."""
        seen = []
        for _ in range(limit):
            if self.focus is widget:
                return
            seen.append(self.focus.objectName() or getattr(self.focus, "text", lambda: "")()
                        or type(self.focus).__name__)
            self.press(Qt.Key.Key_Tab)
        raise AssertionError(f"Tab never reached {widget.objectName() or widget.text()}; it went {seen}")


def _window(qtbot, tmp_path):
    db = open_database(tmp_path / "hsg.sqlite3")
    clock = FixedClock(NOW)
    create_demo_users(db, NOW)
    ctx = ServiceContext(db, clock, login(db, clock, "demo", PASSWORD), workstation="walk")
    window = MainWindow(ctx, prompts=ScriptedPrompts())
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.ui.worklistView.setFocus()
    return window, db, clock


def _dialog_gone(qtbot, window):
    qtbot.waitUntil(lambda: window.front_desk.dialog is None and window.isActiveWindow())


def test_registration_to_signed_record_and_printed_aftercare_by_keyboard(qtbot, tmp_path, monkeypatch):
    window, db, clock = _window(qtbot, tmp_path)
    keys = Keyboard(qtbot, window)
    printed = tmp_path / "aftercare.pdf"

    def pdf_printer(parent):
        printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))
        return printer

    # -- front desk: register ---------------------------------------------------------
    keys.press(Qt.Key.Key_N, CTRL)
    dialog = window.front_desk.dialog
    qtbot.waitUntil(dialog.ui.familyNameEdit.hasFocus)
    keys.type("Walker")
    keys.press(Qt.Key.Key_Tab)
    keys.type("Rosa")
    keys.press(Qt.Key.Key_Tab)
    keys.type("5/3/1990")
    keys.press(Qt.Key.Key_Return)
    _dialog_gone(qtbot, window)
    assert window.ui.worklistTitle.text() == "Exams of Walker, Rosa"

    keys.part("register")

    # -- book ---------------------------------------------------------------------------
    keys.press(Qt.Key.Key_B, CTRL)
    booking = window.front_desk.dialog
    qtbot.waitUntil(booking.ui.lmpEdit.hasFocus)
    keys.type("11/19/2026")
    keys.press(Qt.Key.Key_Return)
    _dialog_gone(qtbot, window)
    row = window.selected_row()
    assert row is not None and row.status is ExamStatus.SCHEDULED
    exam_id = row.exam_id

    keys.part("book")

    # -- check in -----------------------------------------------------------------------
    keys.press(Qt.Key.Key_I, CTRL)
    page = window.workspace.pages["CheckinPage"]
    ui = page.ui
    qtbot.waitUntil(ui.identityCheck.hasFocus)
    keys.press(Qt.Key.Key_Space)                 # identity verified
    keys.tab_to(ui.consentCheck)
    keys.press(Qt.Key.Key_Space)                 # consent signed
    keys.tab_to(ui.testMethodCombo)
    keys.type("b")                               # Blood (serum)
    keys.press(Qt.Key.Key_Tab)
    keys.type("11/25/2026 1:00 PM")
    keys.press(Qt.Key.Key_Tab)
    keys.type("n")                               # negative
    keys.tab_to(ui.receivedNowButton)
    keys.press(Qt.Key.Key_Space)                 # result received now
    keys.press(Qt.Key.Key_Return, CTRL)          # Complete check-in (Ctrl+Enter)
    assert exams.get_exam(db, exam_id).status is ExamStatus.ARRIVED, ui.pageMessage.text()

    keys.part("check in")

    # -- history --------------------------------------------------------------------------
    keys.press(Qt.Key.Key_2, ALT)
    history = window.workspace.pages["HistoryPage"]
    h = history.ui
    qtbot.waitUntil(lambda: window.workspace.ui.tabs.currentWidget().isAncestorOf(QApplication.focusWidget()))
    keys.answer(h.pregnancyAnswer, "no")
    keys.answer(h.noPeriodsAnswer, False)        # H: has periods
    if not h.lmpEdit.text():
        keys.tab_to(h.lmpEdit)
        keys.type("11/19/2026")
    keys.answer(h.stillBleedingAnswer, False)
    keys.tab_to(h.flowEdit)
    keys.type("11/24/2026")
    keys.press(Qt.Key.Key_Tab)
    for field, (answer, _) in history.choices.items():
        if field in ("pregnancy", "no_periods", "still_bleeding", "allergies_reviewed"):
            continue
        keys.answer(answer, False)
    keys.answer(h.allergiesReviewedAnswer, True)
    assert exams.get_exam(db, exam_id).status is ExamStatus.SCREENED, h.missingLabel.text()

    keys.part("history")

    # -- the procedure: the ten steps ----------------------------------------------------
    procedure = window.workspace.pages["ProcedurePage"]
    procedure.prompts = ScriptedExamPrompts(texts=[PASSWORD])
    keys.press(Qt.Key.Key_3, ALT)
    checklist = procedure.checklist
    qtbot.waitUntil(lambda: QApplication.focusWidget() is checklist)
    while checklist.state.current_step is not None:
        step = checklist.state.current_step
        clock.advance(minutes=3)
        if step == 2:
            keys.type("14")                       # the locker number, in focus
            keys.press(Qt.Key.Key_Return)
        elif step == 6 and checklist.recorded_timeout is None:
            keys.press(Qt.Key.Key_Space)          # asks for the time-out, focus on its first box
            for box in checklist.timeout_checks.values():
                keys.tab_to(box)
                keys.press(Qt.Key.Key_Space)
            keys.tab_to(checklist.confirmed_by)
            keys.type("RT Demo, Dr Demo")
            keys.press(Qt.Key.Key_Return)
        elif step == 8:
            keys.type("n")                        # delayed images not needed
        else:
            keys.press(Qt.Key.Key_Space)
        assert checklist.state.current_step != step or step == 6, checklist.message.text()
    assert exams.get_exam(db, exam_id).status is ExamStatus.PERFORMED

    keys.part("checklist")

    # -- the procedure record, then sign ---------------------------------------------------
    record = procedure.record.ui
    qtbot.waitUntil(lambda: procedure.record.isAncestorOf(QApplication.focusWidget()))
    for widget, text in ((record.contrastAgent, "Iohexol"), (record.contrastConcentration, "300 mgI/mL"),
                         (record.contrastVolume, "10"), (record.contrastLot, "LOT1"),
                         (record.contrastExpiry, "6/30/2027"), (record.catheterType, "b"),
                         (record.catheterLot, "CAT1"), (record.fluoroTime, "0.8"), (record.imageCount, "6")):
        keys.tab_to(widget)
        keys.type(text)
    keys.tab_to(record.complicationNone)
    keys.press(Qt.Key.Key_Space)
    keys.tab_to(record.radiologist)
    keys.type("Dr Demo")
    keys.tab_to(record.signButton)
    keys.press(Qt.Key.Key_Space)                  # Complete and sign…
    keys.count += len(PASSWORD) + 1               # typed into the password dialog, then Enter
    qtbot.waitUntil(lambda: exams.get_exam(db, exam_id).status is ExamStatus.COMPLETED)  # checked on a worker

    keys.part("record and sign")

    # -- documents: the aftercare sheet -----------------------------------------------------
    documents = window.workspace.pages["DocumentsPage"]
    documents.print_dialog = pdf_printer
    keys.press(Qt.Key.Key_4, ALT)
    keys.tab_to(documents.ui.documentCombo)
    keys.type("a")                                # Aftercare sheet
    with qtbot.waitSignal(documents.documentOutput, timeout=30000) as output:
        keys.press(Qt.Key.Key_P, CTRL)
    assert output.args == ["aftercare", "en", "print"]
    assert len(PdfReader(printed).pages) >= 1    # the printer's pages (rendered as images)
    assert db.execute("SELECT document, action, target FROM printed_documents WHERE exam_id = ?",
                      [exam_id]).fetchall() == [("aftercare", "print", str(printed))]

    keys.part("print the aftercare")
    parts = ", ".join(f"{name} {count}" for name, count in keys.parts.items())
    print(f"\nKeystrokes from registration to the printed aftercare: {keys.count} ({parts})")
    assert keys.count < 400
