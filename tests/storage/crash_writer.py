"""Child process for test_crash_safety: writes through the storage layer until it is killed.

After each save's commit returns it prints one line naming what was saved; the parent
kills it at random moments and checks that every printed save is in the database.
Usage: python crash_writer.py DB_PATH FIRST_NUMBER
"""

from __future__ import annotations

import sys
from dataclasses import replace
from datetime import date, datetime, timezone

from hsg_desk.domain.case import Indication
from hsg_desk.domain.exam import Exam
from hsg_desk.domain.patient import Patient
from hsg_desk.services.context import ServiceContext, Session, SystemClock
from hsg_desk.storage.db import open_database
from hsg_desk.storage.exams import insert_exam
from hsg_desk.storage.patients import get_patient, insert_patient, update_patient
from hsg_desk.storage.rows import saving


def main(path: str, number: int) -> None:
    db = open_database(path)
    ctx = ServiceContext(db, SystemClock(), Session(None, "crash-test", "Crash test"))
    while True:
        now = datetime.now(timezone.utc)
        with saving(db):
            patient_id = insert_patient(db, Patient(None, f"K{number:09d}", "Abara", "Chioma",
                                                    date(1990, 1, 1)), now, None)
            exam_id = insert_exam(db, Exam(None, patient_id, now, Indication.INFERTILITY), now, None)
            event_id = db.execute(
                "INSERT INTO checklist_events(exam_id, step, action, data, at) VALUES (?, 1, 'done', ?, ?)",
                [exam_id, '{"locker": "%d"}' % number, now.isoformat()]).lastrowid
            ctx.audit("create", patient_id=patient_id, record_type="exam", record_id=exam_id)
        print(f"booked {patient_id} {exam_id} {event_id}", flush=True)
        if number % 3 == 0:
            old = get_patient(db, patient_id)
            update_patient(db, old, replace(old, phone=f"555-{number % 10000:04d}"), now, None)
            print(f"amended {patient_id} {old.version + 1}", flush=True)
        number += 1


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
