"""`hsg-desk move-to-server`: a one-PC clinic onto an empty PostgreSQL database, verified.

A real 10,000-patient demo file and a real server on 127.0.0.1: every row arrives with its
own id, the counts match table by table, the audit trail verifies on the server, new rows
continue after the largest id, the source file is byte for byte what it was, and a server
that already holds records is refused and left as it was.
"""

from __future__ import annotations

import hashlib
from datetime import datetime, timezone
from pathlib import Path

import pytest

from hsg_desk.cli import main
from hsg_desk.storage.audit import verify_chain
from hsg_desk.storage.db import open_database
from hsg_desk.storage.move_to_server import MoveRefused, move_to_server
from hsg_desk.storage.patients import search_patients

AT = datetime(2026, 11, 26, 18, 0, tzinfo=timezone.utc)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def rows(db, sql: str) -> list[tuple]:
    return [tuple(row) for row in db.execute(sql).fetchall()]


def test_a_ten_thousand_patient_clinic_arrives_whole_with_its_ids(big_demo_clinic, postgres_url):
    before = digest(big_demo_clinic)
    steps = []

    report = move_to_server(big_demo_clinic, postgres_url, at=AT, progress=steps.append)

    assert digest(big_demo_clinic) == before  # the source is only read
    counts = {count.table: (count.source, count.target) for count in report.counts}
    assert counts["patients"] == (10_000, 10_000) and counts["checklist_events"][0] > 100_000
    assert all(source == target for source, target in counts.values())
    source, target = open_database(big_demo_clinic), open_database(postgres_url)
    try:
        for table, _ in counts.items():
            assert target.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == \
                source.execute(f"SELECT count(*) FROM {table}").fetchone()[0] + (table == "audit_log"), table
        sample = ("SELECT id, mrn, family_name, given_name, birth_date, version FROM patients "
                  "WHERE id IN (1, 777, 10000) ORDER BY id")
        assert rows(target, sample) == rows(source, sample)
        steps_sql = "SELECT id, exam_id, step, action, at FROM checklist_events WHERE exam_id = 4321 ORDER BY id"
        assert rows(target, steps_sql) == rows(source, steps_sql) != []
        assert verify_chain(target, backup_heads=False) is None
        last = target.execute("SELECT action, record_id FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
        assert tuple(last) == ("move_to_server", big_demo_clinic.name)
        # New rows continue after the largest id (the sequences were moved on).
        new_id = target.execute("INSERT INTO allergies(patient_id, substance, category, severity, recorded_at) "
                                "VALUES (1, 'latex', 'latex', 'mild', '2026-11-26')").lastrowid
        assert new_id == source.execute("SELECT max(id) FROM allergies").fetchone()[0] + 1
        assert any("verifying the audit trail" in step for step in steps)
        mrn = source.execute("SELECT mrn FROM patients WHERE id = 777").fetchone()[0]
        assert [patient.id for patient in search_patients(target, mrn)] == [777]  # search built for copied rows
    finally:
        source.close()
        target.close()


def test_a_server_that_holds_records_is_refused_and_left_as_it_was(tmp_path, postgres_url):
    from hsg_desk.services.demo_data import write_demo_database

    small = write_demo_database(tmp_path / "small.sqlite3", patients=12, seed=5)
    move_to_server(small, postgres_url, at=AT)
    target = open_database(postgres_url)
    before = target.execute("SELECT count(*), max(id) FROM audit_log").fetchone()

    with pytest.raises(MoveRefused, match="not empty"):
        move_to_server(small, postgres_url, at=AT)

    assert target.execute("SELECT count(*), max(id) FROM audit_log").fetchone() == before
    assert target.execute("SELECT count(*) FROM patients").fetchone()[0] == 12
    target.close()


def test_the_command_refuses_a_file_url_and_a_missing_file(tmp_path, capsys, postgres_url):
    assert main(["move-to-server", str(tmp_path / "none.sqlite3"), postgres_url]) == 1
    assert "There is no database at" in capsys.readouterr().err
    assert main(["move-to-server", str(tmp_path / "none.sqlite3"), str(tmp_path / "other.sqlite3")]) == 2
    assert "not a server URL" in capsys.readouterr().err
