"""The dose and quality report as PDF: its key figures in the text, charts as vector drawings,
no patient names, both languages, one page for an empty period; and `hsg-desk report quality`."""

from __future__ import annotations

import io
import re
import sqlite3
import sys
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from hsg_desk.cli import main
from hsg_desk.domain.roles import Role
from hsg_desk.reports.quality import build_quality_report
from hsg_desk.services.context import ServiceContext, Session
from hsg_desk.services.demo_data import write_demo_database
from hsg_desk.services.quality_report import load_quality_report
from hsg_desk.storage.db import open_database

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "services"))
from quality_support import PATIENTS, SEED, TODAY  # noqa: E402

START, END = date(2026, 5, 1), date(2026, 10, 31)


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory):
    return write_demo_database(tmp_path_factory.mktemp("quality-pdf") / "demo.sqlite3", patients=PATIENTS,
                               seed=SEED, today=TODAY)


def _report(demo_path, clock, start=START, end=END):
    db = open_database(demo_path)
    try:
        ctx = ServiceContext(db, clock, Session(None, "admin", "Admin", frozenset({Role.ADMIN})), "test-ws")
        return load_quality_report(ctx, start, end)
    finally:
        db.conn.close()


def _text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def test_the_key_figures_are_in_the_pdf(demo_path, clock):
    report = _report(demo_path, clock)
    text = _text(build_quality_report(report, "en"))
    for figure in (report.fluoro.median, report.fluoro.p75, report.kap.median, report.kap.p75, report.kap.maximum):
        assert f"{figure:.2f}" in text
    assert re.search(rf"Booked\s+{report.booked:,}\b", text)
    assert "Dose and quality report" in text and "Reference 1.70" in text
    assert f"Exams above a reference level: {len(report.above_reference)}" in text
    first = report.above_reference[0]
    assert str(first.exam_id) in text


def test_the_spanish_report_writes_its_numbers_the_spanish_way(demo_path, clock):
    report = _report(demo_path, clock)
    text = _text(build_quality_report(report, "es"))
    assert "Informe de dosis y calidad" in text and "Mediana" in text
    assert f"{report.fluoro.median:.2f}".replace(".", ",") in text
    assert "Percentil 75" in text and "Aplazados" in text


def test_it_names_no_patient(demo_path, clock):
    text = _text(build_quality_report(_report(demo_path, clock), "en"))
    con = sqlite3.connect(demo_path)
    names = {row[0] for row in con.execute("SELECT family_name FROM patients")}
    mrns = [row[0] for row in con.execute("SELECT mrn FROM patients")]
    con.close()
    assert not [name for name in names if name in text]
    assert not [mrn for mrn in mrns if mrn in text]


def test_the_charts_are_vector_drawings_not_images(demo_path, clock):
    reader = PdfReader(io.BytesIO(build_quality_report(_report(demo_path, clock), "en")))
    assert all(not page.images for page in reader.pages)
    first, second = (page.get_contents().get_data() for page in reader.pages[:2])
    # Filled rectangles (the bars) and dashed stroked lines (the reference levels).
    assert first.count(b" re") > 30 and b" d" in second and second.count(b" l") > 20


def test_an_empty_period_gives_one_page_that_says_so(demo_path, clock):
    report = _report(demo_path, clock, date(2001, 1, 1), date(2001, 1, 31))
    for language, words in (("en", "No exams were scheduled"), ("es", "No hubo estudios programados")):
        reader = PdfReader(io.BytesIO(build_quality_report(report, language)))
        assert len(reader.pages) == 1
        assert words in reader.pages[0].extract_text()


def test_the_command_writes_the_report_and_audits_it(demo_path, tmp_path, capsys):
    out = tmp_path / "quality.pdf"
    assert main(["report", "quality", "--from", "2026-05-01", "--to", "2026-10-31", "--lang", "es",
                 "-o", str(out), "--db", str(demo_path)]) == 0
    assert "Informe de dosis y calidad" in _text(out.read_bytes())
    assert "quality report" in capsys.readouterr().out
    con = sqlite3.connect(demo_path)
    row = con.execute("SELECT action, record_type, record_id FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    con.close()
    assert row == ("export", "quality_report", "2026-05-01..2026-10-31")


def test_the_command_refuses_bad_dates(demo_path, tmp_path, capsys):
    out = tmp_path / "q.pdf"
    assert main(["report", "quality", "--from", "2026-10-31", "--to", "2026-05-01", "-o", str(out),
                 "--db", str(demo_path)]) == 2
    assert "to: the last day comes before the first" in capsys.readouterr().err and not out.exists()
    with pytest.raises(SystemExit):
        main(["report", "quality", "--from", "2026-13-01", "--to", "2026-05-01", "-o", str(out)])
