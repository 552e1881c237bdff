"""Opening a closed record never rewrites its screening; demo resolutions carry real fingerprints."""

from __future__ import annotations

from datetime import date

from hsg_desk.services.context import ServiceContext
from hsg_desk.services.demo_data import write_demo_database
from hsg_desk.services.screening import ScreeningService
from hsg_desk.storage.db import open_database


def demo_ctx(tmp_path, clock, session):
    path = write_demo_database(tmp_path / "demo.sqlite3", patients=80, seed=5, today=date(2026, 11, 26))
    return ServiceContext(db=open_database(path), clock=clock, session=session, workstation="ws")


def resolutions(db, status):
    return db.execute(
        "SELECT r.id, r.exam_id, r.voided_at FROM finding_resolutions r JOIN exams e ON e.id = r.exam_id "
        "WHERE e.status = ?", [status]).fetchall()


def test_refreshing_a_completed_exam_voids_nothing_even_after_its_answers_change(tmp_path, clock, session):
    ctx = demo_ctx(tmp_path, clock, session)
    exam_id = resolutions(ctx.db, "completed")[0][1]
    ctx.db.execute("UPDATE histories SET asthma = 1 - coalesce(asthma, 0), pid_history = 1 WHERE exam_id = ?", [exam_id])
    before = ctx.db.execute("SELECT * FROM finding_resolutions WHERE exam_id = ?", [exam_id]).fetchall()
    findings_before = ctx.db.execute("SELECT * FROM findings WHERE exam_id = ?", [exam_id]).fetchall()
    ScreeningService(ctx).refresh(exam_id)
    assert ctx.db.execute("SELECT * FROM finding_resolutions WHERE exam_id = ?", [exam_id]).fetchall() == before
    assert ctx.db.execute("SELECT * FROM findings WHERE exam_id = ?", [exam_id]).fetchall() == findings_before


def test_demo_resolutions_survive_a_refresh_of_an_open_exam(tmp_path, clock, session):
    ctx = demo_ctx(tmp_path, clock, session)
    open_ones = [row for status in ("in_progress", "performed", "screened") for row in resolutions(ctx.db, status)]
    assert open_ones  # seed 5 gives open exams with resolved findings
    for _, exam_id, _ in open_ones:
        ScreeningService(ctx).refresh(exam_id)
    voided = ctx.db.execute("SELECT count(*) FROM finding_resolutions WHERE voided_at IS NOT NULL").fetchone()[0]
    assert voided == 0
