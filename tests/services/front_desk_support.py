"""Shared set-up for the front-desk tests: a real SQLite file, a pinned clock, a clerk."""

from __future__ import annotations

from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from hsg_desk.domain.case import Indication
from hsg_desk.domain.roles import Role
from hsg_desk.services.booking import BookingForm, BookingService
from hsg_desk.services.context import FixedClock, ServiceContext, Session
from hsg_desk.services.patients import PatientForm, PatientService
from hsg_desk.storage.db import open_database

DENVER = ZoneInfo("America/Denver")
# Wed Nov 25, 2026, 8:00 AM in Denver: the clerk's "now".
NOW = datetime(2026, 11, 25, 8, 0, tzinfo=DENVER)
CLERK = Session(user_id=None, username="clerk", display_name="Front Desk Clerk",
                roles=frozenset({Role.FRONT_DESK}))


def make_ctx(path, clock: FixedClock | None = None, session: Session = CLERK) -> ServiceContext:
    return ServiceContext(db=open_database(path), clock=clock or FixedClock(NOW), session=session)


def register(ctx, family="Garcia", given="Ana", born=date(1990, 3, 14), **more):
    result = PatientService(ctx).register(PatientForm(family_name=family, given_name=given, birth_date=born,
                                                      **more))
    return result.patient


def book(ctx, patient_id, day=date(2026, 11, 25), clock=time(14, 30), lmp=date(2026, 11, 18), **more):
    form = BookingForm(patient_id=patient_id, day=day, clock=clock,
                       indication=more.pop("indication", Indication.INFERTILITY), lmp=lmp, **more)
    return BookingService(ctx).book(form)
