"""The exam's life (DESIGN.md §2): statuses and the transitions between them."""

from __future__ import annotations

from enum import StrEnum


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


class AbortReason(StrEnum):
    PAIN = "pain"
    VASOVAGAL = "vasovagal"
    UNABLE_TO_CANNULATE = "unable_to_cannulate"
    CONTRAST_REACTION = "contrast_reaction"
    OTHER = "other"
