"""The main window: today's worklist, patient search as you type, and the exam workspace."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QMainWindow, QToolButton

from hsg_desk.qt import ops
from hsg_desk.qt.domain_text import said
from hsg_desk.qt.first_paint import after_first_paint
from hsg_desk.qt.models.patient_search_model import PatientSearchModel
from hsg_desk.qt.models.worklist_model import WorklistModel
from hsg_desk.qt.ui.ui_main_window import Ui_MainWindow
from hsg_desk.qt.widgets.fit_columns import fit_columns
from hsg_desk.qt.views.front_desk_actions import FrontDeskActions
from hsg_desk.qt.widgets.prompts import Prompts, QtPrompts
from hsg_desk.services.authorization import Action, can
from hsg_desk.services.context import ServiceContext
from hsg_desk.services.bundle import Services

if TYPE_CHECKING:
    from hsg_desk.qt.views.exam_workspace import ExamWorkspace

SEARCH_DELAY_MS = 120  # wait for a pause in typing before searching
NO_PATIENT_DATA = QT_TRANSLATE_NOOP("MainWindow", "The admin role sees no patient records. Users, settings, the "
                                    "audit trail and backups are in the Admin menu.")  # shown as self.tr(…)


class MainWindow(QMainWindow):
    worklistShown = Signal()

    def __init__(self, ctx: ServiceContext, *, demo: bool = False, prompts: Prompts | None = None,
                 services: Services | None = None, unseen_features_after_first_paint: bool = False, parent=None):
        """`unseen_features_after_first_paint`: the program's own start (run_gui) sets up what
        the first picture does not show on the turn after it is painted (see
        _setup_unseen_features); a window made by a test or the room walk has everything at once."""
        super().__init__(parent)
        self.ctx = ctx
        self.demo = demo
        self.prompts = prompts or QtPrompts(self)
        self.services = services or Services(ctx)  # the one set the pages and dialogs are handed
        self.service = self.services.worklist
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        ops.share_the_gil_in_short_turns()  # before any worker starts: no freeze waiting for one
        self.patient_filter = None  # a Patient when the list shows one patient's exams
        self.cosign_dialog = None
        self.security = self.live = self.ris_orders = self.mpps_sender = self.language_choices = None
        self._setup_title()
        self._setup_worklist()
        self._setup_search()
        self._setup_actions()
        self._workspace: ExamWorkspace | None = None
        after_first_paint(self, lambda: self.workspace)  # built once the worklist shows
        self._setup_front_desk()
        self.cosign_action = self._setup_cosign()
        self.show_today()
        if unseen_features_after_first_paint:
            # A turn of its own, after the workspace's: not one freeze with it.
            after_first_paint(self, lambda: QTimer.singleShot(0, self._setup_unseen_features))
        else:
            self._setup_unseen_features()

    @property
    def workspace(self) -> ExamWorkspace:
        """The exam workspace, made on first need or just after the first paint (its
        import and widgets would otherwise delay the worklist by ~10 ms)."""
        if self._workspace is None:
            from hsg_desk.qt.views.exam_workspace import ExamWorkspace

            self._workspace = workspace = ExamWorkspace(self.ctx, self, services=self.services)
            self.ui.pages.addWidget(workspace)
            workspace.closeRequested.connect(self.show_worklist)
            workspace.examChanged.connect(lambda _: self._exam_changed())
            workspace.examChanged.connect(lambda _: self.mpps_sender.kick())
        return self._workspace

    def _exam_changed(self) -> None:
        """A save in the exam workspace: the worklist is refreshed when it is shown again
        (show_worklist), not on every save behind the workspace (a query and a column fit
        each time, issue #21)."""
        if self.ui.pages.currentWidget() is self.ui.worklistPage:
            self.refresh_worklist()

    def _session_changed(self, session) -> None:
        """Another user signed in at the lock screen: start them on the worklist."""
        self.ui.statusbar.showMessage(self.tr("Signed in as {name}").format(name=session.display_name))
        self.ris_orders.update()
        self.mpps_sender.follow_roles()
        self.show_worklist()

    # -- set-up ---------------------------------------------------------------
    def _setup_title(self) -> None:
        title = f"HSG Desk — {self.ctx.settings.facility_name}"
        if self.demo:
            title += " — " + self.tr("DEMO")
        self.setWindowTitle(title)
        self.ui.statusbar.showMessage(self.tr("Signed in as {name}").format(name=self.ctx.session.display_name))

    def _setup_worklist(self) -> None:
        self.worklist_model = WorklistModel(self)
        self.worklist_model.time_zone = self.ctx.settings.time_zone
        view = self.ui.worklistView
        view.setModel(self.worklist_model)
        view.verticalHeader().hide()
        view.verticalHeader().setDefaultSectionSize(34)
        # Columns are fitted to their text once per refresh (fit_columns), not in
        # ResizeToContents mode, which asks the model for every cell in every role on
        # every layout pass: ~19,000 calls into Python before the first paint, 40 ms.
        view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        view.activated.connect(lambda index: self.open_exam(self.worklist_model.row_at(index.row()).exam_id))
        self.ui.openExamButton.clicked.connect(self._open_selected_exam)
        self.ui.worklistDate.dateChanged.connect(lambda _: self._show_day())
        self.ui.todayButton.clicked.connect(self.show_today)
        self.ui.previousDayButton.clicked.connect(lambda: self._step_day(-1))
        self.ui.nextDayButton.clicked.connect(lambda: self._step_day(+1))

    def _setup_search(self) -> None:
        self.search_model = PatientSearchModel(self)
        results = self.ui.searchResults
        results.setModel(self.search_model)
        results.verticalHeader().hide()
        results.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        results.activated.connect(lambda index: self.show_patient(self.search_model.patient_at(index.row())))
        results.hide()
        self.search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.run_search)
        self.ui.searchEdit.textChanged.connect(lambda _: self.search_timer.start())
        self.ui.searchEdit.returnPressed.connect(self._search_enter)
        self.ui.searchEdit.installEventFilter(self)

    def _setup_actions(self) -> None:
        self.ui.actionQuit.triggered.connect(self.close)
        self.ui.actionFind.triggered.connect(self.focus_search)
        self.ui.actionWorklist.triggered.connect(self.show_worklist)
        self.ui.actionToday.triggered.connect(self.show_today)
        for action in self.findChildren(QAction):
            if not action.shortcut().isEmpty():
                action.setToolTip(f"{action.text().replace('&', '')} ({action.shortcut().toString()})")
        # On the worklist page only: in an open exam they would move a list nobody sees.
        QShortcut(QKeySequence("Alt+Left"), self.ui.worklistPage, activated=lambda: self._step_day(-1))
        QShortcut(QKeySequence("Alt+Right"), self.ui.worklistPage, activated=lambda: self._step_day(+1))

    def _setup_front_desk(self) -> None:
        """Register, book, check in, cancel, defer, reschedule: menus, buttons, shortcuts."""
        self.front_desk = FrontDeskActions(self, self.ctx, self.prompts, self.services)
        actions = self.front_desk.actions
        first = self.ui.menuPatient.actions()[0] if self.ui.menuPatient.actions() else None
        self.ui.menuPatient.insertActions(first, [actions["newPatient"], actions["editPatient"]])
        self.ui.menuPatient.insertSeparator(first)
        self.menuExam = self.menuBar().addMenu(self.tr("E&xam"))
        self.menuBar().insertMenu(self.ui.menuView.menuAction(), self.menuExam)
        self.menuExam.addActions([actions["bookExam"], actions["checkIn"]])
        self.menuExam.addSeparator()
        self.menuExam.addActions([actions["cancelExam"], actions["deferExam"], actions["rescheduleExam"]])
        self.menuExam.addSeparator()
        self.menuExam.addAction(actions["printDaySheet"])
        bar = self.ui.worklistActions
        for name in ("newPatient", "bookExam", "checkIn", "cancelExam", "deferExam", "rescheduleExam",
                     "printDaySheet"):
            button = QToolButton(self.ui.worklistPage)
            button.setDefaultAction(actions[name])
            button.setObjectName(f"{name}Button")
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            bar.insertWidget(bar.indexOf(self.ui.openExamButton), button)
        self.ui.worklistView.selectionModel().selectionChanged.connect(lambda *_: self.front_desk.update())
        self.ui.searchResults.selectionModel().selectionChanged.connect(lambda *_: self.front_desk.update())

    def _setup_unseen_features(self) -> None:
        """What the worklist's first picture does not show: the lock screen and the Admin
        menu's entries, other workstations' changes, the RIS and MPPS exchanges (the Exam
        menu's last entries and a status-bar line) and View › Language. At the program's start
        they follow the first paint: their modules and set-up were ~15 ms of a ~0.3 s start
        (issue #21). Nothing here can be used before the window is on screen."""
        from hsg_desk.qt.views.admin_menu import install_security
        from hsg_desk.qt.views.language_menu import install_language_menu
        from hsg_desk.qt.views.mpps_sender import MppsSender
        from hsg_desk.qt.views.ris_orders_actions import install_ris_orders

        self.security = install_security(self, self.ctx, on_session_changed=self._session_changed)
        self._setup_live_updates()
        self.ris_orders = install_ris_orders(self, self.ctx, self.menuExam, self.services.ris_orders)
        self.mpps_sender = MppsSender(self.ctx, self)
        self.menuExam.addAction(self.mpps_sender.messages_action)
        self.language_choices = install_language_menu(self, self.ctx, self.ui.menuView)

    def _setup_live_updates(self) -> None:
        """Other workstations' changes show here within a second, and a database that stops
        answering shows as a banner above everything until it answers again."""
        self.unreachable_banner = banner = QLabel(self.ui.central)
        banner.setObjectName("unreachableBanner")
        banner.setWordWrap(True)
        banner.hide()
        self.ui.centralLayout.insertWidget(0, banner)
        from hsg_desk.qt.live_updates import LiveUpdates

        self.live = LiveUpdates(self.ctx, self)
        self.live.changed.connect(self._changed_elsewhere)
        self.live.unreachable.connect(self._database_unreachable)
        self.live.reachable.connect(self._database_reachable)

    def _changed_elsewhere(self, changes) -> None:
        """The worklist follows at once when it is shown (else when it is shown again), and
        an open exam whose patient's record changed reloads and says who changed it."""
        if self.ui.pages.currentWidget() is self.ui.worklistPage:
            self.refresh_worklist()
        if self._workspace is not None:
            self._workspace.changed_elsewhere(changes)

    def _database_unreachable(self, message: str) -> None:
        self.unreachable_banner.setText(self.tr("{message} HSG Desk keeps trying and reconnects by itself.").format(
            message=said(message)))
        self.unreachable_banner.show()

    def _database_reachable(self) -> None:
        self.unreachable_banner.hide()
        self.ui.statusbar.showMessage(self.tr("The database answers again: changes are being saved."), 10000)
        if self.ui.pages.currentWidget() is self.ui.worklistPage:
            self.refresh_worklist()

    def _setup_cosign(self) -> QAction:
        """"Co-signatures awaiting me…" (Ctrl+Shift+A) in the Patient menu; the dialog's
        module is imported when it is first opened."""
        action = QAction(self.tr("&Co-signatures awaiting me…"), self)
        action.setObjectName("actionCosignatures")
        action.setShortcut(QKeySequence("Ctrl+Shift+A"))
        action.setToolTip(self.tr("Verbal approvals awaiting your co-signature (Ctrl+Shift+A)"))
        action.triggered.connect(self.show_cosignatures)
        self.ui.menuPatient.addAction(action)
        return action

    def show_cosignatures(self) -> None:
        from hsg_desk.qt.views.cosign_dialog import CosignDialog

        if self.cosign_dialog is not None:
            self.cosign_dialog.close()
        self.cosign_dialog = dialog = CosignDialog(self.ctx, self, services=self.services)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda *_: setattr(self, "cosign_dialog", None))
        dialog.cosigned.connect(lambda _: self.refresh_worklist())
        dialog.show()
        dialog.raise_()

    def selected_row(self):
        """The worklist line selected now, or None."""
        indexes = self.ui.worklistView.selectionModel().selectedRows()
        return self.worklist_model.row_at(indexes[0].row()) if indexes else None

    def current_patient_id(self) -> int | None:
        """The patient the clerk is looking at: a search result in focus, else the selected exam's."""
        results = self.ui.searchResults
        searching = results.hasFocus() or self.ui.searchEdit.hasFocus()
        chosen = results.selectionModel().selectedRows() if results.isVisible() else []
        if chosen and (searching or self.selected_row() is None):
            return self.search_model.patient_at(chosen[0].row()).id
        row = self.selected_row()
        if row is not None:
            return row.patient_id
        return self.patient_filter.id if self.patient_filter is not None else None

    def select_exam(self, exam_id: int) -> None:
        row = self.worklist_model.row_of_exam(exam_id)
        if row is not None:
            self.ui.worklistView.selectRow(row)
            self.ui.worklistView.setFocus()

    # -- worklist -------------------------------------------------------------
    def current_day(self) -> date:
        return self.ui.worklistDate.date().toPython()

    def show_today(self) -> None:
        """Today's worklist, also from one patient's exams when the date already is today;
        one worklist query either way."""
        self.patient_filter = None
        self.ui.worklistDate.blockSignals(True)
        self.ui.worklistDate.setDate(_qdate(self.service.facility_today()))
        self.ui.worklistDate.blockSignals(False)
        if self.ui.pages.currentWidget() is self.ui.worklistPage:
            self.refresh_worklist()
        self.show_worklist()  # from the exam workspace: switches back and refreshes

    def _step_day(self, days: int) -> None:
        self.ui.worklistDate.setDate(self.ui.worklistDate.date().addDays(days))

    def _show_day(self) -> None:
        self.patient_filter = None
        self.refresh_worklist()

    def refresh_worklist(self) -> None:
        clinical = can(self.ctx, Action.VIEW_PATIENT)
        self.ui.searchEdit.setEnabled(clinical)
        if not clinical:  # the admin role alone sees no patient names, dates or records
            self.worklist_model.set_rows([])
            self.ui.worklistTitle.setText(self.tr(NO_PATIENT_DATA))
            self.ui.worklistCount.setText("")
            return
        selected = self.selected_exam_id()
        if self.patient_filter is not None:
            rows = self.service.patient_exams(self.patient_filter.id)
            self.ui.worklistTitle.setText(self.tr("Exams of {name}").format(name=self.patient_filter.full_name))
        else:
            rows = self.service.day(self.current_day())
            self.ui.worklistTitle.setText(self.tr("Worklist"))
        self.worklist_model.set_rows(rows, with_dates=self.patient_filter is not None)
        fit_columns(self.ui.worklistView)
        count = len(rows)
        self.ui.worklistCount.setText(self.tr("%n exam(s)", "", count))
        row = self.worklist_model.row_of_exam(selected) if selected else None
        if row is None and count:
            row = 0
        if row is not None:
            self.ui.worklistView.selectRow(row)
        if hasattr(self, "front_desk"):
            self.front_desk.update()
        if self.ris_orders is not None:  # the last pull (another workstation's too), the settings
            self.ris_orders.update()

    def selected_exam_id(self) -> int | None:
        indexes = self.ui.worklistView.selectionModel().selectedRows()
        if not indexes:
            return None
        return self.worklist_model.row_at(indexes[0].row()).exam_id

    def _open_selected_exam(self) -> None:
        exam_id = self.selected_exam_id()
        if exam_id is not None:
            self.open_exam(exam_id)

    # -- search ---------------------------------------------------------------
    def focus_search(self) -> None:
        self.show_worklist()
        self.ui.searchEdit.setFocus()
        self.ui.searchEdit.selectAll()

    def run_search(self) -> None:
        text = self.ui.searchEdit.text().strip()
        if not text or not can(self.ctx, Action.VIEW_PATIENT):
            self.search_model.set_patients([])
            self.ui.searchResults.hide()
            self.ui.searchSummary.setText("")
            return
        patients = self.service.search_patients(text)
        self.search_model.set_patients(patients)
        fit_columns(self.ui.searchResults)
        self.ui.searchResults.setVisible(bool(patients))
        if patients:
            self.ui.searchResults.selectRow(0)
            if len(patients) >= 50:
                found = self.tr("First %n patients shown: type more to narrow.", "", len(patients))
            else:
                found = self.tr("%n patient(s) found.", "", len(patients))
            self.ui.searchSummary.setText(found + " " + self.tr("↓ to choose, Enter to open."))
        else:
            self.ui.searchSummary.setText(self.tr("No patient matches “{text}”.").format(text=text))

    def _search_enter(self) -> None:
        self.search_timer.stop()
        self.run_search()
        if self.search_model.rowCount() == 1:
            self.show_patient(self.search_model.patient_at(0))
        elif self.search_model.rowCount():
            self.ui.searchResults.setFocus()

    def eventFilter(self, watched, event) -> bool:
        if watched is self.ui.searchEdit and event.type() == event.Type.KeyPress \
                and event.key() == Qt.Key.Key_Down and self.search_model.rowCount():
            self.ui.searchResults.setFocus()
            self.ui.searchResults.selectRow(0)
            return True
        return super().eventFilter(watched, event)

    def show_patient(self, patient) -> None:
        """List one patient's exams (newest first) in place of the day's worklist."""
        self.patient_filter = patient
        self.refresh_worklist()
        self.ui.worklistView.setFocus()

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        """A DICOM exchange under way ends (within the DICOM timeout) before the window goes,
        so no worker thread outlives it."""
        if self.live is not None:  # None: closed before its first paint
            self.live.timer.stop()
            self.mpps_sender.stop()
            self.ris_orders.stop()
        super().closeEvent(event)

    # -- navigation -----------------------------------------------------------
    def open_exam(self, exam_id: int) -> None:
        if not can(self.ctx, Action.VIEW_PATIENT):
            return
        self.workspace.open_exam(exam_id)
        self.ui.pages.setCurrentWidget(self.workspace)
        self.workspace.ui.tabs.setFocus()

    def show_worklist(self) -> None:
        if self.ui.pages.currentWidget() is not self.ui.worklistPage:
            self.ui.pages.setCurrentWidget(self.ui.worklistPage)
            self.refresh_worklist()
            self.ui.worklistView.setFocus()
        self.worklistShown.emit()


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)
