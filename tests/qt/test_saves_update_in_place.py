"""A save reloads only what it changed (issue #21): not the worklist hidden behind the exam,
and not the part of the Procedure page that has just shown its own save."""

from __future__ import annotations

from datetime import date

from hsg_desk.qt.views.exam_prompts import ScriptedExamPrompts
from hsg_desk.qt.views.main_window import MainWindow
from hsg_desk.qt.views.procedure_page import ProcedurePage
from hsg_desk.services.context import ServiceContext
from hsg_desk.services.demo_data import write_demo_database
from hsg_desk.storage.db import open_database

DEMO_DAY = date(2026, 11, 26)


def counting(obj, name: str) -> list:
    calls = []
    original = getattr(obj, name)

    def wrapper(*args, **kwargs):
        calls.append(args)
        return original(*args, **kwargs)
    setattr(obj, name, wrapper)
    return calls


def in_progress_exam(db) -> int:
    return db.execute("SELECT id FROM exams WHERE scheduled_date = ? AND status = 'in_progress' ORDER BY id",
                      [DEMO_DAY.isoformat()]).fetchone()[0]


def test_a_step_saved_in_the_exam_refreshes_the_worklist_when_it_is_shown_again(qtbot, tmp_path, clock, session):
    path = write_demo_database(tmp_path / "demo.sqlite3", patients=40, seed=3, today=DEMO_DAY)
    ctx = ServiceContext(db=open_database(path), clock=clock, session=session, workstation="test-ws")
    window = MainWindow(ctx, demo=True)
    qtbot.addWidget(window)
    window.show()
    exam_id = in_progress_exam(ctx.db)
    window.open_exam(exam_id)
    procedure = window.workspace.pages["ProcedurePage"]
    clock.advance(hours=2)
    refreshes = counting(window, "refresh_worklist")
    with qtbot.waitSignal(window.workspace.examChanged):
        procedure.record.save("notes", "Tolerated well.")
    assert refreshes == []                          # nothing queried behind the exam
    window.show_worklist()
    assert len(refreshes) == 1
    row = window.worklist_model.row_of_exam(exam_id)
    assert window.worklist_model.row_at(row).exam_id == exam_id


def test_a_step_reloads_the_checklist_once_and_the_record_once(qtbot, tmp_path, clock, session):
    path = write_demo_database(tmp_path / "demo.sqlite3", patients=40, seed=3, today=DEMO_DAY)
    ctx = ServiceContext(db=open_database(path), clock=clock, session=session, workstation="test-ws")
    exam_id = in_progress_exam(ctx.db)
    page = ProcedurePage(ctx, prompts=ScriptedExamPrompts())
    qtbot.addWidget(page)
    page.show()
    page.load(exam_id)
    checklist = page.checklist
    clock.advance(hours=2)                          # after the demo's step 5
    assert checklist.state.current_step == 6 and checklist.recorded_timeout is None   # steps 1-5 done
    for check in checklist.timeout_checks.values():
        check.setChecked(True)
    checklist.confirmed_by.setText("Demo Technologist, Dr. Reader")
    checklist.complete_current()                    # records the time-out
    assert checklist.recorded_timeout is not None, checklist.message.text()
    checklist_loads, record_loads = counting(checklist, "load"), counting(page.record, "load")
    checklist.complete_current()                    # step 6
    assert checklist.state.current_step == 7, checklist.message.text()
    assert (len(checklist_loads), len(record_loads)) == (1, 1)
    checklist_loads.clear()
    record_loads.clear()
    with qtbot.waitSignal(page.changed):
        assert page.record.save("notes", "Tolerated well.")
    assert (len(checklist_loads), len(record_loads)) == (1, 1)
    assert page.record.ui.notes.toPlainText() == "Tolerated well."


def test_a_history_answer_that_leaves_the_findings_as_they_were_keeps_their_cards(qtbot, tmp_path, clock, session):
    from hsg_desk.qt.views.history_page import HistoryPage

    path = write_demo_database(tmp_path / "demo.sqlite3", patients=40, seed=3, today=DEMO_DAY)
    ctx = ServiceContext(db=open_database(path), clock=clock, session=session, workstation="test-ws")
    exam_id = ctx.db.execute("SELECT id FROM exams WHERE scheduled_date = ? AND status = 'screened' ORDER BY id",
                             [DEMO_DAY.isoformat()]).fetchone()[0]
    page = HistoryPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.load(exam_id)
    cards = dict(page.findings.cards)
    assert page.save("allergies_reviewed", True)
    assert page.findings.cards == cards and all(page.findings.cards[c] is cards[c] for c in cards)
    assert page.save("pregnancy", "yes")                      # a new stop: the cards follow
    assert "pregnancy" in " ".join(page.findings.cards) and page.findings.cards != cards


def test_opening_an_exam_loads_the_history_page_once_when_its_tab_is_shown(qtbot, tmp_path, clock, session):
    path = write_demo_database(tmp_path / "demo.sqlite3", patients=40, seed=3, today=DEMO_DAY)
    ctx = ServiceContext(db=open_database(path), clock=clock, session=session, workstation="test-ws")
    screened = ctx.db.execute("SELECT id FROM exams WHERE scheduled_date = ? AND status = 'screened' ORDER BY id",
                              [DEMO_DAY.isoformat()]).fetchone()[0]
    window = MainWindow(ctx, demo=True)
    qtbot.addWidget(window)
    window.show()
    workspace = window.workspace
    workspace.build_pages()
    history = workspace.pages["HistoryPage"]
    loads = counting(history, "load")
    window.open_exam(screened)                      # the Check-in tab is in front
    assert loads == []
    workspace.ui.tabs.setCurrentIndex(1)
    assert loads == [(screened,)]
    assert history.sheet.exam.id == screened
    window.show_worklist()
    window.open_exam(in_progress_exam(ctx.db))      # the History tab is in front: loaded once
    assert len(loads) == 2 and history.sheet.exam.id == in_progress_exam(ctx.db)


def test_the_import_thread_after_start_loads_no_qt_module():
    """Qt modules initialised on a worker while the UI thread built widgets crashed the
    start (QtPrintSupport, about one start in ten under load): that thread imports plain
    Python only."""
    import ast
    import subprocess
    import sys
    from pathlib import Path

    from hsg_desk.qt.views import exam_workspace

    tree = ast.parse(Path(exam_workspace.__file__).read_text(encoding="utf-8"))
    names = next(ast.literal_eval(node.value) for node in tree.body
                 if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") == "BACKGROUND_IMPORTS")
    code = (f"import importlib, sys\nfor name in {names!r}: importlib.import_module(name)\n"
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6')))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-500:]
    assert done.stdout.strip() == "[]"
    assert "hsg_desk.reports" in names                     # reportlab, the biggest import


def test_each_page_is_made_in_its_tab_so_adding_it_moves_nothing(qtbot, tmp_path, clock, session):
    """A page made elsewhere and then added to its tab was moved there, and Qt polished all
    its widgets a second time for the style sheet (the Procedure page's build nearly doubled)."""
    from PySide6.QtCore import QEvent, QObject

    path = write_demo_database(tmp_path / "demo.sqlite3", patients=20, seed=3, today=DEMO_DAY)
    ctx = ServiceContext(db=open_database(path), clock=clock, session=session, workstation="test-ws")
    window = MainWindow(ctx, demo=True)
    qtbot.addWidget(window)
    window.show()
    workspace = window.workspace
    moves = []

    class ParentWatch(QObject):
        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.ParentChange:
                moves.append(type(obj).__name__)
            return False

    watch = ParentWatch()
    from PySide6.QtWidgets import QApplication

    QApplication.instance().installEventFilter(watch)
    try:
        workspace.build_pages()
    finally:
        QApplication.instance().removeEventFilter(watch)
    assert set(workspace.pages) == {"CheckinPage", "HistoryPage", "ProcedurePage", "DocumentsPage"}
    for page in workspace.pages.values():
        assert workspace.ui.tabs.isAncestorOf(page) and page.parentWidget().layout().indexOf(page) >= 0
    assert not set(moves) & set(workspace.pages), moves



def test_the_prebuild_makes_the_procedure_page_in_two_turns_and_an_early_open_finds_it_whole(qtbot, tmp_path, clock,
                                                                                               session):
    """The Procedure page was ~55 ms of CPU in one turn at start (issue #21): the prebuild
    makes the checklist in one step (one event-loop turn) and the record in the next;
    opening an exam in between finishes the page first."""
    path = write_demo_database(tmp_path / "demo.sqlite3", patients=40, seed=3, today=DEMO_DAY)
    ctx = ServiceContext(db=open_database(path), clock=clock, session=session, workstation="test-ws")
    window = MainWindow(ctx, demo=True)
    qtbot.addWidget(window)
    window.show()
    workspace = window.workspace
    while "ProcedurePage" not in workspace.pages:  # the prebuild's steps, without waiting for its timer
        assert workspace.prebuild_step()
    procedure = workspace.pages["ProcedurePage"]
    assert procedure.record is None and procedure.checklist.parentWidget() is procedure.splitter
    assert workspace.prebuild_step()
    assert procedure.record is not None and procedure.splitter.indexOf(procedure.record) == 1
    assert "DocumentsPage" not in workspace.pages

    early = ProcedurePage(ctx, prompts=ScriptedExamPrompts(), in_parts=True)  # as the prebuild leaves it
    qtbot.addWidget(early)
    assert early.record is None
    exam_id = in_progress_exam(ctx.db)
    early.load(exam_id)
    assert early.record is not None and early.record.exam_id == exam_id
    assert early.record.prompts is early.prompts
    workspace.open_exam(exam_id)  # the shown tab's page at once, the rest on their own turns
    assert "DocumentsPage" not in workspace.pages and procedure.exam_id == exam_id
    while workspace.prebuild_step():
        pass
    assert set(workspace.pages) == {"CheckinPage", "HistoryPage", "ProcedurePage", "DocumentsPage"}
    assert workspace.pages["DocumentsPage"].exam_id == exam_id


def test_an_exam_opened_before_the_prebuild_makes_only_the_shown_tabs_page_at_once(qtbot, tmp_path, clock, session):
    """Opening an exam in the first second built all four pages in one turn (~60-200 ms frozen,
    issue #21): the shown tab's page is made at once, a tab shown later makes its page then,
    and the others come one per event-loop turn, each given the open exam."""
    path = write_demo_database(tmp_path / "demo.sqlite3", patients=40, seed=3, today=DEMO_DAY)
    ctx = ServiceContext(db=open_database(path), clock=clock, session=session, workstation="test-ws")
    window = MainWindow(ctx, demo=True)
    qtbot.addWidget(window)
    window.show()
    workspace, exam_id = window.workspace, in_progress_exam(ctx.db)
    window.open_exam(exam_id)
    assert set(workspace.pages) == {"CheckinPage"}
    assert workspace.pages["CheckinPage"].state.exam.id == exam_id
    tabs = workspace.ui.tabs
    tabs.setCurrentIndex(next(i for i in range(tabs.count()) if tabs.widget(i).objectName() == "procedureTab"))
    procedure = workspace.pages["ProcedurePage"]
    assert set(workspace.pages) == {"CheckinPage", "ProcedurePage"}
    assert procedure.isVisible() and procedure.checklist.exam_id == procedure.record.exam_id == exam_id
    qtbot.waitUntil(lambda: len(workspace.pages) == 4)  # the prebuild, started by the open, on its own turns
    qtbot.waitUntil(lambda: workspace.pages["DocumentsPage"].exam_id == exam_id)
    assert workspace.pages["HistoryPage"].exam_id == exam_id
    assert not workspace.prebuild_step()
