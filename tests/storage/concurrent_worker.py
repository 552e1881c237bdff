"""Child process for test_concurrent_workstations: one workstation saving through the
services as fast as it can, on the same exams as three others, for DURATION seconds.

Every save that returned prints one line ("ack KIND ..."); a refusal the user would
read (another workstation is saving, someone else changed it, step already done)
prints "refused KIND"; anything else is a raw error and prints "raw KIND repr".
Usage: python concurrent_worker.py DB_PATH WORKER_NUMBER USER_ID SECONDS SEED
"""

from __future__ import annotations

import random
import sys
import time
from datetime import date

from exam_room_builders import START  # noqa: E402 (tests/ is on the path)

from hsg_desk.domain.errors import DomainError
from hsg_desk.services.checkin import CheckinService
from hsg_desk.services.context import FixedClock, ServiceContext, Session
from hsg_desk.services.exam_room import TIMEOUT_ITEMS, ExamRoomService
from hsg_desk.services.patients import PatientForm, PatientService
from hsg_desk.storage.db import open_database
from hsg_desk.storage.rows import ConflictError, StorageBusyError
from hsg_desk.storage.users import get_user


def main(path: str, worker: int, user_id: int, seconds: float, seed: int) -> None:
    rng = random.Random(seed)
    db = open_database(path)
    user = get_user(db, user_id)
    ctx = ServiceContext(db, FixedClock(START), Session(user.id, user.username, user.display_name, user.roles),
                         workstation=f"worker-{worker}")
    patients, checkin, room = PatientService(ctx), CheckinService(ctx), ExamRoomService(ctx)
    room_exams = [row[0] for row in db.execute("SELECT exam_id FROM histories WHERE questions_answered = 1")]
    desk_exams = [row[0] for row in db.execute(
        "SELECT id FROM exams WHERE id NOT IN (SELECT exam_id FROM histories WHERE questions_answered = 1)")]
    number = 0
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        number += 1
        token = f"W{worker}N{number}"
        kind = rng.choice(("register", "checkin", "answer", "step", "step", "step"))
        try:
            if kind == "register":
                saved = patients.register(PatientForm(family_name="Concurrent", given_name=f"Worker {token}",
                                                      birth_date=date(1990, 1, 1)), accept_duplicate=True)
                print(f"ack register {saved.patient.id} {token}", flush=True)
            elif kind == "checkin":
                exam_id = rng.choice(desk_exams)
                version = checkin.load(exam_id).checkin_version
                checkin.set(exam_id, "insurance_member_id", token, version)
                print(f"ack checkin {exam_id} {token}", flush=True)
            elif kind == "answer":
                exam_id = rng.choice(desk_exams)
                room.set_answer(exam_id, "medications", [token], None)
                print(f"ack answer {exam_id} {token}", flush=True)
            else:
                exam_id = rng.choice(room_exams)
                print(f"ack {step(room, rng, exam_id)} {exam_id}", flush=True)
        except (DomainError, ConflictError) as error:
            busy = isinstance(error, StorageBusyError)
            print(f"refused {kind}{' busy' if busy else ''}", flush=True)
        except Exception as error:  # noqa: BLE001 — exactly what this test counts
            print(f"raw {kind} {error!r}", flush=True)


def step(room: ExamRoomService, rng: random.Random, exam_id: int) -> str:
    """The next thing a technologist would do at this exam's checklist; what was done."""
    state = room.checklist(exam_id)
    current = state.current_step
    if state.completed and state.completed[-1].step not in (2, 10) and rng.random() < 0.25:
        undone = room.undo_last_step(exam_id, "concurrency test")
        return f"undo {undone}"
    if current is None:
        raise DomainError("all steps done")
    if current == 6 and room.timeout(exam_id) is None:
        room.record_timeout(exam_id, [key for key, _ in TIMEOUT_ITEMS], "Test Team")
        return "timeout 6"
    room.complete_step(exam_id, current, locker="7" if current == 2 else "",
                       not_needed=current == 8)
    return f"done {current}"


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), float(sys.argv[4]), int(sys.argv[5]))
