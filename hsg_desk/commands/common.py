"""Options and helpers shared by the sub-commands."""

from __future__ import annotations

import argparse
import sys


def add_db_option(parser: argparse.ArgumentParser) -> None:
    """`--db PATH` after the sub-command too; SUPPRESS keeps a value given before it."""
    parser.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS,
                        help="database file (default: $HSG_DESK_DB or the user-data folder)")


SQLITE_MAX_INTEGER = 2**63 - 1


def record_number(text: str) -> int:
    """An argparse type for a record's number (exam, patient): a whole number SQLite can
    hold, so 99999999999999999999999 is bad input, not an OverflowError."""
    try:
        number = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not 1 <= number <= SQLITE_MAX_INTEGER:
        raise argparse.ArgumentTypeError(f"no record has the number {text}")
    return number


def fail(message: str, code: int = 2) -> int:
    """Print one line to stderr and return the exit code."""
    print(f"hsg-desk: {message}", file=sys.stderr)
    return code


class CommandError(Exception):
    """What went wrong, as the one line `fail` prints."""


def open_existing_database(args):
    """The database `--db` (or $HSG_DESK_DB) names, opened; CommandError when there is
    none there or it cannot be used. A command never creates a database by accident."""
    from hsg_desk.storage.db import StorageError, open_database, resolve_db_path
    from hsg_desk.storage.integrity import check_database, describe

    path = resolve_db_path(getattr(args, "db", None))
    if not path.exists():
        raise CommandError(f"no database at {path}")
    # The header and the schema first: an empty file, another program's file or one made
    # by a newer HSG Desk is refused as it is, never migrated into an "empty healthy" one.
    check = check_database(path, scan_pages=False)
    if not check.ok:
        raise CommandError(describe(path, check))
    try:
        return open_database(path)
    except StorageError as error:
        raise CommandError(str(error)) from None
    except Exception as error:  # a damaged or foreign file
        raise CommandError(f"cannot open {path}: {error}") from None
