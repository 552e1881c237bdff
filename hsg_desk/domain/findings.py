"""Findings: what screening turns the facts into (DESIGN.md §4)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Level(StrEnum):
    """Finding levels, most severe first."""

    BLOCK = "block"
    STOP = "stop"
    CAUTION = "caution"
    INFO = "info"

    @property
    def rank(self) -> int:
        """0 for the most severe level; sort by this to put blocks first."""
        return _RANKS[self]

    @property
    def label(self) -> str:
        return _LABELS[self]


_RANKS = {Level.BLOCK: 0, Level.STOP: 1, Level.CAUTION: 2, Level.INFO: 3}
_LABELS = {
    Level.BLOCK: "Block — no exam today",
    Level.STOP: "Stop — needs a radiologist",
    Level.CAUTION: "Caution — tell the radiologist",
    Level.INFO: "Info",
}


@dataclass(frozen=True)
class Finding:
    code: str
    level: Level
    message: str

    def as_json(self) -> dict[str, str]:
        return {"code": self.code, "level": self.level.value, "message": self.message}


def by_severity(findings) -> list[Finding]:
    """Most severe first; ties keep their rule order (the sort is stable)."""
    return sorted(findings, key=lambda finding: finding.level.rank)
