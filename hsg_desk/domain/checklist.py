"""The 10-step procedure checklist (DESIGN.md §5)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum

from .errors import DomainError
from .text_limits import check_reason
from .lifecycle import ExamStatus
from .message import Listing, Message
from .settings import DEFAULT_SETTINGS, ClinicSettings
from .timing import delayed_images_limit_reached, wall_clock


@dataclass(frozen=True)
class ChecklistStep:
    number: int
    title: str
    detail: str


STEPS: tuple[ChecklistStep, ...] = (
    ChecklistStep(1, "History taken, questions answered",
                  "Intake complete and screening resolved; the patient's questions answered."),
    ChecklistStep(2, "Gown on, jewelry off, items in locker",
                  "Undressed from the waist down, jewelry removed from abdomen and pelvis; locker number."),
    ChecklistStep(3, "Bladder emptied", "The patient has emptied her bladder."),
    ChecklistStep(4, "Positioned on the table",
                  "On her back, knees up, feet flat."),
    ChecklistStep(5, "Fluoroscope centered", "Centered over the lower abdomen."),
    ChecklistStep(6, "Speculum, cervix cleansed, catheter placed",
                  "Balloon inflated. The time-out must be recorded first."),
    ChecklistStep(7, "Contrast injected, images taken",
                  "Uterus, tubes and peritoneal cavity; position changes as needed."),
    ChecklistStep(8, "Delayed images",
                  "Only if specific abnormalities were seen: not needed, or a timed wait."),
    ChecklistStep(9, "Catheter removed", "The aftercare clock starts here."),
    ChecklistStep(10, "Dressed", "Changed back into her clothes."),
)


STEP_COUNT = len(STEPS)
# The steps that ask for more than a tick (DESIGN.md §5), by what they ask.
LOCKER_STEP = 2           # the locker number for her personal items
TIMEOUT_STEP = 6          # the time-out, recorded before the speculum
DELAYED_IMAGES_STEP = 8   # not needed, or a timed wait
LAST_STEP = STEP_COUNT    # dressed: the procedure time ends here
STEPS_WITH_DETAILS = (LOCKER_STEP, TIMEOUT_STEP, DELAYED_IMAGES_STEP)


def step_title(number: int) -> str:
    return STEPS[number - 1].title


class StepAction(StrEnum):
    DONE = "done"
    UNDONE = "undone"
    NOT_NEEDED = "not_needed"
    WAIT_STARTED = "wait_started"   # step 8: the delayed-images wait began


@dataclass(frozen=True)
class ChecklistEvent:
    """One thing that happened to a step, with who and when; the checklist is replayed from these."""

    step: int
    action: StepAction
    at: datetime
    by: str
    reason: str = ""
    locker: str = ""                          # step 2: the locker number for her personal items
    wait_started_at: datetime | None = None   # step 8 done: when the delayed-images wait began

    @property
    def not_needed(self) -> bool:
        """The step was skipped as not needed (only the delayed images can be)."""
        return self.action is StepAction.NOT_NEEDED

    def details(self) -> dict[str, str]:
        """What the step recorded besides done, as it is stored and audited: {"locker": "12"},
        {"wait_started_at": "2026-03-05T09:20:00+00:00"}, or {} for the other steps."""
        details = {"locker": self.locker} if self.locker else {}
        if self.wait_started_at is not None:
            details["wait_started_at"] = self.wait_started_at.isoformat()
        return details

    @property
    def title(self) -> str:
        return step_title(self.step)

    @property
    def detail(self) -> str:
        """What the step recorded besides done, as the summary prints it: "locker 12"."""
        return f"locker {self.locker}" if self.locker else ""


class StepAlreadyDone(DomainError):
    """Someone (on this or another workstation) completed the step first."""

    def __init__(self, step: int, by: str, at: datetime, offset_of: "datetime | str | None" = None):
        when = wall_clock(at, offset_of)
        super().__init__(Message("Step {step} was already done by {by} at {when}.", step=step, by=by, when=when)
                         if by else Message("Step {step} was already done at {when}.", step=step, when=when))
        self.step = step


def checklist_problem(events: Sequence[ChecklistEvent]) -> str | None:
    """Why these events cannot be replayed (out of order, a step done twice), or None."""
    try:
        ChecklistState.from_events(events)
    except DomainError as error:
        return str(error)
    return None


# Which exam status a completed step implies (DESIGN.md §2).
STEP_STATUS: dict[int, ExamStatus] = {2: ExamStatus.IN_PROGRESS, 10: ExamStatus.PERFORMED}


def status_implied_by(step: int) -> ExamStatus | None:
    """The exam status completing `step` moves the exam to: step 2 → in progress, step 10 → performed."""
    return STEP_STATUS.get(step)


@dataclass(frozen=True)
class ChecklistState:
    """The checklist replayed from its events. Methods return new events; `apply` returns a new state."""

    events: tuple[ChecklistEvent, ...] = ()
    completed: tuple[ChecklistEvent, ...] = field(init=False, default=())
    wait_started_at: datetime | None = field(init=False, default=None)

    def __post_init__(self) -> None:
        completed: list[ChecklistEvent] = []
        wait_started_at = None
        for event in self.events:
            if event.action in (StepAction.DONE, StepAction.NOT_NEEDED):
                if event.step != len(completed) + 1:
                    raise DomainError(Message("Checklist events out of order: step {step} after step {value}.",
                                              step=event.step, value=len(completed)))
                completed.append(event)
            elif event.action is StepAction.UNDONE:
                if not completed or completed[-1].step != event.step:
                    raise DomainError(Message("Checklist events out of order: step {step} undone but not last.",
                                              step=event.step))
                completed.pop()
                wait_started_at = None
            elif event.action is StepAction.WAIT_STARTED:
                wait_started_at = event.at
        object.__setattr__(self, "events", tuple(self.events))
        object.__setattr__(self, "completed", tuple(completed))
        object.__setattr__(self, "wait_started_at", wait_started_at)

    @classmethod
    def from_events(cls, events) -> "ChecklistState":
        return cls(tuple(events))

    def apply(self, event: ChecklistEvent) -> "ChecklistState":
        return ChecklistState(self.events + (event,))

    @property
    def current_step(self) -> int | None:
        """The next step to complete, or None once all ten are done."""
        done = len(self.completed)
        return done + 1 if done < STEP_COUNT else None

    @property
    def finished(self) -> bool:
        return self.current_step is None

    def completion(self, step: int) -> ChecklistEvent | None:
        return self.completed[step - 1] if step <= len(self.completed) else None

    def is_done(self, step: int) -> bool:
        return self.completion(step) is not None

    @property
    def started_at(self) -> datetime | None:
        first = self.completion(1)
        return first.at if first else None

    def elapsed(self, now: datetime) -> timedelta | None:
        """Time since step 1 was completed (the exam takes about 30 minutes), or None before it."""
        return None if self.started_at is None else now - self.started_at

    def procedure_time(self, now: datetime) -> timedelta | None:
        """Step 1 to step 10 once she is dressed, else step 1 to `now`; None before step 1."""
        if self.started_at is None:
            return None
        finished = self.completion(LAST_STEP)
        return (finished.at if finished is not None else now) - self.started_at

    @property
    def waiting_for_delayed_images(self) -> bool:
        """The delayed-images wait runs: started, and step 8 not yet done."""
        return self.wait_started_at is not None and not self.is_done(DELAYED_IMAGES_STEP)

    @property
    def implied_status(self) -> ExamStatus | None:
        """The status the completed steps imply, or None before step 2."""
        for event in reversed(self.completed):
            if event.step in STEP_STATUS:
                return STEP_STATUS[event.step]
        return None

    def complete(self, step: int, at: datetime, by: str, history_complete: bool = False,
                 screening_ok: bool = False, timeout_recorded: bool = False,
                 locker: str = "", *, screening_reasons: Sequence[str] = (),
                 not_needed: bool = False, offset_of: "datetime | str | None" = None) -> ChecklistEvent:
        """The event completing `step`, or DomainError saying what is missing (DESIGN.md §5).

        Step 1 needs the history complete and screening resolved; step 2 a locker number;
        step 6 the time-out; step 8 either `not_needed` or a delayed-images wait start.
        `offset_of` (the facility time zone) sets the wall clock in which "already done at" is told.
        """
        self._check_order(step, at, offset_of)
        if step == 1:
            if not history_complete:
                raise DomainError("Step 1 needs the history complete: answer every history question first.")
            if not screening_ok:
                raise DomainError(Message("Step 1 needs screening resolved: {why}", why=Listing(screening_reasons))
                                  if screening_reasons else "Step 1 needs screening resolved.")
        locker = locker.strip() if step == 2 else ""
        if step == 2 and not locker:
            raise DomainError("Step 2 needs the locker number for her personal items.")
        if step == 6 and not timeout_recorded:
            raise DomainError("Step 6 needs the time-out first: confirm identity, procedure, consent, allergies, "
                              "pregnancy test and screening resolutions aloud, and record it.")
        if not_needed and step != 8:
            raise DomainError("Only step 8 (delayed images) can be marked not needed.")
        started = self.wait_started_at if step == 8 and not not_needed else None
        if step == 8 and not not_needed and started is None:
            raise DomainError("Step 8: mark delayed images not needed, or start the delayed-images wait.")
        action = StepAction.NOT_NEEDED if not_needed else StepAction.DONE
        return ChecklistEvent(step, action, at, by, locker=locker, wait_started_at=started)

    def start_delayed_wait(self, at: datetime, by: str) -> ChecklistEvent:
        """The event starting the delayed-images wait (step 8); the timer alerts at the limit."""
        if self.current_step != 8:
            raise DomainError("The delayed-images wait starts at step 8.")
        if self.wait_started_at is not None:
            raise DomainError("The delayed-images wait has already started.")
        return ChecklistEvent(8, StepAction.WAIT_STARTED, at, by)

    def delayed_wait(self, now: datetime) -> timedelta | None:
        """How long the delayed-images wait has run by `now`, or None when none runs."""
        return now - self.wait_started_at if self.waiting_for_delayed_images else None

    def delayed_images_limit_reached(self, now: datetime, settings: ClinicSettings = DEFAULT_SETTINGS) -> bool:
        """True once a running delayed-images wait has reached the limit (default 30 minutes)."""
        if self.wait_started_at is None or self.is_done(8):
            return False
        return delayed_images_limit_reached(self.wait_started_at, now, settings)

    def undo_last(self, at: datetime, by: str, reason: str) -> ChecklistEvent:
        """The event undoing the last completed step; only that step can be undone, with a reason."""
        if not self.completed:
            raise DomainError("No step is done yet, so there is nothing to undo.")
        if not reason.strip():
            raise DomainError("Give a reason for undoing the step.")
        check_reason("reason", reason)
        return ChecklistEvent(self.completed[-1].step, StepAction.UNDONE, at, by, reason=reason.strip())

    def _check_order(self, step: int, at: datetime, offset_of: "datetime | str | None" = None) -> None:
        if not 1 <= step <= STEP_COUNT:
            raise DomainError(Message("There is no step {step}; the checklist has steps 1 to {STEP_COUNT}.",
                                      step=step, STEP_COUNT=STEP_COUNT))
        current = self.current_step
        if current is None or step < current:
            done = self.completed[step - 1]
            raise StepAlreadyDone(step, done.by, done.at, offset_of)
        if step > current:
            raise DomainError(Message("Step {step} comes after step {current} ({value}), which is not done yet.",
                                      step=step, current=current, value=step_title(current)))
        if self.completed and at < self.completed[-1].at:
            raise DomainError(Message("Step {step} cannot be done before step {step2} was.",
                                      step=step, step2=self.completed[-1].step))
