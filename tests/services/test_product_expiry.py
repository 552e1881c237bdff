"""Expired and nearly expired products in the exam room (issue #20): a scan or a typed expiry
opens the finding at once; an expired product holds the signature until the radiologist signs
an override with name and password (no verbal approval); a near expiry is acknowledged."""

from __future__ import annotations

from datetime import date

import pytest

from hsg_desk.domain.errors import DomainError
from hsg_desk.domain.lifecycle import ExamStatus
from hsg_desk.domain.products import checked_product
from hsg_desk.services.product_scans import ProductScanService
from hsg_desk.services.screening import ScreeningService
from hsg_desk.storage import exams
from hsg_desk.storage.products import insert_product

from exam_room_builders import START, context
from test_exam_room import ExamRoomService, fill_record, room, steps_to, take_history  # noqa: F401

CONTRAST = "04350000123459"  # the exam is Thu Nov 26 2026


@pytest.fixture
def performed(room):
    db, clock, users, tech, exam_id = room
    service = ExamRoomService(tech)
    take_history(service, exam_id)
    steps_to(service, exam_id, clock, 10)
    insert_product(db, checked_product(CONTRAST, "contrast", agent="iohexol (Omnipaque)",
                                       concentration="300 mgI/mL"), START, None)
    return db, clock, users, tech, exam_id, service


def open_codes(tech, exam_id):
    return {state.finding.code for state in ScreeningService(tech).states(exam_id)}


def test_a_scanned_expired_vial_is_a_stop_that_holds_the_signature(performed):
    db, clock, users, tech, exam_id, service = performed
    fill_record(service, exam_id)
    outcome = ProductScanService(tech).record_scan(exam_id, f"]d201{CONTRAST}17261031" "10OLD1", None)
    assert outcome.expiry.value == "expired"
    assert "product.expired" in open_codes(tech, exam_id)
    assert any("(product.expired)" in reason for reason in service.sign_problems(exam_id))
    with pytest.raises(DomainError, match="cannot be signed"):
        service.sign(exam_id, "tech-demo")
    screening = ScreeningService(tech)
    with pytest.raises(DomainError, match="verbal approval is not enough"):
        screening.override_verbal(exam_id, "product.expired", "No other vial", users["rad"])
    screening.override_signed(exam_id, "product.expired", "No other vial; checked with the pharmacy", "rad",
                              "rad-demo")
    assert service.sign_problems(exam_id) == []
    service.sign(exam_id, "tech-demo")
    assert exams.get_exam(db, exam_id).status is ExamStatus.COMPLETED


def test_a_typed_expiry_counts_the_same_and_a_fresh_vial_clears_it(performed):
    db, clock, users, tech, exam_id, service = performed
    fill_record(service, exam_id, contrast_expiry=date(2026, 11, 25))  # the day before the exam
    assert "product.expired" in open_codes(tech, exam_id)
    ProductScanService(tech).record_scan(exam_id, f"]d201{CONTRAST}17280600" "10NEW2", None)
    assert "product.expired" not in open_codes(tech, exam_id)
    assert service.sign_problems(exam_id) == []


def test_a_catheter_near_its_expiry_is_a_caution_to_acknowledge(performed):
    db, clock, users, tech, exam_id, service = performed
    fill_record(service, exam_id, catheter_expiry=date(2026, 12, 20))
    assert "product.expiring_soon" in open_codes(tech, exam_id)
    assert any("(product.expiring_soon)" in reason for reason in service.sign_problems(exam_id))
    ScreeningService(tech).resolve_caution(exam_id, "product.expiring_soon", "Demo Radiologist")
    assert service.sign_problems(exam_id) == []
