"""The first-start setup and the login dialog, driven by typing."""

from __future__ import annotations

from datetime import datetime, timezone

from PySide6.QtCore import Qt

from hsg_desk.qt.views.first_start_dialog import FirstStartDialog
from hsg_desk.qt.views.login_dialog import LoginDialog
from hsg_desk.services.context import FixedClock
from hsg_desk.services.users import create_demo_users
from hsg_desk.storage.audit import query_events
from hsg_desk.storage.db import open_database
from hsg_desk.storage.settings import load_settings

START = datetime(2026, 11, 26, 14, 0, tzinfo=timezone.utc)


def test_first_start_creates_admin_and_facility(tmp_path, qtbot):
    db = open_database(tmp_path / "new.sqlite3")
    dialog = FirstStartDialog(db, FixedClock(START), workstation="front-1")
    qtbot.addWidget(dialog)
    ui = dialog.ui
    qtbot.keyClicks(ui.usernameEdit, "itadmin")
    qtbot.keyClicks(ui.displayNameEdit, "Clinic IT")
    qtbot.keyClicks(ui.passwordEdit, "long enough")
    qtbot.keyClicks(ui.confirmEdit, "long enougH")
    dialog.accept()
    assert "not the same" in ui.errorLabel.text() and dialog.session is None
    ui.confirmEdit.clear()
    qtbot.keyClicks(ui.confirmEdit, "long enough")
    ui.facilityNameEdit.clear()
    qtbot.keyClicks(ui.facilityNameEdit, "Mesa Imaging")
    qtbot.keyClicks(ui.phoneEdit, "555-0100")
    ui.timeZoneCombo.setCurrentText("America/Phoenix")
    ui.paperSizeCombo.setCurrentIndex(ui.paperSizeCombo.findData("a4"))
    with qtbot.waitSignal(dialog.signedIn):
        dialog.accept()
    assert dialog.session.username == "itadmin"
    settings = load_settings(db)
    assert (settings.facility_name, settings.facility_phone, settings.time_zone, settings.paper_size) == (
        "Mesa Imaging", "555-0100", "America/Phoenix", "a4")


def test_first_start_bad_time_zone_names_the_field(tmp_path, qtbot):
    db = open_database(tmp_path / "new.sqlite3")
    dialog = FirstStartDialog(db, FixedClock(START))
    qtbot.addWidget(dialog)
    for edit, text in ((dialog.ui.usernameEdit, "itadmin"), (dialog.ui.displayNameEdit, "Clinic IT"),
                       (dialog.ui.passwordEdit, "long enough"), (dialog.ui.confirmEdit, "long enough")):
        qtbot.keyClicks(edit, text)
    dialog.ui.timeZoneCombo.setCurrentText("Mars/Olympus")
    dialog.accept()
    assert "Time zone" in dialog.ui.errorLabel.text() and dialog.session is None
    assert db.execute("SELECT count(*) FROM users").fetchone()[0] == 0


def test_login_dialog(tmp_path, qtbot):
    db = open_database(tmp_path / "hsg.sqlite3")
    create_demo_users(db, START)
    dialog = LoginDialog(db, FixedClock(START), workstation="room-1")
    qtbot.addWidget(dialog)
    dialog.show()  # shown, not exec(): Enter presses the default button without a modal loop
    qtbot.keyClicks(dialog.ui.usernameEdit, "desk")
    qtbot.keyClicks(dialog.ui.passwordEdit, "wrong-one")
    dialog.accept()
    assert "not right" in dialog.ui.errorLabel.text() and dialog.ui.passwordEdit.text() == ""
    qtbot.keyClicks(dialog.ui.passwordEdit, "desk-demo")
    with qtbot.waitSignal(dialog.signedIn):
        qtbot.keyClick(dialog.ui.passwordEdit, Qt.Key.Key_Return)
    assert dialog.session.username == "desk"
    assert query_events(db)[-1]["workstation"] == "room-1"


def test_a_reset_password_must_be_replaced_at_sign_in(tmp_path, qtbot):
    from hsg_desk.services.auth import login as sign_in
    from hsg_desk.services.context import ServiceContext
    from hsg_desk.services.users import reset_password
    from hsg_desk.storage.users import find_user

    db = open_database(tmp_path / "hsg.sqlite3")
    create_demo_users(db, START)
    clock = FixedClock(START)
    admin = ServiceContext(db, clock, sign_in(db, clock, "admin", "admin-demo"))
    reset_password(admin, find_user(db, "tech").id, "temporary-1")
    dialog = LoginDialog(db, clock)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.ui.newPasswordEdit.isVisible()
    qtbot.keyClicks(dialog.ui.usernameEdit, "tech")
    qtbot.keyClicks(dialog.ui.passwordEdit, "temporary-1")
    dialog.accept()
    assert dialog.ui.newPasswordEdit.isVisible() and dialog.session is None
    qtbot.keyClicks(dialog.ui.newPasswordEdit, "my-own-pass")
    qtbot.keyClicks(dialog.ui.confirmEdit, "my-own-pasz")
    dialog.accept()
    assert "not the same" in dialog.ui.errorLabel.text()
    qtbot.keyClicks(dialog.ui.confirmEdit, "my-own-pass")
    with qtbot.waitSignal(dialog.signedIn):
        dialog.accept()
    assert dialog.session.username == "tech"
    assert not find_user(db, "tech").must_change_password
    assert sign_in(db, clock, "tech", "my-own-pass").username == "tech"
