"""`hsg-desk backup` and `restore` on the server: a pg_dump checked by pg_restore --list, and
a restore that goes only into an empty database."""

from __future__ import annotations

from datetime import date

from exam_room_builders import START

from hsg_desk.cli import main
from hsg_desk.domain.patient import Patient
from hsg_desk.storage.db import open_database
from hsg_desk.storage.patients import insert_patient


def count(url: str, table: str) -> int:
    db = open_database(url, migrate=False)
    try:
        return db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    finally:
        db.close()


def test_a_dump_is_checked_restored_into_an_empty_database_and_refused_elsewhere(
        tmp_path, capsys, postgres_cluster, postgres_url):
    db = open_database(postgres_url)
    insert_patient(db, Patient(None, "BK1", "Backup", "Ana", date(1990, 3, 14)), START, None)
    db.close()

    assert main(["backup", "--db", postgres_url, str(tmp_path / "dumps")]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Backup saved and checked (pg_restore --list:")
    [dump] = (tmp_path / "dumps").glob("hsg-desk-*.pgdump")
    assert dump.stat().st_mode & 0o077 == 0

    empty = postgres_cluster.database_url(migrated=False)
    assert main(["restore", str(dump), "--db", empty]) == 0
    assert count(empty, "patients") == 1
    assert count(empty, "audit_log") == count(postgres_url, "audit_log") - 1  # the backup's own row came after

    assert main(["restore", str(dump), "--db", postgres_url]) == 1  # holds tables: refused
    assert "is not empty" in capsys.readouterr().err
    assert count(postgres_url, "patients") == 1
    postgres_cluster.drop(empty)


def test_a_file_that_is_not_a_dump_is_refused(tmp_path, capsys, postgres_cluster):
    junk = tmp_path / "junk.pgdump"
    junk.write_bytes(b"not a dump")
    empty = postgres_cluster.database_url(migrated=False)
    assert main(["restore", str(junk), "--db", empty]) == 1
    assert "pg_restore failed" in capsys.readouterr().err
    postgres_cluster.drop(empty)
