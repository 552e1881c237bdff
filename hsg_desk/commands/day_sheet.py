"""`hsg-desk pdf day YYYY-MM-DD [--lang en|es] [-o FILE]`: the day sheet as PDF (issue 19).

The sheet names the day's patients: the save is audited like a print from the app, by
the system session 'cli' with the front desk's right to print documents.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from hsg_desk.domain.errors import DomainError
from hsg_desk.domain.roles import Role

from .common import CommandError, fail, open_existing_database


def run_day(args) -> int:
    from hsg_desk.reports.day_sheet import build_day_sheet
    from hsg_desk.services.context import ServiceContext, Session, SystemClock
    from hsg_desk.services.day_sheet import load_day_sheet, record_day_sheet_output

    try:
        day = date.fromisoformat(args.exam_id)
    except ValueError:
        return fail(f"the day sheet needs a date (YYYY-MM-DD), not {args.exam_id!r}")
    try:
        db = open_existing_database(args)
    except CommandError as error:
        return fail(str(error))
    ctx = ServiceContext(db, SystemClock(), Session(None, "cli", "Command line", frozenset({Role.FRONT_DESK})))
    language = args.lang or "en"
    try:
        sheet = load_day_sheet(ctx, day)
    except DomainError as error:
        return fail(str(error))
    output = Path(args.output or f"day-sheet-{day.isoformat()}.pdf").expanduser()
    try:
        output.write_bytes(build_day_sheet(sheet, language))
    except OSError as error:
        return fail(f"cannot write {output}: {error.strerror or error}")
    record_day_sheet_output(ctx, day, language, "save", str(output.resolve()))
    print(f"{output}: day sheet of {day} ({language}), {len(sheet.lines)} exams")
    return 0
