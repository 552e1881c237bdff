"""Killing the app mid-write loses nothing it acknowledged and never damages the file (DESIGN.md §7).

A real child process writes through the storage layer and prints each save after its
commit returned; we SIGKILL it at random moments, many times, then look for every
printed save and run the full integrity check and the audit chain.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from hsg_desk.storage.audit import verify_chain
from hsg_desk.storage.db import open_database
from hsg_desk.storage.integrity import check_database

pytestmark = [pytest.mark.slow, pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")]

WRITER = Path(__file__).with_name("crash_writer.py")
REPO = Path(__file__).resolve().parents[2]
ROUNDS = 20


def run_and_kill(db_path: Path, first_number: int, lines_before_kill: int) -> list[str]:
    """Start the writer, let it acknowledge some saves, SIGKILL it; return every full line it printed."""
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")]))
    child = subprocess.Popen([sys.executable, str(WRITER), str(db_path), str(first_number)],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, text=True)
    seen = []
    try:
        while len(seen) < lines_before_kill:
            line = child.stdout.readline()
            if not line:
                pytest.fail(f"the writer stopped by itself: {child.stderr.read()[-2000:]}")
            seen.append(line)
    finally:
        child.send_signal(signal.SIGKILL)
        rest = child.stdout.read()  # lines written before the kill landed
        child.wait(timeout=30)
        child.stderr.close()
    assert child.returncode == -signal.SIGKILL
    lines = "".join(seen) + rest
    return [line for line in lines.split("\n")[:-1]]  # the last piece may be a torn line


def test_every_acknowledged_write_survives_sigkill(tmp_path):
    rng = random.Random(20261126)
    db_path = tmp_path / "hsg.sqlite3"
    acknowledged = []
    for round_number in range(ROUNDS):
        # Some rounds die while still opening (migrations, pragmas), most mid-stream.
        stop_after = 0 if round_number in (0, 7) else rng.randint(1, 60)
        acknowledged += run_and_kill(db_path, round_number * 1_000_000, stop_after)
        assert check_database(db_path, allow_new=True).ok  # after every crash the file opens clean

    assert len(acknowledged) > ROUNDS * 10
    db = open_database(db_path)
    try:
        for line in acknowledged:
            kind, *ids = line.split()
            if kind == "booked":
                patient_id, exam_id, event_id = map(int, ids)
                assert db.execute("SELECT 1 FROM patients WHERE id = ?", [patient_id]).fetchone(), line
                assert db.execute("SELECT patient_id FROM exams WHERE id = ?", [exam_id]).fetchone() == (patient_id,)
                assert db.execute("SELECT exam_id FROM checklist_events WHERE id = ?",
                                  [event_id]).fetchone() == (exam_id,)
            else:
                patient_id, version = map(int, ids)
                assert db.execute("SELECT version FROM patients WHERE id = ?", [patient_id]).fetchone()[0] >= version
        # Atomic saves: no patient without her exam, no exam without its checklist row and audit line.
        assert db.execute("SELECT count(*) FROM patients WHERE id NOT IN (SELECT patient_id FROM exams)"
                          ).fetchone()[0] == 0
        assert db.execute("SELECT count(*) FROM exams WHERE id NOT IN (SELECT exam_id FROM checklist_events)"
                          ).fetchone()[0] == 0
        assert db.execute("SELECT count(*) FROM exams").fetchone()[0] == \
            db.execute("SELECT count(*) FROM audit_log WHERE action = 'create'").fetchone()[0]
        assert db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert verify_chain(db) is None
    finally:
        db.close()
    assert check_database(db_path, full=True).ok
