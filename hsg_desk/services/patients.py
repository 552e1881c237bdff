"""Registering and editing patients (DESIGN.md §3), with the duplicate check.

Validation reports every bad field at once (`field_errors`), so the dialog can show a
message beside each; nothing is saved while any field is invalid.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, replace
from datetime import date

from hsg_desk.domain.errors import ConflictError, DomainError
from hsg_desk.domain.message import Message
from hsg_desk.domain.patient import Patient, check_mrn, registration_fields, validated_patient
from hsg_desk.domain.referring import ReferringPhysician
from hsg_desk.domain.permissions import Action
from hsg_desk.storage import patients as patient_store

from .authorization import require
from .context import ServiceContext


@dataclass(frozen=True)
class PatientForm:
    """What the registration dialog holds: text as typed, the birth date as a date (or None)."""

    family_name: str = ""
    given_name: str = ""
    birth_date: date | None = None
    mrn: str = ""  # blank: generated on save
    phone: str = ""
    language: str = "en"
    referring_name: str = ""
    referring_phone: str = ""
    referring_fax: str = ""
    referring_title: str = ""  # "Dr.", "Dra." or blank (domain.vocabulary.PhysicianTitle)

    @classmethod
    def of(cls, patient: Patient) -> "PatientForm":
        return cls(patient.family_name, patient.given_name, patient.birth_date, patient.mrn,
                   patient.phone, patient.language, patient.referring.name,
                   patient.referring.phone, patient.referring.fax, patient.referring.title)


@dataclass(frozen=True)
class Registered:
    patient: Patient


@dataclass(frozen=True)
class PossibleDuplicate:
    """Same folded name and date of birth as patients already on file: warn, offer them."""

    existing: tuple[Patient, ...]


def facility_today(ctx: ServiceContext) -> date:
    return ctx.today()


def field_errors(form: PatientForm, today: date) -> dict[str, str]:
    """{field: message} for every invalid field (the domain's registration fields); empty when
    the form can be saved. The messages are the fields' own ("is required", a Message the
    window says in its language), for the dialog to show as a sentence beside each field."""
    return registration_fields(today).refusals(asdict(form))


class InvalidForm(DomainError):
    def __init__(self, errors: dict[str, str]):
        super().__init__("Some fields need attention: " + ", ".join(errors))
        self.errors = errors


def _patient(form: PatientForm, mrn: str, patient_id: int | None = None, version: int = 1) -> Patient:
    return Patient(id=patient_id, mrn=mrn, family_name=form.family_name, given_name=form.given_name,
                   birth_date=form.birth_date, phone=form.phone, language=form.language,
                   referring=ReferringPhysician(form.referring_name, form.referring_phone,
                                                form.referring_fax, form.referring_title),
                   version=version)


class PatientService:
    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    def today(self) -> date:
        return facility_today(self.ctx)

    def errors(self, form: PatientForm, patient_id: int | None = None) -> dict[str, str]:
        errors = field_errors(form, self.today())
        if "mrn" not in errors and form.mrn.strip():
            other = patient_store.mrn_exists(self.ctx.db, check_mrn(form.mrn), exclude_id=patient_id)
            if other is not None:
                errors["mrn"] = Message("Already used by {name} (born {birth_date}).", name=other.full_name,
                                        birth_date=other.birth_date)
        return errors

    def duplicates(self, form: PatientForm, patient_id: int | None = None) -> list[Patient]:
        if form.birth_date is None or not form.family_name.strip() or not form.given_name.strip():
            return []
        return patient_store.same_person(self.ctx.db, form.family_name, form.given_name,
                                         form.birth_date, exclude_id=patient_id)

    def get(self, patient_id: int) -> Patient:
        require(self.ctx, Action.VIEW_PATIENT, patient_id=patient_id)
        return patient_store.get_patient(self.ctx.db, patient_id)

    def register(self, form: PatientForm, *, accept_duplicate: bool = False) -> Registered | PossibleDuplicate:
        """Save a new patient, or return the look-alikes when she may already be on file."""
        require(self.ctx, Action.REGISTER_PATIENT)
        errors = self.errors(form)
        if errors:
            raise InvalidForm(errors)
        if not accept_duplicate:
            existing = self.duplicates(form)
            if existing:
                return PossibleDuplicate(tuple(existing))
        db, at = self.ctx.db, self.ctx.now()
        with db.atomic():
            mrn = form.mrn.strip() or patient_store.next_mrn(db)
            patient = validated_patient(_patient(form, mrn), self.today())
            patient_id = patient_store.insert_patient(db, patient, at, self.ctx.session.user_id)
            saved = replace(patient, id=patient_id)
            self.ctx.audit("create", patient_id=patient_id, record_type="patient", record_id=patient_id,
                           changes={name: [None, value] for name, value in patient_store.patient_columns(saved).items()}
                           | ({"duplicate_accepted": [None, True]} if accept_duplicate else {}))
        return Registered(saved)

    def update(self, patient_id: int, form: PatientForm, expected_version: int, reason: str = "") -> Patient:
        """Save the changed fields, each with an amendment row; a stale version is refused."""
        require(self.ctx, Action.EDIT_PATIENT, patient_id=patient_id)
        errors = self.errors(form, patient_id)
        if errors:
            raise InvalidForm(errors)
        db = self.ctx.db
        old = patient_store.get_patient(db, patient_id)
        if old.version != expected_version:
            raise DomainError(str(ConflictError("patients", patient_id)))
        new = validated_patient(_patient(form, form.mrn.strip() or old.mrn, patient_id, old.version), self.today())
        try:
            with db.atomic():
                changed = patient_store.update_patient(db, old, new, self.ctx.now(), self.ctx.session.user_id, reason)
                if changed:
                    self.ctx.audit("update", patient_id=patient_id, record_type="patient", record_id=patient_id,
                                   changes={name: list(values) for name, values in changed.items()})
        except ConflictError as error:
            raise DomainError(str(error)) from error
        return patient_store.get_patient(db, patient_id)
