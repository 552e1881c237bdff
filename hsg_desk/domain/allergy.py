"""Her allergy list (DESIGN.md §4.4): what she reacts to, of which kind, and how badly.

Its own module because the contrast agents (and so the clinic's settings), the worklist's
allergy flag and the procedure record's reaction severity need it without the whole
screening case file.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class AllergyCategory(StrEnum):
    CONTRAST = "contrast"
    LATEX = "latex"
    IODINE = "iodine"
    SHELLFISH = "shellfish"
    BARIUM = "barium"
    DRUG = "drug"
    FOOD = "food"
    OTHER = "other"


class Severity(StrEnum):
    MILD = "mild"
    MODERATE = "moderate"
    SEVERE = "severe"


@dataclass(frozen=True)
class Allergy:
    """One entry of her allergy list (DESIGN.md §4.4), shared by all her exams."""

    substance: str
    category: AllergyCategory
    reaction: str = ""
    severity: Severity = Severity.MILD
    # The stored entry, for removing it: not an answer, so neither equality, the case file nor
    # the answers a resolution was made on see it.
    id: int | None = field(default=None, compare=False)
