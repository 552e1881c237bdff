"""`hsg-desk move-to-server FILE URL`: a one-PC clinic onto an empty PostgreSQL database."""

from __future__ import annotations

import argparse
import sys


def add_parser(subparsers) -> None:
    move = subparsers.add_parser(
        "move-to-server", help="copy a one-PC clinic's database onto an empty PostgreSQL database",
        description="Copy every row of FILE (the clinic's SQLite database) onto the empty PostgreSQL "
                    "database at URL, with the same record numbers; then compare the counts table by "
                    "table and verify the audit trail on the server. FILE is only read. The password "
                    "comes from ~/.pgpass, $PGPASSFILE or $PGSERVICE, never the URL.")
    move.add_argument("file", metavar="FILE", help="the clinic's database file")
    move.add_argument("url", metavar="URL", help="postgresql://user@host:5432/database (empty)")
    move.set_defaults(run=run_move)


def run_move(args: argparse.Namespace) -> int:
    from datetime import datetime, timezone

    from hsg_desk.storage.db import StorageError
    from hsg_desk.storage.move_to_server import move_to_server
    from hsg_desk.storage.server import describe_url, is_server_url

    from .common import fail

    if not is_server_url(args.url):
        return fail(f"not a server URL: {args.url!r} (postgresql://user@host:5432/database)")
    try:
        report = move_to_server(args.file, args.url, at=datetime.now(timezone.utc),
                                progress=lambda step: print(step, file=sys.stderr, flush=True))
    except StorageError as error:
        return fail(str(error), 1)
    for count in report.counts:
        print(f"{count.table:24} {count.source:>9}  {count.target:>9}")
    print(f"Moved {report.rows} rows in {len(report.counts)} tables to {describe_url(args.url)} "
          f"in {report.seconds:.1f} s: counts equal, audit trail verified on the server. "
          f"{args.file} was not changed; point every workstation at the server (README, \"Several workstations\").")
    return 0
