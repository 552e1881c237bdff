"""Child process for the live-update test: a second workstation's worklist model, refreshed
only by live updates (no manual refresh), printing when each exam first shows as arrived.

Prints "ready" once its feed is watching, then "seen EXAM_ID UNIX_TIME" per arrival, and
exits when EXPECTED exams have arrived (or after 60 s).
Usage: python worklist_watcher.py DATABASE DAY USER_ID EXPECTED
"""

from __future__ import annotations

import os
import sys
import time
from datetime import date

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from hsg_desk.qt.none_refcount import keep_none_alive  # noqa: E402

keep_none_alive()  # see hsg_desk/qt/none_refcount.py

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtGui import QGuiApplication  # noqa: E402

from hsg_desk.domain.lifecycle import ExamStatus  # noqa: E402
from hsg_desk.qt.live_updates import LiveUpdates  # noqa: E402
from hsg_desk.qt.models.worklist_model import WorklistModel  # noqa: E402
from hsg_desk.services.context import ServiceContext, Session, SystemClock  # noqa: E402
from hsg_desk.services.worklist import WorklistService  # noqa: E402
from hsg_desk.storage.db import open_database  # noqa: E402
from hsg_desk.storage.users import get_user  # noqa: E402


def main(database: str, day: date, user_id: int, expected: int) -> int:
    app = QGuiApplication([])
    db = open_database(database)
    user = get_user(db, user_id)
    ctx = ServiceContext(db, SystemClock(), Session(user.id, user.username, user.display_name, user.roles),
                         workstation="EXAM-ROOM-2")
    worklist = WorklistService(ctx)
    model = WorklistModel()
    model.set_rows(worklist.day(day))
    seen: set[int] = set()

    def show(_changes) -> None:
        model.set_rows(worklist.day(day))
        now = time.time()
        for number in range(model.rowCount()):
            row = model.row_at(number)
            if row.status is ExamStatus.ARRIVED and row.exam_id not in seen:
                seen.add(row.exam_id)
                print(f"seen {row.exam_id} {now:.6f}", flush=True)
        if len(seen) >= expected:
            app.quit()

    live = LiveUpdates(ctx)
    live.changed.connect(show)
    live.unreachable.connect(lambda message: print(f"unreachable {message}", flush=True))
    QTimer.singleShot(60_000, app.quit)
    print("ready", flush=True)
    app.exec()
    db.close()
    return 0 if len(seen) >= expected else 1


if __name__ == "__main__":
    code = main(sys.argv[1], date.fromisoformat(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]))
    sys.stdout.flush()
    os._exit(code)  # PySide6 6.12 on Python 3.11 can abort while finalising (none_refcount.py)
