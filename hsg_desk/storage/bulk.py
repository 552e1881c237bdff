"""Fast many-row inserts for generated data sets (demo databases, benchmarks)."""

from __future__ import annotations

from collections.abc import Iterable


def insert_many(db, table: str, columns: tuple[str, ...], rows: Iterable[tuple]) -> None:
    """Insert `rows` (tuples in `columns` order) in the caller's transaction."""
    placeholders = ", ".join("?" for _ in columns)
    db.conn.executemany(f"INSERT INTO {table}({', '.join(columns)}) VALUES ({placeholders})", rows)


def max_id(db, table: str) -> int:
    return db.execute(f"SELECT coalesce(max(id), 0) FROM {table}").fetchone()[0]
