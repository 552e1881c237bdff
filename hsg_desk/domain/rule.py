"""What a screening rule is: a code, a level, plain words, and a pure function (DESIGN.md §4).

Rules are data so that the screening, the `hsg-desk rules` table and the resolution
fingerprints all read the same definitions.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from .case import ScreeningCase
from .findings import Level
from .settings import ClinicSettings

# Returns the finding's message when the rule fires, else None.
Evaluate = Callable[[ScreeningCase, ClinicSettings], "str | None"]

DEFAULT_RESOLUTIONS = {
    Level.BLOCK: "Nothing: defer or cancel the exam.",
    Level.STOP: "Radiologist override with a reason: signed, or verbal and co-signed later.",
    Level.CAUTION: "Technologist acknowledges that the named radiologist was informed.",
    Level.INFO: "Nothing: shown and printed.",
}


@dataclass(frozen=True)
class Rule:
    """One screening rule.

    `trigger` is what makes it fire, in plain words; it may name settings in braces
    (`cycle day above {last_cycle_day}`), filled in from the clinic's settings.
    `answers` are the dotted case-file paths the finding depends on: when any of them
    changes, a resolution recorded for the finding is voided.
    """

    code: str
    level: Level
    group: str
    trigger: str
    evaluate: Evaluate
    answers: tuple[str, ...]
    resolution: str = ""

    @property
    def resolution_text(self) -> str:
        return self.resolution or DEFAULT_RESOLUTIONS[self.level]

    def trigger_text(self, settings: ClinicSettings) -> str:
        values = {key: ", ".join(value) if isinstance(value, tuple) else value
                  for key, value in settings.as_dict().items()}
        return self.trigger.format(**values)


def answered_yes(value: bool | None) -> bool:
    """A yes/no question: only an explicit yes counts (a missing answer counts as no, §4.6)."""
    return value is True
