"""The real program, started as a user starts it (offscreen): no warnings, no tracebacks."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest


def start(*args, tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HSG_DESK_DB=str(tmp_path / "env.sqlite3"),
               PYTHONPATH=str(Path(__file__).resolve().parents[1]))
    return subprocess.run([sys.executable, "-m", "hsg_desk", *args, "--quit-after", "1.5"],
                          capture_output=True, text=True, timeout=120, env=env, cwd=tmp_path)


@pytest.mark.slow
def test_demo_starts_signed_in_without_any_qt_warning(tmp_path):
    result = start("--demo", tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""


@pytest.mark.slow
def test_a_first_start_asks_for_setup_and_quits_cleanly(tmp_path):
    result = start("--db", str(tmp_path / "new.sqlite3"), tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.slow
def test_a_file_that_is_not_a_database_opens_recovery_not_a_traceback(tmp_path):
    broken = tmp_path / "broken.sqlite3"
    broken.write_bytes(b"this is not a database, it is a letter" * 200)
    result = start("--db", str(broken), tmp_path=tmp_path)
    assert result.returncode == 1  # the recovery screen was dismissed: quit, file untouched
    assert "Traceback" not in result.stderr
    assert broken.read_bytes().startswith(b"this is not a database")


@pytest.mark.slow
def test_a_database_on_a_network_share_is_explained_not_opened(tmp_path):
    result = start("--db", "//server/share/hsg.sqlite3", tmp_path=tmp_path)
    assert "Traceback" not in result.stderr
    assert result.returncode == 2


@pytest.mark.slow
def test_each_demo_start_removes_its_temporary_folder_on_quit(tmp_path):
    temp = tmp_path / "temp"
    temp.mkdir()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", TMPDIR=str(temp),
               PYTHONPATH=str(Path(__file__).resolve().parents[1]))
    result = subprocess.run([sys.executable, "-m", "hsg_desk", "--demo", "--quit-after", "1.5"],
                            capture_output=True, text=True, timeout=120, env=env, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert list(temp.iterdir()) == []


@pytest.mark.slow
def test_demo_with_db_writes_the_demo_there_when_no_file_is_there(tmp_path):
    target = tmp_path / "my-demo.sqlite3"
    result = start("--demo", "--db", str(target), tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    import sqlite3

    with sqlite3.connect(target) as conn:
        assert conn.execute("SELECT count(*) FROM patients").fetchone()[0] == 200


def test_demo_with_an_existing_db_is_refused_and_the_file_untouched(tmp_path):
    existing = tmp_path / "clinic.sqlite3"
    existing.write_bytes(b"the clinic's records")
    from hsg_desk.cli import main

    assert main(["--demo", "--db", str(existing)]) == 2
    assert existing.read_bytes() == b"the clinic's records"
