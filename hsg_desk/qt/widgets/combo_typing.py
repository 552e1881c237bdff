"""Combo boxes select by typing, also when nothing is chosen yet.

Qt's own search starts after the first item when a combo shows its placeholder, so "B"
in an empty *Catheter* box chose "Cannula". Here the letters typed (within Qt's keyboard
input interval) are matched against the start of each item, from the top; the same letter
again moves to the next item that starts with it, as in a list.
"""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QWidget


class TypeToSelect(QObject):
    def __init__(self, combo: QComboBox):
        super().__init__(combo)
        self.combo = combo
        self.typed = ""
        self.timer = QElapsedTimer()
        combo.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt naming)
        if event.type() != QEvent.Type.KeyPress or self.combo.isEditable():
            return False
        text = event.text()
        if not text or not text.isprintable() or text.isspace() or event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier:
            return False
        fresh = not self.timer.isValid() or self.timer.elapsed() > QApplication.keyboardInputInterval()
        self.timer.restart()
        self.typed = text.lower() if fresh else self.typed + text.lower()
        index = self._match()
        if index is not None and index != self.combo.currentIndex():
            self.combo.setCurrentIndex(index)
            self.combo.activated.emit(index)
        return True

    def _match(self) -> int | None:
        texts = [self.combo.itemText(i).lower() for i in range(self.combo.count())]
        current = self.combo.currentIndex()
        repeated = len(set(self.typed)) == 1 and current >= 0 and texts[current].startswith(self.typed[0])
        if repeated:  # "m", "m": mild, then moderate
            order = list(range(current + 1, len(texts))) + list(range(0, current + 1))
            return next((i for i in order if texts[i].startswith(self.typed[0])), None)
        return next((i for i, t in enumerate(texts) if t.startswith(self.typed)), None)


def select_by_typing(root: QWidget) -> None:
    """Give every combo box under `root` (and `root` itself) type-to-select."""
    combos = root.findChildren(QComboBox)
    if isinstance(root, QComboBox):
        combos.append(root)
    for combo in combos:
        if not combo.findChild(TypeToSelect):
            TypeToSelect(combo)

