"""Three workstations on the PostgreSQL server for 60 s, as three processes: a front desk
registering and checking in, two exam rooms answering histories and walking the checklist
on the exams checked in. Zero raw errors, zero lost acknowledged saves, zero duplicate
steps; the saves per second are printed (the benchmark's throughput row runs the same).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

from exam_room_builders import START, answer_history, arrived_exam, open_db

from hsg_desk.domain.roles import Role
from hsg_desk.storage.audit import verify_chain
from hsg_desk.storage.checklist import first_broken_checklist
from hsg_desk.storage.db import open_database
from hsg_desk.storage.users import insert_user

WORKER = Path(__file__).with_name("workstation_worker.py")
TESTS = Path(__file__).resolve().parents[1]
WORKSTATIONS = ("desk", "room", "room")
SECONDS = 60.0
ROOM_EXAMS, DESK_EXAMS = 6, 6


def make_clinic(database: str) -> list[int]:
    """Exams checked in and ready for the checklist, exams at the desk; a user per workstation."""
    db, _clock, _users = open_db(database)
    names = "Ana Bea Cora Dina Elsa Fina Gala Hana Ines Juna Kira Lena".split()
    for number, given in enumerate(names[:ROOM_EXAMS + DESK_EXAMS]):
        _, exam_id = arrived_exam(db, family=f"Room{number}" if number < ROOM_EXAMS else f"Desk{number}",
                                  given=given)
        if number < ROOM_EXAMS:
            answer_history(db, exam_id, questions_answered=1)
    roles = {"desk": frozenset({Role.FRONT_DESK}), "room": frozenset({Role.TECHNOLOGIST})}
    user_ids = [insert_user(db, username=f"{role}{k}", display_name=f"Workstation {k}", password_hash="x",
                            roles=roles[role], at=START) for k, role in enumerate(WORKSTATIONS)]
    db.close()
    return user_ids


def run_workstations(database: str, seconds: float) -> tuple[list, list, Counter, list[int]]:
    """(acks as (worker, words), raw errors, refusals, user ids) after `seconds` of saving."""
    user_ids = make_clinic(database)
    path = os.pathsep.join([str(TESTS.parent), str(TESTS), str(TESTS / "storage"), os.environ.get("PYTHONPATH", "")])
    env = dict(os.environ, PYTHONPATH=path)
    children = [subprocess.Popen([sys.executable, str(WORKER), database, role, str(k), str(user_ids[k]),
                                  str(seconds), str(1800 + k)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                 text=True, env=env)
                for k, role in enumerate(WORKSTATIONS)]
    outputs = [child.communicate(timeout=seconds + 120) for child in children]
    assert [child.returncode for child in children] == [0] * len(children), [err[-2000:] for _, err in outputs]
    lines = [(k, line.split()) for k, (out, _) in enumerate(outputs) for line in out.splitlines()]
    raw = [" ".join(words) for _, words in lines if words[0] == "raw"]
    acks = [(k, words[1:]) for k, words in lines if words[0] == "ack"]
    refused = Counter(" ".join(words[1:]) for _, words in lines if words[0] == "refused")
    return acks, raw, refused, user_ids


def lost_and_duplicates(database: str, acks: list, user_ids: list[int]) -> tuple[list, list, Counter, Counter]:
    db = open_database(database)
    try:
        lost = []
        audit = "\n".join(row[0] for row in db.execute("SELECT changes FROM audit_log"))
        done_by = Counter()
        for k, (kind, *rest) in acks:
            if kind == "register":
                row = db.execute("SELECT given_name FROM patients WHERE id = ?", [int(rest[0])]).fetchone()
                if row is None or row[0] != f"Worker {rest[1]}":
                    lost.append((kind, rest))
            elif kind in ("checkin", "answer"):
                if not re.search(rf"{rest[1]}(?!\d)", audit):  # its audit line commits with it
                    lost.append((kind, rest))
            elif kind in ("done", "undo"):
                step = int(rest[0])
                action = "undone" if kind == "undo" else "not_needed" if step == 8 else "done"
                done_by[(user_ids[k], int(rest[1]), step, action)] += 1
        stored = Counter({(user, exam, step, action): count for user, exam, step, action, count in db.execute(
            "SELECT user_id, exam_id, step, action, count(*) FROM checklist_events WHERE user_id IS NOT NULL "
            "GROUP BY user_id, exam_id, step, action")})
        lost += [key for key, count in done_by.items() if stored[key] < count]
        duplicates = db.execute("SELECT exam_id, step, count(*) FROM checklist_events WHERE live = 1 "
                                "GROUP BY exam_id, step HAVING count(*) > 1").fetchall()
        assert first_broken_checklist(db) is None
        assert verify_chain(db, backup_heads=False) is None  # concurrent appends kept the chain whole
        return lost, duplicates, stored, done_by
    finally:
        db.close()


def test_three_workstations_for_sixty_seconds_lose_nothing_and_never_step_twice(postgres_url):
    acks, raw, refused, user_ids = run_workstations(postgres_url, SECONDS)
    kinds = Counter(words[0] for _, words in acks)
    print(f"\nacknowledged {dict(kinds)} ({len(acks) / SECONDS:.1f} saves/s); refused {dict(refused)}; "
          f"raw errors {len(raw)}")
    assert raw == []  # 0 raw errors
    assert all(kinds[kind] > 0 for kind in ("register", "checkin", "answer", "done", "undo")), kinds
    lost, duplicates, stored, done_by = lost_and_duplicates(postgres_url, acks, user_ids)
    assert lost == []  # 0 lost acknowledged writes
    assert stored == done_by  # and nothing saved that was not acknowledged
    assert duplicates == []  # 0 duplicate events
