"""The Documents page of the exam workspace (DESIGN.md §6): preview, print, save as PDF.

The PDF is built from the exam's current record each time it is shown (reportlab takes
well under 100 ms), previewed in Qt's PDF viewer, printed page by page through Qt's print
dialog, or saved. Every print and save is recorded (printed_documents and the audit trail).
The print dialog and the file-name prompt are injected, so tests never open a modal dialog.

Other pages print through `print_document(kind, language)`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QPainter, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from hsg_desk.domain.errors import DomainError
from hsg_desk.qt.ui.ui_documents_page import Ui_DocumentsPage
from hsg_desk.reports import build_document
from hsg_desk.services.documents import (DocumentFacts, document_language, load_document_facts,
                                         record_document_output, require_ready)

KINDS = ("summary", "aftercare", "prep", "consent")
LANGUAGES = ("en", "es")
KIND_NAMES = {"summary": "Exam summary", "aftercare": "Aftercare sheet", "prep": "Preparation sheet",
              "consent": "Consent form"}
# Pages are rasterised at the printer's resolution, but not above this: 300 dpi prints text
# crisply, while a 1200 dpi letter page would be a half-gigabyte image.
MAX_PRINT_DPI = 300

PrintDialog = Callable[[QWidget], "QPrinter | None"]
SavePrompt = Callable[[QWidget, str], "str | None"]


def ask_printer(parent: QWidget) -> QPrinter | None:
    """Qt's print dialog; the chosen printer, or None when cancelled."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle("Print document")
    return printer if dialog.exec() == QDialog.DialogCode.Accepted else None


def ask_save_path(parent: QWidget, suggested: str) -> str | None:
    """Qt's save-file dialog; the chosen path, or None when cancelled."""
    path, _ = QFileDialog.getSaveFileName(parent, "Save as PDF", suggested, "PDF files (*.pdf)")
    return path or None


def load_pdf(data: bytes, parent=None) -> tuple[QPdfDocument, QBuffer]:
    """A QPdfDocument reading `data` from a buffer; keep the buffer alive as long as the document."""
    buffer = QBuffer(parent)
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument(parent)
    document.load(buffer)
    return document, buffer


def print_pdf(document: QPdfDocument, printer: QPrinter) -> None:
    """Render each page at the printer's resolution (capped) and paint it onto the printer's page."""
    dpi = min(printer.resolution(), MAX_PRINT_DPI)
    painter = QPainter()
    if not painter.begin(printer):
        raise DomainError("The printer could not be started.")
    try:
        for index in range(document.pageCount()):
            if index:
                printer.newPage()
            points = document.pagePointSize(index)
            image = document.render(index, QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72)))
            target = painter.viewport()
            scaled = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRect(target.x(), target.y(), scaled.width(), scaled.height()), image)
    finally:
        painter.end()


class DocumentsPage(QWidget):
    documentOutput = Signal(str, str, str)   # kind, language, action ('print' | 'save')

    def __init__(self, ctx, parent=None, *, print_dialog: PrintDialog = ask_printer,
                 save_prompt: SavePrompt = ask_save_path):
        super().__init__(parent)
        self.ctx = ctx
        self.print_dialog = print_dialog
        self.save_prompt = save_prompt
        self.exam_id: int | None = None
        self.facts: DocumentFacts | None = None
        self.pdf: bytes | None = None
        self.ui = Ui_DocumentsPage()
        self.ui.setupUi(self)
        self.pdf_document = QPdfDocument(self)
        self._buffer: QBuffer | None = None
        self.viewer = QPdfView(self.ui.previewHolder)
        self.viewer.setObjectName("documentPreview")
        self.viewer.setPageMode(QPdfView.PageMode.MultiPage)
        self.viewer.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.viewer.setDocument(self.pdf_document)
        self.ui.previewLayout.addWidget(self.viewer)
        self.ui.documentCombo.currentIndexChanged.connect(self._choice_changed)
        self.ui.languageCombo.currentIndexChanged.connect(self._choice_changed)
        self.ui.printButton.clicked.connect(lambda: self.print_document(self.kind, self.language))
        self.ui.saveButton.clicked.connect(lambda: self.save_document(self.kind, self.language))
        QShortcut(QKeySequence.StandardKey.Print, self, activated=self.ui.printButton.click)
        self._set_enabled(False)

    # -- what is chosen ---------------------------------------------------------
    @property
    def kind(self) -> str:
        return KINDS[self.ui.documentCombo.currentIndex()]

    @property
    def language(self) -> str:
        return "en" if self.kind == "summary" else LANGUAGES[self.ui.languageCombo.currentIndex()]

    def load(self, exam_id: int) -> None:
        """Open exam `exam_id`: her preferred language, and a preview of the chosen document."""
        self.exam_id = exam_id
        self.facts = None
        try:
            self.facts = load_document_facts(self.ctx, exam_id)
        except DomainError as error:  # e.g. a role that may not print documents
            self.ui.messageLabel.setText(str(error))
            self._set_enabled(False)
            return
        self.ui.languageCombo.blockSignals(True)
        self.ui.languageCombo.setCurrentIndex(LANGUAGES.index(self.facts.preferred_language))
        self.ui.languageCombo.blockSignals(False)
        if self.isVisible():  # else showEvent builds it, so opening an exam stays fast
            self.refresh()

    def show_document(self, kind: str, language: str | None = None) -> None:
        """Choose `kind` (and `language`, else her preference) and preview it."""
        self.ui.documentCombo.blockSignals(True)
        self.ui.languageCombo.blockSignals(True)
        self.ui.documentCombo.setCurrentIndex(KINDS.index(kind))
        if self.facts is not None:
            self.ui.languageCombo.setCurrentIndex(LANGUAGES.index(document_language(self.facts, language)))
        self.ui.documentCombo.blockSignals(False)
        self.ui.languageCombo.blockSignals(False)
        self.refresh()

    def showEvent(self, event) -> None:
        # The record may have moved on (e.g. step 9 done) since the preview was built.
        if self.facts is not None:
            self.facts = load_document_facts(self.ctx, self.exam_id)
            self.refresh()
        super().showEvent(event)

    def _choice_changed(self, *_args) -> None:
        self.refresh()

    def refresh(self) -> None:
        """Rebuild the chosen document and show it, or say why it cannot print yet."""
        self.ui.languageCombo.setEnabled(self.kind != "summary")
        self.pdf = None
        self.pdf_document.close()
        if self.facts is None:
            return
        try:
            self.pdf = self._build(self.kind, self.language)
        except DomainError as error:
            self.ui.messageLabel.setText(str(error))
            self._set_enabled(False)
            return
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(self.pdf))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.pdf_document.load(self._buffer)
        self.ui.messageLabel.setText("")
        self._set_enabled(True)

    def _build(self, kind: str, language: str) -> bytes:
        require_ready(self.facts, kind)
        return build_document(kind, self.facts, language)

    def _set_enabled(self, enabled: bool) -> None:
        self.ui.printButton.setEnabled(enabled)
        self.ui.saveButton.setEnabled(enabled)

    # -- print and save (also called by the check-in and exam pages) ------------
    def _prepared(self, kind: str, language: str | None) -> tuple[bytes, str] | None:
        if self.exam_id is None:
            return None
        try:
            self.facts = load_document_facts(self.ctx, self.exam_id)
            language = "en" if kind == "summary" else document_language(self.facts, language)
            return self._build(kind, language), language
        except DomainError as error:
            self.ui.messageLabel.setText(str(error))
            return None

    def print_document(self, kind: str, language: str | None = None) -> bool:
        """Print `kind` in `language` (else her preferred one) through the print dialog; True when printed."""
        prepared = self._prepared(kind, language)
        if prepared is None:
            return False
        pdf, language = prepared
        printer = self.print_dialog(self)
        if printer is None:
            return False
        document, buffer = load_pdf(pdf, self)
        try:
            print_pdf(document, printer)
        except DomainError as error:
            self.ui.messageLabel.setText(str(error))
            return False
        finally:
            document.close()
            document.deleteLater()
            buffer.deleteLater()
        target = printer.printerName() or printer.outputFileName()
        self._record(kind, language, "print", target)
        return True

    def save_document(self, kind: str, language: str | None = None, path: str | None = None) -> str | None:
        """Save `kind` as a PDF file (asking where unless `path` is given); the path saved, or None."""
        prepared = self._prepared(kind, language)
        if prepared is None:
            return None
        pdf, language = prepared
        if path is None:
            patient = self.facts.patient
            suggested = f"{patient.mrn}-exam{self.exam_id}-{kind}-{language}.pdf"
            path = self.save_prompt(self, suggested)
            if not path:
                return None
        try:
            Path(path).write_bytes(pdf)
        except OSError as error:
            self.ui.messageLabel.setText(f"Could not save {path}: {error.strerror or error}")
            return None
        self._record(kind, language, "save", str(Path(path).resolve()))
        return path

    def _record(self, kind: str, language: str, action: str, target: str) -> None:
        record_document_output(self.ctx, self.exam_id, kind, language, action, target)
        done = "Printed" if action == "print" else "Saved"
        language_name = "English" if language == "en" else "Spanish"
        self.ui.messageLabel.setText(f"{done}: {KIND_NAMES[kind]} ({language_name}).")
        self.documentOutput.emit(kind, language, action)
