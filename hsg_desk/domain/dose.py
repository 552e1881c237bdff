"""Radiation dose against the clinic's own reference levels, and the figures a dose review
uses (The Joint Commission and the ACR ask that fluoroscopy time and dose be reviewed).

The percentile method, stated once because every printed figure depends on it:
`percentile(values, p)` interpolates linearly between the two closest ranks of the sorted
values, at rank (n - 1) * p / 100 counted from 0 — the "inclusive" method of Python's
`statistics.quantiles`, numpy's default, R's type 7 and Excel's PERCENTILE.INC. The median
is the 50th percentile by the same rule (the middle value, or the mean of the two middle
values). Printed figures are rounded half-to-even to `DOSE_DECIMALS` places.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from .message import Listing, Message
from .settings import ClinicSettings

DOSE_DECIMALS = 2


def percentile(values, p: float) -> float | None:
    """The `p`th percentile (0-100) of `values` by linear interpolation between closest
    ranks (see the module's docstring); None when there are no values."""
    ordered = sorted(values)
    if not ordered:
        return None
    if not 0 <= p <= 100:
        raise ValueError("a percentile lies between 0 and 100")
    rank = (len(ordered) - 1) * p / 100
    low = math.floor(rank)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (rank - low)


def median(values) -> float | None:
    return percentile(values, 50)


@dataclass(frozen=True)
class DoseFigures:
    """n, median, 75th percentile and maximum of one dose quantity, rounded for print."""

    count: int
    median: float | None
    p75: float | None
    maximum: float | None


def dose_figures(values, decimals: int = DOSE_DECIMALS) -> DoseFigures:
    values = [value for value in values if value is not None]
    if not values:
        return DoseFigures(0, None, None, None)
    return DoseFigures(len(values), round(median(values), decimals), round(percentile(values, 75), decimals),
                       round(max(values), decimals))


@dataclass(frozen=True)
class ReferenceExceeded:
    """Which of an exam's doses are above the clinic's reference levels."""

    fluoro_minutes: float | None = None     # the value, when above its level
    kap_gycm2: float | None = None

    def __bool__(self) -> bool:
        return self.fluoro_minutes is not None or self.kap_gycm2 is not None

    def describe(self, settings: ClinicSettings) -> str:
        """"fluoroscopy 2.4 min (reference 1.5 min); KAP 3.8 Gy·cm² (reference 3 Gy·cm²)"."""
        return "; ".join(self.doses(settings))

    def doses(self, settings: ClinicSettings) -> Listing:
        """describe()'s parts, each a Message the window says in its language."""
        parts = []
        if self.fluoro_minutes is not None:
            parts.append(Message("fluoroscopy {value:g} min (reference {reference:g} min)",
                                 value=self.fluoro_minutes, reference=settings.reference_fluoro_minutes))
        if self.kap_gycm2 is not None:
            parts.append(Message("KAP {value:g} Gy·cm² (reference {reference:g} Gy·cm²)",
                                 value=self.kap_gycm2, reference=settings.reference_kap_gycm2))
        return Listing(parts)


def reference_exceeded(fluoro_minutes: float | None, kap_gycm2: float | None,
                       settings: ClinicSettings) -> ReferenceExceeded:
    """The doses strictly above the local reference levels (a dose at the level is within it)."""
    return ReferenceExceeded(
        fluoro_minutes if fluoro_minutes is not None and fluoro_minutes > settings.reference_fluoro_minutes else None,
        kap_gycm2 if kap_gycm2 is not None and kap_gycm2 > settings.reference_kap_gycm2 else None)


@dataclass(frozen=True)
class HistogramBin:
    low: float
    high: float
    count: int


def histogram(values, reference: float, bins: int = 16) -> tuple[HistogramBin, ...]:
    """Bins of one round width (0.1, 0.2, 0.25, 0.5, 1, 2, ... ) from 0 up past both the
    largest value and the reference level, about `bins` of them (so the reference line
    always falls on the chart). A value on a bin's upper edge counts in the next bin."""
    values = [value for value in values if value is not None]
    top = max([*values, reference]) * 1.05
    width = _round_up(top / bins)
    count = max(1, math.ceil(top / width))
    counts = [0] * count
    for value in values:
        counts[min(int(value / width + 1e-9), count - 1)] += 1
    return tuple(HistogramBin(round(i * width, 6), round((i + 1) * width, 6), counts[i]) for i in range(count))


def _round_up(value: float) -> float:
    """The next round number at or above `value` (1, 2, 2.5 or 5 × 10^k)."""
    if value <= 0:
        return 1.0
    scale = 10 ** math.floor(math.log10(value))
    for step in (1, 2, 2.5, 5, 10):
        if step * scale >= value - 1e-12:
            return step * scale
    return 10 * scale
