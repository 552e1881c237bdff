"""Views are handed their services (#17 §3): a page built with a stand-in service works
with it and never makes its own, so a test can put a fake where the service would be."""

from __future__ import annotations

from PySide6.QtCore import Qt

from hsg_desk.domain.errors import ConflictError
from hsg_desk.qt.views.exam_prompts import ScriptedExamPrompts
from hsg_desk.qt.views.procedure_page import ProcedurePage
from hsg_desk.services.bundle import Services
from hsg_desk.services.exam_room import ExamRoomService

from test_exam_room_procedure import room, screened_exam  # noqa: F401


class AnotherWorkstationWins(ExamRoomService):
    """The real service, except that every step is refused as already saved elsewhere."""

    def __init__(self, ctx):
        super().__init__(ctx)
        self.refused: list[int] = []

    def complete_step(self, exam_id, step, *, locker="", not_needed=False):
        self.refused.append(step)
        raise ConflictError("checklist_events", exam_id)


def test_the_procedure_page_uses_the_exam_room_service_it_is_handed(qtbot, room):
    _, db, clock, users, tech = room
    exam_id = screened_exam(db, clock, users)
    services = Services(tech)
    services.exam_room = fake = AnotherWorkstationWins(tech)
    page = ProcedurePage(tech, prompts=ScriptedExamPrompts(), services=services)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    page.load(exam_id)
    checklist = page.checklist
    checklist.setFocus()
    qtbot.keyClick(checklist, Qt.Key.Key_Space)
    assert fake.refused == [1]
    assert checklist.message.text().startswith("This checklist event was changed on another workstation")
    assert checklist.state.current_step == 1  # the refusal left the step to do
    assert page.record.service is fake  # the record beside it was handed the same one
    assert ExamRoomService(tech).checklist(exam_id).completed == ()  # and nothing was written


def test_a_page_built_on_its_own_makes_the_real_services(qtbot, room):
    _, db, clock, users, tech = room
    page = ProcedurePage(tech, prompts=ScriptedExamPrompts())
    qtbot.addWidget(page)
    assert type(page.checklist.service) is ExamRoomService
    assert page.checklist.service is page.record.service  # one set, shared by the page's parts
