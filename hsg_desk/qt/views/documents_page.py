"""The Documents page of the exam workspace (DESIGN.md §6): preview, print, save as PDF.

The PDF is built from the exam's current record each time it is shown, previewed in Qt's
PDF viewer, printed page by page through Qt's print dialog, or saved. Every print and save
is recorded (printed_documents and the audit trail). The print dialog and the file-name
prompt are injected, so tests never open a modal dialog.

The window never waits for a document (issue #21): the record is read on the UI thread
(it owns the database connection), then building the PDF, or writing the file, runs on a
worker thread through qt/ops.py, with progress in the window, and a child process prints
the pages on a printer set up as the one chosen (qt/pdf_pages.py; the worker reads the
chosen QPrinter's settings and waits); the print log is written back on the UI thread
when the work is done.

Other pages print through `print_document(kind, language)`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QStandardPaths, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QMessageBox, QWidget

from hsg_desk.domain.errors import DomainError
from hsg_desk.domain.vocabulary import DocumentKind, Language
from hsg_desk.qt.domain_text import domain_text, error_text
from hsg_desk.qt.ops import Op
from hsg_desk.qt.ui.ui_documents_page import Ui_DocumentsPage
from hsg_desk.qt.widgets.combo_typing import select_by_typing
from hsg_desk.qt.widgets.printing import PrintDialog, SavePrompt, ask_printer, ask_save_path, print_pdf
from hsg_desk.services.bundle import Services
from hsg_desk.services.document_output import PreparedDocument, prepared_from
from hsg_desk.services.documents import (LANGUAGE_NAMES, DocumentFacts, document_language, prep_sheet_warning,
                                         save_pdf_file)

KINDS = tuple(DocumentKind)  # the document and language combo boxes' items, in order
LANGUAGES = tuple(Language)
KIND_NAMES = {kind: kind.label for kind in DocumentKind}
ExplainAloud = Callable[[QWidget, str], bool]  # (parent, question) → staff will explain it aloud


def ask_explain_aloud(parent: QWidget, question: str) -> bool:
    """Qt's yes/no box: will staff explain the English-only text aloud?"""
    answer = QMessageBox.question(parent, QCoreApplication.translate("DocumentsPage", "Not in her language"), question,
                                  QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


log = logging.getLogger(__name__)


def language_name(language: str) -> str:
    """"Spanish" / "español": a document's language named in the interface language."""
    return domain_text(LANGUAGE_NAMES[language])


def parsed_preview(pdf: bytes) -> tuple[bytes, QPdfDocument, QBuffer]:
    """On a worker: the PDF and a QPdfDocument that has parsed it (pdfium keeps the GIL for
    that, 20-55 ms on this machine), handed over to the UI thread to be shown."""
    buffer = QBuffer()
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    ui_thread = QCoreApplication.instance().thread()
    buffer.moveToThread(ui_thread)
    document.moveToThread(ui_thread)
    return pdf, document, buffer


def save_pdf(pdf: bytes, path: str) -> None:
    """Write the file (worker thread), owner-only; an OSError says why it could not be saved."""
    save_pdf_file(pdf, Path(path))


class DocumentsPage(QWidget):
    documentOutput = Signal(str, str, str)   # kind, language, action ('print' | 'save')

    def __init__(self, ctx, parent=None, *, print_dialog: PrintDialog = ask_printer,
                 save_prompt: SavePrompt = ask_save_path, explain_aloud: ExplainAloud = ask_explain_aloud,
                 services: Services | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.documents = (services or Services(ctx)).documents
        self.print_dialog = print_dialog
        self.save_prompt = save_prompt
        self.explain_aloud = explain_aloud
        self.exam_id: int | None = None
        self.facts: DocumentFacts | None = None
        self.last_folder: Path | None = None  # where the last PDF was saved, this session
        self.refusal = ""  # why the last document asked for could not print (said where it was asked)
        self.pdf: bytes | None = None
        self.ui = Ui_DocumentsPage()
        self.ui.setupUi(self)
        select_by_typing(self)
        self.pdf_document = QPdfDocument(self)
        self._buffer: QBuffer | None = None
        self._previews = 0  # previews asked for; only the newest is shown
        self._outputs = 0  # prints and saves running on a worker
        self._ready = False  # the chosen document can be printed
        self.viewer = QPdfView(self.ui.previewHolder)
        self.viewer.setObjectName("documentPreview")
        self.viewer.setPageMode(QPdfView.PageMode.MultiPage)
        self.viewer.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.viewer.setDocument(self.pdf_document)
        self.ui.previewLayout.addWidget(self.viewer)
        self.ui.documentCombo.currentIndexChanged.connect(self._document_changed)
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
        return LANGUAGES[self.ui.languageCombo.currentIndex()]

    def _set_language(self, language: str) -> None:
        self.ui.languageCombo.blockSignals(True)
        self.ui.languageCombo.setCurrentIndex(LANGUAGES.index(language))
        self.ui.languageCombo.blockSignals(False)

    def _default_language(self, kind: str) -> str:
        """The staff summary starts in English, a patient document in her language; either can be changed."""
        return "en" if kind == "summary" or self.facts is None else self.facts.preferred_language

    def load(self, exam_id: int) -> None:
        """Open exam `exam_id`: her preferred language, and a preview of the chosen document."""
        self.exam_id = exam_id
        self.facts = None
        try:
            self.facts = self.documents.facts(exam_id)
        except DomainError as error:  # e.g. a role that may not print documents
            self.ui.messageLabel.setText(error_text(error))
            self._set_enabled(False)
            return
        self._set_language(self._default_language(self.kind))
        if self.isVisible():  # else showEvent builds it, so opening an exam stays fast
            self.refresh()

    def show_document(self, kind: str, language: str | None = None) -> None:
        """Choose `kind` (and `language`, else her preference) and preview it."""
        self.ui.documentCombo.blockSignals(True)
        self.ui.languageCombo.blockSignals(True)
        self.ui.documentCombo.setCurrentIndex(KINDS.index(kind))
        if self.facts is not None:
            self.ui.languageCombo.setCurrentIndex(LANGUAGES.index(
                language or self._default_language(kind) if kind == "summary"
                else document_language(self.facts, language)))
        self.ui.documentCombo.blockSignals(False)
        self.ui.languageCombo.blockSignals(False)
        self.refresh()

    def showEvent(self, event) -> None:
        # The record may have moved on (e.g. step 9 done) since the preview was built.
        if self.facts is not None:
            self.facts = self.documents.facts(self.exam_id)
            self.refresh()
        super().showEvent(event)

    def _document_changed(self, *_args) -> None:
        self._set_language(self._default_language(self.kind))
        self.refresh()

    def _choice_changed(self, *_args) -> None:
        self.refresh()

    def refresh(self) -> None:
        """Rebuild the chosen document (on a worker) and show it, or say why it cannot print yet."""
        self.pdf = None
        self.pdf_document.close()
        self._previews += 1  # an older preview still building is dropped when it arrives
        if self.facts is None:
            return
        number = self._previews
        try:
            prepared = prepared_from(self.exam_id, self.facts, self.kind, self.language)
        except DomainError as error:
            self.ui.messageLabel.setText(error_text(error))
            self._set_enabled(False)
            return
        warning = prepared.warning
        if prepared.untranslated:
            # The preview shows what would print once staff confirm they will explain it aloud.
            warning = self._untranslated_question(prepared.language).split("\n")[0]
            prepared = prepared.as_if_explained_aloud()
        self.ui.messageLabel.setText(f"⚠ {warning}" if warning else "")
        self._set_enabled(True)
        Op(parent=self, work=lambda progress: parsed_preview(prepared.build()),
           success=lambda preview: self._show_preview(number, *preview)).failure(self._preview_failed).run()

    def output_warning(self, kind: str) -> str:
        """What the front desk must know before handing the sheet over (a date outside her window)."""
        return prep_sheet_warning(self.facts) if kind == "prep" and self.facts is not None else ""

    def _show_preview(self, number: int, pdf: bytes, document: QPdfDocument, buffer: QBuffer) -> None:
        if number != self._previews:
            document.deleteLater()
            buffer.deleteLater()
            return
        old_document, old_buffer = self.pdf_document, self._buffer
        document.setParent(self)
        buffer.setParent(self)
        self.pdf, self.pdf_document, self._buffer = pdf, document, buffer
        self.viewer.setDocument(document)
        old_document.deleteLater()
        if old_buffer is not None:
            old_buffer.deleteLater()

    def _preview_failed(self, error: Exception) -> None:
        self.ui.messageLabel.setText(self.tr("The preview could not be built: {error}").format(error=error))

    def _set_enabled(self, ready: bool) -> None:
        self._ready = ready
        enabled = ready and not self._outputs  # one print or save at a time
        self.ui.printButton.setEnabled(enabled)
        self.ui.saveButton.setEnabled(enabled)

    # -- print and save (also called by the check-in and exam pages) ------------
    def _prepared(self, kind: str, language: str | None) -> PreparedDocument | None:
        """The exam's current record and the document's language, read on the UI thread;
        None (and the reason at the field) when it cannot be printed yet."""
        self.refusal = ""
        if self.exam_id is None:
            return None
        try:
            prepared = self.documents.prepare(self.exam_id, kind, language)
            self.facts = prepared.facts
            if prepared.untranslated:
                if not self.explain_aloud(self, self._untranslated_question(prepared.language)):
                    self.refusal = self.tr("Not printed: enter the antibiotic order in {language} on the booking, "
                                           "or explain it aloud.").format(language=language_name(prepared.language))
                    self.ui.messageLabel.setText(self.refusal)
                    return None
                prepared = self.documents.explain_aloud(prepared)  # audited
            return prepared
        except DomainError as error:
            self.refusal = error_text(error)
            self.ui.messageLabel.setText(self.refusal)
            return None

    def _untranslated_question(self, language: str) -> str:
        return self.tr("The antibiotic order was entered in English only; her sheet is in {language}.\n\n"
                       "The sheet will not print it in English: it will say, in {language}, that staff explain "
                       "it to her in person. Will you explain the antibiotic order to her aloud before she "
                       "leaves?").format(language=language_name(language))

    def print_document(self, kind: str, language: str | None = None) -> bool:
        """Print `kind` in `language` (else her preferred one) through the print dialog.

        True when printing started: the pages are rendered and printed on a worker, and
        `documentOutput` fires once the print is recorded; False when cancelled or not ready."""
        prepared = self._prepared(kind, language)
        if prepared is None:
            return False
        printer = self.print_dialog(self)
        if printer is None:
            return False
        target = printer.printerName() or printer.outputFileName()
        self._start_output(self.tr("Printing the {document}…").format(document=domain_text(KIND_NAMES[kind]).lower()),
                           lambda progress: print_pdf(prepared.build(), printer, progress),
                           lambda: self._record(prepared, "print", target))
        return True

    def save_document(self, kind: str, language: str | None = None, path: str | None = None) -> str | None:
        """Save `kind` as a PDF file (asking where unless `path` is given).

        The path when saving started (the file is built and written on a worker, and
        `documentOutput` fires once it is recorded), or None when cancelled or not ready."""
        prepared = self._prepared(kind, language)
        if prepared is None:
            return None
        if path is None:
            suggested = (self.save_folder()
                         / f"{prepared.facts.patient.mrn}-exam{self.exam_id}-{kind}-{prepared.language}.pdf")
            path = self.save_prompt(self, str(suggested))
            if not path:
                return None
        self.last_folder = Path(path).resolve().parent  # the next save dialog opens here
        self._start_output(self.tr("Saving the {document}…").format(document=domain_text(KIND_NAMES[kind]).lower()),
                           lambda progress: save_pdf(prepared.build(), path),
                           lambda: self._record(prepared, "save", str(Path(path).resolve())),
                           failed=lambda error: self.tr("Could not save {path}: {reason}").format(
                               path=path, reason=getattr(error, "strerror", None) or error))
        return path

    def save_folder(self) -> Path:
        """Where the save dialog opens: the folder used last, else the user's Documents
        (never the program's own folder, where a file would be lost)."""
        if self.last_folder is not None and self.last_folder.is_dir():
            return self.last_folder
        documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        return Path(documents) if documents and Path(documents).is_dir() else Path.home()

    def _start_output(self, label: str, work, record: Callable[[], None], *,
                      failed: Callable[[Exception], str] = str) -> None:
        self._outputs += 1
        self._set_enabled(self._ready)
        self.ui.messageLabel.setText(label)

        def done() -> None:
            self._outputs -= 1
            self._set_enabled(self._ready)

        def succeeded(_result) -> None:
            done()
            record()

        def failure(error: Exception) -> None:
            done()
            if not isinstance(error, (DomainError, OSError)):
                log.error("%s failed", label, exc_info=error)
            self.ui.messageLabel.setText(failed(error))
        Op(parent=self, work=work, success=succeeded).failure(failure).with_progress(label).run()

    def _record(self, prepared: PreparedDocument, action: str, target: str) -> None:
        self.documents.record_output(prepared, action, target)
        done = self.tr("Printed: {document} ({language}).") if action == "print" \
            else self.tr("Saved: {document} ({language}).")
        warning = prepared.warning
        self.ui.messageLabel.setText(done.format(document=domain_text(KIND_NAMES[prepared.kind]),
                                                 language=language_name(prepared.language))
                                     + (f" ⚠ {warning}" if warning else ""))
        self.documentOutput.emit(prepared.kind, prepared.language, action)
