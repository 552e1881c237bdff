"""Resolving findings (DESIGN.md §4): overrides for stops, acknowledgements for cautions.

A resolution stays attached to its finding code together with a fingerprint of the
answers behind the finding; when those answers change the resolution is voided and
shown as such. Nothing here stores anything: callers keep the values returned.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import datetime
from enum import StrEnum

from .case import ScreeningCase
from .errors import DomainError
from .findings import Finding, Level
from .message import Message, RuleText
from .screening import answers_behind
from .text_limits import check_reason


class ResolutionKind(StrEnum):
    OVERRIDE_SIGNED = "override_signed"    # the radiologist signed in place (entered their password)
    OVERRIDE_VERBAL = "override_verbal"    # recorded by the technologist; awaits the radiologist's co-signature
    ACKNOWLEDGED = "acknowledged"          # the technologist informed the named radiologist of a caution

    @property
    def label(self) -> str:
        return _KIND_LABELS[self]


_KIND_LABELS = {
    ResolutionKind.OVERRIDE_SIGNED: "Radiologist override (signed)",
    ResolutionKind.OVERRIDE_VERBAL: "Verbal radiologist approval",
    ResolutionKind.ACKNOWLEDGED: "Radiologist informed",
}
OVERRIDES = (ResolutionKind.OVERRIDE_SIGNED, ResolutionKind.OVERRIDE_VERBAL)


@dataclass(frozen=True)
class Resolution:
    code: str
    kind: ResolutionKind
    radiologist_name: str
    reason: str
    recorded_by: str
    recorded_at: datetime
    answers: str                      # answers_behind(code, case) when it was recorded
    radiologist_id: int | str | None = None
    cosigned_by: str | None = None
    cosigned_at: datetime | None = None
    voided: bool = False
    voided_at: datetime | None = None  # when changed answers voided it, and why (the summary prints both)
    void_reason: str = ""

    @property
    def awaiting_cosignature(self) -> bool:
        return self.kind is ResolutionKind.OVERRIDE_VERBAL and self.cosigned_at is None

    @property
    def state(self) -> str:
        """'voided', 'awaiting co-signature', 'co-signed', 'signed' or 'acknowledged'."""
        if self.voided:
            return "voided"
        if self.kind is ResolutionKind.OVERRIDE_VERBAL:
            return "awaiting co-signature" if self.cosigned_at is None else "co-signed"
        return "signed" if self.kind is ResolutionKind.OVERRIDE_SIGNED else "acknowledged"

    def describe(self) -> str:
        """`Verbal radiologist approval by Dr Lee (recorded by tech1) — awaiting co-signature`."""
        text = f"{self.kind.label}: {self.radiologist_name}"
        if self.reason:
            text += f" — {self.reason}"
        if self.voided:
            return text + " (voided: the answers changed)"
        if self.awaiting_cosignature:
            return text + " (awaiting co-signature)"
        if self.cosigned_by:
            return text + f" (co-signed by {self.cosigned_by})"
        return text


def resolve(finding: Finding, case: ScreeningCase, kind: ResolutionKind | str, *, radiologist_name: str,
            reason: str = "", recorded_by: str, recorded_at: datetime,
            radiologist_id: int | str | None = None) -> Resolution:
    """A resolution of `finding`, or DomainError when the clinic's rules do not allow it."""
    kind = ResolutionKind(kind)
    finding = replace(finding, level=Level(finding.level))
    if finding.level is Level.BLOCK:
        raise DomainError(Message("{code} is a block: it cannot be overridden. Defer or cancel the exam.",
                                  code=finding.code))
    if finding.level is Level.INFO:
        raise DomainError(Message("{code} is for information only and needs no resolution.", code=finding.code))
    if finding.level is Level.STOP and kind not in OVERRIDES:
        raise DomainError(Message("{code} is a stop: it needs a radiologist override, not an acknowledgement.",
                                  code=finding.code))
    if finding.level is Level.CAUTION and kind is not ResolutionKind.ACKNOWLEDGED:
        raise DomainError(Message("{code} is a caution: acknowledge that the radiologist was informed.",
                                  code=finding.code))
    if not radiologist_name.strip():
        raise DomainError("Name the radiologist.")
    if kind in OVERRIDES and not reason.strip():
        raise DomainError("An override needs the radiologist's reason.")
    check_reason("reason", reason)
    if not recorded_by.strip():
        raise DomainError("The resolution must record who entered it.")
    return Resolution(finding.code, kind, radiologist_name.strip(), reason.strip(), recorded_by, recorded_at,
                      answers_behind(finding.code, case), radiologist_id=radiologist_id)


def cosign(resolution: Resolution, by: str, at: datetime) -> Resolution:
    """The radiologist's co-signature of a verbal approval."""
    if resolution.kind is not ResolutionKind.OVERRIDE_VERBAL:
        raise DomainError("Only a verbal approval is co-signed.")
    if resolution.cosigned_at is not None:
        raise DomainError(Message("Already co-signed by {cosigned_by}.", cosigned_by=resolution.cosigned_by))
    if resolution.voided:
        raise DomainError("This approval was voided because the answers changed; it cannot be co-signed.")
    return replace(resolution, cosigned_by=by, cosigned_at=at)


@dataclass(frozen=True)
class FindingState:
    """A finding with its live resolution (if any) and the resolutions voided by changed answers."""

    finding: Finding
    resolution: Resolution | None = None
    voided: tuple[Resolution, ...] = ()

    @property
    def needs_resolution(self) -> bool:
        return self.finding.level in (Level.STOP, Level.CAUTION)

    @property
    def resolved(self) -> bool:
        """True for a stop or caution with a live resolution (a verbal approval counts)."""
        return self.needs_resolution and self.resolution is not None

    @property
    def awaiting_cosignature(self) -> bool:
        return self.resolution is not None and self.resolution.awaiting_cosignature

    @property
    def status(self) -> str:
        if self.finding.level is Level.BLOCK:
            return "blocks the exam"
        if not self.needs_resolution:
            return "for information"
        if self.resolution is None:
            return "unresolved (previous resolution voided)" if self.voided else "unresolved"
        return "awaiting co-signature" if self.awaiting_cosignature else "resolved"


def finding_states(findings: Iterable[Finding], resolutions: Iterable[Resolution],
                   case: ScreeningCase) -> list[FindingState]:
    """Pair each finding with its newest live resolution; mismatched fingerprints come back voided."""
    by_code: dict[str, list[Resolution]] = {}
    for resolution in resolutions:
        by_code.setdefault(resolution.code, []).append(resolution)
    states = []
    for finding in findings:
        current = answers_behind(finding.code, case)
        live, voided = None, []
        for resolution in sorted(by_code.get(finding.code, ()), key=lambda r: r.recorded_at):
            if resolution.voided or resolution.answers != current:
                voided.append(replace(resolution, voided=True))
            elif _fits(finding, resolution):
                live = resolution
        states.append(FindingState(finding, live, tuple(voided)))
    return states


def _fits(finding: Finding, resolution: Resolution) -> bool:
    if finding.level is Level.STOP:
        return resolution.kind in OVERRIDES
    return finding.level is Level.CAUTION and resolution.kind is ResolutionKind.ACKNOWLEDGED


def screening_resolved(states: Iterable[FindingState], values: dict | None = None) -> tuple[bool, list[str]]:
    """(True, []) when nothing blocks and every stop and caution has a live resolution.

    Otherwise False and one plain sentence per reason, most severe first. A block's sentence
    quotes its rule's message, with `values` (domain.screening.finding_values) for the window to
    say it in another language.
    """
    reasons = []
    for state in sorted(states, key=lambda s: s.finding.level.rank):
        finding = state.finding
        if finding.level is Level.BLOCK:
            reasons.append(Message("{code} blocks the exam: {message}", code=finding.code,
                                   message=RuleText(finding.message, finding.code, values)))
        elif state.needs_resolution and not state.resolved:
            stop, code = finding.level is Level.STOP, finding.code
            if state.voided:
                reasons.append(Message("{code} needs a radiologist override (the earlier resolution was voided: the "
                                       "answers changed).", code=code) if stop else
                               Message("{code} needs an acknowledgement (the earlier resolution was voided: the "
                                       "answers changed).", code=code))
            else:
                reasons.append(Message("{code} needs a radiologist override.", code=code) if stop else
                               Message("{code} needs an acknowledgement.", code=code))
    return not reasons, reasons
