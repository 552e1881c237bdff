"""The clinic's PostgreSQL server as the database: the URL, the password's place, the schema's
version check, the dialect, and the audit trail's rules there."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from datetime import datetime, timezone

import pytest

from hsg_desk.storage.audit import record_event, verify_chain
from hsg_desk.storage.db import NewerSchemaError, StorageError, open_database, resolve_db_path
from hsg_desk.storage.migrations import known_migrations
from hsg_desk.storage.server import describe_url, translate
from hsg_desk.storage.server_schema import MIGRATIONS_TABLE, known_server_migrations

AT = datetime(2026, 11, 26, 16, 0, tzinfo=timezone.utc)


def test_a_url_in_db_or_the_environment_names_the_server(tmp_path):
    url = "postgresql://desk@clinic-server:5432/hsg"
    assert resolve_db_path(url) == url
    assert resolve_db_path(None, {"HSG_DESK_DB": url}) == url
    assert resolve_db_path(None, {"HSG_DESK_DB": str(tmp_path / "a.sqlite3")}) == tmp_path / "a.sqlite3"


def test_a_password_in_the_url_is_refused_and_never_repeated():
    with pytest.raises(StorageError) as refused:
        open_database("postgresql://desk:s3cret@127.0.0.1:1/hsg")
    assert "~/.pgpass" in str(refused.value) and "s3cret" not in str(refused.value)
    assert describe_url("postgresql://desk:s3cret@127.0.0.1:5432/hsg") == "postgresql://desk@127.0.0.1:5432/hsg"


def test_every_sqlite_migration_has_its_server_step_of_the_same_name():
    assert known_server_migrations() == known_migrations()


def test_the_dialect_rewrites_only_outside_quoted_text():
    text, is_insert, returns_id = translate(
        "INSERT INTO audit_log(action, changes) VALUES (?, '{\"why\": \"50% off?\"}')")
    assert text == "INSERT INTO audit_log(action, changes) VALUES (%s, '{\"why\": \"50%% off?\"}') RETURNING id"
    assert is_insert and returns_id
    assert translate("SELECT 1 FROM patients WHERE mrn = ? AND id IS NOT ?")[0] == \
        "SELECT 1 FROM patients WHERE mrn = %s AND id IS DISTINCT FROM %s"
    assert translate("SELECT id FROM users WHERE username = ? COLLATE NOCASE")[0] == \
        "SELECT id FROM users WHERE username = %s"
    assert translate("INSERT OR IGNORE INTO histories(exam_id) VALUES (?)")[0] == \
        "INSERT INTO histories(exam_id) VALUES (%s) ON CONFLICT DO NOTHING"


def test_a_single_pc_start_never_imports_psycopg(tmp_path):
    code = ("import sys; from hsg_desk.storage.db import open_database; "
            f"open_database({str(tmp_path / 'a.sqlite3')!r}).close(); print('psycopg' in sys.modules)")
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True).stdout.strip() == "False"


def test_a_new_server_database_gets_every_migration_and_a_second_open_applies_none(postgres_cluster):
    url = postgres_cluster.database_url(migrated=False)
    db = open_database(url)
    try:
        names = [row[0] for row in db.execute(f"SELECT name FROM {MIGRATIONS_TABLE} ORDER BY applied_order")]
        assert names == known_migrations()
    finally:
        db.close()
    again = open_database(url)
    try:
        assert again.execute(f"SELECT count(*) FROM {MIGRATIONS_TABLE}").fetchone()[0] == len(names)
    finally:
        again.close()
        postgres_cluster.drop(url)


def test_a_pending_server_migration_is_applied_whole(postgres_url):
    db = open_database(postgres_url)
    try:
        db.execute(f"DELETE FROM {MIGRATIONS_TABLE} WHERE name = '0008_procedure_dose_note'")
        db.execute("ALTER TABLE procedure_records DROP COLUMN dose_note")
    finally:
        db.close()
    db = open_database(postgres_url)
    try:
        assert "dose_note" in [row[1] for row in db.execute("PRAGMA table_info(procedure_records)")]
    finally:
        db.close()


def test_a_server_database_from_a_newer_version_is_refused(postgres_url):
    db = open_database(postgres_url)
    db.execute(f"INSERT INTO {MIGRATIONS_TABLE}(migration_set, name, applied_at) "
               "VALUES ('hsg_desk', '0999_from_the_future', '2027-01-01')")
    db.close()
    with pytest.raises(NewerSchemaError, match="0999_from_the_future"):
        open_database(postgres_url)


def test_values_cross_as_sqlite_stores_them(postgres_url):
    db = open_database(postgres_url)
    try:
        event = record_event(db, at=AT, action="test.value", record_id=7, changes={"flag": True})
        assert db.execute("SELECT record_id FROM audit_log WHERE record_id = ?", [7]).fetchone() == ("7",)
        assert db.execute("SELECT sum(id), avg(id) FROM audit_log").fetchone() == (event, float(event))
    finally:
        db.close()


def test_the_audit_trail_is_append_only_on_the_server_too(postgres_url):
    db = open_database(postgres_url)
    try:
        record_event(db, at=AT, action="test.one")
        for statement in ("UPDATE audit_log SET action = 'x'", "DELETE FROM audit_log", "TRUNCATE audit_log"):
            with pytest.raises(sqlite3.IntegrityError, match="append-only"):
                db.execute(statement)
        assert verify_chain(db) is None
        db.execute("ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_delete")
        assert "audit_log_no_delete" in verify_chain(db).problem
    finally:
        db.close()


def test_concurrent_writers_on_the_server_never_fork_the_audit_chain(postgres_url):
    """Six processes append 40 rows each at once: the chain has 240 rows, each following the last."""
    script = ("import sys; from datetime import datetime, timezone; "
              "from hsg_desk.storage.db import open_database; from hsg_desk.storage.audit import record_event; "
              "db = open_database(sys.argv[1]); "
              "[record_event(db, at=datetime.now(timezone.utc), action='test.race', record_id=i) for i in range(40)]")
    writers = [subprocess.Popen([sys.executable, "-c", script, postgres_url]) for _ in range(6)]
    assert [writer.wait(120) for writer in writers] == [0] * 6
    db = open_database(postgres_url)
    try:
        assert db.execute("SELECT count(*) FROM audit_log").fetchone()[0] == 240
        assert verify_chain(db) is None
    finally:
        db.close()
