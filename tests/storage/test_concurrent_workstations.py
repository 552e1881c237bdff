"""Four workstations saving on one file at once: each save waits its turn, and a save that
cannot is refused with a message; nothing acknowledged is lost, no step is done twice.

Real processes (SQLite's locks are per process), through the services, for 30 s:
registrations, check-ins, history answers and checklist steps on the same exams.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from exam_room_builders import START, answer_history, arrived_exam, open_db
from hsg_desk.domain.roles import Role
from hsg_desk.storage.checklist import first_broken_checklist
from hsg_desk.storage.db import open_database
from hsg_desk.storage.integrity import check_database
from hsg_desk.storage.users import insert_user

pytestmark = pytest.mark.slow

WORKER = Path(__file__).with_name("concurrent_worker.py")
TESTS = Path(__file__).resolve().parents[1]
REPO = TESTS.parent
WORKERS = 4
SECONDS = 30.0
ROOM_EXAMS, DESK_EXAMS = 4, 4


def make_clinic(path: Path) -> list[int]:
    """Exams ready for the checklist and exams at the desk; one user per workstation."""
    db, _clock, _users = open_db(path)
    names = "Ana Bea Cora Dina Elsa Fina Gala Hana".split()
    for number, given in enumerate(names[:ROOM_EXAMS + DESK_EXAMS]):
        _, exam_id = arrived_exam(db, family=f"Room{number}" if number < ROOM_EXAMS else f"Desk{number}",
                                  given=given)
        if number < ROOM_EXAMS:
            answer_history(db, exam_id, questions_answered=1)
    roles = frozenset({Role.FRONT_DESK, Role.TECHNOLOGIST})
    user_ids = [insert_user(db, username=f"ws{k}", display_name=f"Workstation {k} User", password_hash="x",
                            roles=roles, at=START) for k in range(WORKERS)]
    db.close()
    return user_ids


def test_four_workstations_for_thirty_seconds_lose_nothing_and_never_step_twice(tmp_path):
    path = tmp_path / "clinic.sqlite3"
    user_ids = make_clinic(path)
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(REPO), str(TESTS), os.environ.get("PYTHONPATH", "")]))
    children = [subprocess.Popen([sys.executable, str(WORKER), str(path), str(k), str(user_ids[k]), str(SECONDS),
                                  str(1000 + k)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
                for k in range(WORKERS)]
    outputs = [child.communicate(timeout=SECONDS + 120) for child in children]
    lines = [(k, line.split()) for k, (out, _) in enumerate(outputs) for line in out.splitlines()]
    raw = [" ".join(words) for _, words in lines if words[0] == "raw"]
    acks = [(k, words[1:]) for k, words in lines if words[0] == "ack"]
    refused = Counter(" ".join(words[1:]) for _, words in lines if words[0] == "refused")
    kinds = Counter(words[0] for _, words in acks)
    print(f"\nacknowledged {dict(kinds)}; refused {dict(refused)}; raw errors {len(raw)}")
    assert [child.returncode for child in children] == [0] * WORKERS, [err for _, err in outputs]
    assert all(not err for _, err in outputs), [err[-2000:] for _, err in outputs]

    assert raw == []  # 0 raw errors
    # Each save waited its turn (BEGIN IMMEDIATE + busy timeout): none gave up as busy.
    assert not [reason for reason in refused if reason.endswith("busy")], refused
    assert all(kinds[kind] > 0 for kind in ("register", "checkin", "answer", "done", "undo")), kinds

    db = open_database(path)
    lost = []
    audit = "\n".join(row[0] for row in db.execute("SELECT changes FROM audit_log"))
    done_by = Counter()
    for k, (kind, *rest) in acks:
        if kind == "register":
            patient_id, token = int(rest[0]), rest[1]
            row = db.execute("SELECT given_name FROM patients WHERE id = ?", [patient_id]).fetchone()
            if row != (f"Worker {token}",):
                lost.append((kind, rest))
        elif kind in ("checkin", "answer"):
            token = rest[1]
            if not re.search(rf"{token}(?!\d)", audit):  # its audit line commits with it
                lost.append((kind, rest))
        elif kind in ("done", "undo"):
            step = int(rest[0])
            action = "undone" if kind == "undo" else "not_needed" if step == 8 else "done"  # the worker skips 8
            done_by[(user_ids[k], int(rest[1]), step, action)] += 1
    stored = Counter({(user, exam, step, action): count for user, exam, step, action, count in db.execute(
        "SELECT user_id, exam_id, step, action, count(*) FROM checklist_events WHERE user_id IS NOT NULL "
        "GROUP BY user_id, exam_id, step, action")})
    lost += [key for key, count in done_by.items() if stored[key] < count]
    assert lost == []  # 0 lost acknowledged writes
    assert stored == done_by  # and nothing saved that was not acknowledged

    duplicates = db.execute("SELECT exam_id, step, count(*) FROM checklist_events WHERE live = 1 "
                            "GROUP BY exam_id, step HAVING count(*) > 1").fetchall()
    assert duplicates == [] and first_broken_checklist(db) is None  # 0 duplicate events
    print(f"raw errors {len(raw)} / lost acknowledged writes {len(lost)} / duplicate events {len(duplicates)}")
    db.close()
    assert check_database(path, full=True).ok
