"""The clinic's product list: which GTIN is which contrast agent or HSG catheter (issue #20),
and how a product's expiry is judged against the exam date."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from .errors import ValidationError
from .gs1 import gs1_check_digit
from .message import Message

EXPIRY_CAUTION_DAYS = 30  # a product that expires within this many days of the exam gets a caution


class ProductKind(StrEnum):
    CONTRAST = "contrast"
    CATHETER = "catheter"

    @property
    def label(self) -> str:
        return "Contrast agent" if self is ProductKind.CONTRAST else "Catheter"


@dataclass(frozen=True)
class Product:
    """One entry of the list. A contrast agent's name is built from the contrast list, its
    strength and its pack ("iohexol (Omnipaque) 300 mgI/mL, 50 mL"); a catheter's is typed."""

    gtin: str  # 14 digits
    kind: ProductKind
    name: str
    agent: str = ""          # contrast: the agent as the contrast list names it
    concentration: str = ""  # contrast: "300 mgI/mL"
    package: str = ""        # contrast: "50 mL"
    catheter_type: str = ""  # catheter: balloon, cannula or other (the procedure record's choices)
    balloon: str = ""        # catheter: the balloon, e.g. "1.5 mL, latex-free"


def normal_gtin(text: str) -> str:
    """A GTIN-8/12/13/14 as its 14 digits (the form a GS1 code carries), check digit verified."""
    digits = "".join((text or "").split())
    if not digits.isdigit() or len(digits) not in (8, 12, 13, 14):
        raise ValidationError("gtin", "a GTIN has 8, 12, 13 or 14 digits")
    digits = digits.zfill(14)
    if int(digits[-1]) != gs1_check_digit(digits[:-1]):
        raise ValidationError("gtin", "the check digit (the last digit) is wrong: check the number")
    return digits


def contrast_name(agent: str, concentration: str, package: str) -> str:
    return f"{agent} {concentration}".strip() + (f", {package}" if package else "")


def _text(field: str, value: str, limit: int, required: bool) -> str:
    text = " ".join((value or "").split())
    if required and not text:
        raise ValidationError(field, "required")
    if len(text) > limit:
        raise ValidationError(field, Message("at most {limit} characters", limit=limit))
    return text


def checked_product(gtin: str, kind: ProductKind | str, *, name: str = "", agent: str = "",
                    concentration: str = "", package: str = "", catheter_type: str = "",
                    balloon: str = "") -> Product:
    """A product entry with every field checked (ValidationError names the field)."""
    try:
        kind = ProductKind(kind)
    except ValueError:
        raise ValidationError("kind", "choose contrast agent or catheter") from None
    gtin = normal_gtin(gtin)
    if kind is ProductKind.CONTRAST:
        agent = _text("agent", agent, 100, True)
        concentration = _text("concentration", concentration, 60, True)
        package = _text("package", package, 60, False)
        return Product(gtin, kind, contrast_name(agent, concentration, package), agent=agent,
                       concentration=concentration, package=package)
    return Product(gtin, kind, _text("name", name, 100, True),
                   catheter_type=_text("catheter_type", catheter_type, 20, True),
                   balloon=_text("balloon", balloon, 60, False))


class ExpiryState(StrEnum):
    EXPIRED = "expired"
    EXPIRING = "expiring"
    GOOD = "good"


def expiry_state(expiry: date | None, exam_day: date) -> ExpiryState | None:
    """Judged against the exam date: usable through its expiry day; within 30 days is near."""
    if expiry is None:
        return None
    if expiry < exam_day:
        return ExpiryState.EXPIRED
    if expiry <= exam_day + timedelta(days=EXPIRY_CAUTION_DAYS):
        return ExpiryState.EXPIRING
    return ExpiryState.GOOD
