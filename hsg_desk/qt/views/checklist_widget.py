"""The ten steps as large targets (DESIGN.md §5). Space or Enter completes the current
step; what a step needs (locker number, time-out, delayed-images choice) sits in its row.

The advance key belongs to the checklist alone: it works only while the checklist itself
has focus, the checklist's buttons never take focus (so Space cannot press Undo or tick a
time-out box by surprise), and focus comes back to the checklist after every dialog.

The clock is the context's (tests pin it); a QTimer only asks for a repaint every second.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QCheckBox, QFrame, QGridLayout, QHBoxLayout, QLabel, QWidget

from hsg_desk.domain.checklist import (DELAYED_IMAGES_STEP, LOCKER_STEP, STEPS, STEPS_WITH_DETAILS, TIMEOUT_STEP,
                                       ChecklistState)
from hsg_desk.domain.errors import DomainError, ValidationError
from hsg_desk.domain.lifecycle import AbortReason, ExamStatus
from hsg_desk.domain.timeout import Timeout
from hsg_desk.domain.timing import wall_clock
from hsg_desk.qt.domain_text import (domain_text, error_text, field_error_text, needs_role, recorded_by_role, said,
                                     step_text)
from hsg_desk.qt.i18n import clock_time, moment
from hsg_desk.qt.ui.ui_checklist import Ui_Checklist
from hsg_desk.services.authorization import Action, can
from hsg_desk.services.bundle import Services
from hsg_desk.services.exam_room import TIMEOUT_ITEMS

BIG = 52
ABORT_LABELS = {reason: reason.label for reason in AbortReason}  # stored in English, shown translated
OPEN_STATUSES = (ExamStatus.ARRIVED, ExamStatus.SCREENED, ExamStatus.IN_PROGRESS)


def clock_text(seconds: float) -> str:
    seconds = max(0, int(seconds))
    return QCoreApplication.translate("ChecklistWidget", "{minutes} min {seconds} s").format(
        minutes=seconds // 60, seconds=f"{seconds % 60:02d}")


class StepRow(QFrame):
    def __init__(self, step, parent):
        super().__init__(parent)
        self.step = step
        self.setObjectName(f"step{step.number}")
        self.setMinimumHeight(BIG)
        self.layout_ = QGridLayout(self)
        self.layout_.setContentsMargins(10, 6, 10, 6)
        self.number = QLabel(str(step.number), self)
        self.number.setObjectName("stepNumber")
        self.number.setFixedWidth(60)
        self.number.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title = QLabel(f"<b>{step_text(step.title)}</b><br>{step_text(step.detail)}", self)
        self.title.setWordWrap(True)
        self.state = QLabel("", self)
        self.state.setWordWrap(True)
        self.state.setMinimumWidth(150)
        self.state.setMaximumWidth(230)
        self.layout_.addWidget(self.number, 0, 0, 2, 1)
        self.layout_.addWidget(self.title, 0, 1)
        self.layout_.addWidget(self.state, 0, 2)
        self.layout_.setColumnStretch(1, 1)
        self.extra = QWidget(self)
        self.extra_layout = QHBoxLayout(self.extra)
        self.extra_layout.setContentsMargins(0, 0, 0, 0)
        self.layout_.addWidget(self.extra, 1, 1, 1, 2)
        self.extra.hide()

    def show_as(self, kind: str, text: str) -> None:
        """kind: done, current or waiting — colour, symbol and words together."""
        if self.property("kind") != kind:  # the colours are style.qss's StepRow[kind=…] rules
            self.setProperty("kind", kind)
            for widget in (self, self.number, self.title, self.state):
                widget.style().unpolish(widget)
                widget.style().polish(widget)
        symbol = {"done": "✓", "current": "▶", "waiting": ""}[kind]
        self.number.setText(f"{symbol}{self.step.number}" if symbol else str(self.step.number))
        self.state.setText(text)


class ChecklistWidget(QWidget):
    changed = Signal()

    def __init__(self, ctx, prompts, parent=None, *, services: Services | None = None):
        super().__init__(parent)
        self.ctx, self.prompts = ctx, prompts
        services = services or Services(ctx)
        self.service, self.worklist = services.exam_room, services.worklist
        self.exam_id: int | None = None
        self.state = ChecklistState()
        self.status = ExamStatus.SCHEDULED
        self.recorded_timeout: Timeout | None = None
        self._alerted = False
        self._unticked_refusal = False  # the message shown refuses the time-out for unticked items
        self.ui = ui = Ui_Checklist()
        ui.setupUi(self)
        self.elapsed, self.alert, self.message = ui.elapsedLabel, ui.delayedAlert, ui.checklistMessage
        self.scroll, self.rows_layout = ui.stepsScroll, ui.rowsLayout
        self.complete_button, self.undo_button, self.abort_button = ui.completeStep, ui.undoStep, ui.abortExam
        self.rows = [StepRow(step, ui.stepsBody) for step in STEPS]
        for row in self.rows:
            self.rows_layout.addWidget(row)
        self.rows_layout.addStretch(1)
        self._place_step_details()
        self.complete_button.clicked.connect(self.complete_current)
        self.undo_button.clicked.connect(self.undo_last)
        self.abort_button.clicked.connect(self.abort)
        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self.tick)

    def row(self, step: int) -> StepRow:
        return self.rows[step - 1]

    def _place_step_details(self) -> None:
        """The form's panels for what steps 2, 6 and 8 ask go into their rows; the time-out's
        items (the service's list) are added to its panel here."""
        ui = self.ui
        self.locker = ui.lockerEdit
        self.row(LOCKER_STEP).extra_layout.addWidget(ui.lockerPanel)
        self.timeout_checks: dict[str, QCheckBox] = {}
        self.timeout_values: dict[str, QLabel] = {}
        self.confirmed_by, self.timeout_button = ui.timeoutConfirmedBy, ui.recordTimeout
        grid = ui.timeoutGrid
        for index, (key, label) in enumerate(TIMEOUT_ITEMS):
            check = QCheckBox(domain_text(label), ui.timeoutPanel)
            check.setObjectName(f"timeout_{key}")
            check.setMinimumHeight(34)
            check.toggled.connect(self._timeout_ticked)
            value = QLabel("", ui.timeoutPanel)
            value.setObjectName(f"timeoutValue_{key}")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
            grid.addWidget(check, 1 + index, 0)
            grid.addWidget(value, 1 + index, 1)
            self.timeout_checks[key] = check
            self.timeout_values[key] = value
        row = 1 + len(TIMEOUT_ITEMS)  # the team's names and the button go below the items
        grid.addWidget(self.confirmed_by, row, 0)
        grid.addWidget(self.timeout_button, row, 1)
        self.timeout_box, self.timeout_done = ui.timeoutPanel, ui.timeoutDone
        timeout_row = self.row(TIMEOUT_STEP).extra_layout
        timeout_row.addWidget(self.timeout_box, 1)
        timeout_row.addWidget(self.timeout_done, 1)
        self.timeout_button.clicked.connect(self.record_timeout)
        self.not_needed_button, self.wait_button = ui.delayedNotNeeded, ui.delayedStartWait
        self.wait_label = ui.delayedWaitLabel
        self.wait_button.setText(self.tr("Start the wait (W) — alert at {limit} min").format(
            limit=self.ctx.settings.delayed_images_limit_minutes))
        self.row(DELAYED_IMAGES_STEP).extra_layout.addWidget(ui.delayedPanel, 1)
        self.not_needed_button.clicked.connect(self.delayed_not_needed)
        self.wait_button.clicked.connect(self.start_wait)

    # -- showing ----------------------------------------------------------------
    def load(self, exam_id: int) -> None:
        self.exam_id = exam_id
        self.state = self.service.checklist(exam_id)
        self.status = self.worklist.overview(exam_id).exam.status
        self.recorded_timeout = self.service.timeout(exam_id)
        self._alerted = False
        self._unticked_refusal = False
        self.message.clear()
        current = self.state.current_step
        open_ = self.status in OPEN_STATUSES
        for row in self.rows:
            number = row.step.number
            done = self.state.completion(number)
            if done is not None:
                when = clock_time(wall_clock(done.at, self._offset()))
                what = (self.tr("✓ Not needed {time} — {who}") if done.not_needed
                        else self.tr("✓ Done {time} — {who}")).format(time=when, who=done.by)
                locker = self.tr(" · locker {locker}").format(locker=done.locker) if done.locker else ""
                row.show_as("done", what + locker)
            elif number == current and open_:
                row.show_as("current", self.tr("▶ Now"))
            else:
                row.show_as("waiting", "")
            row.extra.setVisible(open_ and number == current and number in STEPS_WITH_DETAILS)
        if self.recorded_timeout is not None:
            self.timeout_done.setText(self.tr("✓ Time-out recorded {when} — confirmed by {team}").format(
                when=moment(self.recorded_timeout.at, self._offset()), team=self.recorded_timeout.confirmed_by))
            self.row(TIMEOUT_STEP).extra.setVisible(True)
        if self.recorded_timeout is None and open_ and current == TIMEOUT_STEP:
            for item in self.service.timeout_items(exam_id):
                self.timeout_values[item.key].setText(said(item.value))
                self.timeout_checks[item.key].setAccessibleName(item.text)
        self.timeout_box.setVisible(self.recorded_timeout is None)
        self.timeout_done.setVisible(self.recorded_timeout is not None)
        waiting = self.state.waiting_for_delayed_images
        self.not_needed_button.setVisible(not waiting)
        self.wait_button.setVisible(not waiting)
        self.wait_label.setVisible(waiting)
        self._update_buttons()
        if current is not None:
            row = self.row(current)
            QTimer.singleShot(0, self.scroll, lambda: self.scroll.ensureWidgetVisible(row, 10, 10))
        QTimer.singleShot(0, self, self._fit_rows)  # once the new texts are laid out
        self.tick()
        if open_ and self.state.started_at is not None:
            self.timer.start()
        else:
            self.timer.stop()

    def take_focus(self) -> None:
        """The locker field at step 2 (typed, then Enter); the checklist itself otherwise."""
        if self.state.current_step == LOCKER_STEP and self.status in OPEN_STATUSES:
            self.locker.setFocus()
        else:
            self.setFocus()

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        super().resizeEvent(event)
        self._fit_rows()

    def _fit_rows(self) -> None:
        """Each row as tall as its wrapped texts need at its width. A scroll area sizes its
        contents from their plain size hints, which squeezed "Done 7:36 AM — … · locker 14"
        and the step's detail into a clipped line."""
        for row in self.rows:
            if row.width() > 0 and row.layout_.hasHeightForWidth():
                row.layout_.invalidate()  # a step's extra controls may have just been hidden
                row.setMinimumHeight(max(BIG, row.layout_.totalHeightForWidth(row.width())))

    def _offset(self) -> str:
        """The clinic's wall clock (the *Time zone* setting), whatever offset the exam was booked in."""
        return self.ctx.settings.time_zone

    def _update_buttons(self) -> None:
        current = self.state.current_step
        open_ = self.status in OPEN_STATUSES
        if not open_:
            text = {ExamStatus.PERFORMED: self.tr("All ten steps done — complete the record and sign"),
                    ExamStatus.COMPLETED: self.tr("Exam signed and locked"),
                    ExamStatus.ABORTED: self.tr("Exam aborted"), ExamStatus.CANCELLED: self.tr("Exam cancelled"),
                    ExamStatus.DEFERRED: self.tr("Exam deferred"),
                    ExamStatus.SCHEDULED: self.tr("Check the patient in first")}.get(
                self.status, domain_text(self.status.label))
            self.complete_button.setText(text)
        elif current == TIMEOUT_STEP and self.recorded_timeout is None:
            self.complete_button.setText(self.tr("Record the time-out first: tick each item, name the team, Enter"))
        elif current == DELAYED_IMAGES_STEP and self.state.wait_started_at is None:
            self.complete_button.setText(self.tr("Step {step}: Not needed (N) or start the wait (W)").format(
                step=DELAYED_IMAGES_STEP))
        else:
            self.complete_button.setText(self.tr("Complete step {step}: {title}  (Space)").format(
                step=current, title=step_text(STEPS[current - 1].title)))
        allowed = can(self.ctx, Action.COMPLETE_CHECKLIST_STEP)
        self.complete_button.setEnabled(open_ and allowed)
        self.undo_button.setEnabled(open_ and bool(self.state.completed) and can(self.ctx, Action.UNDO_CHECKLIST_STEP))
        self.abort_button.setEnabled(self.status is ExamStatus.IN_PROGRESS and can(self.ctx, Action.ABORT_EXAM))
        step_controls = (self.timeout_box, self.row(LOCKER_STEP).extra, self.row(DELAYED_IMAGES_STEP).extra)
        for widget, action in ((self.complete_button, Action.COMPLETE_CHECKLIST_STEP),
                               (self.undo_button, Action.UNDO_CHECKLIST_STEP), (self.abort_button, Action.ABORT_EXAM),
                               (self.timeout_box, Action.RECORD_TIME_OUT),
                               (self.row(LOCKER_STEP).extra, Action.COMPLETE_CHECKLIST_STEP),
                               (self.row(DELAYED_IMAGES_STEP).extra, Action.COMPLETE_CHECKLIST_STEP)):
            if not can(self.ctx, action):
                widget.setEnabled(False)
                widget.setToolTip(needs_role(action))
            elif widget in step_controls:
                widget.setEnabled(True)
                widget.setToolTip("")
        if open_ and not allowed:
            self.complete_button.setText(self.tr("Read only for you: the steps are done by {role}").format(
                role=recorded_by_role(Action.COMPLETE_CHECKLIST_STEP)))

    def tick(self) -> None:
        """Repaint the clocks from the context's clock; alert once when the delayed wait hits the limit."""
        if self.exam_id is None:
            return
        now = self.ctx.now()
        elapsed = self.state.procedure_time(now)
        if elapsed is None:
            self.elapsed.setText(self.tr("Elapsed: not started (starts at step 1)"))
        else:
            what = (self.tr("Procedure time, step 1 to 10: {time}") if self.state.finished
                    else self.tr("Elapsed since step 1: {time}"))
            self.elapsed.setText(what.format(time=clock_text(elapsed.total_seconds())))
        waiting = self.state.waiting_for_delayed_images
        if waiting:
            limit = self.ctx.settings.delayed_images_limit_minutes
            waited = self.state.delayed_wait(now).total_seconds()
            self.wait_label.setText(self.tr("Waiting {time} of {limit} min — Space when the images are taken").format(
                time=clock_text(waited), limit=limit))
            if self.state.delayed_images_limit_reached(now, self.ctx.settings):
                self.alert.setText(self.tr("⚠ Delayed images: {limit} minutes reached. Take the images now.").format(
                    limit=limit))
                self.alert.show()
                if not self._alerted:
                    self._alerted = True
                    QApplication.beep()
                return
        self.alert.hide()

    # -- acting -------------------------------------------------------------------
    def _run(self, action) -> bool:
        try:
            action()
        except ValidationError as error:
            self.message.setText(field_error_text(error))
            self._unticked_refusal = error.field == "timeout"  # "Confirm aloud and tick …"
            return False
        except DomainError as error:
            self.message.setText(error_text(error))
            return False
        self.load(self.exam_id)
        self.take_focus()
        self.changed.emit()
        return True

    def complete_current(self) -> None:
        current = self.state.current_step
        if self.exam_id is None or current is None or self.status not in OPEN_STATUSES \
                or not self.complete_button.isEnabled():
            return
        if current == TIMEOUT_STEP and self.recorded_timeout is None:
            self.record_timeout()
            return
        if current == DELAYED_IMAGES_STEP and self.state.wait_started_at is None:
            self.message.setText(self.tr("Step {step}: press N if delayed images are not needed, "
                                         "or W to start the wait.").format(step=DELAYED_IMAGES_STEP))
            return
        locker = self.locker.text() if current == LOCKER_STEP else ""
        if self._run(lambda: self.service.complete_step(self.exam_id, current, locker=locker)) and current == LOCKER_STEP:
            self.locker.clear()

    def record_timeout(self) -> None:
        confirmed = [key for key, check in self.timeout_checks.items() if check.isChecked()]
        if self._run(lambda: self.service.record_timeout(self.exam_id, confirmed, self.confirmed_by.text())):
            for check in self.timeout_checks.values():
                check.setChecked(False)
            self.confirmed_by.clear()
            return
        unticked = [check for check in self.timeout_checks.values() if not check.isChecked()]
        (unticked[0] if unticked else self.confirmed_by).setFocus()  # where the answer goes

    def _timeout_ticked(self) -> None:
        """A message about unticked items is wrong once they are ticked: it goes."""
        if all(check.isChecked() for check in self.timeout_checks.values()) and self._unticked_refusal:
            self.message.clear()
            self._unticked_refusal = False

    def delayed_not_needed(self) -> None:
        self._run(lambda: self.service.complete_step(self.exam_id, DELAYED_IMAGES_STEP, not_needed=True))

    def start_wait(self) -> None:
        self._run(lambda: self.service.start_delayed_wait(self.exam_id))

    def undo_last(self) -> None:
        if not self.state.completed:
            return
        step = self.state.completed[-1].step
        reason = self.prompts.ask_text(self.tr("Undo step {step}").format(step=step),
                                       self.tr("Why undo step {step} ({title})?").format(
                                           step=step, title=step_text(STEPS[step - 1].title)))
        if reason is not None:
            self._run(lambda: self.service.undo_last_step(self.exam_id, reason))
        self.take_focus()  # after the dialog, Space is the checklist's again

    def abort(self) -> None:
        reason = self._abort_reason()
        if reason is not None:
            self._run(lambda: self.service.abort(self.exam_id, reason))
        self.take_focus()

    def _abort_reason(self) -> str | None:
        options = list(ABORT_LABELS.values())
        index = self.prompts.choose(self.tr("Abort the exam"), self.tr("Why is the exam stopped?"),
                                    [domain_text(option) for option in options])
        if index is None:
            return None
        if list(ABORT_LABELS)[index] is not AbortReason.OTHER:
            return options[index]
        detail = self.prompts.ask_text(self.tr("Abort the exam"), self.tr("What happened?"))
        return f"Other: {detail}" if detail else None

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        key = event.key()
        focus = self.window().focusWidget()
        if focus in (self.locker, self.confirmed_by) and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.complete_current()  # Enter after the locker number, or after the team's names
            return
        if focus is not self:  # a key another control left unused is not the advance key
            super().keyPressEvent(event)
            return
        if key in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.complete_current()
            return
        if self.state.current_step == DELAYED_IMAGES_STEP and self.status in OPEN_STATUSES and self.state.wait_started_at is None:
            if key == Qt.Key.Key_N:
                self.delayed_not_needed()
                return
            if key == Qt.Key.Key_W:
                self.start_wait()
                return
        super().keyPressEvent(event)
