"""How long a typed reason may be (DESIGN.md §8: over-long text is refused at the field).

Names, notes and the procedure record have their own limits where they are cleaned
(patient.MAX_NAME, patient.MAX_TEXT, domain.procedure_record); a reason — for cancelling,
deferring, aborting, undoing a step, overriding a finding or amending a record — is one
or two sentences, so a thousand characters is plenty and keeps every printed page readable.
"""

from __future__ import annotations

from .errors import ValidationError
from .fields import control_character
from .message import Message

REASON_LIMIT = 1000


def check_reason(field: str, reason: str | None, limit: int = REASON_LIMIT) -> None:
    """ValidationError naming `field` when the reason is longer than `limit` characters, or holds
    a control character (a line break and a tab are text)."""
    character = control_character(reason or "", "\n\t")
    if character:  # pasted from another program: it would print as a box on the summary
        raise ValidationError(field, Message("contains {character}, which cannot be printed: remove it",
                                             character=character))
    length = len((reason or "").strip())
    if length > limit:
        raise ValidationError(field, Message("is too long ({length:,} characters; at most {limit:,}): say it in a "
                                             "sentence or two", length=length, limit=limit))
