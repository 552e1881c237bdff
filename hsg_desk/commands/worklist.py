"""`hsg-desk worklist pull`: get the RIS's orders (DICOM Modality Worklist) and book them."""

from __future__ import annotations

import argparse
from datetime import date

from hsg_desk.domain.errors import DomainError, ValidationError
from hsg_desk.domain.roles import Role
from hsg_desk.domain.settings import validate_setting

from .common import CommandError, add_db_option, fail, open_existing_database


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser("worklist", help="get orders from the RIS (DICOM Modality Worklist)",
                                   description="Orders from the RIS by DICOM Modality Worklist (C-FIND).")
    verbs = parser.add_subparsers(dest="worklist_command", metavar="VERB", required=True)
    pull = verbs.add_parser(
        "pull", help="pull one day's (or a range's) scheduled steps and book them",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        description="Query the worklist server for scheduled procedure steps (with the modality,\n"
                    "station AE and procedure filters of the settings) and book them as exams.\n\n"
                    "- The key is the accession number with the step ID: pulling again updates, it never\n"
                    "  books twice; a step the RIS moved moves its exam while that is still scheduled.\n"
                    "- The patient is found by MRN (PatientID), then by the duplicate-patient rules. A name\n"
                    "  or date-of-birth mismatch is never overwritten: the order waits for the front desk\n"
                    "  (Exam > Orders from RIS to check) and the mismatch is audited.\n"
                    "- An order the RIS discontinued or no longer lists is marked so, never deleted.\n"
                    "- Names arrive in the RIS's character set: none, ISO_IR 100 or ISO_IR 192.\n"
                    "- Start times are read in the facility's time zone.\n\n"
                    "The flags override the settings for this run only. Exit status: 0 pulled, 1 the\n"
                    "server could not be used (the message says why; nothing changed), 2 bad input.\n"
                    "README.md, section DICOM, has the attribute mapping.")
    pull.add_argument("--date", metavar="YYYY-MM-DD", help="one day (default: today in the facility's time zone)")
    pull.add_argument("--from", dest="first", metavar="YYYY-MM-DD", help="first day of a range (with --to)")
    pull.add_argument("--to", dest="last", metavar="YYYY-MM-DD", help="last day of a range (at most 31 days)")
    pull.add_argument("--server", metavar="HOST:PORT", help="the worklist server (default: the settings')")
    pull.add_argument("--called-ae", metavar="AE", help="the worklist server's AE title")
    pull.add_argument("--calling-ae", metavar="AE", help="our AE title")
    add_db_option(pull)
    pull.set_defaults(run=run_pull)


def _day(text: str | None, flag: str) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise CommandError(f"{flag}: {text!r} is not a date (YYYY-MM-DD)") from None


def run_pull(args: argparse.Namespace) -> int:
    from hsg_desk.services.context import ServiceContext, Session, SystemClock
    from hsg_desk.services.ris_orders import OrderImport

    try:
        if args.date and (args.first or args.last):
            raise CommandError("give --date, or --from and --to, not both")
        first = _day(args.date, "--date") or _day(args.first, "--from")
        last = _day(args.date, "--date") or _day(args.last, "--to") or first
        for flag, key, value in (("--called-ae", "worklist_called_ae", args.called_ae),
                                 ("--calling-ae", "dicom_calling_ae", args.calling_ae)):
            if value is not None:
                try:
                    validate_setting(key, value)
                except ValidationError as error:
                    raise CommandError(f"{flag}: {error.message}") from None
        db = open_existing_database(args)
    except CommandError as error:
        return fail(str(error))
    # The command line books as the front desk would; the audit trail names it.
    ctx = ServiceContext(db, SystemClock(), Session(None, "cli", "Command line",
                                                    frozenset({Role.FRONT_DESK})))
    try:
        result = OrderImport(ctx).pull(first, last, server=args.server, called_ae=args.called_ae,
                                       calling_ae=args.calling_ae)
    except ValidationError as error:
        return fail(f"--{error.field}: {error.message}" if error.field in ("server", "to") else str(error))
    except DomainError as error:
        return fail(str(error))
    if not result.ok:
        return fail(result.message, 1)
    print(f"Orders from RIS: {result.message}.")
    return 0
