"""The exam's life (DESIGN.md §2): statuses and the transitions between them."""

from __future__ import annotations

from enum import StrEnum

from .errors import DomainError
from .message import Message
from .text_limits import check_reason


class ExamStatus(StrEnum):
    SCHEDULED = "scheduled"
    ARRIVED = "arrived"
    SCREENED = "screened"
    IN_PROGRESS = "in_progress"
    PERFORMED = "performed"
    COMPLETED = "completed"
    CANCELLED = "cancelled"
    DEFERRED = "deferred"
    ABORTED = "aborted"

    @property
    def label(self) -> str:
        return self.value.replace("_", " ").capitalize()

    @property
    def state(self) -> str:
        """What the exam is now, as it reads after "The exam": "is checked in", "was cancelled"
        (never "is arrived")."""
        return STATE_PHRASES[self]


STATE_PHRASES = {
    ExamStatus.SCHEDULED: "is scheduled", ExamStatus.ARRIVED: "is checked in", ExamStatus.SCREENED: "is screened",
    ExamStatus.IN_PROGRESS: "is in progress", ExamStatus.PERFORMED: "is performed and awaits its signature",
    ExamStatus.COMPLETED: "is signed and locked", ExamStatus.CANCELLED: "was cancelled",
    ExamStatus.DEFERRED: "was deferred", ExamStatus.ABORTED: "was aborted",
}


class AbortReason(StrEnum):
    PAIN = "pain"
    VASOVAGAL = "vasovagal"
    UNABLE_TO_CANNULATE = "unable_to_cannulate"
    CONTRAST_REACTION = "contrast_reaction"
    OTHER = "other"

    @property
    def label(self) -> str:
        return {AbortReason.PAIN: "Pain", AbortReason.VASOVAGAL: "Vasovagal reaction",
                AbortReason.UNABLE_TO_CANNULATE: "Unable to cannulate",
                AbortReason.CONTRAST_REACTION: "Contrast reaction", AbortReason.OTHER: "Other"}[self]


S = ExamStatus

# DESIGN.md §2. A screened exam goes back to arrived when changed answers reopen screening.
TRANSITIONS: dict[ExamStatus, frozenset[ExamStatus]] = {
    S.SCHEDULED: frozenset({S.ARRIVED, S.CANCELLED, S.DEFERRED}),
    S.ARRIVED: frozenset({S.SCREENED, S.CANCELLED, S.DEFERRED}),
    S.SCREENED: frozenset({S.IN_PROGRESS, S.ARRIVED, S.CANCELLED, S.DEFERRED}),
    S.IN_PROGRESS: frozenset({S.PERFORMED, S.ABORTED}),
    S.PERFORMED: frozenset({S.COMPLETED}),
    S.DEFERRED: frozenset({S.SCHEDULED}),
    S.CANCELLED: frozenset(),
    S.ABORTED: frozenset(),
    S.COMPLETED: frozenset(),
}

NEEDS_REASON = frozenset({S.CANCELLED, S.DEFERRED, S.ABORTED})
TERMINAL = frozenset(status for status, targets in TRANSITIONS.items() if not targets)


def allowed_targets(current: ExamStatus) -> frozenset[ExamStatus]:
    return TRANSITIONS[ExamStatus(current)]


def can_transition(current: ExamStatus, target: ExamStatus) -> bool:
    return ExamStatus(target) in allowed_targets(current)


def transition(current: ExamStatus | str, target: ExamStatus | str, reason: str | None = None) -> ExamStatus:
    """The new status, or DomainError saying why the exam cannot move from `current` to `target`.

    Cancelling, deferring and aborting need a reason; an aborted exam's reason is one of
    `AbortReason` or free text. A completed exam is locked: corrections are amendments.
    """
    current, target = ExamStatus(current), ExamStatus(target)
    if current is S.COMPLETED:
        raise DomainError("The exam is completed and locked; record an amendment instead.")
    if target not in TRANSITIONS[current]:
        allowed = ", ".join(sorted(s.label.lower() for s in TRANSITIONS[current])) or "nothing"
        raise DomainError(Message("The exam {state}: it cannot become {target} (it can become: {allowed}).",
                                  state=Message.word("domain", current.state), target=target.label.lower(),
                                  allowed=allowed))
    check_reason("reason", reason)
    if target in NEEDS_REASON and not (reason or "").strip():
        raise DomainError(Message("Give a reason for marking the exam {value}.", value=target.label.lower()))
    return target
