"""Amendments of a signed exam's whole record (DESIGN.md §2): the procedure record, the
history answers, the complications and the check-in facts. A completed exam is locked;
a correction is a new value with who, when, why and the old value, signed with the
password, audited, and shown on the summary as original → amended.

Values are typed as a person writes them ("yes", "5/3/2026", "98.6 F", "vasovagal,
bleeding") and read here, so the form needs one text field whatever the field is.
"""

from __future__ import annotations

from typing import Any

from hsg_desk.domain.case import PregnancyAnswer
from hsg_desk.domain.checkin import Checkin
from hsg_desk.domain.dates import parse_date, parse_temperature_c
from hsg_desk.domain.errors import ValidationError
from hsg_desk.domain.message import Message
from hsg_desk.storage import checkins as checkin_store
from hsg_desk.storage import histories as history_store
from hsg_desk.storage import procedures as procedure_store

from .amendment_text import (AMENDABLE, AMENDABLE_DATES, AMENDED_RECORDS, CHECKIN, COMPLICATIONS,  # noqa: F401
                             HISTORY, PROCEDURE, YES_NO_FIELDS, field_label, value_text)
from .auth import confirm_password
from .checkin import checked_item
from .exam_room import ExamRoomService, signed_exam_to_amend
from .screening import signature_meaning


def hint(record_type: str, field: str) -> str:
    """What to type in the one text field for this amendment."""
    if field in YES_NO_FIELDS:
        return Message("yes or no")
    if field == "pregnancy":
        return Message("no, possible or yes")
    if field in AMENDABLE_DATES:
        return Message("MM/DD/YYYY")
    if field == "temperature_c":
        return Message("e.g. 36.8 or 98.6 °F")
    if field == "complications":
        return Message("e.g. none, or vasovagal, bleeding")
    return Message("the corrected value")


def parse_value(record_type: str, field: str, text: str) -> Any:
    """The typed correction as the record's service takes it."""
    text = (text or "").strip()
    if field in YES_NO_FIELDS:
        answer = text.lower()
        if answer in ("y", "yes"):
            return True
        if answer in ("n", "no"):
            return False
        raise ValidationError(field, "type yes or no")
    if field == "pregnancy":
        try:
            return PregnancyAnswer(text.lower()).value
        except ValueError:
            raise ValidationError(field, "type no, possible or yes") from None
    if field in AMENDABLE_DATES:
        return parse_date(text, field)
    if field == "temperature_c":
        return parse_temperature_c(text, field)
    if field == "complications":
        by_word = {word.lower(): code for code, word in COMPLICATIONS.items()} | {code: code for code in COMPLICATIONS}
        chosen = [by_word.get(part.strip().lower().replace(" ", "_"), by_word.get(part.strip().lower()))
                  for part in text.split(",") if part.strip()]
        if not chosen or None in chosen:
            raise ValidationError(field, "name the complications, e.g. none, or vasovagal, bleeding")
        return chosen
    return text


class AmendmentService:
    def __init__(self, ctx):
        self.ctx = ctx

    def amend(self, exam_id: int, record_type: str, field: str, text: str, reason: str, password: str) -> int:
        """Correct one field of a signed exam's record; returns the amendment's id."""
        if field not in AMENDABLE.get(record_type, {}):
            raise ValidationError(field, "is not a field that can be amended")
        value = parse_value(record_type, field, text)
        if record_type == "procedure":
            return ExamRoomService(self.ctx).amend_procedure(exam_id, field, value, reason, password)
        ctx = self.ctx
        exam = signed_exam_to_amend(ctx, exam_id, reason)
        if record_type == "history":
            stored = ExamRoomService(ctx)._history_value(exam_id, field, value)
            row = history_store.ensure_history(ctx.db, exam_id, ctx.now(), ctx.session.user_id)
            old, version = row.get(field), row["version"]
        else:
            stored = checkin_store.column_value(checked_item(field, value))
            checkin = checkin_store.get_checkin(ctx.db, exam_id) or Checkin()
            old, version = checkin_store.column_value(checkin.value(field)), checkin.version or None
        if old == stored:
            raise ValidationError(field, "the new value is the same as the old one")
        confirm_password(ctx, password, purpose="amendment")
        now, user = ctx.now(), ctx.session.user_id
        with ctx.db.atomic():
            if record_type == "history":
                history_store.update_history(ctx.db, exam_id, {field: stored}, version, now, user)
            else:
                checkin_store.save_checkin(ctx.db, exam_id, {field: stored}, version, now, user)
            amendment_id = procedure_store.insert_amendment(
                ctx.db, exam_id=exam_id, patient_id=exam.patient_id, record_type=record_type, record_id=exam_id,
                field=field, old_value=None if old is None else str(old),
                new_value=None if stored is None else str(stored), reason=reason.strip(), at=now, user_id=user)
            ctx.audit("amend", patient_id=exam.patient_id, record_type=record_type, record_id=exam_id,
                      changes={field: [old, stored], "reason": [None, reason.strip()]})
            ctx.audit("signature", patient_id=exam.patient_id, record_type="amendment", record_id=amendment_id,
                      changes={"signed_by": [None, ctx.session.display_name],
                               "meaning": [None, signature_meaning("amendment", field_label(record_type, field))]})
        return amendment_id
