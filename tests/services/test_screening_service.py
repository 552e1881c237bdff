"""ScreeningService: findings kept current, resolutions recorded, voided and co-signed."""

from __future__ import annotations

import pytest

from hsg_desk.domain.errors import DomainError
from hsg_desk.domain.lifecycle import ExamStatus
from hsg_desk.services.auth import LoginFailed
from hsg_desk.services.screening import VOID_REASON, ScreeningService
from hsg_desk.storage import allergies, exams, histories
from hsg_desk.storage.screening import list_findings, list_resolutions

from exam_room_builders import START, answer_history, arrived_exam, context, open_db


@pytest.fixture
def setup(db_target):
    db, clock, users = open_db(db_target)
    tech = context(db, clock, users["tech"])
    rad = context(db, clock, users["rad"])
    _, exam_id = arrived_exam(db)
    return db, clock, users, tech, rad, exam_id


def codes(states):
    return [state.finding.code for state in states]


def test_clean_history_screens_the_exam(setup):
    db, _, _, tech, _, exam_id = setup
    service = ScreeningService(tech)
    assert "pregnancy.possible" in codes(service.refresh(exam_id))
    assert exams.get_exam(db, exam_id).status is ExamStatus.ARRIVED
    answer_history(db, exam_id)
    states = service.refresh(exam_id)
    assert all(state.finding.level.value == "info" for state in states)
    exam = exams.get_exam(db, exam_id)
    assert exam.status is ExamStatus.SCREENED and exam.open_stops == 0
    assert service.status(exam_id) == (True, [])


def test_case_reads_every_table(setup):
    db, _, _, tech, _, exam_id = setup
    answer_history(db, exam_id, asthma=1)
    allergies.add_allergy(db, exams.get_exam(db, exam_id).patient_id, "latex gloves", "latex", "rash", "mild",
                          START, None)
    case = ScreeningService(tech).case_for(exam_id)
    assert case.checkin.identity_verified and case.pregnancy_test.result.value == "negative"
    assert case.history.asthma is True and case.history.allergies[0].category.value == "latex"
    assert case.birth_date.year == 1990


def test_caution_acknowledged_and_counts(setup):
    db, _, _, tech, _, exam_id = setup
    answer_history(db, exam_id, asthma=1)
    service = ScreeningService(tech)
    service.refresh(exam_id)
    assert exams.get_exam(db, exam_id).open_cautions == 1
    service.resolve_caution(exam_id, "asthma", "Dr. Reader")
    exam = exams.get_exam(db, exam_id)
    assert exam.open_cautions == 0 and exam.status is ExamStatus.SCREENED


def test_signed_override_needs_a_radiologist_password(setup):
    db, _, _, tech, _, exam_id = setup
    answer_history(db, exam_id, intercourse_since_lmp=1)
    service = ScreeningService(tech)
    assert exams.get_exam(db, exam_id).open_stops == 0  # not refreshed yet
    service.refresh(exam_id)
    assert exams.get_exam(db, exam_id).open_stops == 1
    with pytest.raises(LoginFailed):
        service.override_signed(exam_id, "cycle.intercourse", "Protected", "rad", "wrong")
    with pytest.raises(DomainError):
        service.override_signed(exam_id, "cycle.intercourse", "Protected", "tech", "tech-demo")
    service.override_signed(exam_id, "cycle.intercourse", "Condom used", "rad", "rad-demo")
    assert exams.get_exam(db, exam_id).status is ExamStatus.SCREENED
    actions = [row[0] for row in db.execute("SELECT action FROM audit_log WHERE record_type = 'finding_resolution'")]
    assert "override" in actions and "signature" in actions


def test_verbal_override_is_cosigned_by_the_named_radiologist(setup):
    db, _, users, tech, rad, exam_id = setup
    answer_history(db, exam_id, intercourse_since_lmp=1)
    ScreeningService(tech).refresh(exam_id)
    resolution_id = ScreeningService(tech).override_verbal(exam_id, "cycle.intercourse", "Barrier method", "rad")
    states = ScreeningService(tech).states(exam_id)
    assert [s.status for s in states if s.finding.code == "cycle.intercourse"] == ["awaiting co-signature"]
    pending = ScreeningService(rad).pending_cosignatures(users["rad"])
    assert [p.resolution_id for p in pending] == [resolution_id]
    with pytest.raises(DomainError):
        ScreeningService(tech).cosign(resolution_id, "tech-demo")
    with pytest.raises(LoginFailed):  # a co-signature is a signature: the password again (#13 §7)
        ScreeningService(rad).cosign(resolution_id, "")
    assert len(ScreeningService(rad).pending_cosignatures()) == 1
    ScreeningService(rad).cosign(resolution_id, "rad-demo")
    assert ScreeningService(rad).pending_cosignatures() == []
    with pytest.raises(DomainError):
        ScreeningService(rad).cosign(resolution_id, "rad-demo")


def test_changed_answer_voids_the_resolution(setup):
    db, _, _, tech, _, exam_id = setup
    answer_history(db, exam_id, asthma=1, temperature_c=37.0, active_infection_or_fever=1)
    service = ScreeningService(tech)
    service.refresh(exam_id)
    service.override_verbal(exam_id, "infection.active", "Low-grade, cleared", "Dr. Reader")
    service.resolve_caution(exam_id, "asthma", "Dr. Reader")
    version = histories.get_history_row(db, exam_id)["version"]
    histories.update_history(db, exam_id, {"temperature_c": 38.4}, version, START, None)
    states = {s.finding.code: s for s in service.refresh(exam_id)}
    assert states["infection.active"].resolution is None and states["infection.active"].voided
    assert states["asthma"].resolved  # untouched answer, resolution kept
    voided = [r for r in list_resolutions(db, exam_id) if r["voided_at"]]
    assert [(r["code"], r["void_reason"]) for r in voided] == [("infection.active", VOID_REASON)]
    assert exams.get_exam(db, exam_id).status is ExamStatus.ARRIVED


def test_screened_exam_reopens_when_a_stop_appears(setup):
    db, _, _, tech, _, exam_id = setup
    answer_history(db, exam_id)
    service = ScreeningService(tech)
    service.refresh(exam_id)
    assert exams.get_exam(db, exam_id).status is ExamStatus.SCREENED
    version = histories.get_history_row(db, exam_id)["version"]
    histories.update_history(db, exam_id, {"pregnancy": "possible"}, version, START, None)
    service.refresh(exam_id)
    assert exams.get_exam(db, exam_id).status is ExamStatus.ARRIVED
    assert {row["code"] for row in list_findings(db, exam_id)} >= {"pregnancy.possible"}


def test_a_block_cannot_be_overridden(setup):
    db, _, _, tech, _, exam_id = setup
    answer_history(db, exam_id, pregnancy="yes")
    service = ScreeningService(tech)
    service.refresh(exam_id)
    with pytest.raises(DomainError):
        service.override_verbal(exam_id, "pregnancy.known", "no", "Dr. Reader")
    exam = exams.get_exam(db, exam_id)
    assert (exam.open_blocks, exam.open_stops) == (1, 0)  # a block is never counted as a stop (#13 §6)
