"""`hsg-desk check`: is the database healthy and its audit trail unbroken? One line either way."""

from __future__ import annotations

import argparse

from .common import add_db_option, fail


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser(
        "check", help="check the database file and the audit trail",
        description="Check that the database is readable, undamaged (PRAGMA quick_check, or "
                    "integrity_check with --full), has no broken links, and that the audit trail's "
                    "hash chain is intact, and that every exam's checklist replays in order. Exits 1 with a one-line reason when not.")
    parser.add_argument("--full", action="store_true", help="the slower, complete integrity check")
    add_db_option(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    import sqlite3

    from hsg_desk.storage.audit import event_count, verify_chain
    from hsg_desk.storage.checklist import first_broken_checklist
    from hsg_desk.storage.db import connect, resolve_db_path
    from hsg_desk.storage.integrity import check_database

    path = resolve_db_path(args.db)
    if isinstance(path, str):  # the clinic's server: its own checks guard its files
        return _check_server(args)
    if not path.exists():
        return fail(f"there is no database at {path}")
    result = check_database(path, full=args.full)
    if not result.ok:
        return fail(f"the database {path} {result.reason}", 1)
    try:
        db = connect(path)
        try:
            broken = verify_chain(db)
            rows = event_count(db)
            wedged = first_broken_checklist(db)
        finally:
            db.close()
    except sqlite3.Error as error:
        return fail(f"the audit trail of {path} cannot be read ({error})", 1)
    if broken is not None:
        return fail(f"the audit trail of {path} is broken at row {broken.row_id}: {broken.problem}", 1)
    if wedged is not None:
        exam_id, problem = wedged
        return fail(f"the checklist of exam {exam_id} in {path} cannot be replayed: {problem}", 1)
    print(f"The database {path} is healthy (schema {result.schema_version}, {rows} audit rows verified).")
    return 0


def _check_server(args: argparse.Namespace) -> int:
    """The audit trail and the checklists of the database on the server; the server's own
    checksums and backups guard its files (README, "Several workstations")."""
    import sqlite3

    from hsg_desk.storage.audit import event_count, verify_chain
    from hsg_desk.storage.checklist import first_broken_checklist
    from hsg_desk.storage.migrations import schema_version
    from hsg_desk.storage.server import describe_url

    from .common import CommandError, open_existing_database

    try:
        db = open_existing_database(args)
    except CommandError as error:
        return fail(str(error))
    where = describe_url(db.url)
    try:
        broken = verify_chain(db)
        rows = event_count(db)
        wedged = first_broken_checklist(db)
        version = schema_version(db)
    except sqlite3.Error as error:
        return fail(f"the audit trail of {where} cannot be read ({error})", 1)
    finally:
        db.close()
    if broken is not None:
        return fail(f"the audit trail of {where} is broken at row {broken.row_id}: {broken.problem}", 1)
    if wedged is not None:
        exam_id, problem = wedged
        return fail(f"the checklist of exam {exam_id} in {where} cannot be replayed: {problem}", 1)
    print(f"The database {where} is healthy (schema {version}, {rows} audit rows verified).")
    return 0
