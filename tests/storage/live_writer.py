"""Child process for test_restore_in_use: a workstation that keeps saving until told to stop.

Prints "ready" once the database is open, then "saved N" after each commit; stops when
its stdin closes. Usage: python live_writer.py DB_PATH
"""

from __future__ import annotations

import sys
import threading
from datetime import date, datetime, timezone

from hsg_desk.domain.patient import Patient
from hsg_desk.storage.db import open_database
from hsg_desk.storage.patients import insert_patient
from hsg_desk.storage.rows import SaveFailed, saving


def main(path: str) -> None:
    db = open_database(path)
    stop = threading.Event()
    threading.Thread(target=lambda: (sys.stdin.read(), stop.set()), daemon=True).start()
    print("ready", flush=True)
    number = 0
    while not stop.is_set():
        number += 1
        try:
            with saving(db):
                insert_patient(db, Patient(None, f"LIVE{number:06d}", "Okafor", "Ada", date(1990, 1, 1)),
                               datetime.now(timezone.utc), None)
        except SaveFailed:
            continue
        print(f"saved LIVE{number:06d}", flush=True)
    db.close()


if __name__ == "__main__":
    main(sys.argv[1])
