"""The exam room's questions: a reason, a password, a choice. Injected, so tests answer
them from a script and no modal dialog ever blocks a test (see prompts.py)."""

from __future__ import annotations

from collections import deque
from typing import Protocol

from PySide6.QtWidgets import QInputDialog, QLineEdit

from hsg_desk.qt.widgets.prompts import QtPrompts, ScriptedPrompts


class ExamPrompts(Protocol):
    def choose(self, title: str, text: str, options: list[str], default: int = 0) -> int | None: ...

    def ask_text(self, title: str, label: str) -> str | None:
        """The text typed, or None when the user cancels."""

    def ask_password(self, title: str, label: str) -> str | None: ...


class QtExamPrompts(QtPrompts):
    def ask_text(self, title: str, label: str) -> str | None:
        text, ok = QInputDialog.getText(self.parent, title, label)
        return text if ok else None

    def ask_password(self, title: str, label: str) -> str | None:
        text, ok = QInputDialog.getText(self.parent, title, label, QLineEdit.EchoMode.Password)
        return text if ok else None


class ScriptedExamPrompts(ScriptedPrompts):
    """Answers `choose`/`confirm` from `answers`, `ask_text`/`ask_password` from `texts`."""

    def __init__(self, *answers, texts=()):
        super().__init__(*answers)
        self.texts = deque(texts)

    def ask_text(self, title: str, label: str) -> str | None:
        self.asked.append(("text", title, label))
        return self.texts.popleft() if self.texts else None

    def ask_password(self, title: str, label: str) -> str | None:
        self.asked.append(("password", title, label))
        return self.texts.popleft() if self.texts else None
