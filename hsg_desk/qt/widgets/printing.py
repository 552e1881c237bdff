"""Printing and saving PDFs, shared by the Documents page and the report windows.

Qt's print and save dialogs (injected into the views, so tests never open one) and the
painting of a PDF's pages onto a printer, band by band, on a worker thread (see
documents_page's docstring for why a worker may paint on the QPrinter); a child process
rasterises the pages (qt/pdf_pages.py).
"""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPoint, QRect
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from hsg_desk.domain.errors import DomainError
from hsg_desk.qt.ops import Progress
from hsg_desk.qt.pdf_pages import rendered_pages

# Pages are rasterised at the printer's resolution, but not above this: 300 dpi prints text
# crisply, while a 1200 dpi letter page would be a half-gigabyte image.
MAX_PRINT_DPI = 300
# A page is painted onto the printer in bands of this many image rows. PySide6 keeps
# Python's GIL through each Qt call, so one drawImage of a whole 300-dpi page (0.5-0.9 s:
# the print engine compresses it) froze the window as if it ran on the UI thread; a band
# takes a few milliseconds, and the UI thread gets the GIL between two bands.
BAND_ROWS = 64

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
    """Paint each page, rendered at the printer's resolution (capped), onto the printer's page.

    Runs on a worker thread; the pages are rendered by a child process (qt/pdf_pages.py:
    pdfium keeps the GIL for a whole page), and `printer` must not be used by any other
    thread until this returns."""
    # Device pixels per image pixel, a whole number so every band lands on whole device
    # pixels (a fractional scale leaves hairline seams between bands).
    factor = max(1, math.ceil(printer.resolution() / MAX_PRINT_DPI))
    painter = QPainter()
    if not painter.begin(printer):
        raise DomainError(QT_TRANSLATE_NOOP("messages", "The printer could not be started."))  # error_text says it
    try:
        viewport = painter.viewport()
        for index, image in enumerate(rendered_pages(pdf, viewport.size(), factor, progress)):
            if index:
                printer.newPage()
            paint_in_bands(painter, image, factor, viewport.topLeft())
    finally:
        painter.end()


def paint_in_bands(painter: QPainter, image: QImage, factor: int, origin: QPoint) -> None:
    """Paint `image` at `origin`, `factor` device pixels per image pixel, BAND_ROWS rows at
    a time (each band on whole device pixels, so no seam shows). A band with no colour
    goes to the printer as 8-bit grey, a third of the bytes to compress."""
    for top in range(0, image.height(), BAND_ROWS):
        rows = min(BAND_ROWS, image.height() - top)
        band = image.copy(0, top, image.width(), rows)
        if band.format() != QImage.Format.Format_Grayscale8 and band.allGray():
            band = band.convertToFormat(QImage.Format.Format_Grayscale8)
        painter.drawImage(QRect(origin.x(), origin.y() + top * factor, image.width() * factor, rows * factor), band)
