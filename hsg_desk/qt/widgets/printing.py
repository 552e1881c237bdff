"""Printing and saving PDFs, shared by the Documents page and the report windows.

Qt's print and save dialogs (injected into the views, so tests never open one), and printing
a PDF from a worker thread through a child process (qt/pdf_pages.py).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from hsg_desk.qt.ops import Progress
from hsg_desk.qt.pdf_pages import print_in_child

PrintDialog = Callable[[QWidget], "QPrinter | None"]
SavePrompt = Callable[[QWidget, str], "str | None"]


def ask_printer(parent: QWidget) -> QPrinter | None:
    """Qt's print dialog; the chosen printer, or None when cancelled."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("printing", "Print document"))
    return printer if dialog.exec() == QDialog.DialogCode.Accepted else None


def ask_save_path(parent: QWidget, suggested: str) -> str | None:
    """Qt's save-file dialog; the chosen path, or None when cancelled."""
    path, _ = QFileDialog.getSaveFileName(parent, QCoreApplication.translate("printing", "Save as PDF"), suggested,
                                          QCoreApplication.translate("printing", "PDF files (*.pdf)"))
    return path or None


def print_pdf(pdf: bytes, printer: QPrinter, progress: Progress = lambda done, total: None) -> None:
    """Print `pdf` on `printer`, from a worker thread: a child process renders the pages and
    paints them onto a printer set up as this one (qt/pdf_pages.py: pdfium and the print
    engine keep Python's GIL for tens of milliseconds a call, which froze the window)."""
    print_in_child(pdf, printer, progress)
