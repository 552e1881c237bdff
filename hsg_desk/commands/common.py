"""Options and helpers shared by the sub-commands."""

from __future__ import annotations

import argparse
import sys


DB_HELP = ("database file, or the clinic's server as postgresql://user@host:5432/hsg (its password in "
           "~/.pgpass, never here); default: $HSG_DESK_DB or the user-data folder")


def add_db_option(parser: argparse.ArgumentParser) -> None:
    """`--db PATH` after the sub-command too; SUPPRESS keeps a value given before it."""
    parser.add_argument("--db", metavar="PATH|URL", default=argparse.SUPPRESS, help=DB_HELP)


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
    if isinstance(path, str):  # the clinic's server: its schema is checked as it opens
        return _open_server_database(path)
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


def _open_server_database(url: str):
    """The server's database; one that has no HSG Desk schema yet is refused, not set up:
    `hsg-desk server-setup` makes it."""
    from hsg_desk.storage.db import StorageError, open_server_database
    from hsg_desk.storage.server import describe_url

    try:
        db = open_server_database(url, migrate=False)
    except StorageError as error:
        raise CommandError(str(error)) from None
    if "audit_log" not in db.table_names():
        db.close()
        raise CommandError(f"no HSG Desk database at {describe_url(url)} (run `hsg-desk server-setup` first)")
    try:
        db.close()
        return open_server_database(url)
    except StorageError as error:
        raise CommandError(str(error)) from None
