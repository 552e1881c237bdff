"""A cancelled or deferred exam has no appointment to prepare for or consent to (issue 14): the
check-in page's Print buttons for the preparation sheet and the consent form say why beside the
buttons, and nothing is printed or recorded; once a deferred exam is rescheduled they print."""

from __future__ import annotations

import io
from datetime import date, time

import pytest
from front_desk_qt import book, count, make_ctx, register
from PySide6.QtPrintSupport import QPrinter
from pypdf import PdfReader

from hsg_desk.qt.views import exam_workspace
from hsg_desk.qt.views.main_window import MainWindow
from hsg_desk.qt.widgets.prompts import ScriptedPrompts
from hsg_desk.services import exam_status
from hsg_desk.services.booking import BookingService

WHY = {"cancelled": "was cancelled: no {what}, because this exam will not take place. Book a new exam to print one.",
       "deferred": "was deferred: no {what} until it has a new date. Reschedule it first, then print."}
BUTTONS = {"prep": ("printPrepButton", "preparation sheet"), "consent": ("printConsentButton", "consent form")}


def pdf_printer(path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


@pytest.fixture
def front_desk(qtbot, monkeypatch, tmp_path):
    """The main window with the check-in and Documents tabs, printing to a PDF file."""
    monkeypatch.setattr(exam_workspace, "PAGES", (exam_workspace.PAGES[0], exam_workspace.PAGES[3]))
    ctx = make_ctx(tmp_path / "desk.sqlite3")
    window = MainWindow(ctx, prompts=ScriptedPrompts())
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    printed_to = tmp_path / "printed.pdf"
    return window, ctx, printed_to


def open_checkin(window, exam_id, printed_to):
    window.open_exam(exam_id)
    documents = window.workspace.pages["DocumentsPage"]
    documents.print_dialog = lambda parent: pdf_printer(printed_to)
    return window.workspace.pages["CheckinPage"].ui


@pytest.mark.parametrize("status", ["cancelled", "deferred"])
@pytest.mark.parametrize("kind", ["prep", "consent"])
def test_the_print_button_says_why_beside_it_and_prints_nothing(qtbot, front_desk, status, kind):
    window, ctx, printed_to = front_desk
    exam = book(ctx, register(ctx).id)
    change = exam_status.cancel if status == "cancelled" else exam_status.defer
    change(ctx, exam.id, "Positive pregnancy test")
    ui = open_checkin(window, exam.id, printed_to)
    button, what = BUTTONS[kind]
    getattr(ui, button).click()
    assert ui.pageMessage.text() == f"Exam {exam.id} " + WHY[status].format(what=what)
    assert not printed_to.exists() and count(ctx, "printed_documents") == 0


def test_a_deferred_exam_prints_its_sheet_again_once_rescheduled(qtbot, front_desk):
    window, ctx, printed_to = front_desk
    exam = book(ctx, register(ctx).id)
    exam_status.defer(ctx, exam.id, "Positive pregnancy test")
    BookingService(ctx).reschedule(exam.id, date(2026, 12, 21), time(9, 0), "Next cycle")
    ui = open_checkin(window, exam.id, printed_to)
    documents = window.workspace.pages["DocumentsPage"]
    with qtbot.waitSignal(documents.documentOutput):
        ui.printPrepButton.click()
    assert PdfReader(printed_to).pages and "deferred" not in ui.pageMessage.text()
    assert ctx.db.execute("SELECT exam_id, document, action FROM printed_documents").fetchall() == [
        (exam.id, "prep", "print")]
    sheet = documents.documents.render(exam.id, "prep")     # the bytes that went to the printer
    assert "Monday, December 21" in " ".join(PdfReader(io.BytesIO(sheet)).pages[0].extract_text().split())
