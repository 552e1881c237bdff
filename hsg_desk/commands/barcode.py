"""`hsg-desk barcode DATA`: read one scan as the app does and print what it says, as JSON.

For IT staff setting up a scanner: scan into the terminal (no DATA: one line is read from
the input) or paste the scan with its GS separators written `\\x1d`.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from datetime import date

from hsg_desk.commands.common import CommandError, add_db_option, fail, open_existing_database
from hsg_desk.domain.gs1 import ScanError
from hsg_desk.domain.settings import DEFAULT_SETTINGS
from hsg_desk.services.barcodes import parse_scan

_ESCAPE = re.compile(r"\\x([0-9a-fA-F]{2})")


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser(
        "barcode", help="read one GS1 product scan and print it as JSON (scanner set-up)",
        description="Parse one GS1 scan (a contrast vial's or catheter's label) as the exam room reads it and "
                    "print {gtin, lot, expiry, serial, product, kind, expired} as JSON. Write the GS separator "
                    "as \\x1d. Without DATA, one line is read from the input: scan into the terminal. "
                    "Exit 2 with one line for a malformed code, a bad check digit or an unknown AI.")
    parser.add_argument("data", metavar="DATA", nargs="?", help="the scan, e.g. ']d20109501101020917...'")
    parser.add_argument("--prefix", help="the scanner's configured prefix (default: the database's setting)")
    parser.add_argument("--separator", help="the scanner's substitute for GS (default: the database's setting)")
    parser.add_argument("--on", metavar="YYYY-MM-DD", help="judge the expiry on this day (default: today)")
    add_db_option(parser)
    parser.set_defaults(run=run)


def unescape(data: str) -> str:
    r"""`\x1d` written out (a shell cannot easily pass the control character) becomes the character."""
    return _ESCAPE.sub(lambda match: chr(int(match.group(1), 16)), data)


def run(args: argparse.Namespace) -> int:
    data = args.data if args.data is not None else sys.stdin.readline()
    try:
        on = date.fromisoformat(args.on) if args.on else date.today()
    except ValueError:
        return fail(f"--on: not a date: {args.on!r} (use 2026-11-25)")
    db = None
    settings = DEFAULT_SETTINGS
    if getattr(args, "db", None):
        try:
            db = open_existing_database(args)
            from hsg_desk.storage.settings import load_settings

            settings = load_settings(db)
        except CommandError as error:
            return fail(str(error))
    try:
        prefix = settings.scanner_prefix if args.prefix is None else args.prefix
        separator = settings.scanner_separator if args.separator is None else args.separator
        try:
            scan = parse_scan(unescape(data), prefix=prefix, separator=separator)
        except ScanError as error:
            return fail(str(error))
        product = _product(db, scan.gtin) if db is not None else None
        print(json.dumps({
            "gtin": scan.gtin, "lot": scan.lot, "expiry": scan.expiry.isoformat() if scan.expiry else None,
            "serial": scan.serial, "product": product.name if product else None,
            "kind": product.kind.value if product else None,
            "expired": None if scan.expiry is None else scan.expiry < on,
        }, ensure_ascii=False))
        return 0
    finally:
        if db is not None:
            db.close()


def _product(db, gtin: str):
    from hsg_desk.storage.products import get_product

    return get_product(db, gtin)
