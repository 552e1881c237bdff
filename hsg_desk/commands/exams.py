"""`hsg-desk exams [--date D] [--status S] [--json]`: the exam list a script or admin wants."""

from __future__ import annotations

import json
from datetime import date

from hsg_desk.domain.lifecycle import ExamStatus
from hsg_desk.domain.timing import wall_clock

from .common import CommandError, add_db_option, fail, open_existing_database


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser("exams", help="list exams (one day, or all)",
                                   description="List exams: id, scheduled time, patient, MRN, "
                                   "indication, status.")
    parser.add_argument("--date", metavar="YYYY-MM-DD", help="only this facility-local day")
    parser.add_argument("--status", choices=[s.value for s in ExamStatus], help="only this status")
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    add_db_option(parser)
    parser.set_defaults(run=run)


def run(args) -> int:
    from hsg_desk.storage.exams import worklist

    try:
        day = date.fromisoformat(args.date) if args.date else None
    except ValueError:
        return fail(f"--date: {args.date!r} is not a date (YYYY-MM-DD)")
    try:
        db = open_existing_database(args)
    except CommandError as error:
        return fail(str(error))
    rows = worklist(db, day, ExamStatus(args.status) if args.status else None)
    if args.json:
        print(json.dumps([{
            "id": row.exam_id, "scheduled_at": row.scheduled_at.isoformat(),
            "patient": f"{row.family_name}, {row.given_name}", "mrn": row.mrn,
            "indication": row.indication.value, "status": row.status.value,
        } for row in rows], ensure_ascii=False, indent=1))
        return 0
    from hsg_desk.storage.settings import load_settings

    zone = load_settings(db).time_zone  # the clinic's wall clock
    for row in rows:
        print(f"{row.exam_id:>7}  {wall_clock(row.scheduled_at, zone):%Y-%m-%d %H:%M}  {row.family_name + ', ' + row.given_name:<32.32}  "
              f"{row.mrn:<11}  {row.indication.value:<21}  {row.status.value}")
    print(f"{len(rows)} exam{'s' if len(rows) != 1 else ''}")
    return 0
