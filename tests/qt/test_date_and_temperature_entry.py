"""The one date-entry field (month/day/year, Up/Down on the part under the cursor) and
the temperature in °C or °F, on real widgets over a real SQLite file."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from hsg_desk.qt.widgets.date_entry import DateEntry
from hsg_desk.qt.views.history_page import HistoryPage
from hsg_desk.storage import histories

from exam_room_builders import arrived_exam, context, open_db


@pytest.fixture
def entry(qtbot):
    widget = DateEntry()
    qtbot.addWidget(widget)
    widget.show()
    widget.setFocus()
    return widget


def test_one_or_two_digit_month_and_day_and_a_four_digit_year(qtbot, entry):
    qtbot.keyClicks(entry, "5/3/1990")
    assert entry.day() == date(1990, 5, 3)
    entry.clear()
    qtbot.keyClicks(entry, "5/3/90")
    with pytest.raises(ValueError, match="4 digits"):
        entry.day()


@pytest.mark.parametrize(("cursor", "key", "shown"), [
    (1, Qt.Key.Key_Up, "03/14/1990"),     # month
    (1, Qt.Key.Key_Down, "01/14/1990"),
    (4, Qt.Key.Key_Up, "02/15/1990"),     # day
    (4, Qt.Key.Key_Down, "02/13/1990"),
    (8, Qt.Key.Key_Up, "02/14/1991"),     # year
    (8, Qt.Key.Key_Down, "02/14/1989"),
])
def test_up_and_down_change_the_part_under_the_cursor(qtbot, entry, cursor, key, shown):
    entry.setText("02/14/1990")
    entry.setCursorPosition(cursor)
    qtbot.keyClick(entry, key)
    assert entry.text() == shown
    assert entry.focused_part() == {1: "month", 4: "day", 8: "year"}[cursor]


def test_up_on_january_31st_month_gives_a_real_day(qtbot, entry):
    entry.setText("1/31/2026")
    entry.setCursorPosition(0)
    qtbot.keyClick(entry, Qt.Key.Key_Up)
    assert entry.text() == "02/28/2026"


@pytest.fixture
def history(qtbot, tmp_path):
    db, clock, users = open_db(tmp_path / "hsg.sqlite3")
    _, exam_id = arrived_exam(db)
    page = HistoryPage(context(db, clock, users["tech"]))
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    page.load(exam_id)
    return page, db, exam_id


def _type(qtbot, edit, text):
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def test_98_6_fahrenheit_is_stored_as_37_celsius(qtbot, history):
    page, db, exam_id = history
    _type(qtbot, page.ui.temperatureEdit, "98.6 F")
    assert histories.get_history_row(db, exam_id)["temperature_c"] == 37.0
    assert page.ui.temperatureEdit.text() == "37 °C"
    _type(qtbot, page.ui.temperatureEdit, "36.8")
    assert histories.get_history_row(db, exam_id)["temperature_c"] == 36.8


def test_a_refused_value_is_cleared_not_left_beside_the_error(qtbot, history):
    page, db, exam_id = history
    _type(qtbot, page.ui.temperatureEdit, "warm")
    assert page.ui.temperatureEdit.text() == ""
    assert "“warm” not saved" in page.ui.temperatureError.text()
    _type(qtbot, page.ui.temperatureEdit, "37.2")
    _type(qtbot, page.ui.temperatureEdit, "37.x")
    assert page.ui.temperatureEdit.text() == "37.2 °C"  # what is stored, not what was refused
    _type(qtbot, page.ui.lmpEdit, "02/30/2026")
    assert page.ui.lmpEdit.text() == ""
    assert "February has no 30th" in page.ui.lmpError.text()
    assert histories.get_history_row(db, exam_id)["lmp"] is None
