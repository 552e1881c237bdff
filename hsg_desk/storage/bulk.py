"""Fast many-row inserts for generated data sets (demo databases, benchmarks)."""

from __future__ import annotations

from collections.abc import Iterable


def insert_many(db, table: str, columns: tuple[str, ...], rows: Iterable[tuple]) -> None:
    """Insert `rows` (tuples in `columns` order) in the caller's transaction."""
    placeholders = ", ".join("?" for _ in columns)
    db.executemany(f"INSERT INTO {table}({', '.join(columns)}) VALUES ({placeholders})", rows)
    if getattr(db, "dialect", "sqlite") == "postgresql" and "id" in columns:
        # The rows came with their own ids: the server's counter continues after them.
        from .server_schema import reset_id_sequences

        reset_id_sequences(db, [table])


def max_id(db, table: str) -> int:
    return db.execute(f"SELECT coalesce(max(id), 0) FROM {table}").fetchone()[0]
