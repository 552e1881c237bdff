"""Windows that preview a report over dates, then print or save it (issue 19):
*Admin → Quality report…* (a period, no patient names) and *Print day sheet* (one day,
confidential). They use the Documents page's machinery: Qt's PDF viewer, the injected print
dialog and file prompt, pages rasterised onto the printer, each print or save audited.

The figures are read on the UI thread (the database connection lives there); reportlab
builds the PDF on a worker (qt/ops.py), so a long period never freezes the window.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QBuffer, QByteArray, QCoreApplication, QDate, QIODevice, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QWidget

from hsg_desk.domain.errors import DomainError
from hsg_desk.domain.vocabulary import Language
from hsg_desk.qt.domain_text import error_text
from hsg_desk.qt.ops import Op
from hsg_desk.qt.ui.ui_report_window import Ui_ReportWindow
from hsg_desk.qt.widgets.printing import PrintDialog, SavePrompt, ask_printer, ask_save_path, print_pdf
from hsg_desk.reports.fonts import register_fonts

LANGUAGES = tuple(Language)  # in the order of the language box


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class ReportWindow(QWidget):
    """The shared window; a subclass says what to read (`figures`), how to build it
    (`build`), how to name the file (`suggested_name`) and how to record an output."""

    title = QT_TRANSLATE_NOOP("ReportWindow", "Report")

    def __init__(self, ctx, parent=None, *, print_dialog: PrintDialog = ask_printer,
                 save_prompt: SavePrompt = ask_save_path):
        super().__init__(parent)
        self.ctx = ctx
        self.print_dialog, self.save_prompt = print_dialog, save_prompt
        self.ui = Ui_ReportWindow()
        self.ui.setupUi(self)
        self.title = QCoreApplication.translate("ReportWindow", type(self).title)
        self.setWindowTitle(self.title)
        self.pdf: bytes | None = None
        self.shown: tuple | None = None      # (dates..., language) of the preview
        self.building = False
        self.printing = False
        self._buffer = None
        self.pdf_document = QPdfDocument(self)
        self.viewer = QPdfView(self.ui.previewHolder)
        self.viewer.setObjectName("reportPreview")
        self.viewer.setPageMode(QPdfView.PageMode.MultiPage)
        self.viewer.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.viewer.setDocument(self.pdf_document)
        self.ui.previewLayout.addWidget(self.viewer)
        self.ui.showButton.clicked.connect(self.refresh)
        self.ui.printButton.clicked.connect(self.print_report)
        self.ui.saveButton.clicked.connect(lambda: self.save_report())
        QShortcut(QKeySequence.StandardKey.Print, self, activated=self.ui.printButton.click)
        self._set_output_enabled(False)

    @property
    def language(self) -> str:
        return LANGUAGES[self.ui.languageCombo.currentIndex()]

    def choice(self) -> tuple:
        raise NotImplementedError

    def figures(self, choice: tuple):
        raise NotImplementedError

    def build(self, figures, language: str) -> bytes:
        raise NotImplementedError

    def suggested_name(self, choice: tuple) -> str:
        raise NotImplementedError

    def record(self, choice: tuple, language: str, action: str, target: str) -> None:
        raise NotImplementedError

    # -- preview --------------------------------------------------------------
    def refresh(self) -> None:
        """Read the figures now and build the preview on a worker."""
        choice, language = self.choice(), self.language
        try:
            figures = self.figures(choice)
        except DomainError as error:
            self._say(error_text(error))
            self._set_output_enabled(False)
            return
        register_fonts()  # once, here: the worker then only reads reportlab's font tables
        self.building = True
        self._set_output_enabled(False)
        self._say(self.tr("Building the preview…"))
        Op(parent=self, work=lambda progress: self.build(figures, language),  # reportlab takes turns itself
           success=lambda pdf: self._show(pdf, (*choice, language)),
           title=self.title).failure(self._failed).with_progress(self.tr("Building the preview…")).run()

    def _show(self, pdf: bytes, shown: tuple) -> None:
        self.building = False
        self.pdf, self.shown = pdf, shown
        self.pdf_document.close()
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(pdf))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.pdf_document.load(self._buffer)
        self._say("")
        self._set_output_enabled(True)

    def _failed(self, error: BaseException) -> None:
        self.building = False
        self._say(error_text(error) if isinstance(error, DomainError)
                  else self.tr("The preview could not be built: {reason}").format(reason=error))

    def _say(self, text: str) -> None:
        self.ui.messageLabel.setText(text)

    def _set_output_enabled(self, enabled: bool) -> None:
        self.ui.printButton.setEnabled(enabled)
        self.ui.saveButton.setEnabled(enabled)

    # -- output ---------------------------------------------------------------
    def _current(self) -> tuple[bytes, tuple] | None:
        """The PDF the preview shows, when it still matches the choices on screen."""
        if self.pdf is None or self.shown != (*self.choice(), self.language):
            self._say(self.tr("The dates or the language changed: press Show first."))
            return None
        return self.pdf, self.shown

    def print_report(self) -> bool:
        """Print the preview through the print dialog; True when printing started (the pages
        are rendered onto the printer on a worker, and the print is recorded when done)."""
        current = self._current()
        if current is None:
            return False
        pdf, shown = current
        printer = self.print_dialog(self)
        if printer is None:
            return False
        target = printer.printerName() or printer.outputFileName()
        self.printing = True

        def printed(_result) -> None:
            self.printing = False
            self.record(shown[:-1], shown[-1], "print", target)
            self._say(self.tr("Printed."))

        def failed(error: BaseException) -> None:
            self.printing = False
            self._say(error_text(error))

        Op(parent=self, work=lambda progress: print_pdf(pdf, printer, progress), success=printed,
           title=self.title).failure(failed).with_progress(self.tr("Printing…")).run()
        return True

    def save_report(self, path: str | None = None) -> str | None:
        current = self._current()
        if current is None:
            return None
        pdf, shown = current
        if path is None:
            path = self.save_prompt(self, self.suggested_name(shown))
            if not path:
                return None
        try:
            Path(path).write_bytes(pdf)
        except OSError as error:
            self._say(self.tr("Could not save {path}: {reason}").format(path=path, reason=error.strerror or error))
            return None
        self.record(shown[:-1], shown[-1], "save", str(Path(path).resolve()))
        self._say(self.tr("Saved {path}.").format(path=path))
        return path


class QualityReportWindow(ReportWindow):
    """Admin › Quality report…: the dose and quality report of a period (admin or radiologist)."""

    title = QT_TRANSLATE_NOOP("ReportWindow", "Dose and quality report")

    def __init__(self, ctx, parent=None, **prompts):
        super().__init__(ctx, parent, **prompts)
        today = ctx.today()
        last_month_end = today.replace(day=1) - timedelta(days=1)
        self.ui.fromDate.setDate(_qdate(last_month_end.replace(day=1)))
        self.ui.toDate.setDate(_qdate(last_month_end))
        self.ui.fromDate.setAccessibleName(self.tr("First day of the report"))
        self.ui.toDate.setAccessibleName(self.tr("Last day of the report"))

    def choice(self) -> tuple:
        return self.ui.fromDate.date().toPython(), self.ui.toDate.date().toPython()

    def figures(self, choice: tuple):
        from hsg_desk.services.quality_report import load_quality_report

        return load_quality_report(self.ctx, *choice)

    def build(self, figures, language: str) -> bytes:
        from hsg_desk.reports.quality import build_quality_report

        return build_quality_report(figures, language)

    def suggested_name(self, choice: tuple) -> str:
        start, end, language = choice
        return f"quality-report-{start}-to-{end}-{language}.pdf"

    def record(self, choice: tuple, language: str, action: str, target: str) -> None:
        from hsg_desk.services.quality_report import record_report_output

        record_report_output(self.ctx, *choice, language, action, target)

    def showEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        super().showEvent(event)
        if self.pdf is None and not self.building and not event.spontaneous():
            self.refresh()


class DaySheetWindow(ReportWindow):
    """Print day sheet: one day's exams, landscape, confidential (names); every print audited."""

    title = QT_TRANSLATE_NOOP("ReportWindow", "Day sheet")

    def __init__(self, ctx, day: date, parent=None, **prompts):
        super().__init__(ctx, parent, **prompts)
        self.ui.fromLabel.setText(self.tr("&Day"))
        self.ui.fromDate.setDate(_qdate(day))
        self.ui.fromDate.setAccessibleName(self.tr("Day of the sheet"))
        self.ui.toLabel.hide()
        self.ui.toDate.hide()
        self.setWindowFlag(Qt.WindowType.Window, True)

    def choice(self) -> tuple:
        return (self.ui.fromDate.date().toPython(),)

    def figures(self, choice: tuple):
        from hsg_desk.services.day_sheet import load_day_sheet

        return load_day_sheet(self.ctx, choice[0])

    def build(self, figures, language: str) -> bytes:
        from hsg_desk.reports.day_sheet import build_day_sheet

        return build_day_sheet(figures, language)

    def suggested_name(self, choice: tuple) -> str:
        day, language = choice
        return f"day-sheet-{day}-{language}.pdf"

    def record(self, choice: tuple, language: str, action: str, target: str) -> None:
        from hsg_desk.services.day_sheet import record_day_sheet_output

        record_day_sheet_output(self.ctx, choice[0], language, action, target)

    def showEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        super().showEvent(event)
        if self.pdf is None and not self.building and not event.spontaneous():
            self.refresh()
