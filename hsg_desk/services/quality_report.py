"""The dose and quality report's figures (issue 19), computed from the period's rows.

The period is inclusive of both days and follows each exam's scheduled (facility-local)
date. What each count means:
- booked: every exam scheduled in the period, whatever became of it;
- performed: the ten steps were done (performed, or completed = performed and signed);
- completed: signed; cancelled, deferred, aborted: with their recorded reasons;
- not yet done: scheduled, arrived, screened or in progress when the report was made.
Doses are the procedure records of the period's exams, aborted ones included (the dose was
given). Medians and percentiles follow `hsg_desk.domain.dose` (linear interpolation
between closest ranks), rounded to 2 decimals; times to 1 decimal of a minute.
The report holds no patient names: exams are counted, and listed by exam id and date only.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from datetime import date, datetime

from hsg_desk.domain.dose import dose_figures, histogram, median, reference_exceeded
from hsg_desk.domain.errors import ValidationError
from hsg_desk.domain.indication import Indication
from hsg_desk.domain.lifecycle import ExamStatus
from hsg_desk.domain.quality_report import (FINDING_OUTCOMES, MONTH_GROUPS, AboveReference, Duration,
                                            FindingOutcomes, IndicationCounts, MonthCounts, MonthlyMedian,
                                            QualityReport)
from hsg_desk.storage import quality as rows

from .authorization import Action, require
from .context import ServiceContext

S = ExamStatus
NOT_YET_DONE = (S.SCHEDULED, S.ARRIVED, S.SCREENED, S.IN_PROGRESS)
STOPPED = (S.CANCELLED, S.DEFERRED, S.ABORTED)
CATHETER_PLACED_STEP, FIRST_STEP, LAST_STEP = 6, 1, 10
TIME_DECIMALS = 1


def month_of(day: date) -> date:
    return day.replace(day=1)


def months_between(start: date, end: date) -> list[date]:
    """The first day of each month the period touches, in order."""
    months, month = [], month_of(start)
    while month <= end:
        months.append(month)
        month = date(month.year + month.month // 12, month.month % 12 + 1, 1)
    return months


def month_group(status: ExamStatus) -> str:
    return "not_yet_done" if status in NOT_YET_DONE else status.value


def finding_outcome(resolution_kind: str | None, exam_status: ExamStatus) -> str:
    """How one finding ended: a live resolution first (override, signed or verbal, or a
    caution acknowledged); else the exam deferred or cancelled because of it; else none."""
    if resolution_kind in ("override_signed", "override_verbal"):
        return "override"
    if resolution_kind == "acknowledged":
        return "acknowledged"
    if exam_status is S.DEFERRED:
        return "deferral"
    if exam_status is S.CANCELLED:
        return "cancel"
    return "none"


def check_period(start: date, end: date) -> None:
    if end < start:
        raise ValidationError("to", "the last day comes before the first")
    if (end - start).days > 366 * 10:
        raise ValidationError("to", "choose a period of at most ten years")


def load_quality_report(ctx: ServiceContext, start: date, end: date) -> QualityReport:
    """The report of the exams scheduled from `start` to `end` (both included).

    PermissionDenied unless the session holds the admin or radiologist role.
    """
    require(ctx, Action.VIEW_QUALITY_REPORT)
    check_period(start, end)
    settings, db = ctx.settings, ctx.db
    exams = rows.exam_rows(db, start, end)
    doses = rows.dose_rows(db, start, end)
    status_counts = Counter(ExamStatus(status) for _, _, status, _, _ in exams)
    return QualityReport(
        start=start, end=end, facility_name=settings.facility_name, facility_phone=settings.facility_phone,
        made_at=ctx.now(), time_zone=settings.time_zone, paper_size=settings.paper_size,
        reference_fluoro_minutes=settings.reference_fluoro_minutes, reference_kap_gycm2=settings.reference_kap_gycm2,
        fluoro_note_minutes=settings.fluoro_time_note_minutes,
        booked=len(exams), status_counts=dict(status_counts), reasons=_reasons(exams),
        by_indication=_by_indication(exams), by_month=_by_month(exams, start, end),
        fluoro=dose_figures(row[2] for row in doses), kap=dose_figures(row[3] for row in doses),
        air_kerma=dose_figures(row[4] for row in doses),
        fluoro_histogram=histogram([row[2] for row in doses], settings.reference_fluoro_minutes),
        kap_histogram=histogram([row[3] for row in doses], settings.reference_kap_gycm2),
        above_reference=_above_reference(doses, settings), monthly_medians=_monthly_medians(doses, start, end),
        findings=_findings(rows.finding_outcome_counts(db, start, end)),
        records=len(doses), **_complications(doses),
        arrival_to_catheter=_arrival_to_catheter(db, start, end), procedure_time=_procedure_time(db, start, end),
    )


def _reasons(exams) -> dict[ExamStatus, tuple[tuple[str, int], ...]]:
    found: dict[ExamStatus, Counter] = {status: Counter() for status in STOPPED}
    for _, _, status, reason, _ in exams:
        if ExamStatus(status) in found:
            found[ExamStatus(status)][(reason or "").strip() or "No reason recorded"] += 1
    return {status: tuple(sorted(counter.items(), key=lambda item: (-item[1], item[0])))
            for status, counter in found.items()}


def _by_indication(exams) -> tuple[IndicationCounts, ...]:
    booked, performed, stopped = Counter(), Counter(), Counter()
    for _, _, status, _, indication in exams:
        status, indication = ExamStatus(status), Indication(indication)
        booked[indication] += 1
        performed[indication] += status in (S.PERFORMED, S.COMPLETED)
        stopped[indication] += status in STOPPED
    return tuple(IndicationCounts(i, booked[i], performed[i], stopped[i]) for i in Indication if booked[i])


def _by_month(exams, start: date, end: date) -> tuple[MonthCounts, ...]:
    counts = {month: dict.fromkeys(MONTH_GROUPS, 0) for month in months_between(start, end)}
    for _, day, status, _, _ in exams:
        counts[month_of(date.fromisoformat(day))][month_group(ExamStatus(status))] += 1
    return tuple(MonthCounts(month, groups) for month, groups in counts.items())


def _above_reference(doses, settings) -> tuple[AboveReference, ...]:
    found = []
    for exam_id, day, fluoro, kap, _, fluoro_note, dose_note, _ in doses:
        exceeded = reference_exceeded(fluoro, kap, settings)
        if not exceeded:
            continue
        long_fluoro = fluoro is not None and fluoro > settings.fluoro_time_note_minutes
        notes = [note.strip() for note in ((fluoro_note or "") if long_fluoro else "", dose_note or "") if note.strip()]
        found.append(AboveReference(exam_id, date.fromisoformat(day), fluoro, kap,
                                    exceeded.fluoro_minutes is not None, exceeded.kap_gycm2 is not None,
                                    " / ".join(dict.fromkeys(notes))))
    return tuple(found)


def _monthly_medians(doses, start: date, end: date) -> tuple[MonthlyMedian, ...]:
    fluoro, kap = defaultdict(list), defaultdict(list)
    for _, day, fluoro_min, kap_value, *_ in doses:
        month = month_of(date.fromisoformat(day))
        if fluoro_min is not None:
            fluoro[month].append(fluoro_min)
        if kap_value is not None:
            kap[month].append(kap_value)
    return tuple(MonthlyMedian(month, _rounded(median(fluoro[month])), _rounded(median(kap[month])))
                 for month in months_between(start, end))


def _rounded(value: float | None, decimals: int = 2) -> float | None:
    return None if value is None else round(value, decimals)


def _findings(counted) -> tuple[FindingOutcomes, ...]:
    levels: dict[str, str] = {}
    outcomes: dict[str, Counter] = defaultdict(Counter)
    for code, level, kind, status, count in counted:
        levels[code] = level
        outcomes[code][finding_outcome(kind, ExamStatus(status))] += count
    rank = {"block": 0, "stop": 1, "caution": 2, "info": 3}
    found = [FindingOutcomes(code, levels[code], sum(counter.values()),
                             {outcome: counter[outcome] for outcome in FINDING_OUTCOMES})
             for code, counter in outcomes.items()]
    return tuple(sorted(found, key=lambda f: (rank.get(f.level, 9), -f.opened, f.code)))


def _complications(doses) -> dict:
    counted, none = Counter(), 0
    for *_, complications in doses:
        try:
            codes = json.loads(complications or "[]")
        except ValueError:
            codes = []
        if codes == ["none"]:
            none += 1
        counted.update(code for code in dict.fromkeys(codes) if code != "none")
    return {"complications": tuple(sorted(counted.items(), key=lambda item: (-item[1], item[0]))),
            "no_complication": none}


def _done_times(events) -> dict[int, dict[int, datetime]]:
    """exam → step → when it was last done and not undone since."""
    done: dict[int, dict[int, datetime]] = defaultdict(dict)
    for exam_id, step, action, at in events:
        if action in ("done", "not_needed"):
            done[exam_id][step] = datetime.fromisoformat(at)
        elif action == "undone":
            done[exam_id].pop(step, None)
    return done


def _duration(minutes: list[float]) -> Duration:
    return Duration(len(minutes), _rounded(median(minutes), TIME_DECIMALS))


def _arrival_to_catheter(db, start: date, end: date) -> Duration:
    arrived = {exam_id: datetime.fromisoformat(at) for exam_id, at in rows.arrival_times(db, start, end)}
    placed = _done_times(rows.step_events(db, start, end, (CATHETER_PLACED_STEP,)))
    minutes = [(steps[CATHETER_PLACED_STEP] - arrived[exam_id]).total_seconds() / 60
               for exam_id, steps in placed.items() if CATHETER_PLACED_STEP in steps and exam_id in arrived]
    return _duration(minutes)


def _procedure_time(db, start: date, end: date) -> Duration:
    done = _done_times(rows.step_events(db, start, end, (FIRST_STEP, LAST_STEP)))
    minutes = [(steps[LAST_STEP] - steps[FIRST_STEP]).total_seconds() / 60
               for steps in done.values() if FIRST_STEP in steps and LAST_STEP in steps]
    return _duration(minutes)


def record_report_output(ctx: ServiceContext, start: date, end: date, language: str, action: str,
                         target: str = "") -> None:
    """Audit one print ('print') or save ('save') of the report: it names no patient."""
    require(ctx, Action.VIEW_QUALITY_REPORT)
    ctx.audit("print" if action == "print" else "export", record_type="quality_report",
              record_id=f"{start.isoformat()}..{end.isoformat()}",
              changes={"language": [None, language], "target": [None, target]})
