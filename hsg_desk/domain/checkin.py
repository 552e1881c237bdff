"""The check-in (DESIGN.md §3): her identity, referral, payment, consent, sedation and language
as the front desk records them, and the pregnancy test taken that day; each as a frozen value,
and their fields as tables of specs, checked one at a time as the clerk makes them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from .errors import ValidationError
from .fields import Choice, FieldTable, Moment, Money, Phone, Text, YesNo, money_text
from .patient import MAX_NAME
from .vocabulary import Language, PaymentKind, PaymentMethod, TestMethod, TestResult


def _choices(enum) -> tuple[tuple[str, str], ...]:
    return tuple((member.value, member.label) for member in enum)


CHECKIN_FIELDS = FieldTable(
    "a check-in item",
    YesNo("identity_verified", "Identity verified (name and date of birth)"),
    YesNo("referral_on_file", "Referral on file"),
    Choice("payment_kind", "Payment", choices=_choices(PaymentKind)),
    Text("insurance_carrier", "Insurance carrier", limit=MAX_NAME, printable=True),
    Text("insurance_member_id", "Insurance member id", limit=40, printable=True),
    YesNo("insurance_card_copied", "Insurance card copied"),
    YesNo("coverage_acknowledged", "Told infertility work-ups are often not covered"),
    Money("payment_amount", "Amount"),
    Choice("payment_method", "Payment method", choices=_choices(PaymentMethod), empty=""),
    YesNo("consent_signed", "Informed consent signed"),
    YesNo("sedative", "Sedative prescribed"),
    Text("sedative_name", "Sedative", limit=MAX_NAME, printable=True),
    Text("driver_name", "Driver's name", limit=MAX_NAME, printable=True),
    Phone("driver_phone", "Driver's phone"),
    Choice("language", "Language", choices=_choices(Language)),
)
PREGNANCY_TEST_FIELDS = FieldTable(
    "part of the pregnancy test",
    YesNo("refused", "Refused", optional=False),
    Choice("method", "Method", choices=_choices(TestMethod)),
    Moment("collected_at", "Collected at"),
    Choice("result", "Result", choices=_choices(TestResult)),
    Moment("received_at", "Result received"),
)


@dataclass(frozen=True)
class Checkin:
    """What the front desk recorded at check-in; `version` 0 until the first item is saved.
    Who did what is the user's id (`…_by`)."""

    identity_verified: bool | None = None
    identity_verified_at: datetime | None = None
    identity_verified_by: int | None = None
    referral_on_file: bool | None = None
    payment_kind: PaymentKind | None = None
    insurance_carrier: str = ""
    insurance_member_id: str = ""
    insurance_card_copied: bool | None = None
    coverage_acknowledged: bool | None = None
    payment_amount_cents: int | None = None
    payment_method: str = ""
    consent_signed: bool | None = None
    consent_signed_at: datetime | None = None
    consent_recorded_by: int | None = None
    sedative: bool | None = None
    sedative_name: str = ""
    driver_name: str = ""
    driver_phone: str = ""
    language: Language | None = None
    completed_at: datetime | None = None
    completed_by: int | None = None
    version: int = 0

    @property
    def completed(self) -> bool:
        return self.completed_at is not None

    def value(self, name: str) -> Any:
        """The value of one item as the page shows it (the amount as '150.00')."""
        if name == "payment_amount":
            return money_text(self.payment_amount_cents)
        return getattr(self, name)


@dataclass(frozen=True)
class CheckinPregnancyTest:
    """The pregnancy test as check-in records it, possibly still incomplete (screening reads
    the complete one as case.PregnancyTest); `version` 0 until something is saved."""

    refused: bool = False
    method: TestMethod | None = None
    collected_at: datetime | None = None
    result: TestResult | None = None
    received_at: datetime | None = None
    recorded_by: int | None = None
    version: int = 0

    @property
    def incomplete(self) -> bool:
        """Started but not finished: not refused, and the method, collection or result missing."""
        return self.version > 0 and not self.refused and not (self.method and self.collected_at and self.result)


def check_test_time(name: str, moment: datetime | None, test: CheckinPregnancyTest, now: datetime) -> None:
    """ValidationError when the collection or result time cannot be true: in the future, or a
    result received before the blood was collected."""
    if moment is None:
        return
    if moment > now:
        raise ValidationError(name, "is in the future")
    collected = moment if name == "collected_at" else test.collected_at
    received = moment if name == "received_at" else test.received_at
    if collected and received and received < collected:
        raise ValidationError(name, "the result cannot arrive before the blood was collected")
