"""Moving a one-PC clinic onto the server (`hsg-desk move-to-server FILE URL`).

Every row of every table goes across with its own id, in one transaction on the server:
either the whole clinic arrives, checked, or the server is left as empty as it was. The
source file is only read, and only through a snapshot (SQLite's backup API), so a window
still open on it cannot tear the copy; the snapshot, not the clinic's file, is brought up
to this version's schema first.

What counts as arrived: each table's rows counted on both sides, the audit chain verified
on the server (every hash recomputed there), and the id sequences moved past the largest
id, so the next new row on the server gets a free number.
"""

from __future__ import annotations

import sqlite3
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from .audit import record_event, verify_chain
from .db import StorageError, open_database

Progress = Callable[[str], None]


class MoveRefused(StorageError):
    """The move was not made; the message says why. The server is as it was."""


@dataclass(frozen=True)
class TableCount:
    table: str
    source: int
    target: int


@dataclass
class MoveReport:
    counts: list[TableCount] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def rows(self) -> int:
        return sum(count.source for count in self.counts)


def move_to_server(source: str | Path, url: str, *, at, progress: Progress = lambda _: None) -> MoveReport:
    """Copy the clinic in `source` onto the empty server database at `url`; MoveRefused when
    the source is not a clinic's file, the server already holds records, or a check fails."""
    source = Path(source).expanduser()
    if not source.is_file():
        raise MoveRefused(f"There is no database at {source}.")
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="hsg-move-") as folder:
        snapshot_path = Path(folder) / "snapshot.sqlite3"
        progress(f"Reading {source.name} (a snapshot; the file itself is not changed)…")
        _snapshot(source, snapshot_path)
        snapshot = open_database(snapshot_path)  # this version's schema; a newer file is refused
        try:
            target = open_database(url)
            try:
                report = _copy_clinic(snapshot, target, source, at, progress)
            finally:
                target.close()
        finally:
            snapshot.close()
    report.seconds = time.monotonic() - started
    return report


def _snapshot(source: Path, dest: Path) -> None:
    """A consistent copy of `source`, opened read-only (SQLite's backup API)."""
    try:
        reader = sqlite3.connect(source.resolve().as_uri() + "?mode=ro", uri=True)
        try:
            writer = sqlite3.connect(dest)
            with writer:
                reader.backup(writer)
            writer.close()
        finally:
            reader.close()
    except sqlite3.DatabaseError as error:
        raise MoveRefused(f"{source} cannot be read as an HSG Desk database ({error}).") from None


def _copy_clinic(snapshot, target, source: Path, at, progress: Progress) -> MoveReport:
    tables = tables_in_copy_order(snapshot)
    missing = [table for table in tables if not _columns(target, table)]
    if missing:
        raise MoveRefused(f"The server's schema has no table {missing[0]}: update HSG Desk on the server.")
    holding = [table for table in tables if _count(target, table)]
    if holding:
        raise MoveRefused(f"The server database is not empty (its {holding[0]} table holds rows): a clinic is "
                          "moved only into an empty database, so nothing there is mixed or replaced.")
    report = MoveReport()
    with target.atomic():
        for table in tables:
            progress(f"Copying {table}…")
            copied = _copy_table(snapshot, target, table)
            report.counts.append(TableCount(table, copied, _count(target, table)))
        from .server_schema import reset_id_sequences

        reset_id_sequences(target)
        progress("Comparing counts and verifying the audit trail on the server…")
        _check(snapshot, target, report)
        record_event(target, at=at, action="move_to_server", record_type="database", record_id=source.name,
                     changes={"rows": report.rows, "tables": len(report.counts)})
    return report


def tables_in_copy_order(db) -> list[str]:
    """The clinic's tables, each after the tables its rows refer to (the server checks every
    reference as the row arrives). Full-text search tables are left out: the server builds
    its own search column from the patients' rows."""
    rows = db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                      "AND name NOT LIKE '\\_%' ESCAPE '\\' ORDER BY name").fetchall()
    virtual = [name for name, sql in rows if (sql or "").upper().startswith("CREATE VIRTUAL TABLE")]
    tables = [name for name, _ in rows if not any(name == v or name.startswith(f"{v}_") for v in virtual)]
    refers = {table: {row[2] for row in db.execute(f"PRAGMA foreign_key_list({table})")} - {table}
              for table in tables}
    ordered: list[str] = []
    while len(ordered) < len(tables):
        ready = [t for t in tables if t not in ordered and refers[t] <= set(ordered)]
        if not ready:
            raise MoveRefused("The tables refer to one another in a circle; this file cannot be moved.")
        ordered += ready
    return ordered


def _columns(db, table: str) -> list[str]:
    return [row[1] for row in db.execute(f"PRAGMA table_info({table})")]


def _count(db, table: str) -> int:
    return db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def _copy_table(snapshot, target, table: str) -> int:
    """Every row of `table`, in id order, with its own values (COPY: one stream, not one
    statement per row). The server's row triggers run as for any insert."""
    wanted = set(_columns(target, table))
    columns = [name for name in _columns(snapshot, table) if name in wanted]
    names = ", ".join(columns)
    order = " ORDER BY rowid" if "id" not in columns else " ORDER BY id"
    copied = 0
    with target.conn.cursor() as cursor, cursor.copy(f"COPY {table} ({names}) FROM STDIN") as stream:
        for row in snapshot.conn.execute(f"SELECT {names} FROM {table}{order}"):
            stream.write_row(row)
            copied += 1
    return copied


def _check(snapshot, target, report: MoveReport) -> None:
    """Counts equal table by table, and the audit chain whole on the server."""
    for count in report.counts:
        if count.source != count.target or count.source != _count(snapshot, count.table):
            raise MoveRefused(f"The {count.table} table has {count.source} rows in the file but {count.target} "
                              "on the server; nothing was moved.")
    broken = verify_chain(target, backup_heads=False)
    if broken is not None:
        raise MoveRefused(f"The audit trail does not verify on the server (row {broken.row_id}: {broken.problem}); "
                          "nothing was moved.")
