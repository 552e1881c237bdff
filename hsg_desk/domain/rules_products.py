"""Products used in the exam (issue #20): the contrast and the catheter, by the expiry their
label carries (scanned or typed), judged against the exam date.

These open during the procedure, when the record is written, and are resolved there: an
expired product is the expired-contrast note made strict, a stop that only the
radiologist's own signed override lets go on.
"""

from __future__ import annotations

from datetime import date

from .case import ScreeningCase
from .findings import Level
from .products import EXPIRY_CAUTION_DAYS, ExpiryState, expiry_state
from .rule import Rule
from .settings import ClinicSettings
from .timing import exam_date, format_day

_PRODUCTS = (("contrast", "exam.contrast_expiry"), ("catheter", "exam.catheter_expiry"))


def _products_in(case: ScreeningCase, state: ExpiryState) -> list[tuple[str, date]]:
    day = exam_date(case.exam.scheduled_at)
    found = []
    for name, path in _PRODUCTS:
        expiry = getattr(case.exam, path.split(".")[1], None)
        if expiry_state(expiry, day) is state:
            found.append((name, expiry))
    return found


def product_expired(case: ScreeningCase, settings: ClinicSettings) -> str | None:
    expired = _products_in(case, ExpiryState.EXPIRED)
    if not expired:
        return None
    what = " and ".join(f"the {name} expired {format_day(expiry)}" for name, expiry in expired)
    return (f"Expired product: {what}, before the exam date. Do not use it: take another, or the radiologist "
            "signs an override (name and password) before the record can be signed.")


def product_expiring_soon(case: ScreeningCase, settings: ClinicSettings) -> str | None:
    near = _products_in(case, ExpiryState.EXPIRING)
    if not near:
        return None
    what = " and ".join(f"the {name} expires {format_day(expiry)}" for name, expiry in near)
    return f"Near its expiry: {what}, within {EXPIRY_CAUTION_DAYS} days of the exam."


_GROUP = "Products (during the exam)"
_ANSWERS = tuple(path for _, path in _PRODUCTS)

PRODUCT_RULES: tuple[Rule, ...] = (
    Rule("product.expired", Level.STOP, _GROUP,
         "The contrast or the catheter recorded for the exam (scanned or typed) expired before the exam date.",
         product_expired, _ANSWERS,
         "Radiologist override signed in place (name and password); the record cannot be signed until then."),
    Rule("product.expiring_soon", Level.CAUTION, _GROUP,
         f"The contrast or the catheter expires within {EXPIRY_CAUTION_DAYS} days of the exam date.",
         product_expiring_soon, _ANSWERS),
)
