"""`hsg-desk report quality --from YYYY-MM-DD --to YYYY-MM-DD [--lang en|es] -o FILE`: the
dose and quality report as PDF (issue 19).

It counts exams and lists them by number and date only, so it names no patient. The
command acts as a system session with the admin role (whoever runs it can read the
database file anyway); the save is audited like a save from the app.
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from hsg_desk.domain.errors import DomainError
from hsg_desk.domain.roles import Role
from hsg_desk.domain.vocabulary import Language

from .common import CommandError, add_db_option, fail, open_existing_database


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser(
        "report", help="save the dose and quality report as PDF",
        description="Save the dose and quality report of a period (exams by their scheduled date, "
        "both days included) as PDF: counts, doses against the local reference levels, findings, "
        "complications and times. It names no patient.")
    kinds = parser.add_subparsers(dest="report", metavar="REPORT", required=True)
    quality = kinds.add_parser("quality", help="the dose and quality report")
    quality.add_argument("--from", dest="start", type=_day, required=True, metavar="YYYY-MM-DD", help="first day")
    quality.add_argument("--to", dest="end", type=_day, required=True, metavar="YYYY-MM-DD", help="last day (included)")
    quality.add_argument("--lang", choices=tuple(Language), default=Language.EN, help="language (default en)")
    quality.add_argument("-o", "--output", required=True, metavar="FILE", help="the PDF file to write")
    add_db_option(quality)
    quality.set_defaults(run=run_quality)


def run_quality(args) -> int:
    from hsg_desk.reports.quality import build_quality_report
    from hsg_desk.services.context import ServiceContext, Session, SystemClock
    from hsg_desk.services.quality_report import load_quality_report, record_report_output

    try:
        db = open_existing_database(args)
    except CommandError as error:
        return fail(str(error))
    ctx = ServiceContext(db, SystemClock(), Session(None, "cli", "Command line", frozenset({Role.ADMIN})))
    try:
        report = load_quality_report(ctx, args.start, args.end)
    except DomainError as error:
        return fail(str(error))
    pdf = build_quality_report(report, args.lang)
    output = Path(args.output).expanduser()
    try:
        output.write_bytes(pdf)
    except OSError as error:
        return fail(f"cannot write {output}: {error.strerror or error}")
    record_report_output(ctx, args.start, args.end, args.lang, "save", str(output.resolve()))
    print(f"{output}: dose and quality report {args.start} to {args.end} ({args.lang}): "
          f"{report.booked} exams booked, {report.fluoro.count} with a fluoroscopy time")
    return 0
