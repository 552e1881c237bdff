"""`hsg-desk server-setup URL`: the clinic's database on its PostgreSQL server, made or brought
up to date: the owner and application roles, the database, the schema, the grants."""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path

from .common import fail


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser(
        "server-setup", help="set up (or update) the clinic's database on a PostgreSQL server",
        description="Connect as a PostgreSQL administrator and create the owner and application roles, "
                    "the database the URL names, its schema and the application role's grants (only "
                    "SELECT and INSERT on the audit trail). Run it again after upgrading HSG Desk: it "
                    "applies the schema's new migrations. The administrator's password comes from "
                    "~/.pgpass, $PGPASSFILE or a service file, never from the command line.")
    parser.add_argument("url", metavar="URL",
                        help="the administrator's connection to the clinic's database, e.g. "
                             "postgresql://postgres@clinic-server:5432/hsg")
    parser.add_argument("--owner-role", default="hsg_owner", help="the role that owns the schema (default hsg_owner)")
    parser.add_argument("--app-role", default="hsg_app",
                        help="the role every workstation connects as (default hsg_app)")
    parser.add_argument("--app-password-file", metavar="FILE", type=Path,
                        help="set the application role's password from the first line of FILE "
                             "(without it, it is asked for when a person is at the keyboard)")
    parser.set_defaults(run=run)


def _app_password(args: argparse.Namespace) -> str | None:
    if args.app_password_file is not None:
        return args.app_password_file.read_text(encoding="utf-8").splitlines()[0]
    if not sys.stdin.isatty():
        return None  # scripted: the role keeps the password it has (or uses certificates)
    first = getpass.getpass(f"New password for {args.app_role} (empty: leave it as it is): ")
    if not first:
        return None
    if getpass.getpass("The same password again: ") != first:
        raise ValueError("the two passwords differ; nothing was changed")
    return first


def run(args: argparse.Namespace) -> int:
    from hsg_desk.storage.db import StorageError
    from hsg_desk.storage.server import describe_url, is_server_url
    from hsg_desk.storage.server_setup import set_up_server

    if not is_server_url(args.url):
        return fail(f"{args.url!r} is not a postgresql:// URL")
    try:
        password = _app_password(args)
        report = set_up_server(args.url, owner_role=args.owner_role, app_role=args.app_role,
                               app_password=password)
    except (StorageError, ValueError, OSError, IndexError) as error:
        return fail(str(error) or "the password file is empty")
    except Exception as error:  # a refusal by the server: no privilege, a name taken
        return fail(f"the server refused: {str(error).strip().splitlines()[0]}", 1)
    for line in report.done:
        print(f"- {line}")
    where = describe_url(args.url)
    host_part = where.split("@", 1)[-1].split("/", 1)[0]
    print(f"Each workstation connects as postgresql://{report.app_role}@{host_part}/{report.database}: "
          f"set it as HSG_DESK_DB (or --db), and put the password in ~/.pgpass "
          f"(host:port:{report.database}:{report.app_role}:PASSWORD, mode 0600).")
    return 0
