"""Errors the rules raise, with messages a clerk or technologist can read."""

from .message import Message


class DomainError(Exception):
    """An action the clinic's rules do not allow; the message is shown to the user."""


class ValidationError(DomainError):
    """A value that cannot be accepted; `field` names the form field it belongs to."""

    def __init__(self, field: str, message: str):
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


# What a table's row is called in a sentence ("This history was changed…", not "historie").
RECORD_NAMES = {"histories": "history", "checkins": "check-in", "patients": "patient's record",
                "procedures": "procedure record", "pregnancy_tests": "pregnancy test", "exams": "exam",
                "settings": "setting", "users": "user account", "resolutions": "resolution"}


class ConflictError(DomainError):
    """Someone else saved this record since it was read; nothing was written.

    Storage raises it on a stale version; it is a DomainError so the views show its message
    without knowing about storage."""

    def __init__(self, table: str, key):
        name = RECORD_NAMES.get(table, table.removesuffix("s").replace("_", " "))
        super().__init__(Message("This {record} was changed on another workstation since you opened it. Your "
                                 "change was not saved: reopen it to see the new values.",
                                 record=Message.word("record", name)))
        self.table = table
        self.key = key


class DatabaseUnreachable(DomainError):
    """The database does not answer (a server restarting, a network cut, a failed disk):
    nothing can be saved until it does. Storage raises it; the window shows it as a banner
    and keeps asking, and a save attempted meanwhile fails whole with this message."""

    MESSAGE = "Server unreachable — changes are not being saved."

    def __init__(self, message: str | None = None):
        super().__init__(message or self.MESSAGE)
