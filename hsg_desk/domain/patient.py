"""The patient: identity fields and the checks they must pass before anything is saved, as
field specs (domain/fields.py) in one table, registration_fields."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from typing import Any

from .fields import PHONE_PATTERN, Field, FieldTable, control_character
from .message import Message
from .referring import ReferringPhysician
from .scripts import unprintable_character
from .vocabulary import Language, PhysicianTitle

MAX_NAME = 100
MAX_TEXT = 200
MIN_AGE, MAX_AGE = 10, 100
MRN_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9-]{0,19}$")


@dataclass(frozen=True)
class Patient:
    id: int | None
    mrn: str
    family_name: str
    given_name: str
    birth_date: date
    phone: str = ""
    language: str = "en"
    referring: ReferringPhysician = ReferringPhysician()
    version: int = 1

    @property
    def full_name(self) -> str:
        return f"{self.family_name}, {self.given_name}"

    @property
    def display_name(self) -> str:
        return f"{self.given_name} {self.family_name}"

    def age_on(self, day: date) -> int:
        return age_on(self.birth_date, day)


def age_on(birth_date: date, day: date) -> int:
    before_birthday = (day.month, day.day) < (birth_date.month, birth_date.day)
    return day.year - birth_date.year - before_birthday


# -- the patient's fields, as registration (and booking, check-in, a RIS order) cleans them ----

@dataclass(frozen=True)
class PlainText(Field):
    """Trimmed, NFC-normalised text; any script is welcome, control characters are not."""

    required: bool = False
    limit: int = MAX_TEXT

    def clean(self, value: Any) -> str:
        text = unicodedata.normalize("NFC", value or "").strip()
        if self.required and not text:
            self.refuse("is required")
        if len(text) > self.limit:
            self.refuse(Message("is too long ({value} characters; at most {limit})", value=len(text), limit=self.limit))
        character = control_character(text)   # the joiners Persian and Devanagari spell with are text
        if character:
            self.refuse(Message("contains {character}, which cannot be printed: remove it", character=character))
        return text


@dataclass(frozen=True)
class PersonName(Field):
    """A person's name in any script the documents print (domain.scripts), joiners included;
    a character they cannot print is refused by name, so no sheet ever shows a box."""

    required: bool = False

    def clean(self, value: Any) -> str:
        text = unicodedata.normalize("NFC", value or "").strip()
        if self.required and not text:
            self.refuse("is required")
        if len(text) > MAX_NAME:
            self.refuse(Message("is too long ({value} characters; at most {MAX_NAME})", value=len(text),
                                MAX_NAME=MAX_NAME))
        character = unprintable_character(text)
        if character:
            self.refuse(Message("contains {character}, which the printed documents cannot show: check the spelling",
                                character=character))
        return text


@dataclass(frozen=True)
class PhoneNumber(Field):
    """A telephone or fax number: digits, spaces and + ( ) - . only, at most 40."""

    def clean(self, value: Any) -> str:
        text = PlainText(self.name, self.label, limit=40).clean(value)
        if not PHONE_PATTERN.match(text):
            self.refuse("use digits, spaces and + ( ) - . only")
        return text


@dataclass(frozen=True)
class Mrn(Field):
    """The medical record number, in capitals; blank only where it may be (registration makes one)."""

    required: bool = True

    def clean(self, value: Any) -> str:
        if not self.required and not (value or "").strip():
            return ""
        text = PlainText(self.name, self.label, required=True, limit=20).clean(value).upper()
        if not MRN_PATTERN.match(text):
            self.refuse("use letters, digits and '-' only (at most 20)")
        return text


@dataclass(frozen=True)
class Title(Field):
    """One of the fixed titles (PhysicianTitle), or blank."""

    def clean(self, value: Any) -> str:
        text = (value or "").strip()
        if text not in tuple(PhysicianTitle):
            choices = ", ".join(f'"{title.value}"' for title in PhysicianTitle if title.value)
            self.refuse(Message("choose {choices} or leave it blank", choices=choices))
        return text


@dataclass(frozen=True)
class BirthDate(Field):
    """A date of birth: given, not after `today`, and an age the clinic sees (MIN_AGE–MAX_AGE)."""

    today: date | None = None

    def clean(self, value: Any) -> date:
        if value is None:
            self.refuse("is required")
        if value > self.today:
            self.refuse("is in the future")
        age = age_on(value, self.today)
        if not MIN_AGE <= age <= MAX_AGE:
            self.refuse(Message("gives an age of {age}, outside {MIN_AGE}–{MAX_AGE}: check the year", age=age,
                                MIN_AGE=MIN_AGE, MAX_AGE=MAX_AGE))
        return value


@dataclass(frozen=True)
class LanguageChoice(Field):
    """The language her documents print in (Language)."""

    def clean(self, value: Any) -> str:
        if value not in tuple(Language):
            self.refuse("choose English or Spanish")
        return value


FAMILY_NAME = PersonName("family_name", "Family name", required=True)
GIVEN_NAME = PersonName("given_name", "Given name", required=True)
MRN = Mrn("mrn", "MRN")
REFERRING_FIELDS = (PersonName("referring_name", "Referring physician"),
                    PhoneNumber("referring_phone", "Referring physician's phone"),
                    PhoneNumber("referring_fax", "Referring physician's fax"),
                    Title("referring_title", "Referring physician's title"))


def registration_fields(today: date) -> FieldTable:
    """The registration form's fields, in the order it shows them; the MRN may be left blank
    (one is made on save), and the date of birth is checked against the clinic's `today`."""
    return FieldTable("a patient's detail", FAMILY_NAME, GIVEN_NAME, BirthDate("birth_date", "Date of birth", today),
                      Mrn("mrn", "MRN", required=False), PhoneNumber("phone", "Phone"), *REFERRING_FIELDS,
                      LanguageChoice("language", "Language"))


# What other forms use of the same fields (booking, check-in, a RIS order), by the field they fill.
def clean_text(field: str, value: str, *, required: bool = False, limit: int = MAX_TEXT) -> str:
    return PlainText(field, field, required=required, limit=limit).clean(value)


def clean_name(field: str, value: str, *, required: bool = False) -> str:
    return PersonName(field, field, required=required).clean(value)


def clean_phone(field: str, value: str) -> str:
    return PhoneNumber(field, field).clean(value)


def clean_title(field: str, value: str) -> str:
    return Title(field, field).clean(value)


def check_birth_date(birth_date: date | None, today: date) -> date:
    return BirthDate("birth_date", "Date of birth", today).clean(birth_date)


def check_mrn(mrn: str) -> str:
    return MRN.clean(mrn)


def validated_patient(patient: Patient, today: date) -> Patient:
    """The patient with every field cleaned, or ValidationError naming the first bad field."""
    fields = registration_fields(today)
    language = fields.clean("language", patient.language)
    return Patient(
        id=patient.id,
        mrn=MRN.clean(patient.mrn),
        family_name=fields.clean("family_name", patient.family_name),
        given_name=fields.clean("given_name", patient.given_name),
        birth_date=fields.clean("birth_date", patient.birth_date),
        phone=fields.clean("phone", patient.phone),
        language=language,
        referring=ReferringPhysician(
            name=fields.clean("referring_name", patient.referring.name),
            phone=fields.clean("referring_phone", patient.referring.phone),
            fax=fields.clean("referring_fax", patient.referring.fax),
            title=fields.clean("referring_title", patient.referring.title),
        ),
        version=patient.version,
    )


def fold(text: str) -> str:
    """Case- and accent-insensitive form used to compare names ("José" == "jose")."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).strip()
