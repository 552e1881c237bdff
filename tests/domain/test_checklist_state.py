"""The procedure checklist (DESIGN.md §5): order, conditions, undo, elapsed time."""

from datetime import datetime, timedelta, timezone

import pytest

from hsg_desk.domain.checklist import ChecklistState, StepAction, status_implied_by
from hsg_desk.domain.errors import DomainError
from hsg_desk.domain.lifecycle import ExamStatus

T0 = datetime(2026, 11, 25, 14, 30, tzinfo=timezone(timedelta(hours=-7)))
READY = dict(history_complete=True, screening_ok=True, timeout_recorded=True)


def minutes(n):
    return T0 + timedelta(minutes=n)


def walk(to_step, state=None):
    """Complete steps up to `to_step`, one minute apart."""
    state = state or ChecklistState()
    while state.current_step is not None and state.current_step <= to_step:
        step = state.current_step
        locker = "12" if step == 2 else ""
        event = state.complete(step, minutes(step), "tech.kim", locker=locker, not_needed=step == 8, **READY)
        state = state.apply(event)
    return state


def test_a_full_walk():
    state = walk(10)
    assert state.finished and state.current_step is None
    assert state.completion(8).action is StepAction.NOT_NEEDED
    assert state.elapsed(minutes(31)) == timedelta(minutes=30)
    assert state.implied_status is ExamStatus.PERFORMED


def test_steps_go_in_order():
    with pytest.raises(DomainError, match="Step 3 comes after step 1"):
        ChecklistState().complete(3, T0, "tech", **READY)
    with pytest.raises(DomainError, match="already done"):
        walk(2).complete(2, minutes(5), "tech", **READY)


@pytest.mark.parametrize("history_complete, screening_ok, reasons, message", [
    (False, True, (), "history complete"),
    (True, False, ("cycle.day_late needs a radiologist override.",), "screening resolved: cycle.day_late"),
])
def test_step_1_needs_history_and_screening(history_complete, screening_ok, reasons, message):
    with pytest.raises(DomainError, match=message):
        ChecklistState().complete(1, T0, "tech", history_complete=history_complete,
                                  screening_ok=screening_ok, screening_reasons=reasons)


def test_step_2_needs_a_locker_number():
    with pytest.raises(DomainError, match="locker"):
        walk(1).complete(2, minutes(2), "tech", locker=" ")
    assert walk(2).completion(2).locker == "12"


def test_step_6_refuses_without_the_time_out():
    with pytest.raises(DomainError, match="time-out"):
        walk(5).complete(6, minutes(6), "tech", timeout_recorded=False)


def test_step_8_not_needed_or_a_timed_wait():
    state = walk(7)
    with pytest.raises(DomainError, match="not needed, or start"):
        state.complete(8, minutes(8), "tech")
    state = state.apply(state.start_delayed_wait(minutes(8), "tech"))
    assert not state.delayed_images_limit_reached(minutes(37))
    assert state.delayed_images_limit_reached(minutes(38))
    event = state.complete(8, minutes(20), "tech")
    assert event.wait_started_at == minutes(8)
    with pytest.raises(DomainError, match="Only step 8"):
        walk(2).complete(3, minutes(3), "tech", not_needed=True)


def test_only_the_last_step_is_undone_with_a_reason():
    state = walk(3)
    with pytest.raises(DomainError, match="reason"):
        state.undo_last(minutes(4), "tech", "")
    event = state.undo_last(minutes(4), "tech", "pressed by mistake")
    assert event.step == 3 and event.action is StepAction.UNDONE
    state = state.apply(event)
    assert state.current_step == 3 and len(state.events) == 4
    with pytest.raises(DomainError, match="nothing to undo"):
        ChecklistState().undo_last(T0, "tech", "why")


def test_a_step_cannot_be_timed_before_the_previous_one():
    with pytest.raises(DomainError, match="before step 2"):
        walk(2).complete(3, minutes(1), "tech")


def test_elapsed_is_none_before_step_1():
    assert ChecklistState().elapsed(T0) is None


def test_statuses_implied_by_steps():
    assert status_implied_by(2) is ExamStatus.IN_PROGRESS and status_implied_by(10) is ExamStatus.PERFORMED
    assert status_implied_by(5) is None
    assert walk(1).implied_status is None and walk(2).implied_status is ExamStatus.IN_PROGRESS


def test_events_out_of_order_are_refused_on_replay():
    events = walk(3).events
    with pytest.raises(DomainError):
        ChecklistState.from_events(events[:1] + events[2:])
