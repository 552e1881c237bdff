"""Questions the views ask the user, behind a small interface (after git-cola's interaction.py).

Views receive a `Prompts`; the app passes `QtPrompts` (message boxes), tests pass
`ScriptedPrompts`, which answers from a script and records what was asked — no modal
dialog ever blocks a test.
"""

from __future__ import annotations

from collections import deque
from typing import Protocol

from PySide6.QtWidgets import QMessageBox


class Prompts(Protocol):
    def choose(self, title: str, text: str, options: list[str], default: int = 0) -> int | None:
        """The index of the option chosen, or None when the user cancels (Esc)."""

    def confirm(self, title: str, text: str, ok: str = "OK", cancel: str = "Cancel") -> bool: ...

    def inform(self, title: str, text: str) -> None: ...

    def error(self, title: str, text: str) -> None: ...


class QtPrompts:
    """Message boxes parented to `parent`, with the clinic's plain wording on the buttons."""

    def __init__(self, parent=None):
        self.parent = parent

    def choose(self, title: str, text: str, options: list[str], default: int = 0) -> int | None:
        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=self.parent)
        buttons = [box.addButton(option, QMessageBox.ButtonRole.AcceptRole) for option in options]
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(buttons[default])
        box.setEscapeButton(cancel)
        box.exec()
        clicked = box.clickedButton()
        return buttons.index(clicked) if clicked in buttons else None

    def confirm(self, title: str, text: str, ok: str = "", cancel: str = "") -> bool:
        from PySide6.QtCore import QCoreApplication

        return self.choose(title, text, [ok or QCoreApplication.translate("QtPrompts", "OK")]) == 0

    def inform(self, title: str, text: str) -> None:
        QMessageBox.information(self.parent, title, text)

    def error(self, title: str, text: str) -> None:
        QMessageBox.warning(self.parent, title, text)


class ScriptedPrompts:
    """A test double: answers from `answers` in order (an index, True/False or None) and
    records every question in `asked` as (kind, title, text)."""

    def __init__(self, *answers):
        self.answers = deque(answers)
        self.asked: list[tuple[str, str, str]] = []

    def _next(self, default):
        return self.answers.popleft() if self.answers else default

    def choose(self, title: str, text: str, options: list[str], default: int = 0) -> int | None:
        self.asked.append(("choose", title, text))
        return self._next(None)

    def confirm(self, title: str, text: str, ok: str = "OK", cancel: str = "Cancel") -> bool:
        self.asked.append(("confirm", title, text))
        return bool(self._next(False))

    def inform(self, title: str, text: str) -> None:
        self.asked.append(("inform", title, text))

    def error(self, title: str, text: str) -> None:
        self.asked.append(("error", title, text))
