"""Two windows on one database: the second writer of a record is told, and overwrites nothing."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timezone

import pytest

from hsg_desk.domain.patient import Patient
from hsg_desk.services.context import FixedClock, ServiceContext, Session
from hsg_desk.storage.db import open_database
from hsg_desk.storage.patients import amendments_for_patient, get_patient, insert_patient, update_patient
from hsg_desk.storage.rows import ConflictError

NOW = datetime(2026, 11, 26, 14, 30, tzinfo=timezone.utc)


@pytest.fixture
def two_windows(tmp_path):
    path = tmp_path / "hsg.sqlite3"
    first = open_database(path)
    insert_patient(first, Patient(None, "C1", "Moreau", "Lea", date(1990, 3, 4), phone="555-0100"), NOW, None)
    second = open_database(path)
    windows = [ServiceContext(db, FixedClock(NOW), Session(n, f"user{n}", f"User {n}"))
               for n, db in ((1, first), (2, second))]
    yield windows
    first.close()
    second.close()


def test_the_second_writer_gets_a_conflict_and_nothing_is_overwritten(two_windows):
    front_desk, exam_room = two_windows
    seen_by_front_desk = get_patient(front_desk.db, 1)
    seen_in_exam_room = get_patient(exam_room.db, 1)

    update_patient(front_desk.db, seen_by_front_desk, replace(seen_by_front_desk, phone="555-0199"),
                   front_desk.now(), None)
    with pytest.raises(ConflictError) as raised:
        update_patient(exam_room.db, seen_in_exam_room, replace(seen_in_exam_room, family_name="Moreau-Blanc"),
                       exam_room.now(), None)

    assert "changed on another workstation" in str(raised.value)
    assert "was not saved" in str(raised.value)
    for window in two_windows:
        stored = get_patient(window.db, 1)
        assert (stored.family_name, stored.phone, stored.version) == ("Moreau", "555-0199", 2)
    assert [a["field"] for a in amendments_for_patient(exam_room.db, 1)] == ["phone"]
    assert not exam_room.db.conn.in_transaction


def test_after_reopening_the_second_writer_can_save(two_windows):
    front_desk, exam_room = two_windows
    stale = get_patient(exam_room.db, 1)
    fresh = get_patient(front_desk.db, 1)
    update_patient(front_desk.db, fresh, replace(fresh, phone="555-0111"), NOW, None)
    with pytest.raises(ConflictError):
        update_patient(exam_room.db, stale, replace(stale, given_name="Léa"), NOW, None)
    reopened = get_patient(exam_room.db, 1)
    update_patient(exam_room.db, reopened, replace(reopened, given_name="Léa"), NOW, None)
    stored = get_patient(front_desk.db, 1)
    assert (stored.given_name, stored.phone, stored.version) == ("Léa", "555-0111", 3)
