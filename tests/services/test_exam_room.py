"""ExamRoomService: history answers, the ten steps, the time-out, the record, signing, amendments."""

from __future__ import annotations

from datetime import date

import pytest

from hsg_desk.domain.allergy import AllergyCategory, Severity
from hsg_desk.domain.errors import DomainError, ValidationError
from hsg_desk.domain.lifecycle import ExamStatus
from hsg_desk.domain.permissions import PermissionDenied
from hsg_desk.services import exam_status
from hsg_desk.services.auth import LoginFailed
from hsg_desk.services.exam_room import TIMEOUT_ITEMS, ExamRoomService
from hsg_desk.services.screening import ScreeningService
from hsg_desk.storage import exams

from exam_room_builders import CLEAN_HISTORY, arrived_exam, context, open_db

ALL_ITEMS = [key for key, _ in TIMEOUT_ITEMS]
RECORD = {"contrast_agent": "Iohexol", "contrast_concentration": "300 mgI/mL", "contrast_volume_ml": "12",
          "contrast_lot": "L123", "contrast_expiry": date(2027, 6, 30), "catheter_type": "balloon",
          "catheter_lot": "C9", "fluoro_time_min": "0.8", "image_count": "6", "complications": ["none"],
          "radiologist_name": "Dr. Reader"}


@pytest.fixture
def room(db_target):
    db, clock, users = open_db(db_target)
    tech = context(db, clock, users["tech"])
    _, exam_id = arrived_exam(db)
    return db, clock, users, tech, exam_id


def take_history(service, exam_id, **overrides):
    version = service.history(exam_id).version
    for field, value in (CLEAN_HISTORY | overrides).items():
        if field in ("lmp", "flow_ended_on") and value:
            value = date.fromisoformat(value)
        elif field == "pregnancy" or value is None:
            pass
        else:
            value = bool(value)
        version = service.set_answer(exam_id, field, value, version)
    return version


def steps_to(service, exam_id, clock, last):
    for step in range(service.checklist(exam_id).current_step, last + 1):
        clock.advance(minutes=2)
        if step == 6 and service.timeout(exam_id) is None:
            service.record_timeout(exam_id, ALL_ITEMS, "Tech Demo, Dr. Reader")
        if step == 8:
            service.complete_step(exam_id, 8, not_needed=True)
        else:
            service.complete_step(exam_id, step, locker="14" if step == 2 else "")


def fill_record(service, exam_id, **overrides):
    version = service.procedure(exam_id).version
    for field, value in (RECORD | overrides).items():
        version = service.set_procedure_field(exam_id, field, value, version)


def signed_exam(database):
    """(db, the technologist's context, exam_id): an exam walked through all ten steps and signed."""
    db, clock, users = open_db(database)
    tech = context(db, clock, users["tech"])
    _, exam_id = arrived_exam(db)
    room = ExamRoomService(tech)
    take_history(room, exam_id)
    steps_to(room, exam_id, clock, 10)
    fill_record(room, exam_id)
    room.sign(exam_id, "tech-demo")
    return db, tech, exam_id


def test_happy_path_from_arrival_to_signature(room):
    db, clock, _, tech, exam_id = room
    service = ExamRoomService(tech)
    assert service.history(exam_id).missing
    take_history(service, exam_id)
    assert exams.get_exam(db, exam_id).status is ExamStatus.SCREENED
    steps_to(service, exam_id, clock, 2)
    assert exams.get_exam(db, exam_id).status is ExamStatus.IN_PROGRESS
    steps_to(service, exam_id, clock, 10)
    exam = exams.get_exam(db, exam_id)
    assert exam.status is ExamStatus.PERFORMED
    assert service.checklist(exam_id).completion(2).locker == "14"
    assert str(service.elapsed_since_start(exam_id)) == "0:18:00"
    assert service.sign_problems(exam_id)
    fill_record(service, exam_id)
    assert service.sign_problems(exam_id) == []
    with pytest.raises(LoginFailed):
        service.sign(exam_id, "wrong")
    exam = service.sign(exam_id, "tech-demo")
    assert exam.status is ExamStatus.COMPLETED and exam.signed_by == tech.session.user_id and exam.signed_at
    with pytest.raises(DomainError):
        service.set_procedure_field(exam_id, "notes", "late", None)


def test_unanswered_history_and_a_stop_hold_step_one(room):
    db, clock, users, tech, exam_id = room
    service = ExamRoomService(tech)
    with pytest.raises(DomainError, match="history complete"):
        service.complete_step(exam_id, 1)
    take_history(service, exam_id, intercourse_since_lmp=1)
    with pytest.raises(DomainError, match="cycle.intercourse"):
        service.complete_step(exam_id, 1)
    ScreeningService(tech).override_signed(exam_id, "cycle.intercourse", "Barrier method", "rad", "rad-demo")
    service.complete_step(exam_id, 1)
    assert service.checklist(exam_id).current_step == 2


def test_step_six_refuses_until_the_timeout(room):
    _, clock, _, tech, exam_id = room
    service = ExamRoomService(tech)
    take_history(service, exam_id)
    for step in range(1, 6):
        service.complete_step(exam_id, step, locker="3" if step == 2 else "")
    with pytest.raises(DomainError, match="time-out"):
        service.complete_step(exam_id, 6)
    with pytest.raises(ValidationError):
        service.record_timeout(exam_id, ALL_ITEMS[:-1], "Tech Demo")
    with pytest.raises(ValidationError):
        service.record_timeout(exam_id, ALL_ITEMS, "  ")
    service.record_timeout(exam_id, ALL_ITEMS, "Tech Demo, Dr. Reader")
    service.complete_step(exam_id, 6)
    assert service.timeout(exam_id).confirmed_by == "Tech Demo, Dr. Reader"


def test_undo_the_last_step_with_a_reason(room):
    _, clock, _, tech, exam_id = room
    service = ExamRoomService(tech)
    take_history(service, exam_id)
    steps_to(service, exam_id, clock, 4)
    with pytest.raises(DomainError):
        service.undo_last_step(exam_id, "")
    assert service.undo_last_step(exam_id, "Pressed too early") == 4
    assert service.checklist(exam_id).current_step == 4
    service.undo_last_step(exam_id, "Back")
    with pytest.raises(DomainError, match="Step 2"):
        service.undo_last_step(exam_id, "Back again")


def test_block_leads_to_defer(room):
    db, _, _, tech, exam_id = room
    service = ExamRoomService(tech)
    take_history(service, exam_id, pregnancy="yes")
    assert exams.get_exam(db, exam_id).open_blocks == 1  # a block is counted as a block (#13 §6)
    with pytest.raises(DomainError, match="pregnancy.known"):
        service.complete_step(exam_id, 1)
    exam_status.change_status(tech, exam_id, ExamStatus.DEFERRED, "Positive answer: rebook")
    assert exams.get_exam(db, exam_id).status is ExamStatus.DEFERRED


def test_bad_history_input_is_not_saved(room):
    _, _, _, tech, exam_id = room
    service = ExamRoomService(tech)
    with pytest.raises(ValidationError) as error:
        service.set_answer(exam_id, "temperature_c", 46.0, None)
    assert error.value.field == "history.temperature_c"
    with pytest.raises(ValidationError):
        service.set_answer(exam_id, "lmp", date(2026, 12, 1), None)
    with pytest.raises(ValidationError):
        service.set_answer(exam_id, "lmp", date(1980, 1, 1), None)
    sheet = service.history(exam_id)
    assert sheet.history.temperature_c is None and sheet.history.lmp is None


def test_procedure_record_checks(room):
    db, clock, _, tech, exam_id = room
    service = ExamRoomService(tech)
    take_history(service, exam_id)
    steps_to(service, exam_id, clock, 10)
    with pytest.raises(ValidationError, match="negative"):
        service.set_procedure_field(exam_id, "contrast_volume_ml", "-2", None)
    fill_record(service, exam_id, contrast_expiry=date(2026, 1, 1), fluoro_time_min="6.5",
                complications=["contrast_reaction"])
    problems = service.procedure_problems(exam_id)
    # 6.5 min passes the 5-minute setting and the local reference level (1.5 min): two notes.
    assert set(problems) == {"fluoro_note", "dose_note", "contrast_reaction_severity"}
    # Expired contrast is no longer a note to add but a stop for the radiologist (issue #20).
    assert any("(product.expired)" in reason for reason in service.sign_problems(exam_id))
    assert problems["dose_note"] == ("above the local reference level: fluoroscopy 6.5 min (reference 1.5 min): "
                                     "add a short note")
    service.set_procedure_field(exam_id, "dose_note", "Tubal spasm", None)
    assert "dose_note" not in service.procedure_problems(exam_id)


def test_amendment_after_signing(room):
    db, clock, _, tech, exam_id = room
    service = ExamRoomService(tech)
    take_history(service, exam_id)
    steps_to(service, exam_id, clock, 10)
    fill_record(service, exam_id)
    service.sign(exam_id, "tech-demo")
    with pytest.raises(ValidationError):
        service.amend_procedure(exam_id, "contrast_volume_ml", "14", "", "tech-demo")
    with pytest.raises(LoginFailed):  # an amendment is a signature: the password again (#13 §7)
        service.amend_procedure(exam_id, "contrast_volume_ml", "14", "Misread the syringe", "wrong")
    assert service.amendments(exam_id) == []
    service.amend_procedure(exam_id, "contrast_volume_ml", "14", "Misread the syringe", "tech-demo")
    [amendment] = service.amendments(exam_id)
    assert (amendment.field, amendment.old_value, amendment.new_value) == ("contrast_volume_ml", "12.0", "14.0")
    assert amendment.reason == "Misread the syringe" and amendment.by and amendment.at == clock.now()
    assert amendment.what == "Procedure: Volume"
    assert service.procedure(exam_id).contrast_volume_ml == 14.0


def test_front_desk_cannot_complete_steps(room):
    db, clock, users, _, exam_id = room
    with pytest.raises(PermissionDenied):
        ExamRoomService(context(db, clock, users["desk"])).complete_step(exam_id, 1)


def test_the_history_sheet_holds_typed_answers_and_her_allergy_list(room):
    """The page reads dates, booleans and allergy entries, never column names or ISO text (#17 §1)."""
    _, _, _, tech, exam_id = room
    service = ExamRoomService(tech)
    version = service.set_answer(exam_id, "lmp", date(2026, 11, 20), None)
    version = service.set_answer(exam_id, "asthma", True, version)
    service.set_answer(exam_id, "allergies_reviewed", True, version)
    allergy_id = service.add_allergy(exam_id, " iohexol ", "contrast", "hives", "mild")
    sheet = service.history(exam_id)
    assert sheet.history.lmp == date(2026, 11, 20) and sheet.answer("lmp") == date(2026, 11, 20)
    assert sheet.history.asthma is True and sheet.answer("allergies_reviewed") is True
    assert sheet.history.pid_history is None and sheet.questions_answered is None
    assert [(a.id, a.substance, a.category, a.severity) for a in sheet.allergies] == [
        (allergy_id, "iohexol", AllergyCategory.CONTRAST, Severity.MILD)]
    service.remove_allergy(exam_id, allergy_id)
    assert service.history(exam_id).allergies == ()
