"""The Procedure tab: the ten-step checklist beside the procedure record (DESIGN.md §5)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QSplitter, QWidget

from hsg_desk.qt.views.checklist_widget import ChecklistWidget
from hsg_desk.qt.views.exam_prompts import QtExamPrompts
from hsg_desk.qt.views.procedure_record_widget import ProcedureRecordWidget
from hsg_desk.services.bundle import Services


class ProcedurePage(QWidget):
    """`in_parts=True` (the workspace's prebuild): the record is made by `build_next_part()`,
    in the next event-loop turn, so neither turn freezes the window for the whole page
    (~55 ms of CPU at start on this machine; issue #21). `load` makes it first if need be."""

    changed = Signal()

    def __init__(self, ctx, parent=None, prompts=None, *, services: Services | None = None,
                 in_parts: bool = False):
        super().__init__(parent)
        self.ctx = ctx
        self.services = services or Services(ctx)  # one set for both parts
        self.exam_id: int | None = None
        self._prompts = None
        layout = QHBoxLayout(self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        self.checklist = ChecklistWidget(ctx, None, self.splitter, services=self.services)
        self.record: ProcedureRecordWidget | None = None
        self.splitter.setStretchFactor(0, 3)
        layout.addWidget(self.splitter)
        self.prompts = prompts or QtExamPrompts(self)
        self._sized = False
        self.checklist.changed.connect(self._part_changed)
        if not in_parts:
            self.build_next_part()

    def build_next_part(self) -> bool:
        """Make the record beside the checklist; False when the page is whole."""
        if self.record is not None:
            return False
        self.record = ProcedureRecordWidget(self.ctx, self._prompts, self.splitter, services=self.services)
        self.splitter.setStretchFactor(1, 2)
        self.record.changed.connect(self._part_changed)
        return True

    @property
    def prompts(self):
        return self._prompts

    @prompts.setter
    def prompts(self, prompts) -> None:
        """Injected: dialogs in the app, scripted answers in tests."""
        self._prompts = prompts
        self.checklist.prompts = prompts
        if self.record is not None:
            self.record.prompts = prompts

    def showEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        super().showEvent(event)
        if self.exam_id is not None and not event.spontaneous():
            self.load(self.exam_id)
        if not self._sized:
            self._sized = True
            width = max(self.width(), 800)
            self.splitter.setSizes([int(width * 0.52), int(width * 0.48)])

    def load(self, exam_id: int) -> None:
        self.build_next_part()
        self.exam_id = exam_id
        self.checklist.load(exam_id)
        self.record.load(exam_id)
        # The advance key works as soon as the page opens; a page loaded behind another tab
        # (the workspace's prebuild) takes the focus when it is shown (showEvent loads it).
        if self.isVisible() and not self.record.isAncestorOf(self.window().focusWidget()):
            self.checklist.take_focus()

    def _part_changed(self) -> None:
        """A step or a record field was saved: the part that saved has shown it already, so
        only the other part reloads (the status, what is editable, what is left to sign)."""
        changed = self.sender()
        finished_now = changed is self.checklist and self.checklist.state.finished
        other = self.record if changed is self.checklist else self.checklist
        other.load(self.exam_id)
        if finished_now:
            self.record.focus_first_problem()
        self.changed.emit()
