"""Issue #13 §9: the antibiotic order is entered in her language too when she reads Spanish."""

from __future__ import annotations

from datetime import date, time

import pytest

from hsg_desk.domain.case import Indication
from hsg_desk.services.booking import BookingForm, BookingService, InvalidBooking

from front_desk_support import make_ctx, register


def form(patient_id, **more):
    return BookingForm(patient_id, date(2026, 11, 25), time(14, 30), Indication.INFERTILITY,
                       antibiotics="Doxycycline 100 mg twice a day for 5 days", **more)


def test_a_spanish_speaker_gets_the_order_in_spanish_too(db_target):
    ctx = make_ctx(db_target)
    patient = register(ctx, language="es")
    with pytest.raises(InvalidBooking) as refused:
        BookingService(ctx).book(form(patient.id))
    assert "Spanish" in refused.value.errors["antibiotics_translation"]
    exam = BookingService(ctx).book(form(patient.id, antibiotics_translation="Doxiciclina 100 mg dos veces al día"))
    assert exam.antibiotics_translations == {"es": "Doxiciclina 100 mg dos veces al día"}


def test_an_english_speaker_needs_no_translation(db_target):
    ctx = make_ctx(db_target)
    exam = BookingService(ctx).book(form(register(ctx).id))
    assert exam.antibiotics == "Doxycycline 100 mg twice a day for 5 days" and exam.antibiotics_translations == {}
