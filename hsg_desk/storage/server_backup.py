"""Backups of the server database: `pg_dump` in its custom format, checked by reading the
dump's table of contents back (`pg_restore --list`); a restore only into an empty database.

The tools are PostgreSQL's own (Debian's postgresql-client, or the server's bin folder);
they read the password where libpq does (~/.pgpass, $PGPASSFILE, $PGSERVICE), never from
the command line. A dump is one consistent snapshot even while workstations keep saving.
"""

from __future__ import annotations

import shutil
import subprocess
import time
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from .db import StorageError
from .permissions import make_private, make_private_folder
from .server import describe_url

DUMP_SUFFIX = ".pgdump"


class ServerBackupError(StorageError):
    """No good backup was made, or nothing was restored; the message says why."""


@dataclass(frozen=True)
class ServerBackup:
    path: Path
    bytes: int
    tables: int
    seconds: float


def postgres_tool(name: str) -> str:
    """`pg_dump` or `pg_restore`: on the PATH, else the newest of Debian's installed versions."""
    found = shutil.which(name)
    if found:
        return found
    versions = sorted(Path("/usr/lib/postgresql").glob(f"*/bin/{name}"),
                      key=lambda path: int(path.parent.parent.name) if path.parent.parent.name.isdigit() else 0)
    if versions:
        return str(versions[-1])
    raise ServerBackupError(f"{name} was not found: install PostgreSQL's client tools (apt-get install "
                            "postgresql-client) on this computer.")


def _run(command: list[str]) -> subprocess.CompletedProcess:
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0:
        detail = (result.stderr.strip().splitlines() or ["no message"])[-1]
        raise ServerBackupError(f"{Path(command[0]).name} failed: {detail}")
    return result


def back_up_server(url: str, dest: str | Path, now: datetime | None = None) -> ServerBackup:
    """Dump the database at `url` into folder (or file) `dest`, then check the dump."""
    started = time.monotonic()
    dest = Path(dest).expanduser()
    if dest.suffix != DUMP_SUFFIX:
        stamp = (now or datetime.now(timezone.utc)).astimezone(timezone.utc).strftime("%Y%m%d-%H%M%S")
        make_private_folder(dest)
        dest = dest / f"hsg-desk-{stamp}{DUMP_SUFFIX}"
    if dest.exists():
        raise ServerBackupError(f"{dest} already exists; a backup never replaces a file.")
    _run([postgres_tool("pg_dump"), "--format=custom", f"--file={dest}", f"--dbname={url}"])
    make_private(dest)
    try:
        tables = check_dump(dest)
    except ServerBackupError:
        dest.unlink(missing_ok=True)
        raise
    return ServerBackup(dest, dest.stat().st_size, tables, time.monotonic() - started)


def check_dump(dump: Path) -> int:
    """The number of tables whose data the dump holds; ServerBackupError when it cannot be
    read or lacks the audit trail's rows (then it is not an HSG Desk backup)."""
    listing = _run([postgres_tool("pg_restore"), "--list", str(dump)]).stdout
    data = [line for line in listing.splitlines() if " TABLE DATA " in line]
    if not any(line.split()[-2:-1] == ["audit_log"] for line in data):
        raise ServerBackupError(f"{dump} holds no audit trail: not an HSG Desk database backup.")
    return len(data)


def restore_server(dump: str | Path, url: str) -> int:
    """Restore `dump` into the empty database at `url` (one transaction: all or nothing);
    the number of tables restored. A database holding any table is refused."""
    import psycopg

    dump = Path(dump).expanduser()
    tables = check_dump(dump)
    try:
        with psycopg.connect(url, connect_timeout=5) as conn:
            existing = conn.execute("SELECT count(*) FROM pg_tables WHERE schemaname NOT IN "
                                    "('pg_catalog', 'information_schema')").fetchone()[0]
    except psycopg.Error as error:
        raise ServerBackupError(f"Cannot reach {describe_url(url)}: {str(error).strip()}") from None
    if existing:
        raise ServerBackupError(f"{describe_url(url)} is not empty ({existing} tables): a backup is restored "
                                "only into an empty database, so nothing there is replaced. Create a new "
                                "database and restore into it.")
    _run([postgres_tool("pg_restore"), "--exit-on-error", "--single-transaction", "--no-owner",
          f"--dbname={url}", str(dump)])
    return tables
