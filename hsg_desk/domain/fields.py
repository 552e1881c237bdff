"""One way to describe a field a person fills in: its name, its label, the kind of value it
holds and that kind's limits (DESIGN.md §8: bad input gets a clear message at the field).

`clean` turns what was typed or chosen into the value kept, or raises ValidationError naming
the field; a form is a table of these (`FieldTable`), so a new field is one line, not another
branch in a long function.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, NoReturn

from .errors import ValidationError
from .message import Alternatives, Message
from .scripts import ZWJ, ZWNJ, unprintable_character

UNNAMED = {"Cc": "a control character", "Cf": "a format character", "Cs": "a surrogate",
           "Co": "a private-use character"}
JOINERS = ZWNJ + ZWJ  # part of Persian and Devanagari spelling, not control characters
PHONE_PATTERN = re.compile(r"^[0-9+().\- x/]{0,40}$")
MONEY_PATTERN = re.compile(r"^\$?\s*(\d{1,6})(?:\.(\d{1,2}))?$")


def _blank(value: Any) -> bool:
    return value is None or value == ""


@dataclass(frozen=True)
class Field:
    """A field's name (as the record and its error label know it) and its label for people."""

    name: str
    label: str

    def clean(self, value: Any) -> Any:
        return value

    def refuse(self, message: str) -> NoReturn:
        """ValidationError at this field; `message` is a literal or a Message (forms/translations.py
        finds both, so the window says them in the user's language)."""
        raise ValidationError(self.name, message)


def control_character(text: str, allowed: str = "") -> str | None:
    """The first character of `text` that is not text, described for a message ("U+0007 (BELL)"):
    a control character (a bell, an escape, a NUL pasted from another program) other than
    those `allowed`, a stray surrogate or private-use code, or a format character other than the
    joiners Persian and Devanagari spell with. None when there is none. Such a character would
    be kept unseen in the record and print as a box, or as nothing, on the patient's documents."""
    for character in text:
        if _control(character, allowed):
            name = unicodedata.name(character, UNNAMED[unicodedata.category(character)])
            return f"U+{ord(character):04X} ({name})"
    return None


def without_control_characters(text: str, allowed: str = "\n\t") -> str:
    """`text` less the characters `control_character` names: what a document prints of a record
    kept before its fields refused them (or written by another program)."""
    if text.isprintable():
        return text
    return "".join(character for character in text if not _control(character, allowed))


def _control(character: str, allowed: str) -> bool:
    return (character not in allowed and character not in JOINERS
            and unicodedata.category(character) in ("Cc", "Cf", "Cs", "Co"))


@dataclass(frozen=True)
class Text(Field):
    """Free text, trimmed and in NFC; blank is "" (never None). Never a control character: a
    line break and a tab only where the field has several lines (`multiline`, its line breaks
    kept as "\n")."""

    limit: int = 200
    # Only what the documents' fonts print (domain.scripts, as a registered name): a name on the sheets
    printable: bool = False
    multiline: bool = False

    def clean(self, value: Any) -> str:
        text = value if isinstance(value, str) else ("" if value is None else str(value))
        if self.multiline:
            text = text.replace("\r\n", "\n").replace("\r", "\n")
        text = unicodedata.normalize("NFC", text.strip())
        character = control_character(text, "\n\t" if self.multiline else "")
        if character:
            self.refuse(Message("contains {character}, which cannot be printed: remove it", character=character))
        unprintable = unprintable_character(text) if self.printable else None
        if unprintable:
            self.refuse(Message("contains {character}, which the printed documents cannot show: check the spelling",
                                character=unprintable))
        if len(text) > self.limit:
            self.refuse(Message("at most {value} characters", value=self.limit))
        return text


@dataclass(frozen=True)
class Number(Field):
    """A measured number within [low, high], rounded to `decimals` (0: a whole number)."""

    low: float = 0
    high: float = 0
    decimals: int = 0
    unit: str = ""

    def clean(self, value: Any) -> float | int | None:
        if _blank(value):
            return None
        try:
            number = float(str(value).replace(",", "."))
        except ValueError:
            self.refuse("type a number")
        if number < self.low:
            if self.low == 0:
                self.refuse("cannot be negative")
            self.refuse(Message("at least {low:g} {unit}", low=self.low, unit=self.unit))
        if number > self.high:
            self.refuse(Message("at most {high:g} {unit}", high=self.high, unit=self.unit))
        if self.decimals == 0:
            if number != int(number):
                self.refuse("a whole number")
            return int(number)
        return round(number, self.decimals)


@dataclass(frozen=True)
class Day(Field):
    """A calendar date, given as a date or as ISO text."""

    def clean(self, value: Any) -> date | None:
        if _blank(value):
            return None
        if isinstance(value, date):
            return value
        try:
            return date.fromisoformat(str(value))
        except ValueError:
            self.refuse("not a date")


@dataclass(frozen=True)
class Gtin(Field):
    """A product's GTIN-14 as a scan reads it, or None."""

    def clean(self, value: Any) -> str | None:
        text = "" if value is None else str(value).strip()
        if text and not (text.isdigit() and len(text) == 14):
            self.refuse("a GTIN-14 (14 digits)")
        return text or None


@dataclass(frozen=True)
class Choice(Field):
    """One of a fixed list of (value, label) choices, or None when not chosen."""

    choices: tuple[tuple[str, str], ...] = ()
    empty: str | None = None  # kept when nothing is chosen

    def clean(self, value: Any) -> str | None:
        if _blank(value):
            return self.empty
        if value not in dict(self.choices):
            # the labels as words the window translates: "elija leve, moderada o grave"
            self.refuse(Message("choose {value}", value=Alternatives(
                Message.word("domain", label) for _, label in self.choices)))
        return str(value)


@dataclass(frozen=True)
class Codes(Field):
    """Any number of codes from a fixed list, in the order ticked; `alone` may not go with others."""

    codes: tuple[str, ...] = ()
    alone: str = ""
    alone_label: str = ""

    def clean(self, value: Any) -> tuple[str, ...]:
        codes = tuple(dict.fromkeys(value or ()))
        unknown = [code for code in codes if code not in self.codes]
        if unknown:
            self.refuse(Message("unknown {what} {value!r}", what=self.label.lower().removesuffix("s"),
                                value=unknown[0]))
        if self.alone in codes and len(codes) > 1:
            self.refuse(Message("“{alone}” cannot go with a {what}", alone=Message.word("domain", self.alone_label),
                                what=self.label.lower().removesuffix("s")))
        return codes


@dataclass(frozen=True)
class YesNo(Field):
    """A tick box: yes, no, or not answered (None) when the question may stay open."""

    optional: bool = True

    def clean(self, value: Any) -> bool | None:
        return None if value is None and self.optional else bool(value)


@dataclass(frozen=True)
class Phone(Field):
    """A telephone number as people write it: digits, spaces and + ( ) - . only."""

    def clean(self, value: Any) -> str:
        text = Text(self.name, self.label, limit=40, printable=True).clean(value)
        if not PHONE_PATTERN.match(text):
            self.refuse("use digits, spaces and + ( ) - . only")
        return text


@dataclass(frozen=True)
class Money(Field):
    """An amount in dollars, '150', '150.5' or '$150.50', kept in cents; blank is None."""

    def clean(self, value: Any) -> int | None:
        if isinstance(value, int) and not isinstance(value, bool):
            value = money_text(value)
        text = (value or "").strip().replace(",", "")
        if not text:
            return None
        if text.startswith("-"):
            self.refuse("cannot be negative")
        match = MONEY_PATTERN.match(text)
        if not match:
            self.refuse("use an amount such as 150.00")
        return int(match.group(1)) * 100 + int((match.group(2) or "0").ljust(2, "0"))


def money_text(cents: int | None) -> str:
    """Cents as the amount field shows them: 15050 → '150.50'."""
    return "" if cents is None else f"{cents // 100}.{cents % 100:02d}"


@dataclass(frozen=True)
class Moment(Field):
    """A date and time with its UTC offset (never a naive time, which would lose the zone)."""

    def clean(self, value: Any) -> datetime | None:
        if value is None:
            return None
        if not isinstance(value, datetime) or value.tzinfo is None:
            self.refuse("give the date and the time")
        return value


@dataclass(frozen=True)
class Reference(Field):
    """The id of another record (a user, a product), or None."""

    def clean(self, value: Any) -> int | None:
        return None if _blank(value) else int(value)


class FieldTable:
    """The fields of one form, by name, in the order the form shows them."""

    def __init__(self, what: str, *fields: Field):
        self.what = what  # "a procedure record field": said when a name is not one of them
        # (forms/translations.py finds a FieldTable's `what` as it finds a message)
        self.fields = {field.name: field for field in fields}

    def __iter__(self) -> Iterator[Field]:
        return iter(self.fields.values())

    def __contains__(self, name: object) -> bool:
        return name in self.fields

    def __getitem__(self, name: str) -> Field:
        return self.fields[name]

    def get(self, name: str) -> Field | None:
        return self.fields.get(name)

    def names(self, kind: type[Field] | None = None) -> tuple[str, ...]:
        return tuple(name for name, field in self.fields.items() if kind is None or isinstance(field, kind))

    def labels(self) -> dict[str, str]:
        return {name: field.label for name, field in self.fields.items()}

    def refusals(self, values: Mapping[str, Any]) -> dict[str, str]:
        """{name: message} for every field whose value in `values` is refused, in the form's order:
        a form says all that needs attention at once, each beside its field."""
        refused = {}
        for name, field in self.fields.items():
            try:
                field.clean(values.get(name))
            except ValidationError as error:
                refused[name] = error.message
        return refused

    def clean(self, name: str, value: Any) -> Any:
        """The value kept for field `name`, or ValidationError with the message for the field."""
        field = self.fields.get(name)
        if field is None:
            raise ValidationError(name, Message("not {what}", what=Message.word("messages", self.what)))
        return field.clean(value)
