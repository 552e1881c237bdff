"""The procedure record's checks (DESIGN.md §5, §8): one field at a time as it is typed, and
the whole record before the exam can be signed. Pure functions; messages name the field."""

from __future__ import annotations

from datetime import date
from typing import Any

from hsg_desk.domain.case import Severity
from hsg_desk.domain.dose import reference_exceeded
from hsg_desk.domain.errors import ValidationError
from hsg_desk.domain.message import Message
from hsg_desk.domain.settings import ClinicSettings
from hsg_desk.domain.vocabulary import Complication

COMPLICATIONS: tuple[tuple[str, str], ...] = tuple((code.value, code.label) for code in Complication)
COMPLICATION_CODES = tuple(Complication)
CATHETER_TYPES = (("balloon", "Balloon catheter"), ("cannula", "Cannula"), ("other", "Other"))
SEVERITIES = tuple(severity.value for severity in Severity)

TEXT_FIELDS = {"contrast_agent": 100, "contrast_concentration": 60, "contrast_lot": 60, "catheter_lot": 60,
               "complication_other": 200, "radiologist_name": 100, "notes": 2000, "fluoro_note": 500,
               "images_note": 500, "expiry_note": 500, "catheter_product": 100,
               "dose_note": 500}
DATE_FIELDS = ("contrast_expiry", "catheter_expiry")
GTIN_FIELDS = ("contrast_gtin", "catheter_gtin")
# The values a scan can fill; for each, the record keeps whether it was scanned or typed.
SOURCE_FIELDS = ("contrast_agent", "contrast_concentration", "contrast_lot", "contrast_expiry", "catheter_product",
                 "catheter_type", "catheter_lot", "catheter_expiry")
SCANNED, TYPED = "scanned", "typed"
# field → (lowest, highest, decimals, unit)
NUMBER_FIELDS = {"contrast_volume_ml": (0, 200, 1, "mL"), "fluoro_time_min": (0, 120, 1, "minutes"),
                 "image_count": (0, 500, 0, "images"), "air_kerma_mgy": (0, 5000, 2, "mGy"),
                 "kap_gycm2": (0, 500, 2, "Gy·cm²")}

LABELS = {
    "contrast_agent": "Contrast agent", "contrast_concentration": "Concentration", "contrast_volume_ml": "Volume",
    "contrast_lot": "Contrast lot", "contrast_expiry": "Expiry date", "catheter_type": "Catheter type",
    "catheter_lot": "Catheter lot", "fluoro_time_min": "Fluoroscopy time", "image_count": "Images",
    "air_kerma_mgy": "Air kerma", "kap_gycm2": "Kerma-area product", "complications": "Complications",
    "contrast_reaction_severity": "Reaction severity", "complication_other": "Other complication",
    "radiologist_name": "Radiologist", "radiologist_id": "Radiologist", "notes": "Notes",
    "fluoro_note": "Note on the fluoroscopy time", "images_note": "Note on the number of images",
    "expiry_note": "Note on the expired contrast",
    "catheter_product": "Catheter product", "catheter_expiry": "Catheter expiry date",
    "contrast_gtin": "Contrast GTIN", "catheter_gtin": "Catheter GTIN",
    "dose_note": "Note on a dose above the reference level",
}


def clean_value(field: str, value: Any) -> Any:
    """The value to store for one field, or ValidationError with the message for the field."""
    if field in TEXT_FIELDS:
        text = (value or "").strip() if isinstance(value, str) else ("" if value is None else str(value))
        if len(text) > TEXT_FIELDS[field]:
            raise ValidationError(field, Message("at most {value} characters", value=TEXT_FIELDS[field]))
        return text
    if field in NUMBER_FIELDS:
        low, high, decimals, unit = NUMBER_FIELDS[field]
        if value is None or value == "":
            return None
        try:
            number = float(str(value).replace(",", "."))
        except ValueError:
            raise ValidationError(field, "type a number") from None
        if number < low:
            raise ValidationError(field, "cannot be negative")
        if number > high:
            raise ValidationError(field, Message("at most {high:g} {unit}", high=high, unit=unit))
        if decimals == 0:
            if number != int(number):
                raise ValidationError(field, "a whole number")
            return int(number)
        return round(number, decimals)
    if field in GTIN_FIELDS:
        text = "" if value is None else str(value).strip()
        if text and not (text.isdigit() and len(text) == 14):
            raise ValidationError(field, "a GTIN-14 (14 digits)")
        return text or None
    if field in DATE_FIELDS:
        if value in (None, ""):
            return None
        if isinstance(value, date):
            return value.isoformat()
        try:
            return date.fromisoformat(str(value)).isoformat()
        except ValueError:
            raise ValidationError(field, "not a date") from None
    if field == "catheter_type":
        if value in (None, ""):
            return None
        if value not in dict(CATHETER_TYPES):
            raise ValidationError(field, "choose balloon catheter, cannula or other")
        return value
    if field == "contrast_reaction_severity":
        if value in (None, ""):
            return None
        if value not in SEVERITIES:
            raise ValidationError(field, "choose mild, moderate or severe")
        return value
    if field == "complications":
        codes = list(dict.fromkeys(value or []))
        unknown = [code for code in codes if code not in COMPLICATION_CODES]
        if unknown:
            raise ValidationError(field, Message("unknown complication {value!r}", value=unknown[0]))
        if "none" in codes and len(codes) > 1:
            raise ValidationError(field, "“None” cannot go with a complication")
        return codes
    if field == "radiologist_id":
        return None if value in (None, "") else int(value)
    raise ValidationError(field, "not a procedure record field")


# Fields that belong to one complication: when it is unticked they are stored empty.
DEPENDENT_FIELDS = {"contrast_reaction": ("contrast_reaction_severity", None), "other": ("complication_other", "")}


def emptied_with(field: str, cleaned: Any) -> dict[str, Any]:
    """The fields to store empty along with `field`: those of a complication no longer ticked."""
    if field != "complications":
        return {}
    return {dependent: empty for code, (dependent, empty) in DEPENDENT_FIELDS.items() if code not in cleaned}


def record_problems(record: dict, *, exam_day: date, device_confirmation: bool,
                    settings: ClinicSettings) -> dict[str, str]:
    """What keeps the record from being complete, field → message (empty when complete)."""
    problems: dict[str, str] = {}
    for field in ("contrast_agent", "contrast_concentration", "contrast_lot", "radiologist_name"):
        if not (record.get(field) or "").strip():
            problems[field] = Message("required")
    for field in ("contrast_volume_ml", "contrast_expiry", "catheter_type", "fluoro_time_min", "image_count"):
        if record.get(field) in (None, ""):
            problems[field] = Message("required")
    complications = record.get("complications") or []
    if not complications:
        problems["complications"] = Message("choose “None” if there were none")
    if "contrast_reaction" in complications and not record.get("contrast_reaction_severity"):
        problems["contrast_reaction_severity"] = Message("how severe was the contrast reaction?")
    if "other" in complications and not (record.get("complication_other") or "").strip():
        problems["complication_other"] = Message("describe the other complication")
    # Expired contrast used to ask for a note here; it is now the stop product.expired, which
    # only the radiologist's signed override resolves (issue #20). The note stays optional.
    fluoro = record.get("fluoro_time_min")
    if fluoro is not None and fluoro > settings.fluoro_time_note_minutes and not (record.get("fluoro_note") or "").strip():
        problems["fluoro_note"] = Message("fluoroscopy over {minutes:g} minutes (a typical HSG needs about one): add "
                                          "a note", minutes=settings.fluoro_time_note_minutes)
    exceeded = reference_exceeded(record.get("fluoro_time_min"), record.get("kap_gycm2"), settings)
    if exceeded and not (record.get("dose_note") or "").strip():
        problems["dose_note"] = Message("above the local reference level: {doses}: add a short note",
                                        doses=exceeded.doses(settings))
    images = record.get("image_count")
    if (device_confirmation and images is not None and images < settings.device_min_images
            and not (record.get("images_note") or "").strip()):
        problems["images_note"] = Message("the device protocol asks for at least {images} images: add a note",
                                          images=settings.device_min_images)
    return problems


def dose_caution(record: dict, settings: ClinicSettings) -> str:
    """"Above the local reference level: fluoroscopy 2.4 min (reference 1.5 min)", or "" when
    the recorded doses are within the clinic's reference levels (issue 19)."""
    exceeded = reference_exceeded(record.get("fluoro_time_min"), record.get("kap_gycm2"), settings)
    return Message("Above the local reference level: {doses}", doses=exceeded.doses(settings)) if exceeded else ""
