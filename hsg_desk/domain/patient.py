"""The patient: identity fields and the checks they must pass before anything is saved."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date

from .errors import ValidationError
from .fields import control_character
from .message import Message
from .scripts import unprintable_character
from .vocabulary import Language, PhysicianTitle

MAX_NAME = 100
MAX_TEXT = 200
MIN_AGE, MAX_AGE = 10, 100
MRN_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9-]{0,19}$")
PHONE_PATTERN = re.compile(r"^[0-9+().\- x/]{0,40}$")


@dataclass(frozen=True)
class ReferringPhysician:
    name: str = ""
    phone: str = ""
    fax: str = ""
    title: str = ""  # a PhysicianTitle value: "", "Dr." or "Dra."

    def printed_name(self, language: str) -> str:
        """"Dra. Lena Ortiz" on a Spanish sheet, "Dr. Lena Ortiz" on an English one; the name alone
        without a title; "" when no name was recorded."""
        return printed_physician(self.title, self.name, language)


def printed_physician(title: str, name: str, language: str) -> str:
    name = name.strip()
    if not name:
        return ""
    printed = PhysicianTitle(title).printed(language) if title in tuple(PhysicianTitle) else ""
    return f"{printed} {name}" if printed else name


def clean_title(field: str, value: str) -> str:
    """One of the fixed titles (PhysicianTitle), or blank."""
    text = (value or "").strip()
    if text not in tuple(PhysicianTitle):
        choices = ", ".join(f'"{title.value}"' for title in PhysicianTitle if title.value)
        raise ValidationError(field, Message("choose {choices} or leave it blank", choices=choices))
    return text


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


def clean_text(field: str, value: str, *, required: bool = False, limit: int = MAX_TEXT) -> str:
    """Trimmed, NFC-normalised text; any script is welcome, control characters are not."""
    text = unicodedata.normalize("NFC", value or "").strip()
    if required and not text:
        raise ValidationError(field, "is required")
    if len(text) > limit:
        raise ValidationError(field, Message("is too long ({value} characters; at most {limit})",
                                             value=len(text), limit=limit))
    character = control_character(text)   # the joiners Persian and Devanagari spell with are text
    if character:
        raise ValidationError(field, Message("contains {character}, which cannot be printed: remove it",
                                             character=character))
    return text


def clean_name(field: str, value: str, *, required: bool = False) -> str:
    """A person's name in any script the documents print (domain.scripts), joiners included;
    a character they cannot print is refused by name, so no sheet ever shows a box."""
    text = unicodedata.normalize("NFC", value or "").strip()
    if required and not text:
        raise ValidationError(field, "is required")
    if len(text) > MAX_NAME:
        raise ValidationError(field, Message("is too long ({value} characters; at most {MAX_NAME})",
                                             value=len(text), MAX_NAME=MAX_NAME))
    character = unprintable_character(text)
    if character:
        raise ValidationError(field, Message("contains {character}, which the printed documents cannot show: check "
                                             "the spelling", character=character))
    return text


def clean_phone(field: str, value: str) -> str:
    text = clean_text(field, value, limit=40)
    if not PHONE_PATTERN.match(text):
        raise ValidationError(field, "use digits, spaces and + ( ) - . only")
    return text


def check_birth_date(birth_date: date | None, today: date) -> date:
    if birth_date is None:
        raise ValidationError("birth_date", "is required")
    if birth_date > today:
        raise ValidationError("birth_date", "is in the future")
    age = age_on(birth_date, today)
    if not MIN_AGE <= age <= MAX_AGE:
        raise ValidationError("birth_date", Message("gives an age of {age}, outside {MIN_AGE}–{MAX_AGE}: check the "
                                                    "year", age=age, MIN_AGE=MIN_AGE, MAX_AGE=MAX_AGE))
    return birth_date


def check_mrn(mrn: str) -> str:
    text = clean_text("mrn", mrn, required=True, limit=20).upper()
    if not MRN_PATTERN.match(text):
        raise ValidationError("mrn", "use letters, digits and '-' only (at most 20)")
    return text


def validated_patient(patient: Patient, today: date) -> Patient:
    """The patient with every field cleaned, or ValidationError naming the first bad field."""
    if patient.language not in tuple(Language):
        raise ValidationError("language", "choose English or Spanish")
    return Patient(
        id=patient.id,
        mrn=check_mrn(patient.mrn),
        family_name=clean_name("family_name", patient.family_name, required=True),
        given_name=clean_name("given_name", patient.given_name, required=True),
        birth_date=check_birth_date(patient.birth_date, today),
        phone=clean_phone("phone", patient.phone),
        language=patient.language,
        referring=ReferringPhysician(
            name=clean_name("referring_name", patient.referring.name),
            phone=clean_phone("referring_phone", patient.referring.phone),
            fax=clean_phone("referring_fax", patient.referring.fax),
            title=clean_title("referring_title", patient.referring.title),
        ),
        version=patient.version,
    )


def fold(text: str) -> str:
    """Case- and accent-insensitive form used to compare names ("José" == "jose")."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).strip()
