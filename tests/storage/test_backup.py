"""Backups with the SQLite backup API: verified, recorded, pruned, once a day; restore is safe."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from hsg_desk.domain.patient import Patient
from hsg_desk.domain.roles import Role
from hsg_desk.domain.settings import DEFAULT_SETTINGS
from hsg_desk.services.backups import (audit_backup, automatic_backup, automatic_backup_job, back_up,
                                       restore_backup)
from hsg_desk.services.context import FixedClock, ServiceContext, Session
from hsg_desk.storage import backup
from hsg_desk.storage.db import connect, open_database
from hsg_desk.storage.integrity import check_database
from hsg_desk.storage.patients import insert_patient
from hsg_desk.storage.migrations import known_migrations

NOW = datetime(2026, 11, 26, 14, 30, tzinfo=timezone.utc)


def add_patients(db, count: int, start: int = 0) -> None:
    with db.atomic():
        for number in range(start, start + count):
            insert_patient(db, Patient(None, f"T{number:06d}", "Quispe", "Ana", date(1990, 1, 1)), NOW, None)


def patient_count(path: Path) -> int:
    connection = sqlite3.connect(path)
    try:
        return connection.execute("SELECT count(*) FROM patients").fetchone()[0]
    finally:
        connection.close()


@pytest.fixture
def db_path(tmp_path):
    path = tmp_path / "clinic" / "hsg.sqlite3"
    db = open_database(path)
    add_patients(db, 200)
    db.close()
    return path


def test_backup_is_a_verified_copy_in_the_folder_next_to_the_database(db_path):
    seen = []
    result = backup.make_backup(db_path, NOW, progress=lambda done, total: seen.append((done, total)))

    assert result.path.parent == db_path.parent / "backups"
    assert result.path.name == "hsg-desk-20261126-143000.sqlite3"
    assert check_database(result.path, full=True).ok
    assert patient_count(result.path) == 200
    assert seen and seen[-1][0] == seen[-1][1]  # progress reached the end
    assert not list(result.path.parent.glob("*.partial"))
    db = connect(db_path)
    assert db.execute("SELECT path, verified, schema_version FROM backups").fetchall() == [
        (str(result.path), 1, known_migrations()[-1])]
    db.close()


def test_backup_is_a_consistent_snapshot_while_another_connection_writes(db_path, tmp_path):
    writer = connect(db_path)
    writer.execute("BEGIN IMMEDIATE")
    add_patients(writer, 50, start=1000)  # not committed yet
    source = sqlite3.connect(db_path)
    partial = backup.copy_database(source, tmp_path / "snapshot.sqlite3")
    source.close()
    writer.conn.rollback()
    writer.close()
    assert patient_count(partial) == 200


def test_only_the_newest_copies_are_kept(db_path):
    settings = DEFAULT_SETTINGS.with_values({"backups_kept": 3})
    paths = [backup.make_backup(db_path, NOW + timedelta(hours=hour), settings).path for hour in range(5)]
    left = [item.path for item in backup.available_backups(db_path.parent / "backups")]
    assert left == paths[:1:-1]


def test_same_second_backups_get_distinct_names_and_keep_their_order(db_path):
    first = backup.make_backup(db_path, NOW).path
    second = backup.make_backup(db_path, NOW).path
    assert second.name == "hsg-desk-20261126-143000-2.sqlite3"
    assert [item.path for item in backup.available_backups(first.parent)] == [second, first]


def test_backup_folder_setting_and_explicit_destination(db_path, tmp_path):
    settings = DEFAULT_SETTINGS.with_values({"backup_folder": str(tmp_path / "elsewhere")})
    assert backup.make_backup(db_path, NOW, settings).path.parent == tmp_path / "elsewhere"
    assert backup.make_backup(db_path, NOW, dest=tmp_path / "usb").path.parent == tmp_path / "usb"
    named = backup.make_backup(db_path, NOW, dest=tmp_path / "copy.sqlite3").path
    assert named == tmp_path / "copy.sqlite3"


def test_a_backup_never_overwrites_the_database(db_path):
    with pytest.raises(backup.BackupError, match="cannot overwrite"):
        backup.make_backup(db_path, NOW, dest=db_path)
    assert patient_count(db_path) == 200


def test_a_damaged_database_gives_no_backup_that_counts(db_path):
    corrupt_middle_page(db_path)
    with pytest.raises(backup.BackupError):
        backup.make_backup(db_path, NOW)
    assert backup.available_backups(db_path.parent / "backups") == []


def corrupt_middle_page(path: Path) -> None:
    data = bytearray(path.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    middle = (len(data) // page // 2) * page
    data[middle:middle + page] = bytes([0xA5]) * page
    path.write_bytes(bytes(data))


def context(db, clock=None) -> ServiceContext:
    return ServiceContext(db, clock or FixedClock(NOW), Session(1, "admin", "Admin", frozenset({Role.ADMIN})))


def test_automatic_backup_once_a_day_in_the_facility_time_zone(db_path):
    db = open_database(db_path)
    clock = FixedClock(datetime(2026, 11, 26, 15, 0, tzinfo=timezone.utc))  # 08:00 in Denver
    ctx = context(db, clock)
    assert automatic_backup(ctx) is not None
    clock.advance(hours=8)  # 16:00 in Denver, same day
    assert automatic_backup(ctx) is None
    clock.advance(hours=8)  # 00:00 next day in Denver
    assert automatic_backup(ctx) is not None
    actions = db.execute("SELECT action, changes FROM audit_log").fetchall()
    assert [action for action, _ in actions] == ["backup", "backup"]
    assert '"automatic": [null, true]' in actions[0][1]
    db.close()


def test_automatic_backup_runs_again_when_todays_copy_was_deleted(db_path):
    db = open_database(db_path)
    ctx = context(db)
    first = automatic_backup(ctx)
    first.path.unlink()
    assert automatic_backup(ctx) is not None
    db.close()


def test_on_demand_backup_is_audited(db_path):
    db = open_database(db_path)
    result = back_up(context(db))
    row = db.execute("SELECT action, username, record_id FROM audit_log").fetchone()
    assert row == ("backup", "admin", result.path.name)
    db.close()


def test_restore_brings_back_the_backup_and_keeps_a_safety_copy(db_path):
    saved = backup.make_backup(db_path, NOW).path
    db = open_database(db_path)
    add_patients(db, 25, start=5000)
    db.close()

    result = restore_backup(saved, db_path, NOW + timedelta(hours=1), Session(1, "admin", "Admin", frozenset({Role.ADMIN})))

    assert patient_count(db_path) == 200
    assert patient_count(result.safety_copy) == 225
    assert result.safety_copy.name.startswith("hsg-desk-before-restore-")
    assert check_database(db_path, full=True).ok
    db = open_database(db_path)
    assert db.execute("SELECT action FROM audit_log").fetchall() == [("restore",)]
    db.close()


def test_restore_never_replays_the_old_write_ahead_log(db_path, tmp_path):
    saved = backup.make_backup(db_path, NOW).path
    # A crashed session: the newest writes still sit in the -wal file next to the database.
    live = connect(db_path)
    live.execute("PRAGMA wal_autocheckpoint = 0")
    add_patients(live, 30, start=7000)
    crashed = tmp_path / "crashed"
    crashed.mkdir()
    for suffix in ("", "-wal", "-shm"):
        shutil.copyfile(f"{db_path}{suffix}", crashed / f"hsg.sqlite3{suffix}")
    live.close()
    target = crashed / "hsg.sqlite3"
    assert Path(f"{target}-wal").stat().st_size > 0

    result = backup.restore(saved, target, NOW)

    assert patient_count(target) == 200
    assert patient_count(result.safety_copy) == 230  # the log's records are in the safety copy
    assert check_database(target, full=True).ok
    assert not Path(f"{target}-wal").exists() or Path(f"{target}-wal").stat().st_size == 0


@pytest.mark.parametrize("make_bad", [
    lambda path: path.write_bytes(b"not a database at all" * 50),
    lambda path: path.write_bytes(path.read_bytes()[:5000]),
    corrupt_middle_page,
])
def test_a_bad_backup_is_refused_and_nothing_changes(db_path, make_bad):
    saved = backup.make_backup(db_path, NOW).path
    make_bad(saved)
    before = db_path.read_bytes()
    with pytest.raises(backup.BackupError, match="Nothing was changed"):
        backup.restore(saved, db_path, NOW)
    assert db_path.read_bytes() == before
    assert not list(db_path.parent.glob("*.restoring*"))


def test_a_backup_from_a_newer_version_is_refused(db_path):
    saved = backup.make_backup(db_path, NOW).path
    connection = sqlite3.connect(saved)
    with connection:
        connection.execute("INSERT INTO _sqlite_migrations(migration_set, name, applied_at) "
                           "VALUES ('hsg_desk', '0099_from_the_future', 'x')")
    connection.close()
    with pytest.raises(backup.BackupError, match="made by a newer HSG Desk"):
        backup.restore(saved, db_path, NOW)


def test_restore_over_a_damaged_database_moves_it_aside(db_path):
    saved = backup.make_backup(db_path, NOW).path
    db_path.write_bytes(b"\x00" * 4096)
    result = backup.restore(saved, db_path, NOW)
    assert result.safety_copy is None
    assert result.damaged_copy.read_bytes() == b"\x00" * 4096
    assert patient_count(db_path) == 200


def test_latest_good_backup_skips_damaged_copies(db_path):
    good = backup.make_backup(db_path, NOW).path
    bad = backup.make_backup(db_path, NOW + timedelta(days=1)).path
    bad.write_bytes(b"garbage" * 100)
    found, result = backup.latest_good_backup(good.parent)
    assert found.path == good and result.ok


def test_the_automatic_backup_as_a_worker_job(db_path):
    db = open_database(db_path)
    ctx = context(db)
    job = automatic_backup_job(ctx)
    result = job(None)  # what the worker thread runs
    audit_backup(ctx, result, automatic=True)
    assert automatic_backup_job(ctx) is None
    assert db.execute("SELECT action FROM audit_log").fetchall() == [("backup",)]
    db.close()
