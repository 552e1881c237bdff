"""Printed and saved patient documents: one row per print or save (DESIGN.md §6)."""

from __future__ import annotations

from datetime import datetime


def insert_printed_document(db, *, exam_id: int, document: str, language: str, action: str,
                            target: str, at: datetime, user_id: int | None) -> int:
    """Record that `document` of `exam_id` was printed or saved ('print' | 'save')."""
    return db.execute(
        "INSERT INTO printed_documents(exam_id, document, language, action, target, at, user_id) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        [exam_id, document, language, action, target, at.isoformat(), user_id],
    ).lastrowid
