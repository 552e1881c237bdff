"""The one date-entry field: month/day/year typed as the clinic writes it, read by the
domain's parser (domain/dates.py), and Up/Down change the part the cursor is in.

It is a QLineEdit, so a view saves on `editingFinished` as with any field; `day()` gives
the date or raises the domain's DateRefused with the reason.
"""

from __future__ import annotations

import calendar
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from hsg_desk.domain.dates import date_text, parse_date

PARTS = ("month", "day", "year")


class DateEntry(QLineEdit):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setPlaceholderText(self.tr("MM/DD/YYYY"))
        self.setToolTip(self.tr("Month/day/year, e.g. 3/14/1990. Up and Down change the part the cursor is in."))
        self.setMaxLength(10)
        self.field = "date"

    def day(self) -> date | None:
        return parse_date(self.text(), self.field)

    def set_day(self, day: date | None) -> None:
        self.setText(date_text(day))

    def focused_part(self) -> str:
        """month, day or year: which part of M/D/YYYY the cursor is in."""
        return PARTS[min(self.text()[:self.cursorPosition()].count("/"), 2)]

    def step(self, amount: int) -> bool:
        """Move the focused part by `amount`, keeping the date real (Jan 31 + 1 month = Feb 28)."""
        try:
            current = self.day()
        except ValueError:
            return False
        if current is None:
            return False
        part = self.focused_part()
        year, month, day = current.year, current.month, current.day
        if part == "year":
            year += amount
        elif part == "month":
            month = (month - 1 + amount) % 12 + 1
        if part == "day":
            stepped = date.fromordinal(current.toordinal() + amount)
        else:
            stepped = date(year, month, min(day, calendar.monthrange(year, month)[1]))
        self.set_day(stepped)
        self.setCursorPosition({"month": 1, "day": 4, "year": 9}[part])
        return True

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down) and not event.modifiers():
            if self.step(1 if event.key() == Qt.Key.Key_Up else -1):
                return
        super().keyPressEvent(event)
