"""The connection's transaction rules, and the schema record sqlite-utils keeps."""

from __future__ import annotations

import sqlite3
import subprocess
import sys

import pytest

from hsg_desk.storage.db import connect, open_database
from hsg_desk.storage.migrations import (
    MIGRATIONS_TABLE, SCHEMA_STEPS, applied_migrations, known_migrations, migration_set,
)


def other_reader(db_path) -> sqlite3.Connection:
    return sqlite3.connect(db_path)


def setting_values(connection) -> list[str]:
    return [row[0] for row in connection.execute("SELECT value FROM settings ORDER BY key")]


def put(db, key: str) -> None:
    db.execute("INSERT INTO settings(key, value, updated_at) VALUES (?, '\"x\"', 't')", [key])


def test_a_write_outside_a_transaction_commits_at_once(db, db_path):
    put(db, "a")
    assert not db.conn.in_transaction
    assert setting_values(other_reader(db_path)) == ['"x"']


def test_atomic_commits_whole_or_not_at_all(db, db_path):
    with db.atomic():
        put(db, "a")
        put(db, "b")
        assert setting_values(other_reader(db_path)) == []  # not before the block ends
    assert len(setting_values(other_reader(db_path))) == 2
    with pytest.raises(sqlite3.IntegrityError), db.atomic():
        put(db, "c")
        put(db, "a")  # a duplicate key: the whole block goes
    assert not db.conn.in_transaction
    assert [r[0] for r in other_reader(db_path).execute("SELECT key FROM settings ORDER BY key")] == ["a", "b"]


def test_a_nested_block_is_a_savepoint_that_can_fail_alone(db, db_path):
    with db.atomic():
        put(db, "outer")
        with pytest.raises(ValueError), db.atomic():
            put(db, "inner")
            raise ValueError("the inner step fails")
        assert db.conn.in_transaction
    keys = [r[0] for r in other_reader(db_path).execute("SELECT key FROM settings")]
    assert keys == ["outer"]


@pytest.mark.sqlite_only  # SQLite's own trigger syntax and migration record
def test_an_error_that_ends_the_transaction_itself_is_not_masked(db):
    db.execute("CREATE TRIGGER no_z BEFORE INSERT ON settings WHEN new.key = 'z' "
               "BEGIN SELECT RAISE(ROLLBACK, 'z is refused'); END")
    with pytest.raises(sqlite3.IntegrityError, match="z is refused"), db.atomic():
        put(db, "y")
        with db.atomic():
            put(db, "z")
    assert not db.conn.in_transaction
    assert db.execute("SELECT count(*) FROM settings").fetchone()[0] == 0


@pytest.mark.sqlite_only  # SQLite's own trigger syntax and migration record
def test_the_schema_record_is_sqlite_utils_own(db):
    assert applied_migrations(db) == known_migrations() == [m.name for m in migration_set()._migrations]
    assert [name for name, _ in SCHEMA_STEPS] == known_migrations()
    import sqlite_utils

    assert [m.name for m in migration_set().applied(sqlite_utils.Database(db.conn))] == known_migrations()


def test_an_older_file_gets_the_missing_migrations_when_opened(db_path):
    db = open_database(db_path)
    # Back to an older file: what 0002 and 0008 added is undone, with their records.
    db.execute(f"DELETE FROM {MIGRATIONS_TABLE} WHERE name IN ('0002_exam_child_indexes', "
               "'0008_procedure_dose_note')")
    db.execute("DROP INDEX findings_exam")
    db.execute("ALTER TABLE procedure_records DROP COLUMN dose_note")
    db.close()
    again = open_database(db_path)
    assert sorted(applied_migrations(again)) == sorted(known_migrations())
    assert again.execute("SELECT 1 FROM sqlite_master WHERE name = 'findings_exam'").fetchone()
    assert "dose_note" in {row[1] for row in again.execute("PRAGMA table_info(procedure_records)")}


def test_opening_an_up_to_date_file_does_not_import_sqlite_utils(db_path):
    open_database(db_path).close()
    probe = ("import sys; from hsg_desk.storage.db import open_database; "
             f"db = open_database({str(db_path)!r}); print('sqlite_utils' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60)
    assert done.stdout.strip() == "False", done.stderr


def test_a_read_only_connection_cannot_write(db_path):
    open_database(db_path).close()
    reader = connect(db_path, read_only=True)
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        put(reader, "a")


def test_the_listed_schema_tables_are_what_the_migrations_create():
    from hsg_desk.storage.db import Database
    from hsg_desk.storage.migrations import SCHEMA_TABLES

    db = Database(sqlite3.connect(":memory:", isolation_level=None))
    for _, step in SCHEMA_STEPS:
        step(db)
    assert set(db.table_names()) == SCHEMA_TABLES

