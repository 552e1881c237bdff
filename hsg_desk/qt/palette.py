"""Colours for statuses and finding levels. Colour always comes with words, never alone."""

from __future__ import annotations

from PySide6.QtGui import QColor

from hsg_desk.domain.findings import Level
from hsg_desk.domain.lifecycle import ExamStatus

# (background, text) pairs with enough contrast to read at arm's length.
STATUS_COLOURS: dict[ExamStatus, tuple[str, str]] = {
    ExamStatus.SCHEDULED: ("#e8eef6", "#1d3b5c"),
    ExamStatus.ARRIVED: ("#d9ecff", "#0b4a8b"),
    ExamStatus.SCREENED: ("#dff3e4", "#1e5b2e"),
    ExamStatus.IN_PROGRESS: ("#fff1c7", "#6b4e00"),
    ExamStatus.PERFORMED: ("#e6f4ea", "#1e5b2e"),
    ExamStatus.COMPLETED: ("#c9ebd3", "#12401f"),
    ExamStatus.CANCELLED: ("#eeeeee", "#555555"),
    ExamStatus.DEFERRED: ("#f3e5f5", "#5b2a66"),
    ExamStatus.ABORTED: ("#fde2e1", "#8a1c1c"),
}

LEVEL_COLOURS: dict[Level, tuple[str, str]] = {
    Level.BLOCK: ("#8a1c1c", "#ffffff"),
    Level.STOP: ("#fde2e1", "#8a1c1c"),
    Level.CAUTION: ("#fff1c7", "#6b4e00"),
    Level.INFO: ("#e8eef6", "#1d3b5c"),
}

LEVEL_SYMBOLS = {Level.BLOCK: "⛔", Level.STOP: "■", Level.CAUTION: "▲", Level.INFO: "ℹ"}


def status_background(status: ExamStatus) -> QColor:
    return QColor(STATUS_COLOURS[status][0])


def status_foreground(status: ExamStatus) -> QColor:
    return QColor(STATUS_COLOURS[status][1])
