"""The room walk: the longest UI-thread stall of each action a technologist takes (issue #21).

The main window is driven through its pages, as the clicks would drive them, on today's
demo exams: open a screened exam, its Check-in and History tabs, answer history
questions; open the exam in progress, its Procedure tab, undo steps 5-3 and do them
again, the time-out, steps 6-10, the procedure-record fields still missing, sign; the
Documents tab (its preview), another document's preview, print the exam summary to a
PDF-format QPrinter at full resolution, save it as a PDF, back to the worklist.

A 5 ms QTimer heartbeat runs throughout. An action owns the time from its start to the
start of the next one; work it left running in the background (a preview, a print, a
save) is waited for before the next action starts, heartbeat still beating. A stall is
a gap between two beats, counted for the action during which it ended.
"""

from __future__ import annotations

import gc
import time
from pathlib import Path

ACTION_GAP_MS = 15  # between two actions: Qt paints and the heartbeat beats
WAIT_LIMIT_S = 120  # background work that takes longer than this has failed
PASSWORD = "demo-demo"  # the demo account's, printed in the README

ACTIONS = ("open an exam", "tab: Check-in", "tab: History", "history answer", "tab: Procedure",
           "undo a step", *(f"step {n}" for n in range(3, 6)), "time-out", *(f"step {n}" for n in range(6, 11)),
           "procedure-record field", "sign", "tab: Documents", "document preview",
           "print the summary (PDF printer)", "save a PDF", "back to the worklist")


def pdf_printer(path: Path):
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)  # 1200 dpi; pages are rendered at 300
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def room_walk(bench, folder: Path) -> tuple[dict[str, float], dict]:
    """Longest stall (s) of each action of ACTIONS, and what was printed ({'pages': n})."""
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtPdf import QPdfDocument

    from hsg_desk.qt.views.exam_prompts import ScriptedExamPrompts
    from hsg_desk.qt.views.main_window import MainWindow
    from hsg_desk.services.exam_room import ExamRoomService
    from measures import discard, show_and_wait_for_paint

    ctx = bench.ctx
    screened, in_progress = bench.today_exam("screened"), bench.today_exam("in_progress")
    completed = bench.db.execute("SELECT id FROM exams WHERE status = 'completed' ORDER BY id DESC LIMIT 1").fetchone()[0]
    signed_record = ExamRoomService(ctx).procedure(completed)  # valid values for the fields still missing
    gc.freeze()  # as the app does after its first paint (see measures.ui_stall_max)
    window = MainWindow(ctx)
    window.resize(1280, 800)
    show_and_wait_for_paint(window)
    workspace = window.workspace
    workspace.build_pages()
    pages = workspace.pages
    checkin, history, procedure, documents = (pages[name] for name in
                                              ("CheckinPage", "HistoryPage", "ProcedurePage", "DocumentsPage"))
    procedure.prompts = ScriptedExamPrompts(texts=["benchmark"] * 3 + [PASSWORD])
    checklist, record = procedure.checklist, procedure.record
    printed_to, saved_to = folder / "walk-printed.pdf", folder / "walk-saved.pdf"
    documents.print_dialog = lambda parent: pdf_printer(printed_to)
    outputs = []
    documents.documentOutput.connect(lambda *args: outputs.append(args))

    def show_tab(page):
        tabs = workspace.ui.tabs
        return lambda: tabs.setCurrentIndex(next(i for i in range(tabs.count()) if tabs.widget(i).isAncestorOf(page)))

    def preview_ready() -> bool:
        return documents.pdf is not None and documents.pdf_document.status() == QPdfDocument.Status.Ready

    def time_out() -> None:
        for check in checklist.timeout_checks.values():
            check.setChecked(True)
        checklist.confirmed_by.setText("Demo Radiologist")
        checklist.record_timeout()

    def value_for(field: str):
        """The signed record's value; a product's expiry a year from today (the signed exam's
        may have expired since, and an expired product is refused at the signature)."""
        if field.endswith("_expiry"):
            return bench.today.replace(year=bench.today.year + 1).isoformat()
        return signed_record.value(field)

    def missing_fields() -> list:
        """One save per field the signature still needs (values from a signed record), and the notes."""
        saves = [(lambda f=field: record.save(f, value_for(f)))
                 for field in ExamRoomService(ctx).procedure_problems(in_progress)]
        return saves + [lambda: record.save("notes", "Tolerated well (benchmark walk).")]

    def signed() -> bool:  # the password is checked on a worker, the signature saved after
        return bench.db.execute("SELECT status FROM exams WHERE id = ?", [in_progress]).fetchone()[0] == "completed"

    def output_done(count: int):
        return lambda: len(outputs) >= count

    # (action, what it does, None or when its background work is done); some are made late
    walk = [("open an exam", lambda: window.open_exam(screened), None),
            ("tab: Check-in", show_tab(checkin), None),
            ("tab: History", show_tab(history), None),
            ("history answer", lambda: history.save("allergies_reviewed", True), None),
            ("history answer", lambda: history.save("pregnancy", "no"), None),
            ("open an exam", lambda: window.open_exam(in_progress), None),
            ("tab: Procedure", show_tab(procedure), None),
            *[("undo a step", checklist.undo_last, None)] * 3,
            *[(f"step {n}", checklist.complete_current, None) for n in range(3, 6)],
            ("time-out", time_out, None),
            ("step 6", checklist.complete_current, None), ("step 7", checklist.complete_current, None),
            ("step 8", checklist.delayed_not_needed, None),
            ("step 9", checklist.complete_current, None), ("step 10", checklist.complete_current, None),
            ("procedure-record field", missing_fields, None),  # expands into one save per field
            ("sign", record.sign, signed),
            ("tab: Documents", show_tab(documents), preview_ready),
            ("document preview", lambda: documents.ui.documentCombo.setCurrentIndex(1), preview_ready),
            ("print the summary (PDF printer)", lambda: documents.print_document("summary"), output_done(1)),
            ("save a PDF", lambda: documents.save_document("summary", path=str(saved_to)), output_done(2)),
            ("back to the worklist", window.show_worklist, None)]

    beats: list[float] = []
    starts: list[tuple[float, str]] = []
    failed: list[BaseException] = []
    loop = QEventLoop()
    heartbeat = QTimer(interval=5)
    heartbeat.timeout.connect(lambda: beats.append(time.perf_counter()))

    def next_action() -> None:
        if not walk:
            loop.quit()
            return
        name, action, done = walk.pop(0)
        bench.tick()
        starts.append((time.perf_counter(), name))
        try:
            more = action()
            if isinstance(more, list):  # the fields still missing: one save each, next
                walk[:0] = [(name, save, None) for save in more]
        except Exception as error:  # noqa: BLE001 — stop the loop, then report it
            failed.append(error)
            walk.clear()
        wait_for(done, time.perf_counter())

    def wait_for(done, since: float) -> None:
        if done is None or done():
            QTimer.singleShot(ACTION_GAP_MS, next_action)
        elif time.perf_counter() - since > WAIT_LIMIT_S:
            failed.append(TimeoutError(f"{starts[-1][1]}: not done after {WAIT_LIMIT_S} s "
                                       f"({record.ui.problemsLabel.text()!r}; {documents.ui.messageLabel.text()!r})"))
            walk.clear()
            QTimer.singleShot(0, next_action)
        else:
            QTimer.singleShot(ACTION_GAP_MS, lambda: wait_for(done, since))

    heartbeat.start()
    QTimer.singleShot(ACTION_GAP_MS, next_action)
    loop.exec()
    heartbeat.stop()
    problems = [checklist.message.text(), record.ui.problemsLabel.text()]
    discard(window)
    gc.unfreeze()
    if failed:
        raise failed[0]
    if len(outputs) < 2 or outputs[0][2] != "print":
        raise RuntimeError(f"the walk did not print and save: {outputs}; {problems}")
    from pypdf import PdfReader

    longest = stalls_by_action(beats, starts)
    return {name: longest.get(name, 0.0) for name in ACTIONS}, {"pages": len(PdfReader(printed_to).pages)}


def stalls_by_action(beats: list[float], starts: list[tuple[float, str]]) -> dict[str, float]:
    """The longest gap between two heartbeats for each action: a gap belongs to the action
    that was running when the beat ending it came."""
    longest: dict[str, float] = {}
    index = 0
    for before, after in zip(beats, beats[1:]):
        while index + 1 < len(starts) and starts[index + 1][0] <= after:
            index += 1
        if not starts or after < starts[0][0]:
            continue
        name = starts[index][1]
        longest[name] = max(longest.get(name, 0.0), after - before)
    return longest
