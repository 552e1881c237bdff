"""Admin screens: users, audit viewer, settings — typed into, checked against the database."""

from __future__ import annotations

import csv
from datetime import datetime, timezone

import pytest
from PySide6.QtCore import Qt

from hsg_desk.domain.permissions import PermissionDenied
from hsg_desk.domain.settings import SETTING_FIELDS
from hsg_desk.qt.views.audit_viewer import AuditViewer
from hsg_desk.qt.views.settings_admin import SettingsAdmin
from hsg_desk.qt.views.users_admin import UsersAdmin
from hsg_desk.services.audit_trail import record_patient_view
from hsg_desk.services.auth import LoginFailed, login
from hsg_desk.services.context import FixedClock, ServiceContext
from hsg_desk.services.users import DEMO_USERS, create_demo_users
from hsg_desk.storage.audit import query_events
from hsg_desk.storage.settings import load_settings
from hsg_desk.storage.users import find_user
from hsg_desk.storage.db import open_database

START = datetime(2026, 11, 26, 14, 0, tzinfo=timezone.utc)


@pytest.fixture
def db(tmp_path):
    db = open_database(tmp_path / "hsg.sqlite3")
    create_demo_users(db, START)
    return db


def ctx_for(db, username):
    clock = FixedClock(START)
    return ServiceContext(db, clock, login(db, clock, username, f"{username}-demo"), workstation="ws")


# -- users ----------------------------------------------------------------------
def test_create_user_from_the_form(db, qtbot):
    screen = UsersAdmin(ctx_for(db, "admin"))
    qtbot.addWidget(screen)
    assert screen.model.rowCount() == len(DEMO_USERS)
    ui = screen.ui
    qtbot.keyClicks(ui.usernameEdit, "jroe")
    qtbot.keyClicks(ui.displayNameEdit, "Jo Roe")
    qtbot.keyClicks(ui.passwordEdit, "temporary-1")
    ui.roleTechnologist.setChecked(True)
    qtbot.mouseClick(ui.saveButton, Qt.MouseButton.LeftButton)
    assert ui.messageLabel.text() == "jroe was created; they choose their own password at first sign-in."
    assert find_user(db, "jroe").roles == {"technologist"}
    assert screen.user.username == "jroe" and ui.usernameEdit.isReadOnly()


def a_new_user_with_a_short_password(db, qtbot) -> UsersAdmin:
    """The users screen after Save of a new account whose password is too short."""
    screen = UsersAdmin(ctx_for(db, "admin"))
    qtbot.addWidget(screen)
    qtbot.keyClicks(screen.ui.usernameEdit, "jroe")
    qtbot.keyClicks(screen.ui.displayNameEdit, "Jo Roe")
    qtbot.keyClicks(screen.ui.passwordEdit, "short")
    screen.ui.roleAdmin.setChecked(True)
    assert not screen.save()
    return screen


def test_form_errors_name_the_field(db, qtbot):
    screen = a_new_user_with_a_short_password(db, qtbot)
    assert screen.ui.messageLabel.text() == "New password: use at least 8 characters."


def test_a_spanish_window_names_the_refused_field_in_spanish(db, qtbot, spanish):
    screen = a_new_user_with_a_short_password(db, qtbot)
    field, message = screen.ui.messageLabel.text().split(": ", 1)
    assert field == screen.ui.passwordLabel.text().replace("&", "") != "New password"
    assert "8" in message and "characters" not in message and message.endswith(".")


def test_roles_disable_reset_unlock(db, qtbot):
    ids = {u: find_user(db, u).id for u in ("tech", "desk")}
    clock = FixedClock(START)
    for _ in range(5):
        with pytest.raises(LoginFailed):
            login(db, clock, "desk", "bad-bad-bad")
    screen = UsersAdmin(ctx_for(db, "admin"))
    qtbot.addWidget(screen)
    screen.select(ids["tech"])
    screen.ui.roleRadiologist.setChecked(True)
    assert screen.save()
    assert find_user(db, "tech").roles == {"technologist", "radiologist"}
    assert screen.toggle_active() and not find_user(db, "tech").active
    assert screen.ui.disableButton.text() == "En&able"
    screen.select(ids["desk"])
    assert screen.ui.unlockButton.isEnabled() and screen.ui.stateLabel.text() == "Locked after failed sign-ins"
    assert screen.unlock() and find_user(db, "desk").locked_until is None
    qtbot.keyClicks(screen.ui.passwordEdit, "fresh-pass-1")
    assert screen.reset_password()
    assert login(db, clock, "desk", "fresh-pass-1").username == "desk"


def test_users_screen_needs_the_admin_role(db, qtbot):
    with pytest.raises(PermissionDenied):
        UsersAdmin(ctx_for(db, "tech"))


# -- audit viewer ---------------------------------------------------------------
def test_audit_viewer_filters_sorts_and_exports(db, qtbot, tmp_path):
    tech = ctx_for(db, "tech")
    record_patient_view(tech, 7)
    record_patient_view(tech, 8)
    target = tmp_path / "export.csv"
    asked = []
    viewer = AuditViewer(ctx_for(db, "admin"), ask_save_path=lambda parent, name: asked.append(name) or str(target))
    qtbot.addWidget(viewer)
    total = len(query_events(db))
    assert viewer.proxy.rowCount() == total
    viewer.ui.actionCombo.setCurrentText("view")
    qtbot.mouseClick(viewer.ui.applyButton, Qt.MouseButton.LeftButton)
    assert viewer.proxy.rowCount() == 2 and viewer.ui.countLabel.text() == "2 rows"
    viewer.ui.auditView.sortByColumn(5, Qt.SortOrder.AscendingOrder)  # by patient
    assert [viewer.proxy.index(r, 5).data() for r in range(2)] == ["7", "8"]
    viewer.ui.auditView.sortByColumn(5, Qt.SortOrder.DescendingOrder)
    assert [viewer.proxy.index(r, 5).data() for r in range(2)] == ["8", "7"]
    qtbot.keyClicks(viewer.ui.patientEdit, "8")
    viewer.refresh()
    assert viewer.proxy.rowCount() == 1
    with qtbot.waitSignal(viewer.exported) as done:
        qtbot.mouseClick(viewer.ui.exportButton, Qt.MouseButton.LeftButton)
    assert done.args == [str(target), 1] and asked == ["audit-2026-11-26.csv"]
    with open(target, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [(r["action"], r["patient_id"], r["username"]) for r in rows] == [("view", "8", "tech")]
    assert query_events(db)[-1]["action"] == "audit.export"
    assert viewer.verify() and viewer.ui.chainLabel.text() == "The audit trail is intact."


def test_audit_viewer_sorts_the_time_column_by_the_moment(db, qtbot):
    """Not by its text, where "Dec 10" comes before "Dec 5" and "10:00 AM" before "4:30 PM"."""
    session = ctx_for(db, "tech").session
    in_order = [datetime(2026, 11, 30, 16, 0, tzinfo=timezone.utc), datetime(2026, 12, 5, 17, 0, tzinfo=timezone.utc),
                datetime(2026, 12, 5, 23, 30, tzinfo=timezone.utc), datetime(2026, 12, 10, 15, 0, tzinfo=timezone.utc)]
    for patient_id in (3, 1, 4, 2):  # recorded out of order: the ids do not follow the times either
        record_patient_view(ServiceContext(db, FixedClock(in_order[patient_id - 1]), session, workstation="ws"),
                            patient_id)
    viewer = AuditViewer(ctx_for(db, "admin"), ask_save_path=lambda *_: None)
    qtbot.addWidget(viewer)
    viewer.ui.actionCombo.setCurrentText("view")
    qtbot.mouseClick(viewer.ui.applyButton, Qt.MouseButton.LeftButton)
    viewer.ui.auditView.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    assert [viewer.proxy.index(row, 5).data() for row in range(4)] == ["1", "2", "3", "4"]
    shown = [viewer.proxy.index(row, 1).data() for row in range(4)]
    assert shown != sorted(shown)  # the texts in time order are not in alphabetical order
    viewer.ui.auditView.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    assert [viewer.proxy.index(row, 5).data() for row in range(4)] == ["4", "3", "2", "1"]


def test_audit_viewer_date_and_user_filters(db, qtbot):
    viewer = AuditViewer(ctx_for(db, "admin"), ask_save_path=lambda *_: None)
    qtbot.addWidget(viewer)
    viewer.ui.userCombo.setCurrentText("admin")
    viewer.refresh()
    assert {viewer.proxy.index(r, 2).data() for r in range(viewer.proxy.rowCount())} == {"admin"}
    viewer.ui.datesCheck.setChecked(True)
    viewer.ui.fromDate.setDate(viewer.ui.fromDate.date().addDays(-30))
    viewer.ui.toDate.setDate(viewer.ui.toDate.date().addDays(-20))
    viewer.refresh()
    assert viewer.proxy.rowCount() == 0
    viewer.ui.patientEdit.setText("abc")
    viewer.refresh()
    assert "Patient id" in viewer.ui.countLabel.text()
    assert viewer.export() is None


def test_audit_viewer_reports_a_broken_chain(db, qtbot):
    db.execute("DROP TRIGGER audit_log_no_update")
    db.execute("UPDATE audit_log SET username = 'x' WHERE id = 2")
    viewer = AuditViewer(ctx_for(db, "admin"), ask_save_path=lambda *_: None)
    qtbot.addWidget(viewer)
    assert not viewer.verify()
    assert viewer.ui.chainLabel.text() == "The audit trail is broken at row 2: row 2 was altered."


# -- settings -------------------------------------------------------------------
def test_every_setting_has_an_editor_with_its_range(db, qtbot):
    screen = SettingsAdmin(ctx_for(db, "admin"))
    qtbot.addWidget(screen)
    assert set(screen.editors) == set(SETTING_FIELDS.names())
    idle = screen.editors["idle_lock_minutes"].widget
    assert (idle.minimum(), idle.maximum()) == (1, 30)
    assert screen.changes() == {}


def test_settings_save_is_audited(db, qtbot):
    ctx = ctx_for(db, "admin")
    screen = SettingsAdmin(ctx)
    qtbot.addWidget(screen)
    screen.editors["idle_lock_minutes"].widget.setValue(10)
    screen.editors["accepted_test_methods"].boxes["urine"].setChecked(True)
    facility = screen.editors["facility_name"].widget
    facility.clear()
    qtbot.keyClicks(facility, "Mesa Imaging")
    screen.editors["paper_size"].set_value("a4")
    with qtbot.waitSignal(screen.settingsChanged):
        assert screen.save()
    settings = load_settings(db)
    assert (settings.idle_lock_minutes, settings.accepted_test_methods, settings.facility_name,
            settings.paper_size) == (10, ("serum", "urine"), "Mesa Imaging", "a4")
    row = query_events(db)[-1]
    assert row["action"] == "settings.change"
    assert row["changes"]["idle_lock_minutes"] == [5, 10] and row["changes"]["paper_size"] == ["letter", "a4"]
    assert ctx.settings.idle_lock_minutes == 10


def test_settings_bad_value_names_the_setting(db, qtbot):
    screen = SettingsAdmin(ctx_for(db, "admin"))
    qtbot.addWidget(screen)
    screen.editors["accepted_test_methods"].boxes["serum"].setChecked(False)
    screen.editors["time_zone"].widget.setCurrentText("Nowhere/City")
    assert not screen.save()
    assert screen.ui.messageLabel.text().startswith(("Accepted pregnancy test methods:", "Time zone"))
    assert load_settings(db).accepted_test_methods == ("serum",)
