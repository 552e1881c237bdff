from datetime import date

import pytest

from hsg_desk.domain.errors import DomainError
from hsg_desk.domain.permissions import PermissionDenied
from hsg_desk.domain.roles import Role
from hsg_desk.services.context import Session
from hsg_desk.services.patients import InvalidForm, PatientForm, PatientService, PossibleDuplicate, Registered
from hsg_desk.storage import patients as patient_store

from front_desk_support import make_ctx, register


@pytest.fixture
def ctx(db_target):
    return make_ctx(db_target)


def count(ctx, table):
    return ctx.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_register_generates_an_mrn_and_audits(ctx):
    patient = register(ctx, family="Núñez", given="José María")
    assert patient.mrn.startswith("HSG")
    assert patient_store.get_patient(ctx.db, patient.id).family_name == "Núñez"
    row = ctx.db.execute("SELECT action, record_type, changes FROM audit_log WHERE action='create'").fetchone()
    assert row[1] == "patient" and "Núñez" in row[2]


def test_every_invalid_field_is_reported_and_nothing_saved(ctx):
    form = PatientForm(family_name="", given_name="x" * 101, birth_date=date(2027, 1, 1),
                       phone="call me", mrn="no spaces!")
    with pytest.raises(InvalidForm) as caught:
        PatientService(ctx).register(form)
    assert set(caught.value.errors) == {"family_name", "given_name", "birth_date", "phone", "mrn"}
    assert "future" in caught.value.errors["birth_date"]
    assert count(ctx, "patients") == 0


def test_implausible_age_is_refused(ctx):
    errors = PatientService(ctx).errors(PatientForm("Lee", "Kim", date(1900, 1, 1)))
    assert "age" in errors["birth_date"]


def test_same_name_and_birth_date_is_offered_not_saved(ctx):
    first = register(ctx, family="José", given="Ana")
    result = PatientService(ctx).register(PatientForm("jose", "ANA", date(1990, 3, 14)))
    assert isinstance(result, PossibleDuplicate) and result.existing[0].id == first.id
    assert count(ctx, "patients") == 1
    again = PatientService(ctx).register(PatientForm("jose", "ANA", date(1990, 3, 14)), accept_duplicate=True)
    assert isinstance(again, Registered) and count(ctx, "patients") == 2


def test_an_entered_mrn_must_be_unique(ctx):
    register(ctx, mrn="A-100")
    errors = PatientService(ctx).errors(PatientForm("Other", "Person", date(1985, 1, 1), mrn="a-100"))
    assert "Already used" in errors["mrn"]


def test_edit_writes_amendments_and_refuses_a_stale_version(ctx):
    patient = register(ctx)
    service = PatientService(ctx)
    form = PatientForm.of(patient)
    updated = service.update(patient.id, PatientForm(**{**form.__dict__, "phone": "555-0100"}), patient.version)
    assert updated.phone == "555-0100"
    amendment = ctx.db.execute("SELECT field, old_value, new_value FROM amendments").fetchone()
    assert amendment == ("phone", "", "555-0100")
    with pytest.raises(DomainError, match="another workstation"):
        service.update(patient.id, PatientForm(**{**form.__dict__, "phone": "555-0199"}), patient.version)


def test_a_technologist_cannot_register(db_target):
    ctx = make_ctx(db_target, session=Session(None, "tech", "Tech", frozenset({Role.TECHNOLOGIST})))
    with pytest.raises(PermissionDenied):
        PatientService(ctx).register(PatientForm("Lee", "Kim", date(1990, 1, 1)))
