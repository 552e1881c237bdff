"""A PDF printed by a child process: its pages rendered and painted onto a printer set up as
the one chosen in the print dialog (issue #21).

pdfium renders a 300-dpi page in one call (60-150 ms, more on a busy machine), and PySide6
keeps Python's GIL through that call and through each `drawImage` onto the printer (the
print engine compresses the image meanwhile), so on a worker thread both froze the window
as if they ran on the UI thread: rendered in a child and painted in bands by the worker,
a 3-page summary still froze it for 40-180 ms on this busy machine. Here the child does
all of it; the worker only waits for its lines (a blocking read lets go of the GIL).

The child is `python -m hsg_desk.qt.pdf_pages PDF SETTINGS`: SETTINGS is the printer's set-up
as JSON (printer_settings). It prints "pages N" first, then "printed I" as each page is
done. Each page is fitted into the printable area and rendered at the printer's resolution,
but not above MAX_PRINT_DPI, on white.
"""

from __future__ import annotations

import json
import math
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QMarginsF, QRect, QSize, QSizeF, Qt
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter

from hsg_desk.domain.errors import DomainError

Progress = Callable[[int, int], None]
# Pages are rasterised at the printer's resolution, but not above this: 300 dpi prints text
# crisply, while a 1200 dpi letter page would be a half-gigabyte image.
MAX_PRINT_DPI = 300
PRINTER_NOT_STARTED = 3  # the child's exit code when the printer refuses to start


def printer_settings(printer: QPrinter) -> dict:
    """What the print dialog set on `printer`, for the child's own QPrinter."""
    layout = printer.pageLayout()
    margins = layout.margins(QPageLayout.Unit.Millimeter)
    size = layout.pageSize().size(QPageSize.Unit.Point)
    return {
        "output_format": printer.outputFormat().value, "output_file": printer.outputFileName(),
        "printer_name": printer.printerName(), "resolution": printer.resolution(),
        "page_size_id": layout.pageSize().id().value, "page_size_pt": [size.width(), size.height()],
        "orientation": layout.orientation().value,
        "margins_mm": [margins.left(), margins.top(), margins.right(), margins.bottom()],
        "full_page": printer.fullPage(), "copies": printer.copyCount(), "collate": printer.collateCopies(),
        "duplex": printer.duplex().value, "colour_mode": printer.colorMode().value,
        "document_name": printer.docName(),
    }


def printer_from(settings: dict) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat(settings["output_format"]))
    if settings["output_format"] == QPrinter.OutputFormat.NativeFormat.value:
        printer.setPrinterName(settings["printer_name"])
    else:
        printer.setOutputFileName(settings["output_file"])
    printer.setResolution(settings["resolution"])
    size_id = QPageSize.PageSizeId(settings["page_size_id"])
    page_size = (QPageSize(QSizeF(*settings["page_size_pt"]), QPageSize.Unit.Point)
                 if size_id == QPageSize.PageSizeId.Custom else QPageSize(size_id))
    printer.setFullPage(settings["full_page"])
    printer.setPageLayout(QPageLayout(page_size, QPageLayout.Orientation(settings["orientation"]),
                                      QMarginsF(*settings["margins_mm"]), QPageLayout.Unit.Millimeter))
    printer.setCopyCount(settings["copies"])
    printer.setCollateCopies(settings["collate"])
    printer.setDuplex(QPrinter.DuplexMode(settings["duplex"]))
    printer.setColorMode(QPrinter.ColorMode(settings["colour_mode"]))
    printer.setDocName(settings["document_name"])
    return printer


def print_in_child(pdf: bytes, printer: QPrinter, progress: Progress = lambda done, total: None) -> None:
    """Print `pdf` as `printer` is set up, from a child process; its failure says why."""
    with tempfile.TemporaryDirectory(prefix="hsg-print-") as name:
        source = Path(name) / "document.pdf"
        source.write_bytes(pdf)
        with open(Path(name) / "errors.txt", "w+") as errors:
            child = subprocess.Popen([sys.executable, "-m", __name__, str(source), json.dumps(printer_settings(printer))],
                                     stdout=subprocess.PIPE, stderr=errors, stdin=subprocess.DEVNULL, text=True)
            total = 0
            with child.stdout:
                for line in child.stdout:
                    word, number = line.split()
                    if word == "pages":
                        total = int(number)
                    else:
                        progress(int(number), total)
            if child.wait() == PRINTER_NOT_STARTED:
                raise DomainError(QT_TRANSLATE_NOOP("messages", "The printer could not be started."))  # error_text says it
            if child.returncode != 0:
                errors.seek(0)
                reason = (errors.read().strip().splitlines() or ["it stopped"])[-1]
                raise DomainError(QCoreApplication.translate(
                    "printing", "The pages could not be prepared for the printer: {reason}").format(reason=reason))


def on_white(image: QImage) -> QImage:
    """The page on white, without alpha: pdfium leaves the page transparent, which an
    opaque format turns black; and as 8-bit grey when it has no colour (a third of the bytes)."""
    painter = QPainter(image)
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_DestinationOver)
    painter.fillRect(image.rect(), Qt.GlobalColor.white)
    painter.end()
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    return image.convertToFormat(QImage.Format.Format_Grayscale8) if image.allGray() else image


def print_pages(source: Path, settings: dict) -> int:
    """The child's work (see the module's docstring); its exit code."""
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtPdf import QPdfDocument

    app = QGuiApplication(sys.argv[:1])  # noqa: F841 — the printer needs one
    document = QPdfDocument()
    document.load(str(source))
    if document.status() != QPdfDocument.Status.Ready:
        raise SystemExit(QCoreApplication.translate("printing", "the PDF could not be read ({error})")
                         .format(error=document.error().name))
    printer = printer_from(settings)
    # Device pixels per image pixel, a whole number so the page lands on whole device pixels.
    factor = max(1, math.ceil(printer.resolution() / MAX_PRINT_DPI))
    painter = QPainter()
    if not painter.begin(printer):
        return PRINTER_NOT_STARTED
    print("pages", document.pageCount(), flush=True)
    viewport = painter.viewport()
    for index in range(document.pageCount()):
        if index:
            printer.newPage()
        fitted = document.pagePointSize(index).toSize().scaled(viewport.size(), Qt.AspectRatioMode.KeepAspectRatio)
        image = on_white(document.render(index, QSize(fitted.width() // factor, fitted.height() // factor)))
        painter.drawImage(QRect(viewport.topLeft(), image.size() * factor), image)
        print("printed", index + 1, flush=True)
    painter.end()
    return 0


if __name__ == "__main__":
    sys.exit(print_pages(Path(sys.argv[1]), json.loads(sys.argv[2])))
