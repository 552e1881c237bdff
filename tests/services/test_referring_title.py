"""The referring physician's title is its own field (issue #14 §4): kept on the patient and on each
exam's order, chosen from a fixed list, and printed in the sheet's language ("Dra." in Spanish
for a woman, "Dr." in English for either)."""

from __future__ import annotations

import pytest
from front_desk_support import book, make_ctx, register

from hsg_desk.domain.referring import ReferringPhysician
from hsg_desk.domain.vocabulary import PhysicianTitle
from hsg_desk.services.booking import BookingForm, BookingService
from hsg_desk.services.checkin import CheckinService
from hsg_desk.services.patients import InvalidForm, PatientForm, PatientService
from hsg_desk.storage.db import open_database
from hsg_desk.storage.migrations import applied_migrations


@pytest.mark.parametrize(("title", "english", "spanish"), [
    ("Dra.", "Dr. Lena Marsh", "Dra. Lena Marsh"),
    ("Dr.", "Dr. Lena Marsh", "Dr. Lena Marsh"),
    ("", "Lena Marsh", "Lena Marsh"),
])
def test_the_title_prints_in_the_sheets_language(title, english, spanish):
    physician = ReferringPhysician("Lena Marsh", title=title)
    assert physician.printed_name("en") == english
    assert physician.printed_name("es") == spanish


def test_no_name_prints_no_title():
    assert ReferringPhysician("", title="Dra.").printed_name("es") == ""


def test_the_migration_adds_the_title_where_the_name_is_kept(tmp_path):
    db = open_database(tmp_path / "hsg.sqlite3")
    assert "0010_referring_title" in applied_migrations(db)
    for table in ("patients", "exams"):
        columns = {row[1]: row for row in db.execute(f"PRAGMA table_info({table})")}
        assert columns["referring_title"][4] == "''"  # default: blank, so older rows print as before


def test_a_registered_patient_keeps_her_physicians_title(tmp_path):
    ctx = make_ctx(tmp_path / "hsg.sqlite3")
    patient = register(ctx, referring_name="Lena Marsh", referring_title="Dra.")
    again = PatientService(ctx).get(patient.id)
    assert again.referring == ReferringPhysician("Lena Marsh", title="Dra.")
    audit = ctx.db.execute("SELECT changes FROM audit_log WHERE record_type = 'patient'").fetchone()[0]
    assert '"referring_title": [null, "Dra."]' in audit


def test_a_title_outside_the_list_is_refused_at_its_field(tmp_path):
    ctx = make_ctx(tmp_path / "hsg.sqlite3")
    with pytest.raises(InvalidForm) as refused:
        register(ctx, referring_name="Lena Marsh", referring_title="Sra.")
    assert refused.value.errors == {"referring_title": 'choose "Dr.", "Dra." or leave it blank'}
    assert ctx.db.execute("SELECT count(*) FROM patients").fetchone() == (0,)


def test_booking_keeps_the_orders_title_and_defaults_to_the_patients(tmp_path):
    ctx = make_ctx(tmp_path / "hsg.sqlite3")
    patient = register(ctx, referring_name="Lena Marsh", referring_title="Dra.")
    service = BookingService(ctx)
    assert service.referring_default(patient.id).title == "Dra."
    exam = book(ctx, patient.id, referring_name="Omar Castell", referring_title="Dr.")
    assert exam.referring.title == PhysicianTitle.DR
    form = BookingForm(patient_id=patient.id, day=exam.scheduled_at.date(), clock=exam.scheduled_at.timetz(),
                       indication=exam.indication, referring_title="Mx.")
    assert "referring_title" in service.errors(form)


def test_check_in_changes_the_title_with_an_audit_row(tmp_path):
    ctx = make_ctx(tmp_path / "hsg.sqlite3")
    patient = register(ctx)
    exam = book(ctx, patient.id, referring_name="Lena Marsh", referring_title="Dr.")
    state = CheckinService(ctx).set_referral(exam.id, "Lena Marsh", "", "", "Dra.")
    assert state.exam.referring.title == "Dra."
    audit = ctx.db.execute("SELECT changes FROM audit_log ORDER BY id DESC").fetchone()[0]
    assert '"referring_title": ["Dr.", "Dra."]' in audit
