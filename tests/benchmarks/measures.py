"""The measures: each takes a Bench (one demo database, one context) and returns seconds."""

from __future__ import annotations

import gc
import random
import sys
import time
from dataclasses import dataclass
from datetime import date, datetime, time as clock_time
from zoneinfo import ZoneInfo

from floors import CHILD
from timing import percentile, repeat, startup_seconds


@dataclass
class Bench:
    path: str
    today: date
    runs: int  # repetitions for the medians
    ctx: object = None

    def open(self) -> None:
        from hsg_desk.app import DEMO_SESSION
        from hsg_desk.services.context import FixedClock, ServiceContext
        from hsg_desk.storage.db import open_database

        db = open_database(self.path)
        ctx = ServiceContext(db=db, clock=FixedClock(datetime(2000, 1, 1)), session=DEMO_SESSION)
        zone = ZoneInfo(ctx.settings.time_zone)
        ctx.clock.at = datetime.combine(self.today, clock_time(16, 0), zone)
        self.ctx = ctx

    @property
    def db(self):
        return self.ctx.db

    def tick(self) -> None:
        self.ctx.clock.advance(seconds=1)

    def today_exam(self, status: str) -> int:
        row = self.db.execute("SELECT id FROM exams WHERE scheduled_date = ? AND status = ? ORDER BY id LIMIT 1",
                              [self.today.isoformat(), status]).fetchone()
        return row[0]


def app_start(bench: Bench, runs: int) -> tuple[tuple[float, float, float], tuple[float, float]]:
    """The app's start and its floor's, alternated start by start so both see the same
    machine (a busy moment slows both, not one of them).

    App: medians of seconds from `hsg-desk --db PATH` to its first paint, RSS then (MiB),
    and the longest UI stall (ms) in the 2 s after. Floor: medians of seconds and RSS of
    a bare window. One app start first, not counted: it takes the day's automatic backup,
    which a clinic pays once a day."""
    startup_seconds([sys.executable, CHILD, "app", bench.path])
    app, bare = [], []
    for _ in range(runs):
        app.append(startup_seconds([sys.executable, CHILD, "app", bench.path]))
        bare.append(startup_seconds([sys.executable, CHILD, "bare"]))
    return (tuple(percentile([s[i] for s in app], 50) for i in range(3)),
            tuple(percentile([s[i] for s in bare], 50) for i in range(2)))


def search_queries(bench: Bench, count: int) -> list[str]:
    """What a front desk types: 3-letter prefix, full name, MRN, date of birth."""
    top = bench.db.execute("SELECT max(id) FROM patients").fetchone()[0]
    rng = random.Random(7)
    queries = []
    for patient_id in rng.sample(range(1, top + 1), count):
        family, given, mrn, born = bench.db.execute(
            "SELECT family_name, given_name, mrn, birth_date FROM patients WHERE id = ?", [patient_id]).fetchone()
        born = date.fromisoformat(born)
        queries += [family[:3], f"{given} {family}", mrn, f"{born:%m/%d/%Y}"]
    return queries


def search_p95(bench: Bench, queries: list[str]) -> float:
    from hsg_desk.storage.patients import search_patients

    return percentile([repeat(lambda q=q: search_patients(bench.db, q), 1)[0] for q in queries], 95)


def busiest_day(bench: Bench) -> date:
    row = bench.db.execute("SELECT scheduled_date FROM exams GROUP BY scheduled_date "
                           "ORDER BY count(*) DESC LIMIT 1").fetchone()
    return date.fromisoformat(row[0])


def worklist_day(bench: Bench) -> float:
    from hsg_desk.qt.models.worklist_model import WorklistModel
    from hsg_desk.storage.exams import worklist

    day, model = busiest_day(bench), WorklistModel()
    return percentile(repeat(lambda: model.set_rows(worklist(bench.db, day)), bench.runs), 50)


def exams_to_open(bench: Bench) -> list[int]:
    today = [row[0] for row in bench.db.execute("SELECT id FROM exams WHERE scheduled_date = ?",
                                                [bench.today.isoformat()])]
    past = [row[0] for row in bench.db.execute("SELECT id FROM exams WHERE status = 'completed' "
                                               "ORDER BY id DESC LIMIT 6")]
    return today + past


def open_exam(bench: Bench) -> float:
    """Median of ExamWorkspace.open_exam over today's exams and a few past ones (pages built)."""
    from hsg_desk.qt.views.exam_workspace import ExamWorkspace

    workspace = ExamWorkspace(bench.ctx)
    exams = exams_to_open(bench)
    workspace.open_exam(exams[0])  # warm: imports and first layouts
    times = [t for exam_id in exams for t in repeat(lambda e=exam_id: workspace.open_exam(e), 1)]
    workspace.deleteLater()
    return percentile(times, 50)


def step_commit(bench: Bench) -> float:
    """Median of completing one checklist step (durably committed) through the exam-room service."""
    exam_id = bench.today_exam("in_progress")
    try:
        from hsg_desk.services.exam_room import ExamRoomService
    except ImportError:
        return _raw_step_commit(bench, exam_id)
    room = ExamRoomService(bench.ctx)
    step = room.checklist(exam_id).completed[-1].step
    bench.tick()
    room.undo_last_step(exam_id, "benchmark")
    times = []
    for _ in range(bench.runs):
        bench.tick()
        times += repeat(lambda: room.complete_step(exam_id, step), 1)
        bench.tick()
        room.undo_last_step(exam_id, "benchmark")
    bench.tick()
    room.complete_step(exam_id, step)
    return percentile(times, 50)


def _raw_step_commit(bench: Bench, exam_id: int) -> float:
    def insert():
        with bench.db.atomic():
            bench.db.execute("INSERT INTO checklist_events(exam_id, step, action, data, at) VALUES (?, 3, 'done', '{}', ?)",
                             [exam_id, bench.ctx.now().isoformat()])
    return percentile(repeat(insert, bench.runs), 50)


def pdf(bench: Bench, kind: str) -> float:
    """Median of loading the document facts and building the PDF, warm."""
    from hsg_desk.reports import build_document
    from hsg_desk.services.documents import load_document_facts

    exam_id = bench.today_exam("completed")

    def build():
        return build_document(kind, load_document_facts(bench.ctx, exam_id))
    build()
    return percentile(repeat(build, bench.runs), 50)


def last_quarter(today: date) -> tuple[date, date]:
    """The last full calendar quarter before `today`: the period a dose review looks at."""
    from datetime import timedelta

    first_of_quarter = date(today.year, (today.month - 1) // 3 * 3 + 1, 1)
    end = first_of_quarter - timedelta(days=1)
    return date(end.year, (end.month - 1) // 3 * 3 + 1, 1), end


def quality_report(bench: Bench) -> float:
    """Median of reading the last quarter's figures and building the dose and quality report."""
    from hsg_desk.domain.roles import Role
    from hsg_desk.reports.quality import build_quality_report
    from hsg_desk.services.context import ServiceContext, Session
    from hsg_desk.services.quality_report import load_quality_report

    ctx = ServiceContext(bench.db, bench.ctx.clock, Session(None, "rad", "Radiologist", frozenset({Role.RADIOLOGIST})),
                         workstation="bench")
    start, end = last_quarter(bench.today)

    def build():
        return build_quality_report(load_quality_report(ctx, start, end), "en")
    build()
    return percentile(repeat(build, max(3, bench.runs // 5)), 50)


def day_sheet(bench: Bench) -> float:
    """Median of reading the busiest day and building its day sheet."""
    from hsg_desk.reports.day_sheet import build_day_sheet
    from hsg_desk.services.day_sheet import load_day_sheet

    day = busiest_day(bench)

    def build():
        return build_day_sheet(load_day_sheet(bench.ctx, day), "en")
    build()
    return percentile(repeat(build, bench.runs), 50)


def ui_stall_max(bench: Bench) -> float:
    """Longest gap of a 5 ms UI heartbeat while a script takes an exam from screened to step 10,
    then makes its two PDFs as the Documents page does: read the facts on the UI thread, build
    on a worker (qt/ops.py; the PDF's own time is pdf_aftercare / pdf_summary)."""
    from PySide6.QtCore import QEventLoop, QTimer

    from hsg_desk.qt.ops import Op
    from hsg_desk.qt.views.main_window import MainWindow
    from hsg_desk.reports import build_document
    from hsg_desk.services.documents import load_document_facts
    from hsg_desk.services.exam_room import TIMEOUT_ITEMS, ExamRoomService

    # Today's exam in progress (steps 1-5 done): take it back to step 2, then through step 10.
    ctx, exam_id = bench.ctx, bench.today_exam("in_progress")
    # As the app does once its window is painted (app.resume_garbage_collection), what is
    # alive before the flow is frozen out of the collections: this process also holds the
    # earlier measures' objects, whose scanning the app would not pay.
    gc.freeze()
    room, window = ExamRoomService(ctx), MainWindow(ctx)
    window.resize(1280, 800)
    show_and_wait_for_paint(window)
    workspace = window.workspace

    def step(number, **options):
        return lambda: (room.complete_step(exam_id, number, **options), workspace.open_exam(exam_id))

    undo = lambda: (room.undo_last_step(exam_id, "benchmark"), workspace.open_exam(exam_id))  # noqa: E731
    built: list[bytes] = []

    def pdf(kind: str):
        """Start the document's build; returns when it is done (the next action waits)."""
        def start():
            facts, wanted = load_document_facts(ctx, exam_id), len(built) + 1
            Op(parent=window, work=lambda _progress: build_document(kind, facts), success=built.append).run()
            return lambda: len(built) >= wanted
        return start
    actions = [lambda: window.open_exam(exam_id), undo, undo, undo, step(3), step(4), step(5),
               lambda: room.record_timeout(exam_id, [key for key, _ in TIMEOUT_ITEMS], "Demo Technologist"),
               step(6), step(7), step(8, not_needed=True), step(9), step(10),
               pdf("aftercare"), pdf("summary"),
               window.show_worklist, lambda: window.ui.searchEdit.setText("Gar"), window.run_search]
    beats, failed, loop = [], [], QEventLoop()
    heartbeat = QTimer(interval=5)
    heartbeat.timeout.connect(lambda: beats.append(time.perf_counter()))

    def next_action():
        if not actions:
            loop.quit()
            return
        bench.tick()
        try:
            done = actions.pop(0)()
        except Exception as error:  # noqa: BLE001 — stop the loop, then report it
            failed.append(error)
            actions.clear()
            done = None
        wait_for(done if callable(done) else None, time.perf_counter())

    def wait_for(done, since: float) -> None:
        """The next action 15 ms after this one, or after the work it left on a worker."""
        if done is None or done():
            QTimer.singleShot(15, next_action)
        elif time.perf_counter() - since > 120:
            failed.append(TimeoutError("a PDF was not built within 120 s"))
            actions.clear()
            QTimer.singleShot(0, next_action)
        else:
            QTimer.singleShot(15, lambda: wait_for(done, since))
    heartbeat.start()
    QTimer.singleShot(15, next_action)
    loop.exec()
    heartbeat.stop()
    discard(window)
    gc.unfreeze()
    if failed:
        raise failed[0]
    return max(b - a for a, b in zip(beats, beats[1:]))


def show_and_wait_for_paint(window) -> None:
    """Show the window and return once it is on screen: no one can click in a window before it
    is painted, so its first paint (~20-40 ms) is no action's stall."""
    from PySide6.QtTest import QTest

    window.show()
    if not QTest.qWaitForWindowExposed(window, 5000):
        raise RuntimeError("the main window was never exposed")


def discard(window) -> None:
    """Close the window and delete it now: a timer it left running (the search's) would
    otherwise fire in the next measure's event loop, on a database closed by then."""
    from PySide6.QtCore import QCoreApplication, QEvent

    window.close()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
