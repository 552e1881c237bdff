"""The dose and quality report's values (issue 19), as services/quality_report.py computes them
and reports/quality.py prints them. The report holds no patient names."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from .dose import DoseFigures, HistogramBin
from .indication import Indication
from .lifecycle import ExamStatus

S = ExamStatus
# The stacked bars, bottom to top: what happened to each exam booked in the month.
MONTH_GROUPS = ("completed", "performed", "aborted", "deferred", "cancelled", "not_yet_done")
FINDING_OUTCOMES = ("override", "acknowledged", "deferral", "cancel", "none")
MONTHS_FOR_TABLE = 2  # a longer period also gets its counts month by month


@dataclass(frozen=True)
class MonthCounts:
    month: date                      # the month's first day
    counts: dict[str, int]           # MONTH_GROUPS → exams

    @property
    def booked(self) -> int:
        return sum(self.counts.values())


@dataclass(frozen=True)
class IndicationCounts:
    indication: Indication
    booked: int
    performed: int
    stopped: int                     # cancelled, deferred or aborted


@dataclass(frozen=True)
class AboveReference:
    """One exam above a reference level, by id and date only."""

    exam_id: int
    day: date
    fluoro_minutes: float | None
    kap_gycm2: float | None
    fluoro_above: bool
    kap_above: bool
    note: str                        # the long-fluoroscopy note and the dose note, when written


@dataclass(frozen=True)
class MonthlyMedian:
    month: date
    fluoro_minutes: float | None
    kap_gycm2: float | None


@dataclass(frozen=True)
class FindingOutcomes:
    code: str
    level: str
    opened: int
    outcomes: dict[str, int]         # FINDING_OUTCOMES → count


@dataclass(frozen=True)
class Duration:
    count: int
    median_minutes: float | None


@dataclass(frozen=True)
class QualityReport:
    start: date
    end: date
    facility_name: str
    facility_phone: str
    made_at: datetime
    time_zone: str
    paper_size: str
    reference_fluoro_minutes: float
    reference_kap_gycm2: float
    fluoro_note_minutes: float
    booked: int
    status_counts: dict[ExamStatus, int]
    reasons: dict[ExamStatus, tuple[tuple[str, int], ...]]   # cancelled/deferred/aborted → (reason, n)
    by_indication: tuple[IndicationCounts, ...]
    by_month: tuple[MonthCounts, ...]
    fluoro: DoseFigures
    kap: DoseFigures
    air_kerma: DoseFigures
    fluoro_histogram: tuple[HistogramBin, ...]
    kap_histogram: tuple[HistogramBin, ...]
    above_reference: tuple[AboveReference, ...]
    monthly_medians: tuple[MonthlyMedian, ...]
    findings: tuple[FindingOutcomes, ...]
    records: int                     # procedure records in the period
    complications: tuple[tuple[str, int], ...]   # code → exams, most frequent first; 'none' apart
    no_complication: int
    arrival_to_catheter: Duration
    procedure_time: Duration

    @property
    def empty(self) -> bool:
        return self.booked == 0

    @property
    def performed(self) -> int:
        return self.status_counts.get(S.PERFORMED, 0) + self.status_counts.get(S.COMPLETED, 0)

    @property
    def months(self) -> int:
        return len(self.by_month)

    @property
    def shows_month_table(self) -> bool:
        return self.months > MONTHS_FOR_TABLE
