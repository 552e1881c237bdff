"""Ask why an exam is cancelled or deferred (and, to reschedule, the new date and time).

The dialog hands what was entered to `submit`; a refusal from the service stays in the
dialog as a message beside the field, so the clerk corrects it without starting over.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, time

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QTime
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QSizePolicy

from hsg_desk.domain.errors import DomainError
from hsg_desk.qt.domain_text import error_text
from hsg_desk.qt.ui.ui_reason_dialog import Ui_ReasonDialog
from hsg_desk.services.booking import InvalidBooking

# Shown (and kept, as chosen) in the interface language.
CANCEL_REASONS = (QT_TRANSLATE_NOOP("ReasonDialog", "She called to cancel"), QT_TRANSLATE_NOOP("ReasonDialog", "No-show"),
                  QT_TRANSLATE_NOOP("ReasonDialog", "Referring physician cancelled the order"),
                  QT_TRANSLATE_NOOP("ReasonDialog", "Booked in error"))
DEFER_REASONS = (QT_TRANSLATE_NOOP("ReasonDialog", "Positive pregnancy test"),
                 QT_TRANSLATE_NOOP("ReasonDialog", "Outside her cycle window"),
                 QT_TRANSLATE_NOOP("ReasonDialog", "Pregnancy test not valid for today"),
                 QT_TRANSLATE_NOOP("ReasonDialog", "Active infection or fever"),
                 QT_TRANSLATE_NOOP("ReasonDialog", "No driver after a sedative"),
                 QT_TRANSLATE_NOOP("ReasonDialog", "She asked to come another day"))
RESCHEDULE_REASONS = (QT_TRANSLATE_NOOP("ReasonDialog", "Rescheduled in her next cycle window"),
                      QT_TRANSLATE_NOOP("ReasonDialog", "She asked for another day"))

Submit = Callable[[str, "date | None", "time | None"], object]


class ReasonDialog(QDialog):
    def __init__(self, title: str, prompt: str, reasons: tuple[str, ...], submit: Submit, *,
                 new_time: tuple[date, date] | None = None, action: str = "", parent=None):
        """`new_time` = (earliest, proposed) asks for a new date and time too (rescheduling)."""
        super().__init__(parent)
        self.ui = Ui_ReasonDialog()
        self.ui.setupUi(self)
        self.submit = submit
        self.result_value = None
        self.setWindowTitle(title)
        self.ui.promptLabel.setText(prompt)
        self.ui.reasonCombo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.ui.reasonCombo.addItems([self.tr(reason) for reason in reasons])
        self.ui.reasonCombo.setCurrentIndex(-1)
        self.ui.reasonCombo.lineEdit().setPlaceholderText(self.tr("Choose or type the reason"))
        ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        action = action or self.tr("OK")
        ok.setText(action)
        ok.setToolTip(f"{action.replace('&', '')} (Enter)")
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setToolTip(self.tr("Close, change nothing (Esc)"))
        self.asks_time = new_time is not None
        for widget in (self.ui.dateLabel, self.ui.dateEdit, self.ui.dateError, self.ui.timeLabel, self.ui.timeEdit):
            widget.setVisible(self.asks_time)
        if new_time:
            earliest, proposed = new_time
            self.ui.dateEdit.setMinimumDate(QDate(earliest.year, earliest.month, earliest.day))
            self.ui.dateEdit.setDate(QDate(proposed.year, proposed.month, proposed.day))
            self.ui.timeEdit.setTime(QTime(9, 0))
        self.ui.buttonBox.accepted.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.reasonCombo.setFocus()

    def reason(self) -> str:
        return self.ui.reasonCombo.currentText().strip()

    def save(self) -> None:
        day = self.ui.dateEdit.date().toPython() if self.asks_time else None
        clock = time(self.ui.timeEdit.time().hour(), self.ui.timeEdit.time().minute()) if self.asks_time else None
        self.ui.reasonError.setText("")
        self.ui.dateError.setText("")
        if not self.asks_time and not self.reason():
            self.ui.reasonError.setText(self.tr("Give a reason."))
            return
        try:
            self.result_value = self.submit(self.reason(), day, clock)
        except InvalidBooking as invalid:
            self.ui.dateError.setText(invalid.errors.get("day", "") or invalid.errors.get("clock", ""))
            return
        except DomainError as error:
            self.ui.formMessage.setText(error_text(error))
            return
        self.accept()
