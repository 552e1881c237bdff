"""The change feed: what other workstations changed, read from the audit trail."""

from __future__ import annotations

from datetime import date

from front_desk_support import book, make_ctx, register

from hsg_desk.domain.roles import Role
from hsg_desk.services.context import ServiceContext, Session
from hsg_desk.services.live_updates import ChangeFeed
from hsg_desk.services.worklist import WorklistService
from hsg_desk.storage.db import open_database

TECH = Session(user_id=None, username="tech", display_name="Exam Room Tech", roles=frozenset({Role.TECHNOLOGIST, Role.FRONT_DESK}))


def two_workstations(tmp_path):
    path = tmp_path / "clinic.sqlite3"
    desk = make_ctx(path)
    desk.workstation = "FRONT-DESK"
    room = ServiceContext(open_database(path), desk.clock, TECH, workstation="EXAM-1")
    return desk, room


def test_a_registration_elsewhere_is_one_change_naming_who_and_when(tmp_path):
    desk, room = two_workstations(tmp_path)
    feed = ChangeFeed(room)
    assert feed.poll() == []

    patient = register(desk, "Núñez", "Lea", date(1991, 2, 3))
    changes = feed.poll()

    assert [(c.action, c.record_type, c.patient_id, c.workstation) for c in changes] == [
        ("create", "patient", patient.id, "FRONT-DESK")]
    assert feed.describe(changes[0]) == "changed by clerk at 8:00 AM"
    assert feed.poll() == []  # read once


def test_own_saves_and_reading_are_not_changes(tmp_path):
    desk, room = two_workstations(tmp_path)
    patient = register(desk)
    exam = book(desk, patient.id)
    feed = ChangeFeed(room)
    desk_feed = ChangeFeed(desk)

    WorklistService(room).open_exam(exam.id)  # a 'view' row: reading, not a change
    register(room, "Ortiz", "Eva")            # the room's own save

    assert [c.action for c in feed.poll()] == []
    assert [(c.record_type, c.workstation) for c in desk_feed.poll()] == [("patient", "EXAM-1")]


def test_the_admin_role_alone_is_not_told_about_patients(tmp_path):
    desk, room = two_workstations(tmp_path)
    admin = ServiceContext(room.db, room.clock, Session(None, "admin", "Admin", frozenset({Role.ADMIN})),
                           workstation="ADMIN-PC")
    feed = ChangeFeed(admin)
    register(desk)
    assert feed.poll() == []


def test_a_burst_larger_than_one_read_arrives_whole_and_in_order(tmp_path):
    desk, room = two_workstations(tmp_path)
    feed = ChangeFeed(room)
    with desk.db.atomic():
        for n in range(620):  # more than one read of the trail (500 rows)
            desk.audit("update", patient_id=1, record_type="history", record_id=n)
    ids = [c.audit_id for c in feed.poll()]
    assert len(ids) == 620 and ids == sorted(ids)
