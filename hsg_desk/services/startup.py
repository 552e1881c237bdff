"""The check the app runs around its start; kept apart from backups so that the moment
before the window opens imports only the check itself."""

from __future__ import annotations

import os

from hsg_desk.storage.integrity import CheckResult, check_database, read_only_problem
from hsg_desk.storage.permissions import mode_problem

__all__ = ["CheckResult", "mode_problem", "read_only_problem", "startup_check"]


def startup_check(db_path: str | os.PathLike, *, scan_pages: bool = True) -> CheckResult:
    """quick_check and the foreign keys; a path with no file yet is a first start (an
    existing empty file is not: it is damaged).

    The app runs it twice: without the page scan before opening the database, and with
    it on a worker thread once the window is up, so a big file never delays the start.
    """
    return check_database(db_path, allow_new=True, scan_pages=scan_pages)
