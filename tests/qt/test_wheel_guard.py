"""Issue #13 §5: nothing changes without the user meaning it. The wheel is turned over every
field of every page (the exam's four pages with a procedure under way, booking, the patient
form, the settings): no database row changes and no field changes its value; a field the
user has focused still takes the wheel, and the page scrolls instead."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QScrollArea, QWidget

from hsg_desk.qt.views.booking_dialog import BookingDialog
from hsg_desk.qt.views.exam_prompts import ScriptedExamPrompts
from hsg_desk.qt.views.main_window import MainWindow
from hsg_desk.qt.views.patient_dialog import PatientDialog
from hsg_desk.qt.views.settings_admin import SettingsAdmin
from hsg_desk.services.exam_room import ExamRoomService
from hsg_desk.storage import patients

from exam_room_builders import answer_history, arrived_exam, context, open_db

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "services"))
from test_exam_room import fill_record, steps_to  # noqa: E402


def wheel(widget: QWidget, notches: int) -> None:
    centre = QPointF(widget.width() / 2, widget.height() / 2)
    event = QWheelEvent(centre, QPointF(widget.mapToGlobal(centre.toPoint())), QPoint(0, 0),
                        QPoint(0, 120 * notches), Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)


def snapshot(db) -> dict:
    tables = [name for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    return {name: db.execute(f'SELECT * FROM "{name}"').fetchall() for name in tables}


def value(widget):
    return widget.currentIndex() if isinstance(widget, QComboBox) else widget.text()


def fields(root: QWidget) -> list[QWidget]:
    return [w for w in root.findChildren(QWidget) if isinstance(w, (QComboBox, QAbstractSpinBox))
            and w.isEnabled()]


def turn_the_wheel_over_every_field(qtbot, roots) -> int:
    turned = 0
    for root in roots:
        for field in fields(root):
            before = value(field)
            for notches in (1, -1, -1, -1, 2):
                wheel(field, notches)
            assert value(field) == before, f"the wheel changed {field.objectName()} of {type(root).__name__}"
            turned += 1
    return turned


def test_the_wheel_over_every_field_of_every_page_changes_nothing(qtbot, tmp_path):
    db, clock, users = open_db(tmp_path / "hsg.sqlite3")
    tech = context(db, clock, users["tech"])
    patient_id, exam_id = arrived_exam(db)
    answer_history(db, exam_id)
    room = ExamRoomService(tech)
    room.screening.refresh(exam_id)
    steps_to(room, exam_id, clock, 7)
    fill_record(room, exam_id, complications=["contrast_reaction"], contrast_reaction_severity="mild")
    window = MainWindow(tech, prompts=ScriptedExamPrompts())
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    window.open_exam(exam_id)
    qtbot.waitUntil(lambda: len(window.workspace.pages) == 4)
    booking = BookingDialog(tech, patients.get_patient(db, patient_id), ScriptedExamPrompts())
    patient_form = PatientDialog(tech, ScriptedExamPrompts(), patients.get_patient(db, patient_id))
    admin = context(db, clock, users["admin"])
    settings = SettingsAdmin(admin)
    from hsg_desk.qt.views.audit_viewer import AuditViewer
    from hsg_desk.qt.views.users_admin import UsersAdmin

    audit, users_page = AuditViewer(admin), UsersAdmin(admin)
    for dialog in (booking, patient_form, settings, audit, users_page):
        qtbot.addWidget(dialog)
        dialog.show()
    window.setFocus()
    before = snapshot(db)
    tabs = window.workspace.ui.tabs
    turned = 0
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        # Showing a tab may put the focus in its first field (Qt moves it out of a page it
        # hides); the wheel is turned over fields the user has not put the focus in.
        window.setFocus()
        turned += turn_the_wheel_over_every_field(qtbot, [tabs.currentWidget()])
    turned += turn_the_wheel_over_every_field(qtbot, [window.centralWidget(), booking, patient_form, settings,
                                                          audit, users_page])
    assert turned > 20  # severity, catheter, radiologist, test method and result, dates, every setting...
    assert snapshot(db) == before


def test_a_focused_field_takes_the_wheel_and_an_unfocused_one_scrolls_the_page(qtbot, tmp_path):
    db, clock, users = open_db(tmp_path / "hsg.sqlite3")
    window = MainWindow(context(db, clock, users["tech"]), prompts=ScriptedExamPrompts())
    qtbot.addWidget(window)
    settings = SettingsAdmin(context(db, clock, users["admin"]))
    qtbot.addWidget(settings)
    settings.resize(640, 260)  # shorter than the settings: the page has to scroll
    settings.show()
    qtbot.waitExposed(settings)
    spin = settings.findChild(QAbstractSpinBox, "setting_idle_lock_minutes")
    page = next(area for area in settings.findChildren(QScrollArea) if area.isAncestorOf(spin))
    bar = page.verticalScrollBar()
    assert bar.maximum() > 0
    bar.setValue(bar.maximum() // 2)
    page.ensureWidgetVisible(spin)
    before, position = spin.value(), bar.value()
    wheel(spin, -1)  # the wheel rolls down: the page moves, the value stays
    assert spin.value() == before and bar.value() > position
    spin.setFocus()
    qtbot.waitUntil(spin.hasFocus)
    wheel(spin, -1)  # the user put the cursor there: now the wheel is meant for the field
    assert spin.value() == before - 1



def test_guard_fields_guards_each_field_of_a_form_and_nothing_watches_the_application(qtbot):
    """The guard is no event filter on the whole application (Python for every event of every
    widget: ~35 ms of each exam page's build) nor a style's Python `polish` (every widget Qt
    polishes: ~15 ms of the start, issue #21): guard_fields puts it on each field of a form."""
    from PySide6.QtWidgets import QDateEdit, QSpinBox, QVBoxLayout

    from hsg_desk.qt.wheel_guard import WheelGuard, guard_fields, install_wheel_guard

    app = QApplication.instance()
    guard = install_wheel_guard(app)
    assert install_wheel_guard(app) is guard and len(app.findChildren(WheelGuard)) == 1
    window = QWidget()
    qtbot.addWidget(window)
    unguarded, spin, day = QSpinBox(), QSpinBox(), QDateEdit()
    layout = QVBoxLayout(window)
    for field in (unguarded, spin, day):
        layout.addWidget(field)
    window.show()
    qtbot.waitExposed(window)
    wheel(unguarded, 1)  # nothing watches a field guard_fields has not seen: the test can fail
    assert unguarded.value() == 1
    guard_fields(window)
    guard_fields(window)  # twice is harmless
    before = (unguarded.value(), spin.value(), day.date())
    for field in (unguarded, spin, day):
        wheel(field, 1)
    assert (unguarded.value(), spin.value(), day.date()) == before


UI_MODULES = sorted((Path(__file__).resolve().parents[2] / "hsg_desk" / "qt" / "ui").glob("ui_*.py"))
FIELD_MAKING = re.compile(r"\bQ(?:ComboBox|FontComboBox|SpinBox|DoubleSpinBox|DateEdit|TimeEdit|DateTimeEdit)\(")


@pytest.mark.parametrize("module", UI_MODULES, ids=lambda path: path.name)
def test_every_form_guards_its_fields_as_it_is_set_up(module):
    """forms/build.py ends each generated setupUi with guard_fields(<form>)."""
    source = module.read_text(encoding="utf-8")
    setup = source[source.index("def setupUi"):source.index("def retranslateUi")]
    assert re.search(r"^\s+guard_fields\(\w+\)$", setup, re.MULTILINE), module.name


def test_code_that_makes_a_field_guards_it():
    """A combo, spin or date field made in code (not by a form) is guarded where it is made."""
    qt = Path(__file__).resolve().parents[2] / "hsg_desk" / "qt"
    makers = [path for path in qt.rglob("*.py") if "ui" not in path.relative_to(qt).parts[:1]
              and FIELD_MAKING.search(path.read_text(encoding="utf-8"))]
    assert makers, "the check sees no module that makes a field: it would pass whatever the code did"
    unguarded = [path.name for path in makers if "guard_fields(" not in path.read_text(encoding="utf-8")]
    assert not unguarded
