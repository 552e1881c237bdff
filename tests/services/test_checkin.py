from datetime import datetime

import pytest

from hsg_desk.domain.errors import DomainError, ValidationError
from hsg_desk.domain.lifecycle import ExamStatus
from hsg_desk.services.checkin import CheckinService, parse_money

from front_desk_support import DENVER, book, make_ctx, register


@pytest.fixture
def ctx(db_target):
    return make_ctx(db_target)


@pytest.fixture
def exam(ctx):
    return book(ctx, register(ctx).id)


def codes(state):
    return {s.finding.code for s in state.findings}


def test_each_item_is_saved_with_who_and_when(ctx, exam):
    service = CheckinService(ctx)
    state = service.set(exam.id, "identity_verified", True, None)
    assert state.checkin.identity_verified is True
    assert state.checkin.identity_verified_at.isoformat() == "2026-11-25T08:00:00-07:00"  # kept with its offset
    assert "identity.unverified" not in codes(state)
    state = service.set(exam.id, "payment_amount", "$150.5", state.checkin_version)
    assert state.checkin.payment_amount_cents == 15050
    audit = ctx.db.execute("SELECT changes FROM audit_log WHERE record_type='checkin' ORDER BY id").fetchall()
    assert '"payment_amount_cents": [null, 15050]' in audit[-1][0]


def test_a_stale_screen_cannot_overwrite(ctx, exam):
    service = CheckinService(ctx)
    first = service.set(exam.id, "driver_name", "Luis", None)
    service.set(exam.id, "driver_name", "Luisa", first.checkin_version)
    with pytest.raises(DomainError, match="another workstation"):
        service.set(exam.id, "driver_name", "Lu", first.checkin_version)


def test_invalid_values_are_refused_and_nothing_saved(ctx, exam):
    service = CheckinService(ctx)
    with pytest.raises(ValidationError):
        service.set(exam.id, "payment_amount", "-5", None)
    with pytest.raises(ValidationError, match="future"):
        service.set_test(exam.id, "collected_at", datetime(2026, 11, 26, 9, tzinfo=DENVER), None)
    assert ctx.db.execute("SELECT count(*) FROM checkins").fetchone()[0] == 0
    assert ctx.db.execute("SELECT count(*) FROM pregnancy_tests").fetchone()[0] == 0


def test_a_test_collected_too_early_is_a_stop(ctx, exam):
    service = CheckinService(ctx)
    state = service.set_test(exam.id, "method", "serum", None)
    state = service.set_test(exam.id, "result", "negative", state.test_version)
    state = service.set_test(exam.id, "collected_at", datetime(2026, 11, 24, 14, 29, tzinfo=DENVER), state.test_version)
    assert "pregnancy.test_too_early" in codes(state)
    message = next(s.finding.message for s in state.findings if s.finding.code == "pregnancy.test_too_early")
    assert "on Tue Nov 24: collected 2:29 PM, earliest 2:30 PM" in message
    state = service.set_test(exam.id, "collected_at", datetime(2026, 11, 24, 14, 30, tzinfo=DENVER), state.test_version)
    assert "pregnancy.test_too_early" not in codes(state)


def test_complete_needs_identity_then_moves_to_arrived(ctx, exam):
    service = CheckinService(ctx)
    with pytest.raises(ValidationError):
        service.complete(exam.id)
    service.set(exam.id, "identity_verified", True, None)
    state = service.complete(exam.id)
    assert state.exam.status is ExamStatus.ARRIVED and state.completed
    assert state.checkin.completed_at.isoformat() == "2026-11-25T08:00:00-07:00"
    with pytest.raises(DomainError, match="already checked in"):
        service.complete(exam.id)


def test_money():
    assert parse_money("150") == 15000 and parse_money("") is None
    with pytest.raises(ValidationError):
        parse_money("ten dollars")
