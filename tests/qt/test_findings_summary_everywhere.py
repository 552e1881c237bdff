"""Issue #13 §6: one count of what is open, named by its level. A pregnancy answer of "yes"
opens a BLOCK: the header, the findings panel, the worklist and the check-in page all say
"block — no exam today" (never "1 stop open"), from the one domain FindingsSummary."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt

from hsg_desk.domain.findings import Finding, Level
from hsg_desk.domain.findings_summary import FindingsSummary
from hsg_desk.domain.resolutions import FindingState, Resolution, ResolutionKind
from hsg_desk.qt.models.worklist_model import WorklistModel
from hsg_desk.qt.widgets.findings_panel import FindingsPanel
from hsg_desk.services.screening import ScreeningService
from hsg_desk.services.worklist import WorklistService
from hsg_desk.storage import exams

from exam_room_builders import START, answer_history, arrived_exam, context, open_db


def state(level, resolved=False, verbal=False):
    resolution = None
    if resolved:
        kind = ResolutionKind.OVERRIDE_VERBAL if verbal else (
            ResolutionKind.ACKNOWLEDGED if level is Level.CAUTION else ResolutionKind.OVERRIDE_SIGNED)
        resolution = Resolution("x", kind, "Dr. R", "why", "tech", START, "00")
    return FindingState(Finding("x", level, "m"), resolution)


def test_the_summary_counts_each_level_apart():
    summary = FindingsSummary.of([state(Level.BLOCK), state(Level.STOP), state(Level.STOP, resolved=True),
                                  state(Level.STOP, resolved=True, verbal=True), state(Level.CAUTION),
                                  state(Level.INFO)])
    assert (summary.blocks, summary.open_stops, summary.open_cautions, summary.awaiting_cosignature) == (1, 1, 1, 1)
    assert summary.level is Level.BLOCK
    assert summary.phrases()[0] == "⛔ 1 block — no exam today"
    assert FindingsSummary().text() == "✓ No open findings"


def test_a_pregnancy_yes_is_a_block_on_every_screen(qtbot, tmp_path):
    db, clock, users = open_db(tmp_path / "hsg.sqlite3")
    tech = context(db, clock, users["tech"])
    _, exam_id = arrived_exam(db)
    answer_history(db, exam_id, pregnancy="yes")
    states = ScreeningService(tech).refresh(exam_id)
    exam = exams.get_exam(db, exam_id)
    assert exam.findings_summary == FindingsSummary.of(states)
    # the header badge of the exam workspace
    from hsg_desk.qt.views.exam_workspace import ExamWorkspace
    header = ExamWorkspace._screening_text(exam)
    assert "block — no exam today" in header and "stop" not in header
    assert ExamWorkspace._screening_state(exam) == "block"
    # the findings panel
    panel = FindingsPanel(tech)
    qtbot.addWidget(panel)
    panel.show_states(exam_id, states, editable=True)
    assert panel.summary.text() == "⛔ 1 block — no exam today"
    # the worklist columns
    model = WorklistModel()
    model.set_rows(WorklistService(tech).day(START.date()))
    row = model.row_of_exam(exam_id)
    assert model.data(model.index(row, 6)) == "⛔ 1 block — no exam today"
    assert model.data(model.index(row, 6), Qt.ItemDataRole.ForegroundRole).name() == "#8a1c1c"
    assert model.data(model.index(row, 7)) == "—"
    # the check-in page
    from hsg_desk.qt.views.checkin_page import CheckinPage
    desk = context(db, clock, users["desk"])
    page = CheckinPage(desk)
    qtbot.addWidget(page)
    page.load(exam_id)
    assert "⛔ 1 block — no exam today" in page.ui.summaryLabel.text()
