"""`hsg-desk demo-db PATH [--patients N] [--seed S]`: write an invented demo database."""

from __future__ import annotations

import time

from .common import fail


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser("demo-db", help="write an invented demo database",
                                   description="Write an invented, realistic demo database at a new "
                                   "PATH. Deterministic for a seed. It never writes to this workstation's "
                                   "clinic database, and replaces an existing file only when that is a "
                                   "demo database and --force is given.")
    parser.add_argument("path", metavar="PATH")
    parser.add_argument("--patients", type=int, default=200, metavar="N", help="patients (default 200)")
    parser.add_argument("--seed", type=int, default=1, metavar="S", help="random seed (default 1)")
    parser.add_argument("--force", action="store_true", help="replace PATH when it is a demo database")
    parser.set_defaults(run=run)


def run(args) -> int:
    from hsg_desk.services.demo_data import (NotADemoDatabase, check_demo_target, terminal_progress,
                                             write_demo_database)
    from hsg_desk.storage.db import StorageError, resolve_db_path

    if not 1 <= args.patients <= 1_000_000:
        return fail("--patients must be between 1 and 1,000,000")
    try:
        check_demo_target(args.path, resolve_db_path(None), force=args.force)
    except NotADemoDatabase as refused:
        return fail(str(refused), 1)
    started = time.perf_counter()
    try:
        path = write_demo_database(args.path, patients=args.patients, seed=args.seed,
                                   progress=terminal_progress())
    except (StorageError, OSError) as error:
        return fail(str(error))
    print(f"Wrote {args.patients:,} patients and {args.patients * 2:,} exams to {path} "
          f"in {time.perf_counter() - started:.1f} s")
    return 0
