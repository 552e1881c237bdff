"""Two writers on one file: a save waits its turn (BEGIN IMMEDIATE), and one that cannot
get the lock within the busy timeout is refused whole with a message; a checklist step
can be live only once, and `check` names a checklist that cannot be replayed."""

from __future__ import annotations

import sqlite3
from datetime import timedelta

import pytest

from exam_room_builders import START, answer_history, arrived_exam, context, open_db
from hsg_desk.cli import main
from hsg_desk.domain.checklist import StepAlreadyDone
from hsg_desk.services.exam_room import ExamRoomService
from hsg_desk.storage.checklist import first_broken_checklist
from hsg_desk.storage.db import connect
from hsg_desk.storage.rows import SaveFailed, StorageBusyError, saving


@pytest.fixture
def clinic(tmp_path):
    path = tmp_path / "clinic.sqlite3"
    db, clock, users = open_db(path)
    _, exam_id = arrived_exam(db)
    answer_history(db, exam_id, questions_answered=1)
    yield path, db, clock, users, exam_id
    db.close()


def test_a_write_transaction_takes_the_write_lock_at_its_start(clinic):
    path, db, *_ = clinic
    other = connect(path)
    other.execute("PRAGMA busy_timeout = 50")
    with db.atomic():  # nothing written yet, but the lock is already held
        with pytest.raises(StorageBusyError, match="Another workstation is saving; try again"):
            with other.atomic():
                pass
    other.close()


def test_a_save_that_cannot_get_the_lock_is_refused_whole(clinic):
    path, db, *_ = clinic
    other = connect(path)
    other.execute("PRAGMA busy_timeout = 50")
    before = other.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    db.conn.execute("BEGIN IMMEDIATE")  # another workstation in the middle of a save
    try:
        with pytest.raises(SaveFailed) as refused:
            with saving(other):
                other.execute("INSERT INTO settings(key, value, updated_at) VALUES ('x', '1', 'now')")
        assert str(refused.value) == "Another workstation is saving; try again."
    finally:
        db.conn.execute("ROLLBACK")
    assert not other.conn.in_transaction
    assert other.execute("SELECT count(*) FROM settings WHERE key = 'x'").fetchone()[0] == 0
    assert other.execute("SELECT count(*) FROM audit_log").fetchone()[0] == before
    with saving(other):  # and the next save works
        other.execute("INSERT INTO settings(key, value, updated_at) VALUES ('x', '1', 'now')")
    other.close()


def test_the_second_workstation_is_told_who_did_the_step_and_when(clinic):
    path, db, clock, users, exam_id = clinic
    first = ExamRoomService(context(db, clock, users["tech"]))
    other_db = connect(path)
    second = ExamRoomService(context(other_db, clock, users["tech"]))
    second.checklist(exam_id)  # the second screen read the checklist before step 1 was done
    first.complete_step(exam_id, 1)
    clock.advance(minutes=2)
    with pytest.raises(StepAlreadyDone, match=r"^Step 1 was already done by .+ at .+ 8:40 AM\.$"):
        second.complete_step(exam_id, 1)
    assert db.execute("SELECT count(*) FROM checklist_events WHERE step = 1").fetchone()[0] == 1
    other_db.close()


def test_the_schema_refuses_a_second_live_completion_of_a_step(clinic):
    _, db, clock, users, exam_id = clinic
    ExamRoomService(context(db, clock, users["tech"])).complete_step(exam_id, 1)
    with pytest.raises(sqlite3.IntegrityError):
        db.execute("INSERT INTO checklist_events(exam_id, step, action, at) VALUES (?, 1, 'done', ?)",
                   [exam_id, START.isoformat()])
    room = ExamRoomService(context(db, clock, users["tech"]))
    room.undo_last_step(exam_id, "pressed too soon")
    room.complete_step(exam_id, 1)  # undone, the step can be done again
    assert db.execute("SELECT action, live FROM checklist_events ORDER BY id").fetchall() == [
        ("done", None), ("undone", None), ("done", 1)]


def test_check_names_an_exam_whose_checklist_is_out_of_order(clinic, capsys):
    path, db, clock, users, exam_id = clinic
    assert first_broken_checklist(db) is None
    at = (START + timedelta(minutes=5)).isoformat()
    db.execute("INSERT INTO checklist_events(exam_id, step, action, at) VALUES (?, 3, 'done', ?)", [exam_id, at])
    assert first_broken_checklist(db) == (exam_id, "Checklist events out of order: step 3 after step 0.")
    assert main(["check", "--db", str(path)]) == 1
    assert f"the checklist of exam {exam_id}" in capsys.readouterr().err
