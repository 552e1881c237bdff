"""The 10-step procedure checklist (DESIGN.md §5)."""

from __future__ import annotations

from dataclasses import dataclass


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
