"""Options and helpers shared by the sub-commands."""

from __future__ import annotations

import argparse
import sys


def add_db_option(parser: argparse.ArgumentParser) -> None:
    """`--db PATH` after the sub-command too; SUPPRESS keeps a value given before it."""
    parser.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS,
                        help="database file (default: $HSG_DESK_DB or the user-data folder)")


def fail(message: str, code: int = 2) -> int:
    """Print one line to stderr and return the exit code."""
    print(f"hsg-desk: {message}", file=sys.stderr)
    return code
