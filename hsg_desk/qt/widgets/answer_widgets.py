"""Answer widgets for the history: explicit choices where "not answered" stays visible.

Big buttons (gloves), and a value of None until someone answers. From the keyboard, Tab
reaches the question (one stop per question, as for radio buttons), the arrows move between
its answers, Space chooses; or the answer's first letter chooses it at once (Y, N) and
moves on to the next question, so a history is answered one key per question.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

UNANSWERED = QT_TRANSLATE_NOOP("ChoiceAnswer", "Not answered")
# The chosen answer must be obvious at arm's length: filled blue with a tick, not a shade of grey.
STYLE = ("QPushButton { background: #ffffff; border: 2px solid #8a97a6; border-radius: 5px; padding: 6px 14px; }"
         "QPushButton:checked { background: #1f5c99; color: #ffffff; border-color: #123a63; font-weight: 700; }"
         "QPushButton:focus { border-color: #e08a00; }"
         "QPushButton:disabled { color: #7a7a7a; } QPushButton:checked:disabled { background: #5d7e9f; color: #fff; }"
         "QLabel { color: #9a4d00; font-weight: 700; font-style: italic; }")


PADDING_AND_BORDER = 2 * (14 + 2)  # STYLE's QPushButton padding and border, both sides


def _chosen_width(button: QPushButton, text: str) -> int:
    """The width the button needs once chosen: its text then reads "✓ text" in bold, which
    the size Qt computes from the plain text does not leave room for."""
    button.ensurePolished()  # the style sheet's font size, not the default one
    bold = QFont(button.font())
    bold.setBold(True)
    return QFontMetrics(bold).horizontalAdvance(f"✓ {text}") + PADDING_AND_BORDER + 4


class ChoiceAnswer(QWidget):
    """A row of checkable buttons; exactly one or none (unanswered) is chosen."""

    answered = Signal(object)  # the chosen value (never None: choosing is answering)

    def __init__(self, parent=None, options: list[tuple[object, str]] | None = None):
        super().__init__(parent)
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: dict[object, QPushButton] = {}
        self.state = QLabel(QCoreApplication.translate("ChoiceAnswer", UNANSWERED), self)
        self.state.setProperty("role", "unanswered")
        self.setStyleSheet(STYLE)
        if options:
            self.set_options(options)

    def set_options(self, options: list[tuple[object, str]]) -> None:
        for value, text in options:
            button = QPushButton(text, self)
            button.setCheckable(True)
            button.setMinimumSize(max(96, _chosen_width(button, text)), 44)
            button.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
            button.setProperty("answer", True)
            self.group.addButton(button)
            self.buttons[value] = button
            self._layout.addWidget(button)
            button.clicked.connect(lambda _=False, v=value: self._chosen(v))
            button.installEventFilter(self)
        self._layout.addWidget(self.state)
        self._layout.addStretch(1)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt naming)
        """A letter typed on one of the buttons chooses the answer it starts (Y, N, P…)."""
        if event.type() == QEvent.Type.KeyPress and not event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier:
            letter = event.text().lower()
            for value, button in self.buttons.items():
                if letter and letter.isalpha() and button.text().removeprefix("✓ ").lower().startswith(letter):
                    if button.isEnabled():
                        button.setFocus()
                        button.click()
                        self._focus_next(button)
                    return True
        return super().eventFilter(watched, event)

    def set_question(self, question: str) -> None:
        """A screen reader says the question with each answer ("Is she bleeding today? No"),
        not a bare "No"."""
        self.setAccessibleName(question)
        for button in self.buttons.values():
            button.setAccessibleName(f"{question} {button.text().removeprefix('✓ ')}")

    def _focus_next(self, button: QPushButton) -> None:
        """Where Tab would go next, outside this question."""
        widget = button.nextInFocusChain()
        while widget is not button:
            if widget.isVisible() and widget.isEnabled() and widget.focusPolicy() & Qt.FocusPolicy.TabFocus \
                    and not self.isAncestorOf(widget):
                widget.setFocus(Qt.FocusReason.TabFocusReason)
                return
            widget = widget.nextInFocusChain()

    def _chosen(self, value) -> None:
        self._mark()
        self.state.setVisible(False)
        self.answered.emit(value)

    def value(self):
        for value, button in self.buttons.items():
            if button.isChecked():
                return value
        return None

    def set_value(self, value) -> None:
        """Show a stored answer (None: unanswered) without emitting `answered`."""
        self.group.setExclusive(False)
        for option, button in self.buttons.items():
            button.setChecked(value is not None and option == value)
        self.group.setExclusive(True)
        self.state.setVisible(value is None)
        self._mark()

    def _mark(self) -> None:
        """A tick on the chosen button: the answer reads without relying on colour."""
        for button in self.buttons.values():
            text = button.text().removeprefix("✓ ")
            button.setText(f"✓ {text}" if button.isChecked() else text)


class YesNoAnswer(ChoiceAnswer):
    def __init__(self, parent=None):
        super().__init__(parent, [(True, QCoreApplication.translate("YesNoAnswer", "Yes")),
                                  (False, QCoreApplication.translate("YesNoAnswer", "No"))])
