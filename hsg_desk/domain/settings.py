"""Clinic settings: the thresholds DESIGN.md marks *(setting)*, with their defaults and ranges.

Rules read thresholds from a `ClinicSettings` value passed in, never from a global,
so a test can move a boundary by building another value.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, fields, replace
from typing import Any, ClassVar
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from .contrast import ROOM_AGENT_CHOICES
from .errors import ValidationError
from .fields import Field, FieldTable
from .message import Message
from .vocabulary import TestMethod

PREGNANCY_TEST_METHODS = tuple(TestMethod)
PAPER_SIZES = ("letter", "a4")


@dataclass(frozen=True)
class Setting(Field):
    """One clinic setting as a field (domain/fields.py): its name is the ClinicSettings attribute,
    `kind` the type it is kept as (the settings screen and `hsg-desk settings` build their editor
    or parse the command line by it), with the range, choices and unit its kind uses."""

    kind: ClassVar[type] = str
    minimum: float | None = None
    maximum: float | None = None
    choices: tuple[str, ...] = ()
    unit: str = ""

    @property
    def key(self) -> str:
        return self.name


@dataclass(frozen=True)
class YesNoSetting(Setting):
    kind: ClassVar[type] = bool

    def clean(self, value: Any) -> bool:
        if not isinstance(value, bool):
            self.refuse("must be yes or no")
        return value


@dataclass(frozen=True)
class ChoicesSetting(Setting):
    """One or more of `choices` (the accepted pregnancy test methods)."""

    kind: ClassVar[type] = tuple

    def clean(self, value: Any) -> tuple[str, ...]:
        items = tuple(value) if isinstance(value, (list, tuple)) else ()
        if not items or any(item not in self.choices for item in items):
            self.refuse(Message("choose one or more of {value}", value=', '.join(self.choices)))
        return items


@dataclass(frozen=True)
class TextSetting(Setting):
    """Text of at most 200 characters, trimmed; one of `choices` when there are any, and what
    `check(name, text)` returns when the setting has its own rule (a time zone, an AE title)."""

    check: Callable[[str, str], str] | None = None

    def clean(self, value: Any) -> str:
        if not isinstance(value, str) or len(value) > 200:
            self.refuse("must be text of at most 200 characters")
        if self.choices and value not in self.choices:
            self.refuse(Message("choose one of {value}", value=', '.join(self.choices)))
        return self.check(self.name, value.strip()) if self.check else value.strip()


@dataclass(frozen=True)
class NumberSetting(Setting):
    """A number of `kind` (int: a whole number) between `minimum` and `maximum`."""

    kind: type = int  # int or float: a field here, so one class serves both

    def clean(self, value: Any) -> int | float:
        try:
            number = self.kind(value)
        except (TypeError, ValueError, OverflowError):  # OverflowError: int(float("inf"))
            self.refuse("must be a number")
        if number != number or number in (float("inf"), float("-inf")):  # NaN passes no range check
            self.refuse("must be a number")
        if isinstance(value, bool) or (self.kind is int and isinstance(value, float) and not value.is_integer()):
            self.refuse("must be a whole number")
        if not self.minimum <= number <= self.maximum:
            self.refuse(Message("must be between {minimum:g} and {maximum:g} {unit}", minimum=self.minimum,
                                maximum=self.maximum, unit=Message.word("settings", self.unit))
                        if self.unit else Message("must be between {minimum:g} and {maximum:g}",
                                                  minimum=self.minimum, maximum=self.maximum))
        return number


def _whole(name: str, label: str, minimum: int, maximum: int, unit: str = "") -> NumberSetting:
    return NumberSetting(name, label, minimum=minimum, maximum=maximum, unit=unit, kind=int)


def _decimal(name: str, label: str, minimum: float, maximum: float, unit: str = "") -> NumberSetting:
    return NumberSetting(name, label, minimum=minimum, maximum=maximum, unit=unit, kind=float)


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


def _check_time_zone(key: str, name: str) -> str:
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):  # OSError: "America" is a folder of zones
        raise ValidationError(key, Message("unknown time zone {name!r}", name=name)) from None
    return name


def _check_separator(key: str, value: str) -> str:
    if len(value) > 1:
        raise ValidationError(key, "must be one character (or empty for GS)")
    return value


# DICOM (issue 22): the AE titles and filters go on the wire as they are, so they are checked
# against DICOM's value representations (PS3.5 6.2) here.
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


SETTING_FIELDS = FieldTable(
    "a setting",
    TextSetting("facility_name", "Facility name"),
    TextSetting("facility_address", "Facility address"),
    TextSetting("facility_phone", "Facility phone"),
    TextSetting("facility_fax", "Facility fax"),
    TextSetting("time_zone", "Time zone (IANA name)", check=_check_time_zone),
    TextSetting("paper_size", "Paper size", choices=PAPER_SIZES),
    YesNoSetting("consent_required", "Informed consent required"),
    _whole("pregnancy_test_window_hours", "Pregnancy test window", 1, 168, "hours"),
    ChoicesSetting("accepted_test_methods", "Accepted pregnancy test methods", choices=PREGNANCY_TEST_METHODS),
    _whole("last_cycle_day", "Last cycle day for the exam", 5, 20, "day"),
    _whole("typical_flow_days", "Typical days of flow (booking window)", 2, 10, "days"),
    _decimal("fever_celsius", "Fever threshold", 37.0, 40.0, "°C"),
    _whole("device_wait_months", "Wait after device placement", 1, 12, "months"),
    _whole("delayed_images_limit_minutes", "Delayed images limit", 5, 120, "minutes"),
    _decimal("fluoro_time_note_minutes", "Fluoroscopy time that asks for a note", 0.5, 60.0, "minutes"),
    _whole("device_min_images", "Images for device confirmation", 1, 50),
    _whole("aftercare_avoid_hours", "Aftercare avoid period", 1, 168, "hours"),
    _whole("failed_logins_before_lock", "Failed logins before lock", 3, 20),
    _whole("login_lock_minutes", "Account lock after failed logins", 1, 120, "minutes"),
    _whole("idle_lock_minutes", "Automatic lock when idle", 1, 30, "minutes"),
    TextSetting("backup_folder", "Backup folder"),
    _whole("backups_kept", "Backup copies kept", 1, 365),
    TextSetting("scanner_prefix", "Barcode scanner prefix (if the scanner is set to send one)"),
    TextSetting("scanner_separator", "Barcode scanner field separator, if not GS (one character)",
                check=_check_separator),
    _whole("scan_key_gap_ms", "Barcode scan: longest pause between keystrokes", 10, 200, "ms"),
    TextSetting("room_contrast_agent", "Room contrast agent", choices=ROOM_AGENT_CHOICES),
    _decimal("reference_fluoro_minutes", "Local reference level: fluoroscopy time", 0.1, 60.0, "minutes"),
    _decimal("reference_kap_gycm2", "Local reference level: KAP", 0.1, 500.0, "Gy·cm²"),
    # DICOM (issue 22). Blank host: that service is not set up.
    TextSetting("dicom_calling_ae", "DICOM: our AE title (calling)", check=_check_ae_title),
    TextSetting("worklist_host", "Worklist server: host (blank: no RIS)", check=_check_host),
    _whole("worklist_port", "Worklist server: port", 1, 65535),
    TextSetting("worklist_called_ae", "Worklist server: called AE title", check=_check_ae_title),
    TextSetting("worklist_station_ae", "Worklist filter: scheduled station AE title", check=_check_ae_title),
    TextSetting("worklist_modality", "Worklist filter: modality", check=_check_modality),
    TextSetting("worklist_procedure", "Worklist filter: procedure code or description", check=_check_procedure),
    _whole("worklist_pull_minutes", "Get orders from RIS every (0: on demand only)", 0, 1440, "minutes"),
    TextSetting("mpps_host", "MPPS destination: host (blank: send none)", check=_check_host),
    _whole("mpps_port", "MPPS destination: port", 1, 65535),
    TextSetting("mpps_called_ae", "MPPS destination: called AE title", check=_check_ae_title),
    YesNoSetting("mpps_local_exams", "Send MPPS for local exams"),
    _whole("dicom_timeout_seconds", "DICOM network timeout", 1, 120, "seconds"),
)


def validate_setting(key: str, value: Any) -> Any:
    """Return `value` converted to the setting's type, or raise ValidationError."""
    if key not in SETTING_FIELDS:
        raise ValidationError(key, "is not a setting")
    return SETTING_FIELDS[key].clean(value)


DEFAULT_SETTINGS = ClinicSettings()
