"""The exam's life (DESIGN.md §2)."""

import pytest

from hsg_desk.domain.errors import DomainError
from hsg_desk.domain.lifecycle import ExamStatus as S, transition

ALLOWED = [
    (S.SCHEDULED, S.ARRIVED, None), (S.SCHEDULED, S.CANCELLED, "patient called"),
    (S.SCHEDULED, S.DEFERRED, "missed cycle window"), (S.ARRIVED, S.SCREENED, None),
    (S.ARRIVED, S.CANCELLED, "left"), (S.ARRIVED, S.DEFERRED, "positive test"),
    (S.SCREENED, S.IN_PROGRESS, None), (S.SCREENED, S.ARRIVED, None),
    (S.IN_PROGRESS, S.PERFORMED, None), (S.IN_PROGRESS, S.ABORTED, "vasovagal"),
    (S.PERFORMED, S.COMPLETED, None), (S.DEFERRED, S.SCHEDULED, None),
]


@pytest.mark.parametrize("current, target, reason", ALLOWED)
def test_allowed(current, target, reason):
    assert transition(current, target, reason) is target


@pytest.mark.parametrize("current, target", [
    (S.SCHEDULED, S.IN_PROGRESS), (S.ARRIVED, S.PERFORMED), (S.IN_PROGRESS, S.CANCELLED),
    (S.PERFORMED, S.ABORTED), (S.CANCELLED, S.SCHEDULED), (S.ABORTED, S.SCHEDULED),
])
def test_refused_with_a_readable_message(current, target):
    with pytest.raises(DomainError, match=f"cannot become {target.label.lower()}"):
        transition(current, target, "reason")


@pytest.mark.parametrize("current, target", [
    (S.SCHEDULED, S.CANCELLED), (S.ARRIVED, S.DEFERRED), (S.IN_PROGRESS, S.ABORTED)])
def test_cancel_defer_abort_need_a_reason(current, target):
    with pytest.raises(DomainError, match="reason"):
        transition(current, target, "  ")


def test_completed_is_locked():
    for target in S:
        with pytest.raises(DomainError, match="locked"):
            transition(S.COMPLETED, target, "why")
