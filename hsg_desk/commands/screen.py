"""`hsg-desk screen CASE.json`: screen one case file and print its findings as JSON (DESIGN.md §4.6)."""

from __future__ import annotations

import argparse
import json
from datetime import datetime

from hsg_desk.commands.common import add_db_option, fail
from hsg_desk.domain.caseio import parse_case
from hsg_desk.domain.errors import ValidationError
from hsg_desk.domain.screening import screen
from hsg_desk.domain.settings import DEFAULT_SETTINGS


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser(
        "screen", help="screen a case file and print the findings as JSON",
        description="Evaluate one screening case file and print its findings, most severe first, "
                    "as a JSON array of {code, level, message}. Exit 0; exit 2 for a malformed case.")
    parser.add_argument("case", metavar="CASE.json", help="the screening case file")
    parser.add_argument("--now", metavar="ISO", help="the current time with its UTC offset; "
                        "refuses test times and a birth date after it")
    add_db_option(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    now = None
    if args.now is not None:
        try:
            now = datetime.fromisoformat(args.now)
        except ValueError:
            return fail(f"--now: not a date and time: {args.now!r} (use 2026-11-25T14:30:00-07:00)")
        if now.tzinfo is None:
            return fail(f"--now: needs a UTC offset: {args.now!r}")
    try:
        with open(args.case, encoding="utf-8-sig") as file:  # a BOM (Windows Notepad) is read past
            data = json.load(file)
    except OSError as error:
        return fail(f"{args.case}: cannot read the case file ({error.strerror or error})")
    except UnicodeDecodeError:
        return fail(f"{args.case}: not UTF-8 text")
    except json.JSONDecodeError as error:
        return fail(f"{args.case}: not valid JSON (line {error.lineno}, column {error.colno}: {error.msg})")
    except RecursionError:
        return fail(f"{args.case}: not a case file (its JSON is nested too deeply)")
    try:
        case = parse_case(data, now=now)
    except ValidationError as error:
        return fail(f"{args.case}: {error}")
    db_path = getattr(args, "db", None)
    settings = _load_settings(db_path) if db_path else DEFAULT_SETTINGS
    if settings is None:
        return fail(f"--db: cannot read the settings from {db_path}")
    print(json.dumps([finding.as_json() for finding in screen(case, settings)], indent=2, ensure_ascii=False))
    return 0


def _load_settings(path: str):
    try:
        from hsg_desk.storage.db import open_database
        from hsg_desk.storage.settings import load_settings

        db = open_database(path)
    except Exception:  # a missing folder, a network share, a damaged file: one line, no traceback
        return None
    try:
        return load_settings(db)
    finally:
        db.close()
