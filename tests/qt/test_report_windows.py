"""Admin › Quality report… and Print day sheet: preview, print to a PDF printer, save; each
audited; the menu entries follow the roles."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QToolButton

from hsg_desk.qt.views.main_window import MainWindow
from hsg_desk.services.auth import login
from hsg_desk.services.context import ServiceContext
from hsg_desk.services.demo_data import write_demo_database
from hsg_desk.storage.db import open_database

TODAY = date(2026, 11, 26)


def pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


@pytest.fixture
def make_window(qtbot, tmp_path, clock):
    path = write_demo_database(tmp_path / "demo.sqlite3", patients=60, seed=3, today=TODAY)

    def make(username):
        db = open_database(path)
        ctx = ServiceContext(db, clock, login(db, clock, username, f"{username}-demo"), workstation="ws")
        window = MainWindow(ctx, demo=True)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        return window
    return make


def _ready(qtbot, screen) -> None:
    qtbot.waitUntil(lambda: screen.pdf_document.status() == QPdfDocument.Status.Ready and not screen.building,
                    timeout=20000)


def _last_audit(window) -> tuple:
    return window.ctx.db.execute("SELECT action, record_type, record_id, username FROM audit_log "
                                 "ORDER BY id DESC").fetchone()


def test_the_quality_report_menu_entry_follows_the_roles(make_window):
    desk = make_window("desk")
    entry = desk.security.admin_actions["QualityReportWindow"]
    assert not entry.isEnabled() and entry.toolTip() == "Needs the radiologist or admin role"
    assert make_window("rad").security.admin_actions["QualityReportWindow"].isEnabled()


def test_the_admin_previews_prints_and_saves_the_quality_report(make_window, qtbot, tmp_path):
    window = make_window("admin")
    window.security.admin_actions["QualityReportWindow"].trigger()
    screen = window.security.screens["QualityReportWindow"]
    screen.print_dialog = lambda parent: pdf_printer(tmp_path / "printed.pdf")
    screen.save_prompt = lambda parent, suggested: str(tmp_path / suggested)
    _ready(qtbot, screen)                      # last month, built when the window opened
    assert screen.ui.fromDate.date() == QDate(2026, 10, 1) and screen.ui.toDate.date() == QDate(2026, 10, 31)
    assert "Dose and quality report" in screen.pdf_document.getAllText(0).text()
    screen.ui.fromDate.setDate(QDate(2026, 6, 1))
    qtbot.mouseClick(screen.ui.printButton, Qt.MouseButton.LeftButton)     # the dates changed: Show first
    assert "press Show first" in screen.ui.messageLabel.text() and not (tmp_path / "printed.pdf").exists()
    screen.ui.languageCombo.setCurrentIndex(1)
    qtbot.mouseClick(screen.ui.showButton, Qt.MouseButton.LeftButton)
    _ready(qtbot, screen)
    assert "Informe de dosis y calidad" in screen.pdf_document.getAllText(0).text()
    qtbot.mouseClick(screen.ui.printButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not screen.printing, timeout=20000)
    assert len(PdfReader(tmp_path / "printed.pdf").pages) == screen.pdf_document.pageCount()
    assert _last_audit(window) == ("print", "quality_report", "2026-06-01..2026-10-31", "admin")
    qtbot.mouseClick(screen.ui.saveButton, Qt.MouseButton.LeftButton)
    saved = tmp_path / "quality-report-2026-06-01-to-2026-10-31-es.pdf"
    assert saved.exists() and _last_audit(window)[:2] == ("export", "quality_report")


def test_the_front_desk_prints_the_day_sheet_of_the_worklists_day(make_window, qtbot, tmp_path):
    window = make_window("desk")
    action = window.front_desk.actions["printDaySheet"]
    assert action.isEnabled() and action in window.menuExam.actions()
    qtbot.mouseClick(window.findChild(QToolButton, "printDaySheetButton"), Qt.MouseButton.LeftButton)
    screen = window.front_desk.day_sheet
    screen.print_dialog = lambda parent: pdf_printer(tmp_path / "day.pdf")
    _ready(qtbot, screen)
    text = screen.pdf_document.getAllText(0).text()
    assert "Day sheet" in text and "Thursday, November 26, 2026" in text and "CONFIDENTIAL" in text
    first = window.worklist_model.row_at(0)
    assert first.mrn in text
    qtbot.mouseClick(screen.ui.printButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not screen.printing, timeout=20000)
    assert (tmp_path / "day.pdf").exists()
    assert _last_audit(window) == ("print", "day_sheet", "2026-11-26", "desk")


def test_the_admin_alone_cannot_print_the_day_sheet(make_window):
    window = make_window("admin")
    assert not window.front_desk.actions["printDaySheet"].isEnabled()
