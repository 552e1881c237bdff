"""Issue #13 §7: every signature (override, co-signature, the exam's signature, an amendment)
re-enters the signer's password and is audited with its meaning (21 CFR 11.50)."""

from __future__ import annotations

import json

import pytest

from hsg_desk.services.auth import LoginFailed
from hsg_desk.services.exam_room import ExamRoomService
from hsg_desk.services.screening import ScreeningService

from exam_room_builders import arrived_exam, context, open_db
from test_exam_room import fill_record, steps_to, take_history


def signatures(db):
    rows = db.execute("SELECT username, record_type, changes FROM audit_log WHERE action = 'signature' "
                      "ORDER BY id").fetchall()
    return [(username, record_type, json.loads(changes)["meaning"][1]) for username, record_type, changes in rows]


def test_each_signature_needs_the_password_and_records_its_meaning(db_target):
    db, clock, users = open_db(db_target)
    tech, rad = context(db, clock, users["tech"]), context(db, clock, users["rad"])
    _, exam_id = arrived_exam(db)
    service = ExamRoomService(tech)
    take_history(service, exam_id, intercourse_since_lmp=1, asthma=0, pid_history=0)
    verbal = ScreeningService(tech).override_verbal(exam_id, "cycle.intercourse", "Barrier method", users["rad"])
    with pytest.raises(LoginFailed):
        ScreeningService(rad).cosign(verbal, "not-it")
    ScreeningService(rad).cosign(verbal, "rad-demo")
    steps_to(service, exam_id, clock, 10)
    fill_record(service, exam_id)
    service.sign(exam_id, "tech-demo")
    service.amend_procedure(exam_id, "contrast_lot", "L124", "Lot misread", "tech-demo")
    meanings = signatures(db)
    assert [(who, kind) for who, kind, _ in meanings] == [("rad", "finding_resolution"), ("tech", "exam"),
                                                          ("tech", "amendment")]
    assert meanings[0][2].startswith("Approval: the radiologist confirms the verbal override of cycle.intercourse")
    assert meanings[1][2].startswith("Authorship: the technologist completes the exam")
    assert "Contrast lot" in meanings[2][2]


def test_a_signed_override_records_its_meaning(db_target):
    db, clock, users = open_db(db_target)
    tech = context(db, clock, users["tech"])
    _, exam_id = arrived_exam(db)
    take_history(ExamRoomService(tech), exam_id, intercourse_since_lmp=1)
    ScreeningService(tech).override_signed(exam_id, "cycle.intercourse", "Barrier method", "rad", "rad-demo")
    [(who, kind, meaning)] = signatures(db)
    assert meaning.startswith("Approval: the radiologist authorizes the exam to go on despite the stop "
                              "cycle.intercourse")
