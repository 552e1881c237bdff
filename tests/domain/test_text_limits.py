"""Every typed reason has a length limit, refused with a clear message (issue 14 §4)."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from hsg_desk.domain.errors import ValidationError
from hsg_desk.domain.lifecycle import ExamStatus, transition
from hsg_desk.domain.text_limits import REASON_LIMIT, check_reason


def test_a_reason_at_the_limit_is_accepted_and_one_longer_is_refused_naming_the_field():
    check_reason("reason", "x" * REASON_LIMIT)
    with pytest.raises(ValidationError, match=r"reason: is too long \(1,001 characters; at most 1,000\)"):
        check_reason("reason", "x" * (REASON_LIMIT + 1))


def test_cancelling_with_a_10000_character_reason_is_refused():
    with pytest.raises(ValidationError, match="too long"):
        transition(ExamStatus.SCHEDULED, ExamStatus.CANCELLED, "x" * 10_000)
    assert transition(ExamStatus.SCHEDULED, ExamStatus.CANCELLED, "She moved away.") is ExamStatus.CANCELLED


def test_undoing_a_step_with_an_endless_reason_is_refused():
    from hsg_desk.domain.checklist import ChecklistEvent, ChecklistState, StepAction

    at = datetime(2026, 11, 25, 15, tzinfo=timezone.utc)
    state = ChecklistState((ChecklistEvent(1, StepAction.DONE, at, "tech1"),))
    with pytest.raises(ValidationError, match="too long"):
        state.undo_last(at, "tech1", "x" * 10_000)
    assert state.undo_last(at, "tech1", "Ticked too early.").action is StepAction.UNDONE


def test_a_reason_with_a_control_character_is_refused_naming_it_and_its_lines_are_kept():
    with pytest.raises(ValidationError, match=r"reason: contains U\+0007 \(a control character\), which cannot be "
                                              r"printed: remove it"):
        transition(ExamStatus.SCHEDULED, ExamStatus.CANCELLED, "Positive test\x07")
    check_reason("reason", "Positive pregnancy test.\nRebook next cycle.\tCalled her.")
