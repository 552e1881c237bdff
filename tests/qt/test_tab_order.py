"""Tab follows reading order on every page and dialog: a test walks Tab through each one
with real key presses and compares the order with where the controls are on screen."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QWidget

from all_screens import screens

LINE = 12  # pixels: two controls whose tops differ less than this are on one line


def _rect(widget: QWidget, root: QWidget) -> QRect:
    return QRect(widget.mapTo(root.window(), QPoint(0, 0)), widget.size())


def _backwards(a: QRect, b: QRect) -> str | None:
    """Why going from a to b goes against reading order, or None when it does not."""
    if b.top() < a.top() - LINE and b.left() < a.right() - LINE:
        return "goes up, not into a column to the right"
    if abs(b.top() - a.top()) <= LINE and b.left() < a.left() - LINE and b.top() <= a.top():
        return "goes left on the same line"
    return None


def _root(name: str, window: QWidget) -> QWidget:
    if name.startswith("main window: exam tab"):
        return window.workspace.ui.tabs.currentWidget()
    return window


def walk_tab(qtbot, root: QWidget) -> list[QWidget]:
    """Focus the first control on screen, then Tab until focus leaves `root` or comes back."""
    window = root.window()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    candidates = [w for w in root.findChildren(QWidget)
                  if w.isVisible() and w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus
                  and w.window() is window]
    first = min(candidates, key=lambda w: (_rect(w, root).top() // LINE, _rect(w, root).left()))
    first.setFocus(Qt.FocusReason.TabFocusReason)
    visited = [first]
    for _ in range(300):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        now = QApplication.focusWidget()
        if now is None or now in visited or not root.isAncestorOf(now):
            break
        visited.append(now)
    return visited


def _describe(widget: QWidget) -> str:
    return widget.objectName() or getattr(widget, "text", lambda: "")() or type(widget).__name__


def test_tab_follows_reading_order_on_every_page_and_dialog(qtbot, tmp_path):
    problems = []
    walked = 0
    for name, window in screens(qtbot, tmp_path):
        if name in ("main window: worklist", "lock screen"):
            continue  # one search field and a list; the lock screen has one password field
        root = _root(name, window)
        order = walk_tab(qtbot, root)
        walked += 1
        for a, b in zip(order, order[1:]):
            why = _backwards(_rect(a, root), _rect(b, root))
            if why:
                problems.append(f"{name}: Tab from {_describe(a)} to {_describe(b)} {why}")
    assert walked >= 15
    assert problems == [], "\n".join(problems)


def test_history_tab_reaches_pregnancy_and_periods_before_the_last_period_date(qtbot, tmp_path):
    for name, window in screens(qtbot, tmp_path):
        if name.endswith("History & screening") or name.endswith("History  screening"):
            break
    page = window.workspace.pages["HistoryPage"]
    order = walk_tab(qtbot, page)
    ui = page.ui
    position = {widget: index for index, widget in enumerate(order)}
    assert position[ui.pregnancyAnswer.buttons["no"]] < position[ui.noPeriodsAnswer.buttons[False]] \
        < position[ui.lmpEdit] < position[ui.stillBleedingAnswer.buttons[True]] < position[ui.flowEdit] \
        < position[ui.temperatureEdit] < position[ui.medicationEdit] < position[ui.allergySubstance]
