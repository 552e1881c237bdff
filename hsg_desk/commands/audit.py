"""`hsg-desk audit verify` and `hsg-desk audit export --csv FILE` (admin, headless)."""

from __future__ import annotations

import argparse
import getpass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from hsg_desk.commands.common import CommandError, add_db_option, fail, open_existing_database, record_number
from hsg_desk.domain.roles import Role


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser("audit", help="verify or export the audit trail",
                                   description="Check the audit trail's hash chain, or export it as CSV.")
    verbs = parser.add_subparsers(dest="audit_command", metavar="VERB", required=True)
    verify = verbs.add_parser("verify", help="check that no audit row was altered, removed or reordered")
    add_db_option(verify)
    verify.set_defaults(run=run_verify)
    export = verbs.add_parser("export", help="write audit rows to a CSV file")
    add_db_option(export)
    export.add_argument("--csv", metavar="FILE", required=True, help="the CSV file to write")
    export.add_argument("--from", dest="start", metavar="WHEN",
                        help="first day or time (YYYY-MM-DD or ISO time; facility time zone)")
    export.add_argument("--to", dest="end", metavar="WHEN",
                        help="last day (inclusive) or time (exclusive)")
    export.add_argument("--user", metavar="USERNAME", help="only this user's rows")
    export.add_argument("--patient", metavar="ID", type=record_number, help="only rows about this patient id")
    export.add_argument("--action", metavar="ACTION",
                        help="only this action (a trailing dot matches a family: login.)")
    export.set_defaults(run=run_export)


def run_verify(args: argparse.Namespace) -> int:
    from hsg_desk.storage.audit import event_count, verify_chain

    try:
        db = open_existing_database(args)
    except CommandError as error:
        return fail(str(error))
    rows = event_count(db)
    problem = verify_chain(db)
    if problem is None:
        print(f"The audit trail is intact ({rows} rows).")
        return 0
    print(f"The audit trail is broken at row {problem.row_id}: {problem.problem}.")
    return 1


def _when(text: str | None, zone: ZoneInfo, *, end: bool) -> datetime | None:
    if not text:
        return None
    try:
        if len(text) == 10:
            day = date.fromisoformat(text) + (timedelta(days=1) if end else timedelta())
            return datetime.combine(day, time(0), zone)
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise CommandError(f"{'--to' if end else '--from'}: {text!r} is not a date (YYYY-MM-DD) "
                   "or an ISO time") from None
    return moment if moment.tzinfo else moment.replace(tzinfo=zone)


def run_export(args: argparse.Namespace) -> int:
    from hsg_desk.services.audit_trail import AuditFilter, export_csv
    from hsg_desk.services.context import ServiceContext, Session, SystemClock
    from hsg_desk.storage.settings import load_settings

    try:
        db = open_existing_database(args)
        zone = ZoneInfo(load_settings(db).time_zone)
        where = AuditFilter(start=_when(args.start, zone, end=False), end=_when(args.end, zone, end=True),
                            username=args.user, patient_id=args.patient, action=args.action)
    except CommandError as error:
        return fail(str(error))
    target = Path(args.csv)
    if not target.parent.exists():
        return fail(f"--csv: the folder {target.parent} does not exist")
    # The command line runs as whoever can read the file; it is recorded as such.
    operator = Session(None, f"cli:{_os_user()}", "Command line", frozenset({Role.ADMIN}))
    ctx = ServiceContext(db, SystemClock(), operator)
    try:
        result = export_csv(ctx, target, where)
    except OSError as error:
        return fail(f"cannot write {target}: {error.strerror or error}")
    print(f"Wrote {result.rows} audit rows to {result.path}.")
    return 0


def _os_user() -> str:
    try:
        return getpass.getuser()
    except Exception:
        return "unknown"
