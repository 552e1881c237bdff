"""Combo boxes select by typing: the first letter of an item picks the first item that
starts with it (typing "S" in Preferred language picks Spanish (Español))."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox

from hsg_desk.qt.widgets.combo_typing import TypeToSelect

from all_screens import screens


def _type(combo, letter: str) -> None:
    QTest.sendKeyEvent(QTest.KeyAction.Click, combo, Qt.Key.Key_unknown, letter, Qt.KeyboardModifier.NoModifier)


def test_typing_a_letter_selects_the_item_that_starts_with_it(qtbot, tmp_path):
    tried, wrong = 0, []
    for name, window in screens(qtbot, tmp_path):
        for combo in window.findChildren(QComboBox):
            if combo.isEditable() or not combo.isVisibleTo(window) or combo.count() < 2:
                continue
            firsts = {}
            for index in range(combo.count()):
                text = combo.itemText(index)
                firsts.setdefault(text[:1].lower(), index)
            was_enabled = combo.isEnabled()
            combo.setEnabled(True)
            combo.blockSignals(True)  # selection only: nothing saved (this role may not save here)
            for letter, index in firsts.items():
                combo.setCurrentIndex(-1 if index else 1)
                for search in combo.findChildren(TypeToSelect):
                    search.timer.invalidate()  # a new search, as after a pause in typing
                _type(combo, letter)
                tried += 1
                if combo.currentIndex() != index:
                    wrong.append(f"{name}: {combo.objectName()} — typing {letter!r} gave "
                                 f"{combo.currentText()!r}, not {combo.itemText(index)!r}")
            combo.blockSignals(False)
            combo.setEnabled(was_enabled)
    assert tried > 20
    assert wrong == [], "\n".join(wrong)


def test_s_picks_spanish_in_the_patient_form(qtbot, tmp_path):
    from hsg_desk.qt.views.patient_dialog import PatientDialog
    from hsg_desk.qt.widgets.prompts import ScriptedPrompts
    from front_desk_qt import make_ctx

    dialog = PatientDialog(make_ctx(tmp_path / "hsg.sqlite3"), ScriptedPrompts())
    qtbot.addWidget(dialog)
    dialog.show()
    combo = dialog.ui.languageCombo
    combo.setFocus()
    _type(combo, "S")
    assert combo.currentText() == "Spanish (Español)"
    form, _ = dialog.form()
    assert form.language == "es"


def test_an_empty_catheter_box_takes_b_for_balloon_and_m_twice_cycles(qtbot, tmp_path):
    walk = screens(qtbot, tmp_path)
    for name, window in walk:
        if name.endswith("Procedure"):
            break
    record = window.workspace.pages["ProcedurePage"].record
    record.ui.contrastGroup.setEnabled(True)
    record.ui.catheterType.setEnabled(True)
    record.ui.catheterType.setCurrentIndex(-1)
    _type(record.ui.catheterType, "b")
    assert record.ui.catheterType.currentText() == "Balloon catheter"
    severity = record.ui.reactionSeverity
    severity.setEnabled(True)
    severity.setCurrentIndex(-1)
    _type(severity, "m")
    _type(severity, "m")
    assert severity.currentText() == "moderate"
