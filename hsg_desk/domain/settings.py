"""Clinic settings: the thresholds DESIGN.md marks *(setting)*, with their defaults and ranges.

Rules read thresholds from a `ClinicSettings` value passed in, never from a global,
so a test can move a boundary by building another value.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields, replace
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from .contrast import ROOM_AGENT_CHOICES
from .errors import ValidationError
from .message import Message
from .vocabulary import TestMethod

PREGNANCY_TEST_METHODS = tuple(TestMethod)
PAPER_SIZES = ("letter", "a4")


@dataclass(frozen=True)
class SettingSpec:
    """How one setting is shown, checked and stored."""

    key: str
    label: str
    kind: type
    minimum: float | None = None
    maximum: float | None = None
    choices: tuple[str, ...] = ()
    unit: str = ""


@dataclass(frozen=True)
class ClinicSettings:
    facility_name: str = "HSG Desk Imaging"
    facility_address: str = ""
    facility_phone: str = ""
    facility_fax: str = ""
    time_zone: str = "America/Denver"
    paper_size: str = "letter"
    consent_required: bool = True
    pregnancy_test_window_hours: int = 24
    accepted_test_methods: tuple[str, ...] = ("serum",)
    last_cycle_day: int = 10
    typical_flow_days: int = 6  # the seed: flow usually stops by day 6, the exam on days 7–10
    fever_celsius: float = 38.0
    device_wait_months: int = 3
    delayed_images_limit_minutes: int = 30
    fluoro_time_note_minutes: float = 5.0
    device_min_images: int = 6
    aftercare_avoid_hours: int = 24
    failed_logins_before_lock: int = 5
    login_lock_minutes: int = 5
    idle_lock_minutes: int = 5
    backup_folder: str = ""
    backups_kept: int = 14
    scanner_prefix: str = ""
    scanner_separator: str = ""
    scan_key_gap_ms: int = 40
    room_contrast_agent: str = ""  # a code from domain.contrast.ROOM_AGENT_CHOICES; "" = not set
    # DICOM (issue 22): the RIS's worklist server, where MPPS goes, and when to pull.
    dicom_calling_ae: str = "HSGDESK"
    worklist_host: str = ""
    worklist_port: int = 104
    worklist_called_ae: str = ""
    worklist_station_ae: str = ""
    worklist_modality: str = "RF"
    worklist_procedure: str = ""
    worklist_pull_minutes: int = 0
    mpps_host: str = ""
    mpps_port: int = 104
    mpps_called_ae: str = ""
    mpps_local_exams: bool = False
    dicom_timeout_seconds: int = 10
    # The clinic's own dose reference levels (issue 19): published HSG surveys put median
    # fluoroscopy near 0.3-1 min and median KAP near 1-3 Gy·cm²; these defaults sit above
    # those medians until the clinic enters its own.
    reference_fluoro_minutes: float = 1.5
    reference_kap_gycm2: float = 3.0

    def with_values(self, values: dict[str, Any]) -> "ClinicSettings":
        """A copy with `values` applied after validating each against its spec."""
        checked = {key: validate_setting(key, value) for key, value in values.items()}
        return replace(self, **checked)

    def as_dict(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in fields(self)}


SETTING_SPECS: dict[str, SettingSpec] = {
    spec.key: spec
    for spec in (
        SettingSpec("facility_name", "Facility name", str),
        SettingSpec("facility_address", "Facility address", str),
        SettingSpec("facility_phone", "Facility phone", str),
        SettingSpec("facility_fax", "Facility fax", str),
        SettingSpec("time_zone", "Time zone (IANA name)", str),
        SettingSpec("paper_size", "Paper size", str, choices=PAPER_SIZES),
        SettingSpec("consent_required", "Informed consent required", bool),
        SettingSpec("pregnancy_test_window_hours", "Pregnancy test window", int, 1, 168, unit="hours"),
        SettingSpec("accepted_test_methods", "Accepted pregnancy test methods", tuple, choices=PREGNANCY_TEST_METHODS),
        SettingSpec("last_cycle_day", "Last cycle day for the exam", int, 5, 20, unit="day"),
        SettingSpec("typical_flow_days", "Typical days of flow (booking window)", int, 2, 10, unit="days"),
        SettingSpec("fever_celsius", "Fever threshold", float, 37.0, 40.0, unit="°C"),
        SettingSpec("device_wait_months", "Wait after device placement", int, 1, 12, unit="months"),
        SettingSpec("delayed_images_limit_minutes", "Delayed images limit", int, 5, 120, unit="minutes"),
        SettingSpec("fluoro_time_note_minutes", "Fluoroscopy time that asks for a note", float, 0.5, 60.0, unit="minutes"),
        SettingSpec("device_min_images", "Images for device confirmation", int, 1, 50),
        SettingSpec("aftercare_avoid_hours", "Aftercare avoid period", int, 1, 168, unit="hours"),
        SettingSpec("failed_logins_before_lock", "Failed logins before lock", int, 3, 20),
        SettingSpec("login_lock_minutes", "Account lock after failed logins", int, 1, 120, unit="minutes"),
        SettingSpec("idle_lock_minutes", "Automatic lock when idle", int, 1, 30, unit="minutes"),
        SettingSpec("backup_folder", "Backup folder", str),
        SettingSpec("backups_kept", "Backup copies kept", int, 1, 365),
        SettingSpec("scanner_prefix", "Barcode scanner prefix (if the scanner is set to send one)", str),
        SettingSpec("scanner_separator", "Barcode scanner field separator, if not GS (one character)", str),
        SettingSpec("scan_key_gap_ms", "Barcode scan: longest pause between keystrokes", int, 10, 200, unit="ms"),
        SettingSpec("room_contrast_agent", "Room contrast agent", str, choices=ROOM_AGENT_CHOICES),
        SettingSpec("reference_fluoro_minutes", "Local reference level: fluoroscopy time", float, 0.1, 60.0,
                    unit="minutes"),
        SettingSpec("reference_kap_gycm2", "Local reference level: KAP", float, 0.1, 500.0, unit="Gy·cm²"),
    )
}


def validate_setting(key: str, value: Any) -> Any:
    """Return `value` converted to the setting's type, or raise ValidationError."""
    spec = SETTING_SPECS.get(key)
    if spec is None:
        raise ValidationError(key, "is not a setting")
    if spec.kind is bool:
        if not isinstance(value, bool):
            raise ValidationError(key, "must be yes or no")
        return value
    if spec.kind is tuple:
        items = tuple(value) if isinstance(value, (list, tuple)) else ()
        if not items or any(item not in spec.choices for item in items):
            raise ValidationError(key, Message("choose one or more of {value}", value=', '.join(spec.choices)))
        return items
    if spec.kind is str:
        if not isinstance(value, str) or len(value) > 200:
            raise ValidationError(key, "must be text of at most 200 characters")
        if spec.choices and value not in spec.choices:
            raise ValidationError(key, Message("choose one of {value}", value=', '.join(spec.choices)))
        if key == "time_zone":
            _check_time_zone(value)
        if key == "scanner_separator" and len(value.strip()) > 1:
            raise ValidationError(key, "must be one character (or empty for GS)")
        if key in TEXT_CHECKS:
            return TEXT_CHECKS[key](key, value.strip())
        return value.strip()
    try:
        number = spec.kind(value)
    except (TypeError, ValueError, OverflowError):  # OverflowError: int(float("inf"))
        raise ValidationError(key, "must be a number") from None
    if number != number or number in (float("inf"), float("-inf")):  # NaN passes no range check
        raise ValidationError(key, "must be a number")
    if isinstance(value, bool) or (spec.kind is int and isinstance(value, float) and not value.is_integer()):
        raise ValidationError(key, "must be a whole number")
    if spec.minimum is not None and number < spec.minimum or spec.maximum is not None and number > spec.maximum:
        raise ValidationError(key, Message("must be between {minimum:g} and {maximum:g} {unit}", minimum=spec.minimum,
                                           maximum=spec.maximum, unit=Message.word("settings", spec.unit))
                              if spec.unit else Message("must be between {minimum:g} and {maximum:g}",
                                                        minimum=spec.minimum, maximum=spec.maximum))
    return number


def _check_time_zone(name: str) -> None:
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):  # OSError: "America" is a folder of zones
        raise ValidationError("time_zone", Message("unknown time zone {name!r}", name=name)) from None


# -- DICOM (issue 22) ------------------------------------------------------------
# Blank host: that service is not set up. The AE titles and filters go on the wire as they
# are, so they are checked against DICOM's value representations (PS3.5 6.2) here.
SETTING_SPECS.update({
    spec.key: spec
    for spec in (
        SettingSpec("dicom_calling_ae", "DICOM: our AE title (calling)", str),
        SettingSpec("worklist_host", "Worklist server: host (blank: no RIS)", str),
        SettingSpec("worklist_port", "Worklist server: port", int, 1, 65535),
        SettingSpec("worklist_called_ae", "Worklist server: called AE title", str),
        SettingSpec("worklist_station_ae", "Worklist filter: scheduled station AE title", str),
        SettingSpec("worklist_modality", "Worklist filter: modality", str),
        SettingSpec("worklist_procedure", "Worklist filter: procedure code or description", str),
        SettingSpec("worklist_pull_minutes", "Get orders from RIS every (0: on demand only)", int, 0, 1440,
                    unit="minutes"),
        SettingSpec("mpps_host", "MPPS destination: host (blank: send none)", str),
        SettingSpec("mpps_port", "MPPS destination: port", int, 1, 65535),
        SettingSpec("mpps_called_ae", "MPPS destination: called AE title", str),
        SettingSpec("mpps_local_exams", "Send MPPS for local exams", bool),
        SettingSpec("dicom_timeout_seconds", "DICOM network timeout", int, 1, 120, unit="seconds"),
    )
})

HOST_PATTERN = re.compile(r"^[A-Za-z0-9]([A-Za-z0-9.:-]{0,252})$")
CODE_STRING = re.compile(r"^[A-Z0-9_ ]{0,16}$")


def _check_ae_title(key: str, value: str) -> str:
    """An AE title: at most 16 characters of printable ASCII, no backslash (VR AE)."""
    if len(value) > 16 or any(not (" " <= ch <= "~") or ch == "\\" for ch in value):
        raise ValidationError(key, "an AE title is at most 16 letters, digits or symbols (no \\)")
    if key in ("dicom_calling_ae",) and not value:
        raise ValidationError(key, "give our AE title, e.g. HSGDESK")
    return value


def _check_host(key: str, value: str) -> str:
    if value and not HOST_PATTERN.match(value):
        raise ValidationError(key, "give a host name or IP address, e.g. ris.clinic.local or 10.0.0.5")
    return value


def _check_modality(key: str, value: str) -> str:
    value = value.upper()
    if not CODE_STRING.match(value):
        raise ValidationError(key, "a modality is a DICOM code such as RF (capitals, at most 16)")
    return value


def _check_procedure(key: str, value: str) -> str:
    if len(value) > 64 or "\\" in value or any(ord(ch) < 32 for ch in value):
        raise ValidationError(key, "at most 64 characters, without \\")
    return value


TEXT_CHECKS = {
    "dicom_calling_ae": _check_ae_title, "worklist_called_ae": _check_ae_title,
    "worklist_station_ae": _check_ae_title, "mpps_called_ae": _check_ae_title,
    "worklist_host": _check_host, "mpps_host": _check_host,
    "worklist_modality": _check_modality, "worklist_procedure": _check_procedure,
}


DEFAULT_SETTINGS = ClinicSettings()
