"""The time-out before step 6 (DESIGN.md §5): what the team confirms aloud, with the values
being confirmed — her name and date of birth, the procedure, consent, the allergies, the
pregnancy test with its times, and the screening findings with how each was resolved.
A category ("Allergies reviewed") is not a confirmation; the value read aloud is."""

from __future__ import annotations

from dataclasses import dataclass

from hsg_desk.domain.dates import date_text
from hsg_desk.domain.findings import Level
from hsg_desk.domain.message import Message
from hsg_desk.domain.timing import wall_clock
from hsg_desk.storage import checkins as checkin_store
from hsg_desk.storage import exams as exam_store
from hsg_desk.storage import patients as patient_store

TIMEOUT_ITEMS: tuple[tuple[str, str], ...] = (
    ("identity", "Her two identifiers"),
    ("procedure", "The procedure"),
    ("consent", "Consent"),
    ("allergies", "Allergies"),
    ("pregnancy_test", "Pregnancy test"),
    ("screening", "Screening findings"),
)


@dataclass(frozen=True)
class TimeoutItem:
    key: str
    label: str
    value: str

    @property
    def text(self) -> str:
        return f"{self.label}: {self.value}"


def timeout_items(screening, exam_id: int) -> list[TimeoutItem]:
    """Each item with the value read aloud, from what is stored now."""
    db = screening.ctx.db
    case = screening.case_for(exam_id)
    exam = case.exam
    zone = screening.ctx.settings.time_zone  # times as the facility's wall clock reads them
    patient = patient_store.get_patient(db, exam_store.get_exam(db, exam_id).patient_id)
    values = {
        "identity": Message("{name}, born {born}", name=f"{patient.given_name} {patient.family_name}",
                            born=date_text(patient.birth_date)),
        "procedure": Message("hysterosalpingogram (HSG) for {indication}", indication=Message.word("indication", exam.indication.label.lower()))
        if exam.indication else Message("hysterosalpingogram (HSG)"),
        "consent": _consent(db, exam_id, zone),
        "allergies": "; ".join(f"{a.substance} ({a.category.value}, {a.severity.value}"
                               + (f", {a.reaction}" if a.reaction else "") + ")" for a in case.history.allergies)
        or Message("none recorded"),
        "pregnancy_test": _test(case, zone),
        "screening": _findings(screening.states(exam_id, case)),
    }
    return [TimeoutItem(key, label, values[key]) for key, label in TIMEOUT_ITEMS]


def _consent(db, exam_id: int, zone: str) -> str:
    checkin = checkin_store.get_checkin(db, exam_id)
    if checkin is None or not checkin.consent_signed:
        return Message("NOT signed")
    at = checkin.consent_signed_at
    return Message("signed {when}", when=wall_clock(at, zone)) if at else Message("signed")


def _test(case, zone: str) -> str:
    if case.pregnancy_test_refused:
        return Message("she refused the test")
    test = case.pregnancy_test
    if test is None:
        return Message("none recorded")
    collected = wall_clock(test.collected_at, zone)
    if test.received_at is None:
        return Message("{method} {result}, collected {collected}", method=Message.word("test", test.method.value),
                       result=Message.word("test", test.result.value), collected=collected)
    return Message("{method} {result}, collected {collected}, result received {received}",
                   method=Message.word("test", test.method.value), result=Message.word("test", test.result.value),
                   collected=collected, received=wall_clock(test.received_at, zone))


def _findings(states) -> str:
    lines = []
    for state in states:
        if state.finding.level is Level.INFO:
            continue
        resolution = state.resolution
        how = (f"resolved by {resolution.radiologist_name}: {resolution.reason}" if resolution
               else state.status)
        lines.append(f"{state.finding.message} — {how}")
    return "; ".join(lines) or Message("none open")
