"""Amendments cover the whole signed record: history answers, complications and check-in
facts, each with a reason, signed with the password, audited, and printed on the summary
as original → amended."""

from __future__ import annotations

import io
import json

import pytest
from pypdf import PdfReader

from hsg_desk.domain.errors import DomainError, ValidationError
from hsg_desk.reports.summary import build_summary
from hsg_desk.services.amendments import AmendmentService, field_label, parse_value, value_text
from hsg_desk.services.auth import LoginFailed
from hsg_desk.services.documents import load_document_facts
from hsg_desk.services.exam_room import ExamRoomService
from hsg_desk.storage import checkins, histories

from exam_room_builders import context, open_db
from test_exam_room import arrived_exam, signed_exam


@pytest.fixture
def signed(db_target):
    return signed_exam(db_target)


def _audit(db, record_type):
    return [json.loads(row[0]) for row in db.execute(
        "SELECT changes FROM audit_log WHERE action = 'amend' AND record_type = ? ORDER BY id", [record_type])]


def test_a_history_answer_is_amended_with_reason_password_and_audit(signed):
    db, tech, exam_id = signed
    amendments = AmendmentService(tech)
    with pytest.raises(ValidationError, match="why"):
        amendments.amend(exam_id, "history", "asthma", "yes", "  ", "tech-demo")
    with pytest.raises(LoginFailed):
        amendments.amend(exam_id, "history", "asthma", "yes", "She remembered her inhaler", "wrong")
    assert histories.get_history_row(db, exam_id)["asthma"] == 0
    amendments.amend(exam_id, "history", "asthma", "yes", "She remembered her inhaler", "tech-demo")
    assert histories.get_history_row(db, exam_id)["asthma"] == 1
    assert _audit(db, "history")[-1]["asthma"] == [0, 1]
    [row] = ExamRoomService(tech).amendments(exam_id)
    assert (row.part, row.field, row.old_value, row.new_value) == ("history", "asthma", "No", "Yes")
    with pytest.raises(ValidationError, match="same as the old"):
        amendments.amend(exam_id, "history", "asthma", "y", "again", "tech-demo")


def test_complications_and_check_in_facts_are_amended(signed):
    db, tech, exam_id = signed
    amendments = AmendmentService(tech)
    amendments.amend(exam_id, "procedure", "complications", "vasovagal, bleeding", "Noted late", "tech-demo")
    assert ExamRoomService(tech).procedure(exam_id).complications == ("vasovagal", "bleeding")
    amendments.amend(exam_id, "checkin", "driver_name", "Luis Rivera", "Her driver came after all", "tech-demo")
    assert checkins.get_checkin(db, exam_id).driver_name == "Luis Rivera"
    amendments.amend(exam_id, "history", "lmp", "11/18/2026", "She checked her diary", "tech-demo")
    assert histories.get_history_row(db, exam_id)["lmp"] == "2026-11-18"
    assert _audit(db, "checkin")[-1]["driver_name"][1] == "Luis Rivera"


def test_the_summary_shows_the_original_and_the_amended_value_in_words(signed):
    db, tech, exam_id = signed
    amendments = AmendmentService(tech)
    amendments.amend(exam_id, "history", "asthma", "yes", "She remembered her inhaler", "tech-demo")
    amendments.amend(exam_id, "procedure", "contrast_volume_ml", "14", "Misread the syringe", "tech-demo")
    pdf = PdfReader(io.BytesIO(build_summary(load_document_facts(tech, exam_id))))
    text = " ".join(" ".join(page.extract_text() for page in pdf.pages).split())
    assert "History: Asthma" in text and "No → Yes" in text
    assert "Procedure: Volume" in text and "12 → 14" in text.replace(".0", "")
    assert "contrast_volume_ml" not in text and "history: asthma" not in text


def test_only_a_signed_exam_is_amended_and_only_known_fields(db_target):
    db, clock, users = open_db(db_target)
    tech = context(db, clock, users["tech"])
    _, exam_id = arrived_exam(db)
    with pytest.raises(DomainError, match="Only a signed exam"):
        AmendmentService(tech).amend(exam_id, "history", "asthma", "yes", "why", "tech-demo")
    with pytest.raises(ValidationError, match="is not a field that can be amended"):
        AmendmentService(tech).amend(exam_id, "history", "questions_answered", "yes", "why", "tech-demo")


@pytest.mark.parametrize(("record_type", "field", "typed", "value"), [
    ("history", "asthma", "Yes", True), ("history", "pregnancy", "possible", "possible"),
    ("history", "temperature_c", "98.6 F", 37.0), ("checkin", "consent_signed", "n", False),
    ("procedure", "complications", "none", ["none"]), ("procedure", "image_count", "7", "7"),
])
def test_a_correction_is_typed_as_a_person_writes_it(record_type, field, typed, value):
    assert parse_value(record_type, field, typed) == value


def test_labels_and_values_read_as_words():
    assert field_label("procedure", "contrast_volume_ml") == "Procedure: Volume"
    assert field_label("checkin", "consent_signed") == "Check-in: Informed consent signed"
    assert value_text("history", "still_bleeding", "0") == "No"
    assert value_text("history", "lmp", "2026-11-18") == "11/18/2026"
    assert value_text("procedure", "complications", '["vasovagal", "bleeding"]') == "Vasovagal reaction, Bleeding"
