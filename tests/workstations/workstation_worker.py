"""Child process for test_three_workstations: one workstation of a clinic on the server,
saving through the services as fast as it can for SECONDS.

A front desk registers patients and saves check-in items; an exam room answers history
questions and walks the checklist (steps, the time-out, undoing a step now and then) on
the exams already checked in. Output, one line per save, as tests/storage/concurrent_worker.py:
"ack KIND ..." for a save that returned, "refused KIND" for a refusal the user would read,
"raw KIND repr" for anything else.
Usage: python workstation_worker.py DATABASE desk|room WORKER_NUMBER USER_ID SECONDS SEED
"""

from __future__ import annotations

import random
import sys
import time
from datetime import date

from concurrent_worker import step  # tests/storage, on the path
from exam_room_builders import START

from hsg_desk.domain.errors import DomainError
from hsg_desk.services.checkin import CheckinService
from hsg_desk.services.context import FixedClock, ServiceContext, Session
from hsg_desk.services.exam_room import ExamRoomService
from hsg_desk.services.patients import PatientForm, PatientService
from hsg_desk.storage.db import open_database
from hsg_desk.storage.rows import StorageBusyError
from hsg_desk.storage.users import get_user

ROLES_WORK = {"desk": ("register", "checkin"), "room": ("answer", "step", "step", "step")}


def main(database: str, role: str, worker: int, user_id: int, seconds: float, seed: int) -> None:
    rng = random.Random(seed)
    db = open_database(database)
    user = get_user(db, user_id)
    ctx = ServiceContext(db, FixedClock(START), Session(user.id, user.username, user.display_name, user.roles),
                         workstation=f"{role}-{worker}")
    patients, checkin, room = PatientService(ctx), CheckinService(ctx), ExamRoomService(ctx)
    room_exams = [row[0] for row in db.execute("SELECT exam_id FROM histories WHERE questions_answered = 1")]
    desk_exams = [row[0] for row in db.execute(
        "SELECT id FROM exams WHERE id NOT IN (SELECT exam_id FROM histories WHERE questions_answered = 1)")]
    number = 0
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        number += 1
        token = f"W{worker}N{number}"
        kind = rng.choice(ROLES_WORK[role])
        try:
            if kind == "register":
                saved = patients.register(PatientForm(family_name="Server", given_name=f"Worker {token}",
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
        except DomainError as error:
            print(f"refused {kind}{' busy' if isinstance(error, StorageBusyError) else ''}", flush=True)
        except Exception as error:  # noqa: BLE001 — exactly what the test counts
            print(f"raw {kind} {error!r}", flush=True)
    db.close()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), float(sys.argv[5]), int(sys.argv[6]))
