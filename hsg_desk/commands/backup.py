"""`hsg-desk backup [DEST]` and `hsg-desk restore SRC`: copies made and put back safely."""

from __future__ import annotations

import argparse
from datetime import datetime, timezone
from pathlib import Path

from hsg_desk.domain.roles import Role

from .common import add_db_option, fail

CLI_SESSION_NAME = "command line"


def add_parser(subparsers) -> None:
    backup = subparsers.add_parser(
        "backup", help="back up the database (SQLite backup API, verified)",
        description="Copy the database with SQLite's backup API and verify the copy. Without DEST the "
                    "copy goes to the backup folder (settings), where the newest copies are kept.")
    backup.add_argument("dest", nargs="?", metavar="DEST", help="folder or file for the copy")
    add_db_option(backup)
    backup.set_defaults(run=run_backup)

    restore = subparsers.add_parser(
        "restore", help="replace the database with a backup (the current one is kept as a safety copy)",
        description="Check the backup SRC, keep the current database as a safety copy, then put SRC in "
                    "its place. Close HSG Desk first.")
    restore.add_argument("src", metavar="SRC", help="the backup file to restore")
    add_db_option(restore)
    restore.set_defaults(run=run_restore)


def _cli_roles():
    """The command line runs as whoever can write the database file: the admin's work."""
    return frozenset({Role.ADMIN})


def _megabytes(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB"


def run_backup(args: argparse.Namespace) -> int:
    from hsg_desk.services.backups import BackupError, back_up
    from hsg_desk.services.context import ServiceContext, Session, SystemClock
    from hsg_desk.storage.db import StorageError, open_database, resolve_db_path
    from hsg_desk.storage.integrity import check_database

    path = resolve_db_path(args.db)
    if isinstance(path, str):  # a postgresql:// URL: the clinic's server
        return run_server_backup(path, args.dest)
    if not path.exists():
        return fail(f"there is no database at {path}")
    check = check_database(path)
    if not check.ok:
        return fail(f"not backed up: the database {path} {check.reason}", 1)
    try:
        db = open_database(path)
    except StorageError as error:
        return fail(str(error), 1)
    try:
        ctx = ServiceContext(db, SystemClock(), Session(None, CLI_SESSION_NAME, CLI_SESSION_NAME, _cli_roles()))
        result = back_up(ctx, dest=args.dest)
    except BackupError as error:
        return fail(str(error), 1)
    finally:
        db.close()
    print(f"Backup saved and verified: {result.path} ({_megabytes(result.bytes)}, {result.seconds:.1f} s)")
    if result.removed:
        print(f"Older copies removed: {len(result.removed)}")
    return 0


def run_server_backup(url: str, dest: str | None) -> int:
    """pg_dump (custom format) into DEST, checked with pg_restore --list, and audited."""
    from datetime import datetime, timezone

    from hsg_desk.storage.audit import record_event
    from hsg_desk.storage.db import StorageError, open_database
    from hsg_desk.storage.server_backup import back_up_server

    if not dest:
        return fail("on a server, name the folder for the backup: hsg-desk backup --db URL FOLDER")
    try:
        result = back_up_server(url, dest)
        db = open_database(url, migrate=False)
        try:
            record_event(db, at=datetime.now(timezone.utc), action="backup", username=CLI_SESSION_NAME,
                         record_type="backup", record_id=result.path.name, changes={"bytes": result.bytes})
        finally:
            db.close()
    except StorageError as error:
        return fail(str(error), 1)
    print(f"Backup saved and checked (pg_restore --list: {result.tables} tables): {result.path} "
          f"({_megabytes(result.bytes)}, {result.seconds:.1f} s)")
    return 0


def run_restore(args: argparse.Namespace) -> int:
    from hsg_desk.services.backups import BackupError, restore_backup
    from hsg_desk.services.context import Session
    from hsg_desk.storage.db import resolve_db_path

    path = resolve_db_path(args.db)
    source = Path(args.src).expanduser()
    if not source.is_file():
        return fail(f"there is no backup file at {source}")
    if isinstance(path, str):  # a postgresql:// URL: into an empty server database only
        from hsg_desk.storage.db import StorageError
        from hsg_desk.storage.server import describe_url
        from hsg_desk.storage.server_backup import restore_server

        try:
            tables = restore_server(source, path)
        except StorageError as error:
            return fail(str(error), 1)
        print(f"Restored {tables} tables into {describe_url(path)} from {source}.")
        return 0
    try:
        result = restore_backup(source, path, datetime.now(timezone.utc),
                                Session(None, CLI_SESSION_NAME, CLI_SESSION_NAME, _cli_roles()))
    except BackupError as error:
        return fail(str(error), 1)
    print(f"Restored {path} from {result.restored_from}.")
    if result.safety_copy:
        print(f"The database as it was is kept in {result.safety_copy}")
    if result.damaged_copy:
        print(f"The damaged database was moved aside to {result.damaged_copy}")
    return 0
