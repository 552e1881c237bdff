"""The start-up check: every kind of damaged file gets one plain sentence, never a traceback."""

from __future__ import annotations

import os
import sqlite3
from datetime import date, datetime, timezone
from pathlib import Path

import pytest

from hsg_desk.domain.patient import Patient
from hsg_desk.storage.db import open_database
from hsg_desk.storage.integrity import check_database, describe
from hsg_desk.storage.patients import insert_patient
from hsg_desk.storage.migrations import known_migrations

NOW = datetime(2026, 11, 26, 14, 30, tzinfo=timezone.utc)


@pytest.fixture
def db_path(tmp_path):
    path = tmp_path / "hsg.sqlite3"
    db = open_database(path)
    with db.atomic():
        for number in range(1500):
            insert_patient(db, Patient(None, f"T{number:06d}", "Nakamura", "Emi", date(1990, 1, 1)), NOW, None)
    db.close()
    return path


def rewrite(path: Path, change) -> None:
    data = bytearray(path.read_bytes())
    change(data)
    path.write_bytes(bytes(data))


def test_a_healthy_database_passes_both_checks(db_path):
    for full in (False, True):
        result = check_database(db_path, full=full)
        assert result.ok and result.reason == "" and result.schema_version == known_migrations()[-1]


def test_only_a_missing_file_is_a_first_start_an_empty_one_is_damaged(tmp_path):
    missing = tmp_path / "none.sqlite3"
    assert check_database(missing, allow_new=True).is_new
    assert check_database(missing).reason == "does not exist"
    empty = tmp_path / "empty.sqlite3"
    empty.touch()
    for allow_new in (True, False):
        result = check_database(empty, allow_new=allow_new)
        assert not result.ok and result.cause == "damaged" and result.reason.startswith("is empty (0 bytes)")


def damage_cases():
    def truncate(data):
        del data[len(data) // 3:]

    def random_bytes(data):
        data[:] = os.urandom(len(data))

    def overwrite_header(data):
        data[:16] = b"Hello, world!!!!"

    def damage_btree(data):
        page = int.from_bytes(data[16:18], "big")
        for number in range(3, len(data) // page, 7):  # scribble over every 7th page
            data[number * page + 8:number * page + 40] = b"\xff" * 32

    def damage_page_size(data):
        data[16:18] = (1000).to_bytes(2, "big")

    return [
        pytest.param(truncate, "truncated", id="truncated"),
        pytest.param(random_bytes, "not an HSG Desk database", id="random bytes"),
        pytest.param(overwrite_header, "not an HSG Desk database", id="overwritten header"),
        pytest.param(damage_btree, "damaged", id="damaged pages"),
        pytest.param(damage_page_size, "damaged header", id="impossible page size"),
        pytest.param(lambda data: data.__delitem__(slice(10, None)), "truncated", id="a few bytes left"),
    ]


@pytest.mark.parametrize("change, words", damage_cases())
def test_each_kind_of_damage_has_a_one_line_reason(db_path, change, words):
    rewrite(db_path, change)
    result = check_database(db_path, full=True)
    assert not result.ok
    assert words in result.reason
    assert "\n" not in result.reason and "Traceback" not in result.reason
    assert describe(db_path, result).startswith(f"The database {db_path} ")


def test_quick_check_also_sees_damaged_pages(db_path):
    page = 4096
    rewrite(db_path, lambda data: data.__setitem__(slice(5 * page, 6 * page), b"\x0d" * page))
    result = check_database(db_path)
    assert not result.ok and "damaged" in result.reason


def test_a_folder_or_an_unreadable_file(tmp_path, db_path):
    assert check_database(tmp_path).reason == "is a folder, not a database file"
    if os.geteuid() != 0:  # root reads everything
        db_path.chmod(0)
        assert "cannot be read" in check_database(db_path).reason


def test_a_newer_schema_is_refused_with_what_to_do(db_path):
    connection = sqlite3.connect(db_path)
    with connection:
        connection.execute("INSERT INTO _sqlite_migrations(migration_set, name, applied_at) "
                           "VALUES ('hsg_desk', '0042_future', 'x')")
    connection.close()
    result = check_database(db_path)
    assert not result.ok and result.cause == "newer"
    assert result.reason == "was made by a newer HSG Desk (0042_future); update this workstation"


def test_another_programs_database_is_not_ours(tmp_path):
    path = tmp_path / "other.sqlite3"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE recipes (id INTEGER PRIMARY KEY)")
    connection.close()
    assert check_database(path).reason == "is not an HSG Desk database: it has no schema record"


def test_missing_tables_are_named(db_path):
    connection = sqlite3.connect(db_path)
    connection.execute("DROP TABLE printed_documents")
    connection.close()
    result = check_database(db_path)
    assert not result.ok and "printed_documents" in result.reason


def test_records_pointing_at_missing_records(db_path):
    connection = sqlite3.connect(db_path)
    with connection:
        connection.execute("INSERT INTO allergies(patient_id, substance, category, severity, recorded_at) "
                           "VALUES (999999, 'latex', 'latex', 'mild', 'x')")
    connection.close()
    result = check_database(db_path)
    assert not result.ok and "pointing at missing records" in result.reason and "allergies" in result.reason
