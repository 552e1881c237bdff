"""No two actions, buttons, labels or menus of one window answer the same key sequence
(Qt then does nothing and logs "Ambiguous shortcut overload"), and every shortcut of a
default action is shown on its button or in its tooltip."""

from __future__ import annotations

from collections import defaultdict

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QMenu, QMenuBar, QTabBar, QWidget

from all_screens import screens

from hsg_desk.qt.i18n import install_translator

WINDOW_CONTEXTS = (Qt.ShortcutContext.WindowShortcut, Qt.ShortcutContext.ApplicationShortcut)


def _mnemonic(text: str) -> str:
    return QKeySequence.mnemonic(text).toString(QKeySequence.SequenceFormat.PortableText)


def _live(widget: QWidget, window: QWidget) -> bool:
    """Shown in this state of the window (Qt ignores shortcuts of hidden widgets)."""
    return widget is window or (widget.isVisibleTo(window) and widget.window() is window)


def window_shortcuts(window: QWidget) -> dict[str, list[str]]:
    """Key sequence → who answers it, for everything live in `window` now."""
    found: dict[str, list[str]] = defaultdict(list)

    def add(sequence, owner: str) -> None:
        text = sequence if isinstance(sequence, str) else sequence.toString(QKeySequence.SequenceFormat.PortableText)
        if text:
            found[text].append(owner)

    for action in window.findChildren(QAction):
        if action.shortcutContext() not in WINDOW_CONTEXTS:
            continue
        hosts = [o for o in action.associatedObjects() if isinstance(o, QWidget)]
        if any(isinstance(h, QMenu) or (not isinstance(h, QAbstractButton) and _live(h, window)) for h in hosts):
            for sequence in action.shortcuts():
                add(sequence, f"action {action.text()!r}")
    for shortcut in window.findChildren(QShortcut):
        parent = shortcut.parent()
        if shortcut.context() in WINDOW_CONTEXTS and isinstance(parent, QWidget) and _live(parent, window):
            for sequence in shortcut.keys():
                add(sequence, f"shortcut of {parent.objectName() or type(parent).__name__}")
    for button in window.findChildren(QAbstractButton):
        if _live(button, window):
            add(button.shortcut(), f"button {button.text()!r}")
    for label in window.findChildren(QLabel):
        if label.buddy() is not None and _live(label, window):
            add(_mnemonic(label.text()), f"label {label.text()!r}")
    for box in window.findChildren(QGroupBox):
        if _live(box, window):
            add(_mnemonic(box.title()), f"group {box.title()!r}")
    for bar in window.findChildren(QTabBar):
        if _live(bar, window):
            for index in range(bar.count()):
                add(_mnemonic(bar.tabText(index)), f"tab {bar.tabText(index)!r}")
    for bar in window.findChildren(QMenuBar):
        for action in bar.actions():
            add(_mnemonic(action.text()), f"menu {action.text()!r}")
    return found


@pytest.mark.parametrize("language", ["en", "es"])
def test_no_two_controls_of_one_window_share_a_key_sequence(qtbot, tmp_path, qapp, language):
    """In each interface language: a translation brings its own Alt+letter mnemonics."""
    install_translator(qapp, language)
    clashes = []
    seen = 0
    try:
        for name, window in screens(qtbot, tmp_path):
            seen += 1
            for sequence, owners in sorted(window_shortcuts(window).items()):
                if len(owners) > 1:
                    clashes.append(f"{name}: {sequence} → {', '.join(owners)}")
    finally:
        install_translator(qapp, "en")
    assert seen >= 18
    assert clashes == [], "\n".join(clashes)


def test_alt_t_shows_today_without_an_ambiguous_overload(qtbot, tmp_path):
    """Alt+T was both the Today button and View › Today: Qt did nothing and logged a warning
    (the suite fails on any Qt warning, so this test would fail on the log as well)."""
    walk = screens(qtbot, tmp_path)
    _, window = next(walk)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.ui.worklistDate.setDate(window.ui.worklistDate.date().addDays(3))
    today = window.service.facility_today()
    assert window.current_day() != today
    qtbot.keyClick(window.ui.worklistView, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: window.current_day() == today)  # a mnemonic "animates" its click
    window.ui.worklistDate.setDate(window.ui.worklistDate.date().addDays(-2))
    qtbot.keyClick(window.ui.worklistView, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert window.current_day() == today  # View › Today (Ctrl+T)


def _spoken(sequence: str) -> set[str]:
    """How a sequence may be written on a button: Return is the Enter key to a user."""
    return {sequence, sequence.replace("Return", "Enter"), sequence.replace("Del", "Delete")}


def test_every_shortcut_is_shown_on_a_button_or_in_a_tooltip(qtbot, tmp_path):
    """A shortcut nobody can see is a shortcut nobody uses (Ctrl+Enter completed check-in,
    and nothing said so)."""
    hidden = []
    for name, window in screens(qtbot, tmp_path):
        shown = " ".join(f"{w.text() if hasattr(w, 'text') else ''} {w.toolTip()} {w.statusTip()}"
                         for w in window.findChildren(QWidget) if _live(w, window))
        shown += " ".join(f"{a.toolTip()} {a.text()}" for a in window.findChildren(QAction))
        shown += " ".join(f"{a.shortcut().toString()}" for a in window.findChildren(QAction)
                          if any(isinstance(h, QMenu) for h in a.associatedObjects()))  # a menu shows it
        for shortcut in window.findChildren(QShortcut):
            parent = shortcut.parent()
            if isinstance(parent, QWidget) and _live(parent, window):
                keys = [k.toString() for k in shortcut.keys()]
                if not any(spoken in shown for k in keys for spoken in _spoken(k)):
                    hidden.append(f"{name}: {', '.join(keys)}")
    assert hidden == [], "\n".join(hidden)
