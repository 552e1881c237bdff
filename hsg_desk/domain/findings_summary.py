"""One count of what is open on an exam, named by its level (issue #13 §6).

The header badge, the findings panel, the worklist columns and the check-in page all read
this one summary, so a block is never counted (or called) a stop anywhere: a block is
always "block — no exam today".
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from typing import TYPE_CHECKING

from .findings import Level

if TYPE_CHECKING:
    from .resolutions import FindingState


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'s' if count != 1 else ''}"


@dataclass(frozen=True)
class FindingsSummary:
    blocks: int = 0              # no exam today: nothing resolves a block
    open_stops: int = 0          # stops without a radiologist override
    open_cautions: int = 0       # cautions not yet acknowledged
    awaiting_cosignature: int = 0

    @classmethod
    def of(cls, states: Iterable[FindingState]) -> "FindingsSummary":
        states = list(states)
        return cls(
            blocks=sum(1 for s in states if s.finding.level is Level.BLOCK),
            open_stops=sum(1 for s in states if s.finding.level is Level.STOP and not s.resolved),
            open_cautions=sum(1 for s in states if s.finding.level is Level.CAUTION and not s.resolved),
            awaiting_cosignature=sum(1 for s in states if s.awaiting_cosignature),
        )

    @property
    def level(self) -> Level | None:
        """The most severe level still open (None when nothing is)."""
        if self.blocks:
            return Level.BLOCK
        if self.open_stops:
            return Level.STOP
        if self.open_cautions:
            return Level.CAUTION
        return None

    @property
    def open_count(self) -> int:
        return self.blocks + self.open_stops + self.open_cautions

    @property
    def blocks_text(self) -> str:
        return f"⛔ {_plural(self.blocks, 'block')} — no exam today" if self.blocks else ""

    @property
    def stops_text(self) -> str:
        return f"■ {_plural(self.open_stops, 'stop')} open" if self.open_stops else ""

    @property
    def cautions_text(self) -> str:
        return f"▲ {_plural(self.open_cautions, 'caution')} open" if self.open_cautions else ""

    def phrases(self) -> list[str]:
        """`["⛔ 1 block — no exam today", "■ 2 stops open", ...]`, most severe first; empty when clear."""
        parts = [self.blocks_text, self.stops_text, self.cautions_text]
        if self.awaiting_cosignature:
            parts.append(f"{self.awaiting_cosignature} awaiting co-signature")
        return [part for part in parts if part]

    def text(self, separator: str = " · ", clear: str = "✓ No open findings") -> str:
        return separator.join(self.phrases()) or clear
