"""Floors: the same kind of work done as simply as the platform allows, measured in the
same run, so each figure can be read as a ratio that does not depend on the machine.
(The bare window's start is measured with the app's, alternately: measures.app_start.)"""

from __future__ import annotations

import io
from pathlib import Path

from timing import percentile, repeat

CHILD = str(Path(__file__).with_name("child_startup.py"))


def raw_fts_match(db, queries: list[str]) -> float:
    """p95 of a raw FTS5 MATCH (rowids only) for the same typed texts."""
    from hsg_desk.storage.patients import fts_query

    expressions = [fts_query(text) for text in queries]
    times = [repeat(lambda e=e: db.execute("SELECT rowid FROM patients_fts WHERE patients_fts MATCH ? LIMIT 50",
                                           [e]).fetchall(), 1)[0] for e in expressions if e]
    return percentile(times, 95)


def empty_commit(db, runs: int) -> float:
    """Median of a durable commit that writes next to nothing (synchronous=FULL, WAL)."""
    db.execute("CREATE TABLE IF NOT EXISTS bench_floor(x)")

    def commit():
        with db.atomic():
            db.execute("INSERT INTO bench_floor VALUES (1)")
    return percentile(repeat(commit, runs), 50)


def minimal_pdf(runs: int) -> float:
    """Median time for reportlab to write a one-line letter page."""
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    def build():
        out = io.BytesIO()
        page = canvas.Canvas(out, pagesize=letter)
        page.drawString(72, 720, "Aftercare")
        page.showPage()
        page.save()
        return out.getvalue()
    build()
    return percentile(repeat(build, runs), 50)
