"""How an amendment reads (DESIGN.md §2): the field's label ("History: Asthma"), a stored value
as a person reads it, and a stored amendment as the procedure record and the summary show it.
Apart from services/amendments.py, which makes amendments and needs the exam room's service,
so that the exam room can list them without importing it back."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from hsg_desk.domain.amendment import Amendment
from hsg_desk.domain.case import CONDITION_QUESTIONS
from hsg_desk.domain.dates import date_text, parse_date
from hsg_desk.domain.message import Listing, Message
from hsg_desk.domain.procedure_record import LABELS
from hsg_desk.domain.vocabulary import Complication
from hsg_desk.storage import procedures as procedure_store

from .authorization import Action, require

HISTORY = {"pregnancy": "Could she be pregnant?", "no_periods": "No periods", "lmp": "First day of her last period",
           "still_bleeding": "Bleeding on the exam day", "flow_ended_on": "Last day of flow",
           "temperature_c": "Temperature (°C)"} | dict(CONDITION_QUESTIONS)
CHECKIN = {"identity_verified": "Identity verified (name and date of birth)", "referral_on_file": "Referral on file",
           "consent_signed": "Informed consent signed", "sedative": "Sedative prescribed",
           "sedative_name": "Sedative", "driver_name": "Driver's name", "driver_phone": "Driver's phone",
           "insurance_carrier": "Insurance carrier", "insurance_member_id": "Insurance member id",
           "coverage_acknowledged": "Told infertility work-ups are often not covered"}
PROCEDURE = {field: label for field, label in LABELS.items()
             if field not in ("radiologist_id", "contrast_gtin", "catheter_gtin")}  # a GTIN comes from a scan
AMENDABLE: dict[str, dict[str, str]] = {"procedure": PROCEDURE, "history": HISTORY, "checkin": CHECKIN}
AMENDED_RECORDS = {"procedure": "Procedure", "history": "History", "checkin": "Check-in"}
COMPLICATIONS = {code.value: code.label for code in Complication}
AMENDABLE_DATES = ("lmp", "flow_ended_on", "contrast_expiry", "catheter_expiry")
YES_NO_FIELDS = set(CHECKIN) - {"sedative_name", "driver_name", "driver_phone", "insurance_carrier",
                                "insurance_member_id"} | {f for f in HISTORY if f not in
                                                          ("pregnancy", "lmp", "flow_ended_on", "temperature_c")}


def field_label(record_type: str, field: str) -> str:
    """"History: Asthma", never "history: asthma" or "procedure: contrast_volume_ml"."""
    label = AMENDABLE.get(record_type, {}).get(field, field.replace("_", " ").capitalize())
    return Message("{record}: {field}", record=Message.word("amendable", AMENDED_RECORDS.get(record_type,
                                                                                        record_type.capitalize())),
                   field=Message.word("amendable", label))


def value_text(record_type: str, field: str, stored: Any) -> str:
    """A stored value as a person reads it: Yes, 05/03/2026, 37 °C, Vasovagal reaction."""
    if stored in (None, ""):
        return "—"
    if field in YES_NO_FIELDS:
        return Message("Yes") if str(stored) in ("1", "True", "true") else Message("No")
    if field in AMENDABLE_DATES:
        return date_text(parse_date(str(stored)))
    if field == "temperature_c":
        return f"{float(stored):g} °C"
    if field == "complications":
        codes = json.loads(stored) if isinstance(stored, str) else list(stored)
        named = Listing([Message.word("domain", COMPLICATIONS.get(code, code)) for code in codes], ", ")
        return Message("{complications}", complications=named) if named else "—"  # a str, as the summary reads it
    return str(stored)


def amendment_from_row(row, by: str) -> Amendment:
    """A stored amendment as a person reads it: "Procedure: Volume", 12 → 14, who, when, why."""
    kind, field = row["record_type"], row["field"]
    return Amendment(kind, field, value_text(kind, field, row["old_value"]),
                     value_text(kind, field, row["new_value"]), row["reason"] or "",
                     datetime.fromisoformat(row["at"]), by, what=field_label(kind, field))


def amendments_of(ctx, exam_id: int) -> list[Amendment]:
    """The exam's amendments, oldest first, as the record and the summary show them."""
    require(ctx, Action.VIEW_PATIENT)
    return [amendment_from_row(row, row["by_name"]) for row in procedure_store.list_amendments(ctx.db, exam_id)]
