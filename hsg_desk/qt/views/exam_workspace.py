"""The exam workspace: a patient banner that never scrolls away, and the exam's pages.

Each page is a QWidget built with the ServiceContext; when it has `load(exam_id)` the
workspace calls it on every open, and when it has a `changed` signal the workspace
refreshes the banner (status, allergies, screening state) whenever it fires.
"""

from __future__ import annotations

import importlib
import sys
import threading

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

from hsg_desk.domain.lifecycle import ExamStatus
from hsg_desk.domain.timing import wall_clock
from hsg_desk.domain.vocabulary import Language
from hsg_desk.qt.domain_text import domain_text, findings_phrases
from hsg_desk.qt.i18n import clock_time, day_and_time, short_date
from hsg_desk.qt.ui.ui_exam_workspace import Ui_ExamWorkspace
from hsg_desk.services.context import ServiceContext
from hsg_desk.services.bundle import Services
from hsg_desk.services.worklist import PatientBanner

# (tab layout, module, class): pages are looked up lazily so the workspace opens fast.
PAGES = (
    ("checkinLayout", "hsg_desk.qt.views.checkin_page", "CheckinPage"),
    ("historyLayout", "hsg_desk.qt.views.history_page", "HistoryPage"),
    ("procedureLayout", "hsg_desk.qt.views.procedure_page", "ProcedurePage"),
    ("documentsLayout", "hsg_desk.qt.views.documents_page", "DocumentsPage"),
)
PAGE_NAMES = frozenset(class_name for _, _, class_name in PAGES)
# Pages that load their exam themselves when their tab is shown (showEvent), because
# another tab may have changed what they show: opening an exam only tells them which one
# while they are hidden, instead of loading them twice (issue #21).
LOADED_WHEN_SHOWN = frozenset({"HistoryPage"})
# Pages the prebuild makes in parts, one per event-loop turn (`in_parts=True`, then
# `build_next_part()` until it says False): the Procedure page alone took ~55 ms of CPU.
BUILT_IN_PARTS = frozenset({"ProcedurePage"})
IMPORT_AFTER_MS = 150
PREBUILD_AFTER_MS = 900
# Between two steps of the prebuild: a 0 ms timer let Qt lay the last page out and build
# the next in one stretch (two pages, ~60 ms); a short pause lets input and painting through.
BETWEEN_PAGES_MS = 30
# What the pages need that is plain Python (reportlab, the services): imported on a worker
# thread after the first paint. Never a PySide6 module there: a Qt module initialised on a
# worker while the UI thread built widgets crashed the start (QtPrintSupport, about one
# start in ten on a busy machine, issue #21). Those, and the page modules, are imported on
# the UI thread during the prebuild, one per event-loop turn.
BACKGROUND_IMPORTS = (
    "hsg_desk.reports", "hsg_desk.services.documents", "hsg_desk.services.exam_room",
    "hsg_desk.services.checkin", "hsg_desk.services.booking", "hsg_desk.services.screening",
    "hsg_desk.domain.procedure_record", "hsg_desk.services.exam_status", "hsg_desk.services.mpps_outbox",
    "subprocess", "tempfile",  # the printing's child process (qt/pdf_pages.py)
)
QT_IMPORTS = ("PySide6.QtPdf", "PySide6.QtPdfWidgets", "PySide6.QtPrintSupport")


class Pages(dict):
    """The workspace's pages by class name. One of PAGES not made yet is made when asked for
    (`pages["HistoryPage"]` or `.get`), given the open exam: an exam opened before the
    prebuild has made every page makes only the shown tab's page at once (issue #21)."""

    def __init__(self, make):
        super().__init__()
        self._make = make

    def __missing__(self, class_name: str):
        if class_name not in PAGE_NAMES:
            raise KeyError(class_name)
        return self._make(class_name)

    def get(self, class_name: str, default=None):
        return self[class_name] if class_name in self or class_name in PAGE_NAMES else default


def _import_in_background() -> None:
    threading.Thread(target=_import_plain_python, name="import-pages", daemon=True).start()


def _import_plain_python() -> None:
    for module_name in BACKGROUND_IMPORTS:
        try:
            importlib.import_module(module_name)
        except Exception:  # noqa: BLE001 — the UI thread imports it again and reports it
            pass


class ExamWorkspace(QWidget):
    closeRequested = Signal()
    examChanged = Signal(int)

    def __init__(self, ctx: ServiceContext, parent=None, *, services: Services | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.services = services or Services(ctx)  # handed to every page
        self.worklist = self.services.worklist
        self.ui = Ui_ExamWorkspace()
        self.ui.setupUi(self)
        self.ui.banner.setObjectName("patientBanner")
        self.ui.patientName.setObjectName("bannerName")
        self.ui.backButton.clicked.connect(self.closeRequested)
        self.exam_id: int | None = None
        self.overview: PatientBanner | None = None
        # "This record was changed by NAME at TIME": another workstation's change, shown
        # until another exam is opened.
        self.changed_notice = QLabel(self)
        self.changed_notice.setObjectName("changedElsewhere")
        self.changed_notice.setProperty("role", "notice")
        self.changed_notice.hide()
        self.ui.workspaceLayout.insertWidget(1, self.changed_notice)
        self._reload_timer = QTimer(self, interval=200)
        self._reload_timer.timeout.connect(self._reload_when_not_typing)
        self.pages: dict[str, QWidget] = Pages(self._build_named_page)
        self._exam_not_given: set[str] = set()  # pages made in parts while an exam was open
        self._tried_imports: set[str] = set()
        # The pages (and the PDF library behind Documents) cost ~0.3 s, mostly imports. Once
        # the worklist is painted the plain-Python imports run on a worker thread, then the
        # Qt modules, the page modules and the widgets come one per event-loop turn on the
        # UI thread; the first open builds whatever is still missing.
        QTimer.singleShot(IMPORT_AFTER_MS, self, _import_in_background)
        self._prebuild_timer = QTimer(self, singleShot=True)
        self._prebuild_timer.timeout.connect(self._prebuild)
        self._prebuild_timer.start(PREBUILD_AFTER_MS)
        self.ui.tabs.currentChanged.connect(self._tab_shown)

    def build_pages(self) -> None:
        while self._build_next_page():
            pass
        for name, page in self.pages.items():  # pages the prebuild left in parts
            self._finish(page)
            if name in self._exam_not_given:
                self._give_exam(name, page)
        self._exam_not_given.clear()

    def _prebuild(self) -> None:
        """One step per event-loop turn (a Qt module, a page's module, a page or a part of
        one), so the window never freezes for all of them."""
        if self.prebuild_step():
            self._prebuild_timer.start(BETWEEN_PAGES_MS)

    def prebuild_step(self) -> bool:
        """Import one module or make one page or part of a page; False when nothing is left."""
        return self._import_next_module() or self._build_next_part() or self._build_next_page()

    def _build_next_part(self) -> bool:
        """The next part of a page the prebuild made in parts, or the open exam given to it
        once it is whole; False when none is left."""
        for name, page in self.pages.items():
            if name in BUILT_IN_PARTS and getattr(page, "build_next_part", lambda: False)():
                return True
            if name in self._exam_not_given:
                self._exam_not_given.discard(name)
                self._give_exam(name, page)
                return True
        return False

    def _import_next_module(self) -> bool:
        """Import the first Qt module or page module not imported yet; False when none is left."""
        wanted = [*QT_IMPORTS, *(module for _, module, class_name in PAGES if class_name not in self.pages)]
        for module_name in wanted:
            if module_name not in sys.modules and module_name not in self._tried_imports:
                self._tried_imports.add(module_name)
                try:
                    importlib.import_module(module_name)
                except ImportError:  # building the page says so (see _build_page)
                    pass
                return True
        return False

    def _build_next_page(self) -> bool:
        """Build the first page not built yet; False when every page is there."""
        for _, _, class_name in PAGES:
            if class_name not in self.pages:  # (tests may stand in for a page)
                self._build_named_page(class_name, in_parts=True)
                return True
        return False

    def _build_named_page(self, class_name: str, *, in_parts: bool = False) -> QWidget:
        """Make the page and put it in its tab; when an exam is open, give it the exam (a page
        made in parts gets it once whole, in its own turn: see _build_next_part)."""
        layout_name, module_name = next((layout, module) for layout, module, name in PAGES if name == class_name)
        layout = getattr(self.ui, layout_name)
        in_parts = in_parts and class_name in BUILT_IN_PARTS
        tab = layout.parentWidget()
        page = self._build_page(module_name, class_name, tab, in_parts=in_parts)
        layout.addWidget(page)
        if tab.isVisible():  # now, not on the next turn (Qt's default), so it loads once, shown
            page.show()
        self.pages[class_name] = page
        if self.exam_id is not None:
            if in_parts:
                self._exam_not_given.add(class_name)
            else:
                self._give_exam(class_name, page)
        return page

    def _give_exam(self, class_name: str, page: QWidget) -> None:
        if not hasattr(page, "load"):
            return
        if class_name in LOADED_WHEN_SHOWN and not page.isVisible():
            page.exam_id = self.exam_id  # its showEvent loads it
        else:
            page.load(self.exam_id)

    def _tab_shown(self, index: int) -> None:
        """A tab whose page the prebuild has not reached (or finished) yet: finish it now."""
        tab = self.ui.tabs.widget(index)
        for layout_name, _, class_name in PAGES:
            if getattr(self.ui, layout_name).parentWidget() is tab:
                page = self.pages[class_name]  # made now if it was not
                self._finish(page)
                if class_name in self._exam_not_given:
                    self._exam_not_given.discard(class_name)
                    self._give_exam(class_name, page)

    @staticmethod
    def _finish(page: QWidget) -> None:
        """The parts of a page the prebuild made in parts that it has not made yet."""
        while getattr(page, "build_next_part", lambda: False)():
            pass

    def _build_page(self, module_name: str, class_name: str, tab: QWidget, *, in_parts: bool = False) -> QWidget:
        """The page, made as a child of its tab: made anywhere else, adding it to the tab's
        layout moved it there, and Qt polished all its widgets again for the style sheet
        (the Procedure page: ~85 of its ~160 ms on a busy machine; issue #21)."""
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as error:
            if error.name != module_name:
                raise
            return QLabel(self.tr("This page is not available in this version."))
        options = {"in_parts": True} if in_parts else {}
        page = getattr(module, class_name)(self.ctx, tab, services=self.services, **options)
        if hasattr(page, "changed"):
            page.changed.connect(self._page_changed)
        return page

    def open_exam(self, exam_id: int) -> None:
        """Show the exam. Pages the prebuild has not made yet: the shown tab's is made now,
        the others one per event-loop turn (each ~10-40 ms; all four in one turn froze the
        window for an exam opened in the first seconds; issue #21)."""
        self.exam_id = exam_id
        self.changed_notice.hide()
        self._reload_timer.stop()
        self.overview = self.worklist.open_exam(exam_id)
        self._show_banner()
        self._exam_not_given.clear()
        for name, page in list(self.pages.items()):
            self._finish(page)
            self._give_exam(name, page)
        self._tab_shown(self.ui.tabs.currentIndex())
        if len(self.pages) < len(PAGES):
            self._prebuild_timer.start(0)

    def changed_elsewhere(self, changes) -> None:
        """Another workstation changed this patient's records: say who and when, and show
        the new values (after the field being typed is left: its text is never replaced
        under the cursor; its save keeps the version check, so it cannot overwrite)."""
        if self.overview is None:
            return
        mine = [change for change in changes if change.patient_id == self.overview.patient.id]
        if not mine:
            return
        change = mine[-1]
        self.changed_notice.setText(self.tr("This record was changed by {name} at {time} (on {workstation}); the "
                                            "pages show the new values.").format(
            name=change.by, workstation=change.workstation,
            time=clock_time(wall_clock(change.at, self.ctx.settings.time_zone))))
        self.changed_notice.show()
        self._reload_timer.start()
        self._reload_when_not_typing()

    def _reload_when_not_typing(self) -> None:
        if self._typing():
            return
        self._reload_timer.stop()
        focus = QApplication.focusWidget()
        self.refresh_banner()
        for name, page in self.pages.items():
            if hasattr(page, "load") and (page.isVisible() or name not in LOADED_WHEN_SHOWN):
                page.load(self.exam_id)
        if focus is not None and QApplication.focusWidget() is not focus and focus.isVisible():
            focus.setFocus()  # a reload never moves the cursor

    def _typing(self) -> bool:
        """A text field of this exam has focus and holds text not saved yet."""
        focus = QApplication.focusWidget()
        if focus is None or not self.isAncestorOf(focus):
            return False
        if isinstance(focus, QLineEdit):
            return focus.isModified()
        if isinstance(focus, (QPlainTextEdit, QTextEdit)):
            return focus.document().isModified()
        return False

    def refresh_banner(self) -> None:
        if self.exam_id is not None:
            self.overview = self.worklist.overview(self.exam_id)
            self._show_banner()

    def _page_changed(self, *args) -> None:
        self.refresh_banner()
        if self.exam_id is not None:
            self.examChanged.emit(self.exam_id)

    def _show_banner(self) -> None:
        overview = self.overview
        patient, exam = overview.patient, overview.exam
        self.ui.patientName.setText(f"{patient.family_name}, {patient.given_name}")
        language = domain_text(Language(patient.language).label) if patient.language in tuple(Language) else ""
        self.ui.patientIdentifiers.setText(
            self.tr("DOB {birth_date} (%n y)   ·   MRN {mrn}   ·   {language}", "", overview.age)
            .format(birth_date=short_date(patient.birth_date), mrn=patient.mrn, language=language))
        scheduled = day_and_time(wall_clock(exam.scheduled_at, self.ctx.settings.time_zone))
        self.ui.examLine.setText(
            f"{scheduled}   ·   {domain_text(exam.indication.label)}   ·   {domain_text(exam.status.label)}")
        if overview.allergies:
            items = ", ".join(f"{a.substance} ({domain_text(a.category)}, {domain_text(a.severity)})"
                              for a in overview.allergies)
            self.ui.allergyLine.setText(self.tr("Allergies: {allergies}").format(allergies=items))
            self.ui.allergyLine.setProperty("alert", True)
        else:
            self.ui.allergyLine.setText(self.tr("No allergies recorded"))
            self.ui.allergyLine.setProperty("alert", False)
        self.ui.allergyLine.style().polish(self.ui.allergyLine)
        self.ui.screeningState.setText(self._screening_text(exam))
        self.ui.screeningState.setProperty("state", self._screening_state(exam))
        self.ui.screeningState.style().polish(self.ui.screeningState)

    @staticmethod
    def _screening_state(exam) -> str:
        level = exam.findings_summary.level
        if level is not None and level.value in ("block", "stop"):
            return level.value
        if exam.status in (ExamStatus.SCHEDULED, ExamStatus.ARRIVED) or level is not None:
            return "caution"
        return "clear"

    @staticmethod
    def _screening_text(exam) -> str:
        parts = findings_phrases(exam.findings_summary)
        if not parts and exam.status in (ExamStatus.SCHEDULED, ExamStatus.ARRIVED):
            parts.append(QCoreApplication.translate("ExamWorkspace", "Screening not complete"))
        return "\n".join(parts) if parts else QCoreApplication.translate("ExamWorkspace", "✓ Screening resolved")
