"""The clinic's short lists, one home each: every layer takes its choices from here.

Each list is a StrEnum whose values are what storage keeps (the CHECK constraints hold the
same values: tests/storage/test_vocabulary_checks.py) and whose `.label` is what a person
reads. Members compare equal to their stored text, so a tuple of members works wherever the
old tuple of strings did (`"en" in tuple(Language)`; Python 3.11 refuses `"en" in Language`).
"""

from __future__ import annotations

from enum import StrEnum


class Language(StrEnum):
    """The languages the patient documents print in."""

    EN = "en"
    ES = "es"

    @property
    def label(self) -> str:
        return {Language.EN: "English", Language.ES: "Spanish"}[self]


class PhysicianTitle(StrEnum):
    """The referring physician's title, its own field so a sheet can print it in the patient's
    language: Spanish says "Dra." for a woman, English "Dr." for either."""

    NONE = ""
    DR = "Dr."
    DRA = "Dra."

    @property
    def label(self) -> str:
        return {PhysicianTitle.NONE: "(none)", PhysicianTitle.DR: "Dr.", PhysicianTitle.DRA: "Dra."}[self]

    def printed(self, language: str) -> str:
        """The title as a sheet in `language` prints it ("" when there is none)."""
        if self is PhysicianTitle.NONE:
            return ""
        return self.value if language == Language.ES else "Dr."


class DocumentKind(StrEnum):
    SUMMARY = "summary"
    AFTERCARE = "aftercare"
    PREP = "prep"
    CONSENT = "consent"

    @property
    def label(self) -> str:
        return {DocumentKind.SUMMARY: "Exam summary", DocumentKind.AFTERCARE: "Aftercare sheet",
                DocumentKind.PREP: "Preparation sheet", DocumentKind.CONSENT: "Consent form"}[self]


class PaymentKind(StrEnum):
    INSURANCE = "insurance"
    SELF_PAY = "self_pay"

    @property
    def label(self) -> str:
        return {PaymentKind.INSURANCE: "Insurance", PaymentKind.SELF_PAY: "Self-pay"}[self]


class PaymentMethod(StrEnum):
    CASH = "cash"
    CARD = "card"
    CHECK = "check"

    @property
    def label(self) -> str:
        return self.value.capitalize()


class Complication(StrEnum):
    """What the procedure record ticks under Complications."""

    NONE = "none"
    VASOVAGAL = "vasovagal"
    CONTRAST_REACTION = "contrast_reaction"
    SEVERE_PAIN = "severe_pain"
    BLEEDING = "bleeding"
    UNABLE_TO_CANNULATE = "unable_to_cannulate"
    OTHER = "other"

    @property
    def label(self) -> str:
        return COMPLICATION_LABELS[self]


COMPLICATION_LABELS = {
    Complication.NONE: "None",
    Complication.VASOVAGAL: "Vasovagal reaction",
    Complication.CONTRAST_REACTION: "Contrast reaction",
    Complication.SEVERE_PAIN: "Severe pain",
    Complication.BLEEDING: "Bleeding",
    Complication.UNABLE_TO_CANNULATE: "Unable to cannulate",
    Complication.OTHER: "Other",
}


class TestMethod(StrEnum):
    """How the pregnancy test was done."""

    __test__ = False  # not a pytest test class, despite the name

    SERUM = "serum"
    URINE = "urine"

    @property
    def label(self) -> str:
        return {TestMethod.SERUM: "Serum (blood)", TestMethod.URINE: "Urine"}[self]


class TestResult(StrEnum):
    __test__ = False  # not a pytest test class, despite the name

    NEGATIVE = "negative"
    POSITIVE = "positive"
    INDETERMINATE = "indeterminate"

    @property
    def label(self) -> str:
        return self.value.capitalize()


class OrderState(StrEnum):
    """Where an order pulled from the RIS stands here (domain/ris.py's RisOrder.state); the
    worklist shows its label beside the exam it booked."""

    BOOKED = "booked"                # an exam of ours carries it
    NEEDS_REVIEW = "needs_review"    # the front desk decides: an MRN mismatch or a possible duplicate
    DISCONTINUED = "discontinued"    # the RIS says it was discontinued
    VANISHED = "vanished"            # the RIS no longer lists it

    @property
    def label(self) -> str:
        return {"booked": "RIS", "needs_review": "RIS: check",
                "discontinued": "RIS: discontinued", "vanished": "RIS: no longer listed"}[self.value]
