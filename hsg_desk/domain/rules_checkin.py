"""Check-in and indication rules (DESIGN.md §4.5).

Identity and consent left unrecorded count as not done (§4.6).
"""

from __future__ import annotations

from .case import Indication, ScreeningCase
from .findings import Level
from .rule import Rule, answered_yes
from .settings import ClinicSettings
from .timing import earliest_device_confirmation, exam_date, format_day


def identity_unverified(case: ScreeningCase, settings: ClinicSettings) -> str | None:
    if case.checkin.identity_verified is not True:
        return "Her identity was not verified with two identifiers (full name and date of birth) at check-in."
    return None


def consent_missing(case: ScreeningCase, settings: ClinicSettings) -> str | None:
    if settings.consent_required and case.checkin.consent_signed is not True:
        return "Informed consent is not signed."
    return None


def sedation_no_driver(case: ScreeningCase, settings: ClinicSettings) -> str | None:
    """A sedative, or a premedication with an antihistamine (diphenhydramine makes her drowsy), and no driver."""
    if (case.checkin.driver_name or "").strip():
        return None
    if answered_yes(case.checkin.sedative):
        return "A sedative was prescribed and no driver is recorded. She must not drive herself home."
    if case.premedication is not None and case.premedication.sedates:
        return ("Her premedication includes diphenhydramine (Benadryl), which makes her drowsy, and no driver "
                "is recorded. She must not drive herself home.")
    return None


def _device_confirmation(case: ScreeningCase) -> bool:
    return case.exam.indication == Indication.DEVICE_CONFIRMATION


def device_placement_missing(case: ScreeningCase, settings: ClinicSettings) -> str | None:
    if _device_confirmation(case) and case.exam.device_placed_on is None:
        return "Essure/Adiana confirmation without a placement date: the waiting period cannot be checked."
    return None


def device_too_early(case: ScreeningCase, settings: ClinicSettings) -> str | None:
    """Exam date before placement + N calendar months (clamped to the month's end)."""
    placed_on = case.exam.device_placed_on
    if not _device_confirmation(case) or placed_on is None:
        return None
    earliest = earliest_device_confirmation(placed_on, settings)
    day = exam_date(case.exam.scheduled_at)
    if day >= earliest:
        return None
    return (f"Device placed {format_day(placed_on)}: the confirmation exam is due on or after "
            f"{format_day(earliest)} ({settings.device_wait_months} months), not {format_day(day)}.")


_GROUP = "Check-in and indication"
_DEVICE = ("exam.indication", "exam.device_placed_on")

CHECKIN_RULES: tuple[Rule, ...] = (
    Rule("identity.unverified", Level.STOP, _GROUP, "Two identifiers not verified at check-in.",
         identity_unverified, ("checkin.identity_verified",),
         "Verify her name and date of birth at check-in, or a radiologist override."),
    Rule("consent.missing", Level.STOP, _GROUP, "Consent not signed (when consent is required).",
         consent_missing, ("checkin.consent_signed",),
         "Have the consent signed, or a radiologist override."),
    Rule("sedation.no_driver", Level.STOP, _GROUP,
         "A sedative is prescribed, or the premedication includes an antihistamine "
         "(steroid_and_antihistamine), and no driver is recorded.",
         sedation_no_driver, ("checkin.sedative", "checkin.driver_name", "premedication"),
         "Record the driver at check-in, or a radiologist override."),
    Rule("device.placement_missing", Level.STOP, _GROUP,
         "Essure/Adiana confirmation without a placement date.", device_placement_missing, _DEVICE),
    Rule("device.too_early", Level.STOP, _GROUP,
         "Exam date before the placement date + {device_wait_months} calendar months.",
         device_too_early, _DEVICE + ("exam.scheduled_at",),
         "Radiologist override with a reason, or rebook on or after the due date."),
)
