"""Restore and demo-db never destroy live data: a restore is refused while another process
has the database open (and names its workstation); demo-db never replaces a clinic's file."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from datetime import datetime, timezone
from pathlib import Path

import pytest

from hsg_desk.cli import main
from hsg_desk.services.demo_data import write_demo_database
from hsg_desk.storage import backup
from hsg_desk.storage.audit import workstation_name
from hsg_desk.storage.db import StorageError, open_database
from hsg_desk.storage.presence import RESTORING, PresenceLock, others_present

WRITER = Path(__file__).with_name("live_writer.py")
REPO = Path(__file__).resolve().parents[2]
NOW = datetime(2026, 11, 26, 16, 0, tzinfo=timezone.utc)


def start_writer(path: Path) -> subprocess.Popen:
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")]))
    child = subprocess.Popen([sys.executable, str(WRITER), str(path)], stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    assert child.stdout.readline() == "ready\n", child.stderr.read()
    return child


def acknowledged(child: subprocess.Popen, at_least: int) -> list[str]:
    return [child.stdout.readline().split()[1] for _ in range(at_least)]


@pytest.fixture
def clinic(tmp_path):
    path = tmp_path / "clinic.sqlite3"
    open_database(path).close()
    saved = backup.make_backup(path, NOW).path
    return path, saved


def test_restore_is_refused_while_a_live_writer_saves_and_names_its_workstation(clinic, capsys):
    path, saved = clinic
    writer = start_writer(path)
    try:
        before = acknowledged(writer, 20)
        assert main(["restore", str(saved), "--db", str(path)]) == 1
        err = capsys.readouterr().err
        assert f"open on {workstation_name()} (process {writer.pid}" in err and "Nothing was changed" in err
        during = acknowledged(writer, 20)  # it kept saving, into the real file
    finally:
        writer.stdin.close()
        rest = writer.stdout.read().split()
        assert writer.wait(timeout=60) == 0, writer.stderr.read()
    saved_numbers = before + during + rest[1::2]
    db = open_database(path)
    stored = {row[0] for row in db.execute("SELECT mrn FROM patients")}
    db.close()
    assert set(saved_numbers) <= stored  # no acknowledged save lost
    # Closed everywhere now: the restore goes ahead.
    assert main(["restore", str(saved), "--db", str(path)]) == 0


def test_a_crashed_workstation_does_not_block_a_restore_for_ever(clinic):
    path, saved = clinic
    writer = start_writer(path)
    acknowledged(writer, 3)
    writer.send_signal(signal.SIGKILL)
    writer.wait(timeout=30)
    assert others_present(path) == []  # the OS dropped its lock; its presence file is swept
    backup.restore(saved, path, NOW)


def test_a_workstation_cannot_open_the_database_while_a_restore_runs(clinic):
    path, _ = clinic
    marker = PresenceLock(path, "ADMIN-PC", RESTORING).acquire()
    try:
        with pytest.raises(StorageError, match="being restored .* on ADMIN-PC"):
            open_database(path)
    finally:
        marker.release()
    open_database(path).close()


def test_demo_db_never_replaces_a_clinic_database(tmp_path, capsys, monkeypatch):
    clinic = tmp_path / "clinic.sqlite3"
    db = open_database(clinic)
    db.close()
    before = clinic.read_bytes()
    assert main(["demo-db", str(clinic), "--patients", "2"]) == 1
    assert main(["demo-db", str(clinic), "--patients", "2", "--force"]) == 1
    assert "is not a demo database" in capsys.readouterr().err
    assert clinic.read_bytes() == before


def test_demo_db_never_writes_to_the_configured_clinic_database(tmp_path, capsys, monkeypatch):
    configured = tmp_path / "configured.sqlite3"
    monkeypatch.setenv("HSG_DESK_DB", str(configured))
    assert main(["demo-db", str(configured), "--patients", "2", "--force"]) == 1
    assert "clinic database" in capsys.readouterr().err and not configured.exists()


def test_demo_db_replaces_a_demo_database_only_with_force(tmp_path, capsys):
    demo = write_demo_database(tmp_path / "demo.sqlite3", patients=2, seed=1)
    assert main(["demo-db", str(demo), "--patients", "3"]) == 1
    assert "add --force" in capsys.readouterr().err
    assert main(["demo-db", str(demo), "--patients", "3", "--force"]) == 0
    other = tmp_path / "notes.txt"
    other.write_text("not a database")
    assert main(["demo-db", str(other), "--force"]) == 1 and other.read_text() == "not a database"
