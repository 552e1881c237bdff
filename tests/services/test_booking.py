from datetime import date, datetime, time

import pytest

from hsg_desk.domain.dates import parse_date
from hsg_desk.domain.case import Indication
from hsg_desk.domain.errors import DomainError
from hsg_desk.domain.lifecycle import ExamStatus
from hsg_desk.services import exam_status
from hsg_desk.services.booking import (BookingForm, BookingService, InvalidBooking, parse_clock,
                                       parse_moment, window_advice)
from hsg_desk.domain.settings import DEFAULT_SETTINGS

from front_desk_support import DENVER, book, make_ctx, register


@pytest.fixture
def ctx(db_target):
    return make_ctx(db_target)


def test_booking_stores_an_aware_time_in_the_facility_zone(ctx):
    patient = register(ctx, referring_name="Dr. Example", referring_fax="555-0111")
    exam = book(ctx, patient.id, referring_name=patient.referring.name, referring_fax=patient.referring.fax)
    assert exam.scheduled_at == datetime(2026, 11, 25, 14, 30, tzinfo=DENVER)
    assert exam.scheduled_at.utcoffset().total_seconds() == -7 * 3600
    assert exam.status is ExamStatus.SCHEDULED and exam.referring.fax == "555-0111"
    assert ctx.db.execute("SELECT lmp FROM histories").fetchone()[0] == "2026-11-18"


def test_window_helper_names_the_days_and_the_blood_test_deadline():
    advice = window_advice(date(2026, 11, 18), datetime(2026, 11, 25, 14, 30, tzinfo=DENVER), DEFAULT_SETTINGS)
    assert advice.text == ("Days that fit: Tue Nov 24 – Fri Nov 27, assuming 6 days of flow (setting: Typical days "
                           "of flow); blood test at or after Tue Nov 24 2:30 PM")


def test_window_helper_counts_from_her_recorded_flow_end_and_says_so():
    advice = window_advice(date(2026, 11, 18), datetime(2026, 11, 25, 14, 30, tzinfo=DENVER), DEFAULT_SETTINGS,
                           flow_ended_on=date(2026, 11, 21))
    assert advice.first_day == date(2026, 11, 22)
    assert "from the day after her flow ended on Sat Nov 21" in advice.text
    assert advice.fits is True and advice.warning == ""


@pytest.mark.parametrize("day, says", [(date(2026, 11, 20), "still be bleeding"),
                                       (date(2026, 11, 30), "may have ovulated")])
def test_outside_the_window_warns_and_says_why(day, says):
    advice = window_advice(date(2026, 11, 18), datetime.combine(day, time(9), DENVER), DEFAULT_SETTINGS)
    assert advice.fits is False and says in advice.warning


def test_device_confirmation_needs_a_placement_date(ctx):
    patient = register(ctx)
    with pytest.raises(InvalidBooking) as caught:
        book(ctx, patient.id, indication=Indication.DEVICE_CONFIRMATION)
    assert "device_placed_on" in caught.value.errors
    assert ctx.db.execute("SELECT count(*) FROM exams").fetchone()[0] == 0


def test_a_past_date_is_refused(ctx):
    patient = register(ctx)
    errors = BookingService(ctx).errors(BookingForm(patient.id, date(2026, 11, 1), time(9), Indication.OTHER))
    assert "past" in errors["day"]


def test_defer_then_reschedule(ctx):
    exam = book(ctx, register(ctx).id)
    with pytest.raises(DomainError, match="reason"):
        exam_status.defer(ctx, exam.id, "  ")
    exam_status.defer(ctx, exam.id, "Missed the cycle window")
    again = BookingService(ctx).reschedule(exam.id, date(2026, 12, 21), time(10))
    assert again.status is ExamStatus.SCHEDULED
    assert again.scheduled_at == datetime(2026, 12, 21, 10, tzinfo=DENVER)
    assert ctx.db.execute("SELECT scheduled_date FROM exams").fetchone()[0] == "2026-12-21"
    events = ctx.db.execute("SELECT to_status FROM exam_events ORDER BY id").fetchall()
    assert [e[0] for e in events] == ["scheduled", "deferred", "scheduled"]


def test_cancelled_cannot_be_rescheduled(ctx):
    exam = book(ctx, register(ctx).id)
    exam_status.cancel(ctx, exam.id, "She called to cancel")
    with pytest.raises(DomainError):
        BookingService(ctx).reschedule(exam.id, date(2026, 12, 21), time(10))


def test_parsers():
    assert parse_date("11/24/2026") == date(2026, 11, 24)
    assert parse_date("") is None
    assert parse_clock("2:30 pm") == time(14, 30) and parse_clock("14:30") == time(14, 30)
    assert parse_moment("11/24/2026 2:30 PM", "America/Denver") == datetime(2026, 11, 24, 14, 30, tzinfo=DENVER)
    with pytest.raises(ValueError):
        parse_date("02/30/2026")


def test_the_booking_form_counts_from_the_flow_end_she_tells_and_keeps_it(ctx):
    """Issue #14 §1: the window starts the day after her recorded flow end, else the setting."""
    patient = register(ctx)
    service = BookingService(ctx)
    form = BookingForm(patient.id, date(2026, 11, 25), time(14, 30), Indication.INFERTILITY, lmp=date(2026, 11, 18))
    assert "assuming 6 days of flow" in service.advice(form).text
    told = BookingForm(patient.id, date(2026, 11, 25), time(14, 30), Indication.INFERTILITY,
                       lmp=date(2026, 11, 18), flow_ended_on=date(2026, 11, 20))
    advice = service.advice(told)
    assert advice.first_day == date(2026, 11, 21) and "her flow ended on Fri Nov 20" in advice.text
    exam = service.book(told)
    assert ctx.db.execute("SELECT lmp, flow_ended_on FROM histories WHERE exam_id = ?", [exam.id]).fetchone() == (
        "2026-11-18", "2026-11-20")
    assert '"flow_ended_on": [null, "2026-11-20"]' in ctx.db.execute(
        "SELECT changes FROM audit_log WHERE record_type = 'exam' ORDER BY id DESC").fetchone()[0]


@pytest.mark.parametrize(("lmp", "flow_end", "says"), [
    (None, date(2026, 11, 20), "Give the day her last period began too."),
    (date(2026, 11, 18), date(2026, 11, 17), "The flow cannot end before the period began."),
    (date(2026, 11, 18), date(2026, 11, 26), "This day is still to come"),
])
def test_an_impossible_flow_end_is_refused_at_its_field_and_not_counted(ctx, lmp, flow_end, says):
    patient = register(ctx)
    form = BookingForm(patient.id, date(2026, 11, 27), time(14, 30), Indication.INFERTILITY, lmp=lmp,
                       flow_ended_on=flow_end)
    service = BookingService(ctx)
    assert service.errors(form)["flow_ended_on"].startswith(says)
    assert "her flow ended" not in service.advice(form).text
    with pytest.raises(InvalidBooking):
        service.book(form)
    assert ctx.db.execute("SELECT count(*) FROM exams").fetchone() == (0,)
