"""Issue #13 §2–§4 in the exam room: bleeding asked of everyone, the recorded contrast agent
checked against her allergies (the record refuses to sign until a radiologist confirms by
name and password), the room's agent, and the premedication that needs a driver."""

from __future__ import annotations

import pytest

from hsg_desk.domain.errors import DomainError
from hsg_desk.domain.lifecycle import ExamStatus
from hsg_desk.services.auth import LoginFailed
from hsg_desk.services.exam_room import ExamRoomService
from hsg_desk.services.screening import ScreeningService
from hsg_desk.storage import allergies, exams
from hsg_desk.storage.settings import save_settings

from exam_room_builders import START, arrived_exam, context, open_db
from test_exam_room import fill_record, steps_to, take_history


@pytest.fixture
def room(db_target):
    db, clock, users = open_db(db_target)
    tech = context(db, clock, users["tech"])
    patient_id, exam_id = arrived_exam(db)
    return db, clock, users, tech, patient_id, exam_id


def codes(service, exam_id):
    return {state.finding.code: state for state in service.screening.states(exam_id)}


def test_bleeding_today_is_asked_even_with_no_periods(room):
    db, clock, users, tech, _, exam_id = room
    service = ExamRoomService(tech)
    take_history(service, exam_id, no_periods=1, lmp=None, flow_ended_on=None, still_bleeding=None,
                 intercourse_since_lmp=None)
    assert "Is she bleeding today" in service.history(exam_id).missing
    assert exams.get_exam(db, exam_id).status is ExamStatus.ARRIVED  # step 1 cannot pass
    version = service.history(exam_id).version
    service.set_answer(exam_id, "still_bleeding", True, version)
    assert service.history(exam_id).missing == []
    assert codes(service, exam_id)["cycle.bleeding"].finding.level.value == "stop"


def test_a_matching_agent_holds_the_signature_until_a_radiologist_confirms(room):
    db, clock, users, tech, patient_id, exam_id = room
    allergies.add_allergy(db, patient_id, "iohexol", "contrast", "anaphylaxis", "severe", START, None)
    service = ExamRoomService(tech)
    take_history(service, exam_id)
    ScreeningService(tech).override_signed(exam_id, "allergy.contrast_severe", "Premedicated", "rad", "rad-demo")
    steps_to(service, exam_id, clock, 10)
    fill_record(service, exam_id, contrast_agent="iohexol (Omnipaque)")
    state = codes(service, exam_id)["allergy.contrast_same_agent"]
    assert state.finding.level.value == "stop" and not state.resolved
    assert any("allergy.contrast_same_agent" in problem for problem in service.sign_problems(exam_id))
    with pytest.raises(DomainError):
        service.sign(exam_id, "tech-demo")
    screening = ScreeningService(tech)
    with pytest.raises(DomainError, match="password"):
        screening.override_verbal(exam_id, "allergy.contrast_same_agent", "ok", "Dr. Reader")
    with pytest.raises(LoginFailed):
        screening.override_signed(exam_id, "allergy.contrast_same_agent", "Benefit outweighs", "rad", "wrong")
    screening.override_signed(exam_id, "allergy.contrast_same_agent", "Benefit outweighs", "rad", "rad-demo")
    assert service.sign_problems(exam_id) == []
    assert service.sign(exam_id, "tech-demo").status is ExamStatus.COMPLETED


def test_changing_the_agent_voids_the_confirmation(room):
    db, clock, users, tech, patient_id, exam_id = room
    allergies.add_allergy(db, patient_id, "iodinated contrast", "contrast", "hives", "mild", START, None)
    service = ExamRoomService(tech)
    take_history(service, exam_id)
    ScreeningService(tech).resolve_caution(exam_id, "allergy.contrast", "Dr. Reader")
    steps_to(service, exam_id, clock, 10)
    fill_record(service, exam_id, contrast_agent="Isovue")
    ScreeningService(tech).override_signed(exam_id, "allergy.contrast_same_agent", "Premedicated", "rad",
                                           "rad-demo")
    assert service.sign_problems(exam_id) == []
    service.set_procedure_field(exam_id, "contrast_agent", "Omnipaque", None)
    assert service.sign_problems(exam_id)  # another agent: confirm again


def test_the_room_agent_raises_the_stop_at_screening(room):
    db, clock, users, tech, patient_id, exam_id = room
    save_settings(db, {"room_contrast_agent": "iohexol"}, START, None)
    allergies.add_allergy(db, patient_id, "Omnipaque", "contrast", "hives", "mild", START, None)
    tech = context(db, clock, users["tech"])
    service = ExamRoomService(tech)
    take_history(service, exam_id)
    assert "allergy.contrast_same_agent" in codes(service, exam_id)
    assert exams.get_exam(db, exam_id).status is ExamStatus.ARRIVED


def test_the_premedication_ordered_needs_a_driver(room):
    db, clock, users, tech, _, exam_id = room
    exam = exams.get_exam(db, exam_id)
    db.execute("UPDATE exams SET premedication_ordered = 1 WHERE id = ?", [exam.id])
    service = ExamRoomService(tech)
    take_history(service, exam_id)
    assert codes(service, exam_id)["sedation.no_driver"].finding.level.value == "stop"
