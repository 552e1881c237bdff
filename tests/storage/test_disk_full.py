"""A full disk: the save fails whole with a clear message, and the next save works."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime, timezone

import pytest

from hsg_desk.domain.exam import Exam
from hsg_desk.domain.case import Indication
from hsg_desk.domain.lifecycle import ExamStatus
from hsg_desk.domain.patient import Patient
from hsg_desk.storage.db import open_database
from hsg_desk.storage.exams import insert_exam
from hsg_desk.storage.patients import get_patient, insert_patient, update_patient
from hsg_desk.storage.rows import StorageFullError, saving

NOW = datetime(2026, 11, 26, 14, 30, tzinfo=timezone.utc)


def book(db, number: int) -> None:
    """One save: a patient with a long note-like name and her exam, together or not at all."""
    patient_id = insert_patient(db, Patient(None, f"F{number:06d}", "Okafor" + "x" * 90, "Ada", date(1990, 1, 1)),
                                NOW, None)
    insert_exam(db, Exam(id=None, patient_id=patient_id, scheduled_at=NOW, indication=Indication.INFERTILITY,
                         status=ExamStatus.SCHEDULED), NOW, None)


def counts(db) -> tuple[int, int, int]:
    return tuple(db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                 for table in ("patients", "exams", "exam_events"))


@pytest.fixture
def db(tmp_path):
    database = open_database(tmp_path / "hsg.sqlite3")
    yield database
    database.close()


def fill_until_full(db) -> int:
    pages = db.execute("PRAGMA page_count").fetchone()[0]
    db.execute(f"PRAGMA max_page_count = {pages + 2}")
    for number in range(10_000):
        with saving(db):
            book(db, number)
    raise AssertionError("the disk never filled")


def test_a_full_disk_saves_nothing_and_says_so(db):
    before = None
    with pytest.raises(StorageFullError) as raised:
        try:
            fill_until_full(db)
        finally:
            before = counts(db)
    assert str(raised.value) == "The disk is full: nothing was saved. Free space and save again."
    patients, exams, events = before
    assert patients == exams == events  # no patient without her exam, no exam without its event
    assert not db.conn.in_transaction
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_the_next_save_after_space_returns_works(db):
    with pytest.raises(StorageFullError):
        fill_until_full(db)
    saved = counts(db)
    db.execute("PRAGMA max_page_count = 1073741823")
    with saving(db):
        book(db, 99_999)
    assert counts(db) == tuple(count + 1 for count in saved)


def test_a_versioned_update_on_a_full_disk(db):
    patient_id = insert_patient(db, Patient(None, "F1", "Okafor", "Ada", date(1990, 1, 1)), NOW, None)
    old = get_patient(db, patient_id)
    pages = db.execute("PRAGMA page_count").fetchone()[0]
    db.execute(f"PRAGMA max_page_count = {pages}")
    new = Patient(old.id, old.mrn, "Okafor-" + "y" * 90, old.given_name, old.birth_date, version=old.version)
    with pytest.raises(StorageFullError):
        for _ in range(50):  # the amendment rows fill the last pages
            update_patient(db, old, new, NOW, None, reason="z" * 3000)
            old = get_patient(db, patient_id)
            new = Patient(old.id, old.mrn, new.family_name[::-1], old.given_name, old.birth_date,
                          version=old.version)
    stored = get_patient(db, patient_id)
    assert stored.version == old.version and stored.family_name == old.family_name


def test_other_errors_pass_through_unchanged(db):
    with pytest.raises(sqlite3.OperationalError, match="no such table"):
        with saving(db):
            db.execute("INSERT INTO nowhere VALUES (1)")
