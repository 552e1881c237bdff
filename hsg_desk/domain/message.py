"""A sentence for the person at the screen that the window can say in the user's language.

The rules and the services write their messages in English. A message with values in it is
a `Message`: the English sentence itself (a str, for logs, the command line and the English
window), which also keeps its template and values, so the window translates the template
(Qt's catalogue, context "messages") and fills in the values the way its language writes
them (hsg_desk.qt.domain_text.said):

    Message("Step {step} was already done by {who} at {when}.", step=6, who="tech", when=at)

A value may be a Message itself (said in the language too), a date or a wall-clock datetime
(the window writes them in its language's format; a ShortDay without its year, a TimeOfDay
without its day), a Listing of
such values, or anything else (shown as str()). A word
the window already knows from another of its catalogues (a step's title, an exam state) is
`Message.word("checklist", title)`. A message without values is a plain string literal: the
window looks it up as it is.

forms/translations.py finds the templates in the source (each Message's first argument, and
each literal message given to a DomainError), so the catalogue holds them all.
"""

from __future__ import annotations

import json
from datetime import date, datetime, time
from typing import Any


class Message(str):
    template: str
    values: dict[str, Any]
    catalogue: str = "messages"  # the window's catalogue (Qt context) that translates the template

    def __new__(cls, template: str, /, **values: Any) -> "Message":
        text = template.format(**{name: english(value) for name, value in values.items()}) if values else template
        message = super().__new__(cls, text)
        message.template = template
        message.values = values
        return message

    @classmethod
    def word(cls, catalogue: str, text: str) -> "Message":
        """`text` as the window's catalogue `catalogue` translates it (e.g. "domain", "checklist")."""
        message = cls(text)
        message.catalogue = catalogue
        return message

    def __reduce__(self):  # a copy (or a message sent to another process) keeps its template
        return _rebuild, (self.template, self.values, self.catalogue)


class Listing(tuple):
    """Several values in one place of a sentence, each said in the language: `a; b` or `a, b`."""

    separator: str = "; "

    def __new__(cls, items, separator: str = "; ") -> "Listing":
        listing = super().__new__(cls, items)
        listing.separator = separator
        return listing

    def __reduce__(self):
        return Listing, (tuple(self), self.separator)


class Alternatives(Listing):
    """The choices a field offers, as a sentence names them: `mild, moderate or severe`. Each is
    a word the window says in its language (`Message.word`), lower-cased inside the sentence;
    the last one comes after "or", said in the language too."""

    separator = ", "

    def __new__(cls, items) -> "Alternatives":
        return super().__new__(cls, items, ", ")

    def __reduce__(self):
        return Alternatives, (tuple(self),)


class RuleText(str):
    """A screening rule's message inside a longer sentence ("pregnancy.known blocks the exam: …"):
    the English the rule wrote, with the rule's code and the values its other languages name
    (domain.screening.finding_values), so the window says it from the rule catalogue the printed
    summary uses (resources/texts/<language>/findings.json), not in the English stored with it."""

    code: str
    values: dict[str, Any] | None  # None: not known, the window shows the English

    def __new__(cls, text: str, code: str, values: dict[str, Any] | None = None) -> "RuleText":
        rule_text = super().__new__(cls, text)
        rule_text.code = code
        rule_text.values = None if values is None else dict(values)
        return rule_text

    def __reduce__(self):
        return RuleText, (str(self), self.code, self.values)


class TimeOfDay(time):
    """A time a sentence names without its day (today's): `9:00 AM`."""

    @classmethod
    def of(cls, moment: datetime) -> "TimeOfDay":
        return cls(moment.hour, moment.minute)


class ShortDay(date):
    """A day a sentence names without its year, within the coming weeks: `Tue Nov 24`."""

    @classmethod
    def of(cls, day: date) -> "ShortDay":
        return cls(day.year, day.month, day.day)


def _rebuild(template: str, values: dict[str, Any], catalogue: str) -> Message:
    message = Message(template, **values)
    message.catalogue = catalogue
    return message


def spoken_choices(words: list[str], or_word: str) -> str:
    """"balloon catheter, cannula or other": the words lower-cased at their start, the last
    after `or_word` (" or ", " o ")."""
    words = [word[:1].lower() + word[1:] for word in words]
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + or_word + words[-1]


def english(value: Any) -> Any:
    """A value as the English sentence writes it: `Tue Nov 24, 2026`, `Tue Nov 24 1:00 PM`; others
    as they are (the template's own format, `{count:,}` or `{code!r}`, applies to them)."""
    from .timing import format_day, format_moment  # here: timing's settings write Messages of their own

    if isinstance(value, Alternatives):
        return spoken_choices([str(item) for item in value], " or ")
    if isinstance(value, Listing):
        return value.separator.join(str(english(item)) for item in value)
    if isinstance(value, datetime):
        return format_moment(value)
    if isinstance(value, TimeOfDay):
        return f"{value.hour % 12 or 12}:{value.minute:02d} {'AM' if value.hour < 12 else 'PM'}"
    if isinstance(value, ShortDay):
        return format_day(value)[:-6]
    if isinstance(value, date):
        return format_day(value)
    return value


# -- a message kept in a text column ----------------------------------------------------
# What a service stores for the window to show later (a RIS order's review reason, a failed
# MPPS message's reason, a pull's summary) is kept with its template and values, so that the
# window says it in the language of whoever reads it then; the English goes to the audit trail.
_STORED = '{"message": '


def stored(text: str) -> str:
    """`text` as a text column keeps it: a Message as JSON (template, values, catalogue), read
    back by `restored`; a plain sentence as it is."""
    if not isinstance(text, Message):
        return text
    return json.dumps(_encoded(text), ensure_ascii=False)


def restored(text: str | None) -> str:
    """A stored text as the Message it was (a row written before messages were kept so, or a
    plain sentence, is returned as it is)."""
    if not text or not text.startswith(_STORED):
        return text or ""
    try:
        return _decoded(json.loads(text))
    except (ValueError, KeyError, TypeError):
        return text  # not one of ours after all: shown as written


def _encoded(value: Any) -> Any:
    if isinstance(value, Message):
        return {"message": value.template, "values": {name: _encoded(v) for name, v in value.values.items()},
                "catalogue": value.catalogue}
    if isinstance(value, Alternatives):
        return {"alternatives": [_encoded(item) for item in value]}
    if isinstance(value, Listing):
        return {"listing": [_encoded(item) for item in value], "separator": value.separator}
    if isinstance(value, datetime):
        return {"datetime": value.isoformat()}
    if isinstance(value, TimeOfDay):
        return {"time": value.isoformat()}
    if isinstance(value, ShortDay):
        return {"short_day": value.isoformat()}
    if isinstance(value, date):
        return {"date": value.isoformat()}
    if value is None or isinstance(value, (str, int, float)):
        return value
    return str(value)


def _decoded(value: Any) -> Any:
    if not isinstance(value, dict):
        return value
    if "message" in value:
        message = Message(value["message"], **{name: _decoded(v) for name, v in value["values"].items()})
        message.catalogue = value.get("catalogue", "messages")
        return message
    if "alternatives" in value:
        return Alternatives(_decoded(item) for item in value["alternatives"])
    if "listing" in value:
        return Listing([_decoded(item) for item in value["listing"]], value["separator"])
    if "datetime" in value:
        return datetime.fromisoformat(value["datetime"])
    if "time" in value:
        moment = time.fromisoformat(value["time"])
        return TimeOfDay(moment.hour, moment.minute)
    if "short_day" in value:
        return ShortDay.of(date.fromisoformat(value["short_day"]))
    return date.fromisoformat(value["date"])
