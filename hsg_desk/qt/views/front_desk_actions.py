"""The front desk's worklist actions: new patient, edit, book, check in, cancel, defer,
reschedule. Kept out of the main window so it stays thin; each action opens a dialog
that calls a service, then refreshes the worklist."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence

from hsg_desk.domain.lifecycle import ExamStatus
from hsg_desk.domain.timing import wall_clock
from hsg_desk.qt.i18n import day_and_time, weekday_and_day
from hsg_desk.qt.widgets.prompts import Prompts
from hsg_desk.services import exam_status
from hsg_desk.services.authorization import Action, can
from hsg_desk.services.bundle import Services

S = ExamStatus
translate = QCoreApplication.translate  # context "FrontDeskActions": this is no QObject, so no self.tr
# (attribute, text, shortcut, permission, statuses of the selected exam it applies to)
ACTIONS = (
    ("newPatient", QT_TRANSLATE_NOOP("FrontDeskActions", "&New patient…"), "Ctrl+N", Action.REGISTER_PATIENT, None),
    ("editPatient", QT_TRANSLATE_NOOP("FrontDeskActions", "&Edit patient…"), "Ctrl+E", Action.EDIT_PATIENT, None),
    ("bookExam", QT_TRANSLATE_NOOP("FrontDeskActions", "&Book exam…"), "Ctrl+B", Action.BOOK_EXAM, None),
    ("checkIn", QT_TRANSLATE_NOOP("FrontDeskActions", "&Check in"), "Ctrl+I", Action.CHECK_IN,
     (S.SCHEDULED, S.ARRIVED, S.SCREENED)),
    ("cancelExam", QT_TRANSLATE_NOOP("FrontDeskActions", "Ca&ncel exam…"), "Ctrl+Shift+X", Action.CANCEL_OR_DEFER,
     (S.SCHEDULED, S.ARRIVED, S.SCREENED)),
    ("deferExam", QT_TRANSLATE_NOOP("FrontDeskActions", "&Defer exam…"), "Ctrl+Shift+D", Action.CANCEL_OR_DEFER,
     (S.SCHEDULED, S.ARRIVED, S.SCREENED)),
    ("rescheduleExam", QT_TRANSLATE_NOOP("FrontDeskActions", "&Reschedule…"), "Ctrl+Shift+R", Action.BOOK_EXAM,
     (S.DEFERRED,)),
    ("printDaySheet", QT_TRANSLATE_NOOP("FrontDeskActions", "Print day s&heet…"), "Ctrl+Shift+P",
     Action.PRINT_DOCUMENT, None),
)



class FrontDeskActions:
    """The actions are made with the window; each dialog's module is imported when the
    action is first used, so the worklist paints without them (~15 ms at start)."""

    def __init__(self, window, ctx, prompts: Prompts, services: Services | None = None):
        self.window = window
        self.ctx = ctx
        self.services = services or Services(ctx)
        self.prompts = prompts
        self.actions: dict[str, QAction] = {}
        self.dialog = None  # the dialog open now (tests drive it)
        self.day_sheet = None  # the day sheet's window, while it is open
        for name, source, shortcut, permission, _ in ACTIONS:
            text = translate("FrontDeskActions", source)
            action = QAction(text, window)
            action.setShortcut(QKeySequence(shortcut))
            action.setToolTip(f"{text.replace('&', '').rstrip('…')} ({shortcut})")
            action.setObjectName(f"action{name[0].upper()}{name[1:]}")
            action.setEnabled(can(ctx, permission))
            action.triggered.connect(getattr(self, name))
            self.actions[name] = action

    def update(self) -> None:
        """Enable what fits the selected exam and the user's roles."""
        row = self.window.selected_row()
        patient = self.window.current_patient_id()
        for name, _, _, permission, statuses in ACTIONS:
            enabled = can(self.ctx, permission)
            if name in ("editPatient", "bookExam"):
                enabled = enabled and patient is not None
            elif statuses is not None:
                enabled = enabled and row is not None and row.status in statuses
            self.actions[name].setEnabled(enabled)

    def _run(self, dialog, on_done=None):
        self.dialog = dialog
        dialog.finished.connect(lambda result: self._finished(dialog, result, on_done))
        dialog.open()
        return dialog

    def _finished(self, dialog, result, on_done) -> None:
        self.dialog = None
        if result and on_done:
            on_done(dialog)
        self.window.refresh_worklist()
        self.update()
        self.window.activateWindow()  # shortcuts go back to the worklist at once
        dialog.deleteLater()

    def _patient(self, patient_id: int):
        return self.services.patients.get(patient_id)

    # -- patients ---------------------------------------------------------------
    def newPatient(self):
        from hsg_desk.qt.views.patient_dialog import PatientDialog

        return self._run(PatientDialog(self.ctx, self.prompts, parent=self.window, services=self.services), self._patient_done)

    def editPatient(self):
        patient_id = self.window.current_patient_id()
        if patient_id is None:
            return None
        from hsg_desk.qt.views.patient_dialog import PatientDialog

        patient = self._patient(patient_id)
        return self._run(PatientDialog(self.ctx, self.prompts, patient, parent=self.window, services=self.services), self._patient_done)

    def _patient_done(self, dialog) -> None:
        patient = dialog.patient or dialog.existing
        self.window.show_patient(patient)
        if dialog.patient:
            done = translate("FrontDeskActions", "Saved {name}. Ctrl+B books an exam.")
        else:
            done = translate("FrontDeskActions", "Opened the existing record of {name}. "
                                              "Ctrl+B books an exam.")
        self.window.statusBar().showMessage(done.format(name=patient.full_name), 8000)

    # -- exams ------------------------------------------------------------------
    def bookExam(self):
        patient_id = self.window.current_patient_id()
        if patient_id is None:
            self.window.statusBar().showMessage(translate(
                "FrontDeskActions", "Find or register the patient first (Ctrl+F, Ctrl+N)."), 8000)
            return None
        from hsg_desk.qt.views.booking_dialog import BookingDialog

        patient = self._patient(patient_id)
        return self._run(BookingDialog(self.ctx, patient, self.prompts, parent=self.window, services=self.services), self._booked)

    def _booked(self, dialog) -> None:
        exam = dialog.exam
        self.window.show_patient(self._patient(exam.patient_id))
        self.window.select_exam(exam.id)
        booked = wall_clock(exam.scheduled_at, self.ctx.settings.time_zone)
        self.window.statusBar().showMessage(translate("FrontDeskActions", "Booked {when}.")
                                            .format(when=day_and_time(booked)), 8000)

    def checkIn(self):
        row = self.window.selected_row()
        if row is not None:
            self.window.open_exam(row.exam_id)
            self.window.workspace.ui.tabs.setCurrentIndex(0)
            page = self.window.workspace.pages.get("CheckinPage")
            if page is not None and hasattr(page, "ui"):
                page.ui.identityCheck.setFocus()

    def cancelExam(self):
        from hsg_desk.qt.views.reason_dialog import CANCEL_REASONS

        return self._reason(translate("FrontDeskActions", "Cancel exam"),
                            translate("FrontDeskActions", "Cancel the exam of {name} on {when}?"),
                            CANCEL_REASONS, translate("FrontDeskActions", "Cancel the e&xam"),
                            exam_status.cancel)

    def deferExam(self):
        from hsg_desk.qt.views.reason_dialog import DEFER_REASONS

        return self._reason(translate("FrontDeskActions", "Defer exam"),
                            translate("FrontDeskActions", "Defer the exam of {name} on {when}? "
                                                       "She will be booked again later."),
                            DEFER_REASONS, translate("FrontDeskActions", "&Defer"), exam_status.defer)

    def _reason(self, title, question, reasons, verb, change):
        row = self.window.selected_row()
        if row is None:
            return None
        from hsg_desk.qt.views.reason_dialog import ReasonDialog

        prompt = question.format(name=f"{row.family_name}, {row.given_name}",
                                 when=day_and_time(wall_clock(row.scheduled_at, self.ctx.settings.time_zone)))
        return self._run(ReasonDialog(title, prompt, reasons,
                                      lambda reason, _d, _t: change(self.ctx, row.exam_id, reason),
                                      action=verb, parent=self.window))

    def rescheduleExam(self):
        row = self.window.selected_row()
        if row is None:
            return None
        from hsg_desk.qt.views.reason_dialog import RESCHEDULE_REASONS, ReasonDialog

        booking = self.services.booking
        today = booking.today()
        prompt = translate("FrontDeskActions", "New date and time for {name} (deferred from {day}). "
                           "Check her cycle window when you choose the day.").format(
            name=f"{row.family_name}, {row.given_name}",
            day=weekday_and_day(wall_clock(row.scheduled_at, self.ctx.settings.time_zone).date()))
        return self._run(ReasonDialog(
            translate("FrontDeskActions", "Reschedule exam"), prompt, RESCHEDULE_REASONS,
            lambda reason, day, clock: booking.reschedule(row.exam_id, day, clock, reason),
            new_time=(today, today + timedelta(days=1)), action=translate("FrontDeskActions", "Re&schedule"),
            parent=self.window))

    # -- the day sheet ------------------------------------------------------------
    def printDaySheet(self):
        """The worklist's day as the day sheet: a preview window to print or save from."""
        from hsg_desk.qt.views.report_window import DaySheetWindow

        if self.day_sheet is not None:
            self.day_sheet.close()
        self.day_sheet = window = DaySheetWindow(self.ctx, self.window.current_day(), self.window)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.destroyed.connect(lambda *_: setattr(self, "day_sheet", None))
        window.resize(1100, 760)
        window.show()
        return window
