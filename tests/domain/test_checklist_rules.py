"""What the checklist screen used to work out itself (#17 §3), now on ChecklistState:
the steps that ask for more than a tick, a step skipped as not needed, the procedure time,
and whether the delayed-images wait runs."""

from datetime import datetime, timedelta, timezone

import pytest

from hsg_desk.domain.checklist import (DELAYED_IMAGES_STEP, LAST_STEP, LOCKER_STEP, STEPS_WITH_DETAILS, TIMEOUT_STEP,
                                       ChecklistState)

T0 = datetime(2026, 11, 25, 14, 30, tzinfo=timezone(timedelta(hours=-7)))
READY = dict(history_complete=True, screening_ok=True, timeout_recorded=True)


def minutes(n):
    return T0 + timedelta(minutes=n)


def walk(to_step):
    """Steps 1 to `to_step` done, step n at minute n; step 8 not needed."""
    state = ChecklistState()
    while state.current_step is not None and state.current_step <= to_step:
        step = state.current_step
        locker = "12" if step == LOCKER_STEP else ""
        state = state.apply(state.complete(step, minutes(step), "tech.kim", locker=locker,
                                           not_needed=step == DELAYED_IMAGES_STEP, **READY))
    return state


def test_the_steps_that_ask_for_more_than_a_tick():
    assert (LOCKER_STEP, TIMEOUT_STEP, DELAYED_IMAGES_STEP, LAST_STEP) == (2, 6, 8, 10)
    assert STEPS_WITH_DETAILS == (2, 6, 8)


@pytest.mark.parametrize(("done_to", "now", "expected"), [
    (0, 5, None),                          # before step 1: no clock
    (1, 5, timedelta(minutes=4)),          # step 1 at minute 1: running
    (9, 40, timedelta(minutes=39)),        # still running until she is dressed
    (10, 99, timedelta(minutes=9)),        # step 1 (minute 1) to step 10 (minute 10), whatever now is
])
def test_procedure_time_runs_from_step_1_and_stops_at_step_10(done_to, now, expected):
    state = walk(done_to) if done_to else ChecklistState()
    assert state.procedure_time(minutes(now)) == expected


def test_a_skipped_step_reads_as_not_needed():
    state = walk(10)
    assert state.completion(DELAYED_IMAGES_STEP).not_needed
    assert not state.completion(TIMEOUT_STEP).not_needed


def test_the_delayed_images_wait_runs_from_its_start_until_step_8():
    state = walk(7)
    assert not state.waiting_for_delayed_images
    state = state.apply(state.start_delayed_wait(minutes(8), "tech.kim"))
    assert state.waiting_for_delayed_images
    state = state.apply(state.complete(DELAYED_IMAGES_STEP, minutes(20), "tech.kim", **READY))
    assert not state.waiting_for_delayed_images
