"""Who sees what, as a table through the services: every role × (patient read, backup,
restore); the admin role alone sees no patient data, in the services and in the window;
files holding records are the owner's only (0600, folders 0700)."""

from __future__ import annotations

import stat
from datetime import date, datetime, timezone

import pytest

from hsg_desk.cli import main
from hsg_desk.domain.permissions import PermissionDenied
from hsg_desk.domain.roles import Role
from hsg_desk.services import backups
from hsg_desk.services.audit_trail import export_csv
from hsg_desk.services.checkin import CheckinService
from hsg_desk.services.context import FixedClock, ServiceContext, Session
from hsg_desk.services.demo_data import write_demo_database
from hsg_desk.services.exam_room import ExamRoomService
from hsg_desk.services.patients import PatientService
from hsg_desk.services.worklist import WorklistService
from hsg_desk.storage.db import open_database
from hsg_desk.storage.permissions import mode_problem

NOW = datetime(2026, 11, 26, 16, 0, tzinfo=timezone.utc)
DAY = date(2026, 11, 26)
D, T, R, A = Role.FRONT_DESK, Role.TECHNOLOGIST, Role.RADIOLOGIST, Role.ADMIN

ACTIONS = {  # what each entry point does, given (ctx, exam_id, patient_id, db_path)
    "worklist": lambda c, e, p, path: WorklistService(c).day(DAY),
    "search patients": lambda c, e, p, path: WorklistService(c).search_patients("a"),
    "one patient's exams": lambda c, e, p, path: WorklistService(c).patient_exams(p),
    "open an exam": lambda c, e, p, path: WorklistService(c).open_exam(e),
    "patient record": lambda c, e, p, path: PatientService(c).get(p),
    "history": lambda c, e, p, path: ExamRoomService(c).history(e),
    "checklist": lambda c, e, p, path: ExamRoomService(c).checklist(e),
    "check-in": lambda c, e, p, path: CheckinService(c).load(e),
    "back up now": lambda c, e, p, path: backups.back_up(c, dest=path.parent / "copies"),
    "daily backup": lambda c, e, p, path: backups.automatic_backup(c),
    "restore": lambda c, e, p, path: restore_as(c, path),
}
WHO_MAY = {
    "worklist": {D, T, R}, "search patients": {D, T, R}, "one patient's exams": {D, T, R},
    "open an exam": {D, T, R}, "patient record": {D, T, R}, "history": {D, T, R}, "checklist": {D, T, R},
    "check-in": {D, T, R}, "back up now": {A}, "daily backup": {D, T, R, A}, "restore": {A},
}


def restore_as(ctx, path):
    source = backups.back_up(ServiceContext(ctx.db, ctx.clock, Session(None, "sys", "sys", frozenset({A}))),
                             dest=path.parent / "for-restore").path
    ctx.db.close()
    return backups.restore_backup(source, path, NOW, ctx.session)


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    return write_demo_database(tmp_path_factory.mktemp("demo") / "demo.sqlite3", patients=4, seed=3, today=DAY)


@pytest.mark.parametrize("role", [D, T, R, A], ids=lambda role: role.value)
@pytest.mark.parametrize("action", list(ACTIONS))
def test_every_role_and_action(demo, tmp_path, role, action):
    path = tmp_path / "clinic.sqlite3"
    path.write_bytes(demo.read_bytes())
    db = open_database(path)
    exam_id, patient_id = db.execute("SELECT id, patient_id FROM exams ORDER BY id LIMIT 1").fetchone()
    ctx = ServiceContext(db, FixedClock(NOW), Session(None, f"{role.value}-user", "Someone", frozenset({role})),
                         workstation="ws")
    try:
        if role in WHO_MAY[action]:
            ACTIONS[action](ctx, exam_id, patient_id, path)
        else:
            with pytest.raises(PermissionDenied):
                ACTIONS[action](ctx, exam_id, patient_id, path)
            if action != "restore":  # the refusal is in the audit trail
                assert db.execute("SELECT action FROM audit_log ORDER BY id DESC LIMIT 1").fetchone() == ("denied",)
    finally:
        db.close()


def test_the_window_shows_the_admin_no_patient_data(qtbot, demo, tmp_path):
    from hsg_desk.qt.views.main_window import NO_PATIENT_DATA, MainWindow

    path = tmp_path / "clinic.sqlite3"
    path.write_bytes(demo.read_bytes())
    db = open_database(path)
    ctx = ServiceContext(db, FixedClock(NOW), Session(None, "admin", "Admin", frozenset({A})), workstation="ws")
    window = MainWindow(ctx, demo=True)
    qtbot.addWidget(window)
    window.show_today()
    assert window.worklist_model.rowCount() == 0
    assert window.ui.worklistTitle.text() == NO_PATIENT_DATA
    assert not window.ui.searchEdit.isEnabled()
    names = {row[0] for row in db.execute("SELECT family_name FROM patients")}
    shown = window.grab()  # nothing on screen carries a name: the model is empty, the search off
    assert shown is not None and not any(name in window.ui.worklistTitle.text() for name in names)
    window.close()
    db.close()


def private(path) -> bool:
    return stat.S_IMODE(path.stat().st_mode) == 0o600


def test_records_are_written_for_their_owner_only(tmp_path, capsys):
    path = tmp_path / "data" / "clinic.sqlite3"
    db = open_database(path)
    assert private(path) and stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    ctx = ServiceContext(db, FixedClock(NOW), Session(None, "admin", "Admin", frozenset({A})), workstation="ws")
    copy = backups.back_up(ctx).path
    assert private(copy) and stat.S_IMODE(copy.parent.stat().st_mode) == 0o700
    csv = export_csv(ctx, tmp_path / "audit.csv").path
    assert private(csv)
    db.close()
    demo = write_demo_database(tmp_path / "demo.sqlite3", patients=2, seed=1)
    exam_id = open_database(demo).execute("SELECT id FROM exams WHERE status = 'completed' LIMIT 1").fetchone()[0]
    assert main(["pdf", "summary", str(exam_id), "--db", str(demo), "-o", str(tmp_path / "s.pdf")]) == 0
    assert private(tmp_path / "s.pdf")


def test_a_database_others_can_read_is_warned_about_at_start(tmp_path):
    path = tmp_path / "clinic.sqlite3"
    open_database(path).close()
    assert mode_problem(path) is None
    path.chmod(0o644)
    assert "can be read by other users" in mode_problem(path)
