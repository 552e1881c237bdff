"""The procedure record (DESIGN.md §5, §8): contrast, catheter, radiation, complications,
radiologist and notes, as one frozen value; its fields as a table of specs, checked one at a
time as they are typed; and what the whole record still lacks before the exam can be signed.
Messages name the field."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from .allergy import Severity
from .dose import reference_exceeded
from .fields import Choice, Codes, Day, FieldTable, Gtin, Number, Reference, Text
from .message import Message
from .settings import ClinicSettings
from .vocabulary import Complication

CATHETER_TYPES = (("balloon", "Balloon catheter"), ("cannula", "Cannula"), ("other", "Other"))
SEVERITIES = tuple(severity.value for severity in Severity)
SCANNED, TYPED = "scanned", "typed"

PROCEDURE_FIELDS = FieldTable(
    "a procedure record field",
    Text("contrast_agent", "Contrast agent", limit=100),
    Text("contrast_concentration", "Concentration", limit=60),
    Number("contrast_volume_ml", "Volume", low=0, high=200, decimals=1, unit="mL"),
    Text("contrast_lot", "Contrast lot", limit=60),
    Day("contrast_expiry", "Expiry date"),
    Choice("catheter_type", "Catheter type", choices=CATHETER_TYPES),
    Text("catheter_lot", "Catheter lot", limit=60),
    Number("fluoro_time_min", "Fluoroscopy time", low=0, high=120, decimals=1, unit="minutes"),
    Number("image_count", "Images", low=0, high=500, decimals=0, unit="images"),
    Number("air_kerma_mgy", "Air kerma", low=0, high=5000, decimals=2, unit="mGy"),
    Number("kap_gycm2", "Kerma-area product", low=0, high=500, decimals=2, unit="Gy·cm²"),
    Codes("complications", "Complications", codes=tuple(Complication), alone=Complication.NONE,
          alone_label=Complication.NONE.label),
    Choice("contrast_reaction_severity", "Reaction severity", choices=tuple((s, s) for s in SEVERITIES)),
    Text("complication_other", "Other complication", limit=200),
    Reference("radiologist_id", "Radiologist"),
    Text("radiologist_name", "Radiologist", limit=100),
    Text("notes", "Notes", limit=2000, multiline=True),
    Text("fluoro_note", "Note on the fluoroscopy time", limit=500),
    Text("images_note", "Note on the number of images", limit=500),
    Text("expiry_note", "Note on the expired contrast", limit=500),
    Text("catheter_product", "Catheter product", limit=100),
    Day("catheter_expiry", "Catheter expiry date"),
    Gtin("contrast_gtin", "Contrast GTIN"),
    Gtin("catheter_gtin", "Catheter GTIN"),
    Text("dose_note", "Note on a dose above the reference level", limit=500),
)
LABELS = PROCEDURE_FIELDS.labels()
TEXT_LIMITS = {name: PROCEDURE_FIELDS[name].limit for name in PROCEDURE_FIELDS.names(Text)}
# The values a scan can fill; for each, the record keeps whether it was scanned or typed.
SOURCE_FIELDS = ("contrast_agent", "contrast_concentration", "contrast_lot", "contrast_expiry", "catheter_product",
                 "catheter_type", "catheter_lot", "catheter_expiry")
# Fields that belong to one complication: when it is unticked they are stored empty.
DEPENDENT_FIELDS = {Complication.CONTRAST_REACTION: ("contrast_reaction_severity", None),
                    Complication.OTHER: ("complication_other", "")}


@dataclass(frozen=True)
class ProcedureRecord:
    """What the technologist recorded about the procedure; `version` 0 until the first save."""

    contrast_agent: str = ""
    contrast_concentration: str = ""
    contrast_volume_ml: float | None = None
    contrast_lot: str = ""
    contrast_expiry: date | None = None
    catheter_type: str | None = None
    catheter_lot: str = ""
    fluoro_time_min: float | None = None
    image_count: int | None = None
    air_kerma_mgy: float | None = None
    kap_gycm2: float | None = None
    complications: tuple[str, ...] = ()
    contrast_reaction_severity: str | None = None
    complication_other: str = ""
    radiologist_id: int | None = None
    radiologist_name: str = ""
    notes: str = ""
    fluoro_note: str = ""
    images_note: str = ""
    expiry_note: str = ""
    catheter_product: str = ""
    catheter_expiry: date | None = None
    contrast_gtin: str | None = None
    catheter_gtin: str | None = None
    dose_note: str = ""          # asked for at signing when a dose was above the reference level
    sources: dict[str, str] = field(default_factory=dict)  # field → SCANNED or TYPED (issue #20)
    version: int = 0

    def value(self, name: str) -> Any:
        """The value of field `name` (one of PROCEDURE_FIELDS)."""
        if name not in PROCEDURE_FIELDS:
            raise KeyError(name)
        return getattr(self, name)

    def scanned(self, name: str) -> bool:
        """The field holds a value that came from a scan."""
        return self.sources.get(name) == SCANNED and self.value(name) not in (None, "")


def clean_value(name: str, value: Any) -> Any:
    """The value to keep for one field, or ValidationError with the message for the field."""
    return PROCEDURE_FIELDS.clean(name, value)


def emptied_with(name: str, cleaned: Any) -> dict[str, Any]:
    """The fields to store empty along with `name`: those of a complication no longer ticked."""
    if name != "complications":
        return {}
    return {dependent: empty for code, (dependent, empty) in DEPENDENT_FIELDS.items() if code not in cleaned}


def _blank(text: str | None) -> bool:
    return not (text or "").strip()


def record_problems(record: ProcedureRecord, *, exam_day: date, device_confirmation: bool,
                    settings: ClinicSettings) -> dict[str, str]:
    """What keeps the record from being complete, field → message (empty when complete)."""
    problems: dict[str, str] = {}
    for name in ("contrast_agent", "contrast_concentration", "contrast_lot", "radiologist_name"):
        if _blank(record.value(name)):
            problems[name] = Message("required")
    for name in ("contrast_volume_ml", "contrast_expiry", "catheter_type", "fluoro_time_min", "image_count"):
        if record.value(name) in (None, ""):
            problems[name] = Message("required")
    complications = record.complications
    if not complications:
        problems["complications"] = Message("choose “None” if there were none")
    if Complication.CONTRAST_REACTION in complications and not record.contrast_reaction_severity:
        problems["contrast_reaction_severity"] = Message("how severe was the contrast reaction?")
    if Complication.OTHER in complications and _blank(record.complication_other):
        problems["complication_other"] = Message("describe the other complication")
    # Expired contrast used to ask for a note here; it is now the stop product.expired, which
    # only the radiologist's signed override resolves (issue #20). The note stays optional.
    fluoro = record.fluoro_time_min
    if fluoro is not None and fluoro > settings.fluoro_time_note_minutes and _blank(record.fluoro_note):
        problems["fluoro_note"] = Message("fluoroscopy over {minutes:g} minutes (a typical HSG needs about one): add "
                                          "a note", minutes=settings.fluoro_time_note_minutes)
    exceeded = reference_exceeded(record.fluoro_time_min, record.kap_gycm2, settings)
    if exceeded and _blank(record.dose_note):
        problems["dose_note"] = Message("above the local reference level: {doses}: add a short note",
                                        doses=exceeded.doses(settings))
    images = record.image_count
    if (device_confirmation and images is not None and images < settings.device_min_images
            and _blank(record.images_note)):
        problems["images_note"] = Message("the device protocol asks for at least {images} images: add a note",
                                          images=settings.device_min_images)
    return problems


def dose_caution(record: ProcedureRecord, settings: ClinicSettings) -> str:
    """"Above the local reference level: fluoroscopy 2.4 min (reference 1.5 min)", or "" when
    the recorded doses are within the clinic's reference levels (issue 19)."""
    exceeded = reference_exceeded(record.fluoro_time_min, record.kap_gycm2, settings)
    return Message("Above the local reference level: {doses}", doses=exceeded.doses(settings)) if exceeded else ""
