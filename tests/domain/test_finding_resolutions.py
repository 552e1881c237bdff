"""Resolving findings (DESIGN.md §4): who may resolve what, and voiding when answers change."""

from datetime import date, datetime, timedelta, timezone

import pytest

from hsg_desk.domain.errors import DomainError
from hsg_desk.domain.findings import Finding, Level
from hsg_desk.domain.resolutions import ResolutionKind, cosign, finding_states, resolve, screening_resolved
from hsg_desk.domain.screening import answers_behind, screen
from screening_builders import case

AT = datetime(2026, 11, 25, 14, 0, tzinfo=timezone(timedelta(hours=-7)))
SIGNED, VERBAL, ACK = ResolutionKind.OVERRIDE_SIGNED, ResolutionKind.OVERRIDE_VERBAL, ResolutionKind.ACKNOWLEDGED

LATE = case(history={"lmp": date(2026, 11, 14)})                       # cycle.day_late (stop)
ASTHMA = case(history={"asthma": True})                                # asthma (caution)


def finding_of(screened, code):
    return next(f for f in screen(screened) if f.code == code)


def record(screened, code, kind, reason="Benefit outweighs risk", radiologist="Dr. Lee", at=AT):
    return resolve(finding_of(screened, code), screened, kind, radiologist_name=radiologist, reason=reason,
                   recorded_by="tech.kim", recorded_at=at)


@pytest.mark.parametrize("level, kind, allowed", [
    (Level.BLOCK, SIGNED, False), (Level.BLOCK, ACK, False),
    (Level.STOP, SIGNED, True), (Level.STOP, VERBAL, True), (Level.STOP, ACK, False),
    (Level.CAUTION, ACK, True), (Level.CAUTION, SIGNED, False), (Level.CAUTION, VERBAL, False),
    (Level.INFO, ACK, False),
])
def test_what_resolves_each_level(level, kind, allowed):
    code = {Level.BLOCK: "pregnancy.known", Level.STOP: "cycle.day_late", Level.CAUTION: "asthma",
            Level.INFO: "medications"}[level]
    finding = Finding(code, level, "")
    arguments = dict(radiologist_name="Dr. Lee", reason="ok", recorded_by="tech", recorded_at=AT)
    if allowed:
        assert resolve(finding, LATE, kind, **arguments).kind is kind
    else:
        with pytest.raises(DomainError):
            resolve(finding, LATE, kind, **arguments)


def test_an_override_needs_a_reason_and_a_radiologist():
    with pytest.raises(DomainError, match="reason"):
        record(LATE, "cycle.day_late", SIGNED, reason=" ")
    with pytest.raises(DomainError, match="radiologist"):
        record(LATE, "cycle.day_late", SIGNED, radiologist="")
    assert record(ASTHMA, "asthma", ACK, reason="").reason == ""      # an acknowledgement needs no reason


def test_a_block_cannot_be_resolved_and_keeps_screening_unresolved():
    pregnant = case(history={"pregnancy": "yes"})
    ok, reasons = screening_resolved(finding_states(screen(pregnant), [], pregnant))
    assert not ok and reasons[0].startswith("pregnancy.known blocks the exam")


def test_every_stop_and_caution_needs_a_live_resolution():
    screened = case(history={"lmp": date(2026, 11, 14), "asthma": True, "medications": ("ibuprofen",)})
    findings = screen(screened)
    ok, reasons = screening_resolved(finding_states(findings, [], screened))
    assert not ok and len(reasons) == 2
    resolutions = [record(screened, "cycle.day_late", VERBAL), record(screened, "asthma", ACK)]
    states = finding_states(findings, resolutions, screened)
    assert screening_resolved(states) == (True, [])
    assert [s.status for s in states] == ["awaiting co-signature", "resolved", "for information"]


def test_a_cosigned_verbal_override_is_no_longer_awaiting():
    verbal = record(LATE, "cycle.day_late", VERBAL)
    signed = cosign(verbal, "Dr. Lee", AT + timedelta(hours=1))
    assert verbal.awaiting_cosignature and not signed.awaiting_cosignature
    with pytest.raises(DomainError):
        cosign(signed, "Dr. Lee", AT)


def test_a_resolution_is_voided_when_its_answers_change():
    resolution = record(LATE, "cycle.day_late", SIGNED)
    later = case(history={"lmp": date(2026, 11, 13)})                  # still late, different answer
    [state] = [s for s in finding_states(screen(later), [resolution], later) if s.finding.code == "cycle.day_late"]
    assert state.resolution is None and state.voided[0].voided
    assert state.status == "unresolved (previous resolution voided)"
    assert not screening_resolved([state])[0]


def test_an_unrelated_change_keeps_the_resolution():
    resolution = record(LATE, "cycle.day_late", SIGNED)
    later = case(history={"lmp": date(2026, 11, 14), "medications": ("ibuprofen",)})
    assert answers_behind("cycle.day_late", later) == resolution.answers
    states = finding_states(screen(later), [resolution], later)
    assert screening_resolved(states) == (True, [])


def test_the_newest_live_resolution_wins():
    first = record(LATE, "cycle.day_late", VERBAL)
    second = record(LATE, "cycle.day_late", SIGNED, at=AT + timedelta(minutes=5))
    [state] = finding_states(screen(LATE), [second, first], LATE)
    assert state.resolution == second


def test_unknown_code_has_no_fingerprint():
    with pytest.raises(DomainError):
        answers_behind("no.such.code", LATE)
