"""The day sheet: the day's exams from the demo, landscape pages that each carry the date,
"page N of M" and the confidential footer; audited when saved; `hsg-desk pdf day`."""

from __future__ import annotations

import io
import sqlite3
import sys
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from hsg_desk.cli import main
from hsg_desk.domain.permissions import PermissionDenied
from hsg_desk.domain.roles import Role
from hsg_desk.reports.day_sheet import build_day_sheet
from hsg_desk.reports.texts import capitalized, long_day
from hsg_desk.services.context import ServiceContext, Session
from hsg_desk.services.day_sheet import load_day_sheet, record_day_sheet_output
from hsg_desk.services.demo_data import write_demo_database
from hsg_desk.storage.db import open_database

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "services"))
from quality_support import SEED, TODAY  # noqa: E402


@pytest.fixture
def demo_path(tmp_path):
    return write_demo_database(tmp_path / "demo.sqlite3", patients=40, seed=SEED, today=TODAY)


def _ctx(path, clock, roles=frozenset({Role.FRONT_DESK})):
    return ServiceContext(open_database(path), clock, Session(7, "desk", "Front Desk", roles), "test-ws")


def _pages(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def test_the_sheet_lists_the_days_exams_with_what_the_room_needs(demo_path, clock):
    con = sqlite3.connect(demo_path)
    expected = con.execute("SELECT e.id, p.mrn FROM exams e JOIN patients p ON p.id = e.patient_id "
                           "WHERE e.scheduled_date = ? ORDER BY e.scheduled_at, e.id", [TODAY.isoformat()]).fetchall()
    open_codes = {(exam_id, code) for exam_id, code in con.execute(
        "SELECT f.exam_id, f.code FROM findings f JOIN exams e ON e.id = f.exam_id WHERE e.scheduled_date = ? "
        "AND f.level IN ('block', 'stop') AND NOT EXISTS (SELECT 1 FROM finding_resolutions r "
        "WHERE r.exam_id = f.exam_id AND r.code = f.code AND r.voided_at IS NULL)", [TODAY.isoformat()])}
    con.close()
    ctx = _ctx(demo_path, clock)
    sheet = load_day_sheet(ctx, TODAY)
    assert [(line.exam_id, line.mrn) for line in sheet.lines] == expected and len(expected) >= 14
    assert {(line.exam_id, code) for line in sheet.lines for code, _ in line.open_stops} == open_codes
    assert {line.test for line in sheet.lines} >= {"received", "none"}


def test_every_landscape_page_carries_the_date_its_number_and_the_confidential_footer(demo_path, clock):
    sheet = load_day_sheet(_ctx(demo_path, clock), TODAY)
    for language, confidential, page_of in (("en", "CONFIDENTIAL: patient names", "Page {n} of {m}"),
                                            ("es", "CONFIDENCIAL: nombres de pacientes", "Página {n} de {m}")):
        day = capitalized(long_day(TODAY, language))      # "Thursday, November 26, 2026"
        assert "26" in day and "2026" in day
        pdf = build_day_sheet(sheet, language)
        reader = PdfReader(io.BytesIO(pdf))
        assert all(page.mediabox.width > page.mediabox.height for page in reader.pages)
        pages = _pages(pdf)
        assert len(pages) >= 2
        for number, text in enumerate(pages, start=1):
            assert day in text and confidential in text
            assert page_of.format(n=number, m=len(pages)) in text
        everything = " ".join(pages)
        for line in sheet.lines:
            assert line.mrn in everything and line.family_name in everything


def test_sedation_without_a_driver_and_a_severe_allergy_stand_out(demo_path, clock):
    con = sqlite3.connect(demo_path)
    exam_id, patient_id = con.execute("SELECT e.id, e.patient_id FROM exams e JOIN checkins k ON k.exam_id = e.id "
                                      "WHERE e.scheduled_date = ? ORDER BY e.id LIMIT 1", [TODAY.isoformat()]).fetchone()
    con.execute("UPDATE checkins SET sedative = 1, driver_name = '' WHERE exam_id = ?", [exam_id])
    con.execute("INSERT INTO allergies(patient_id, substance, category, reaction, severity, recorded_at) "
                "VALUES (?, 'iopamidol', 'contrast', 'throat swelling', 'severe', '2026-11-01T00:00:00+00:00')",
                [patient_id])
    con.execute("UPDATE exams SET premedication_ordered = 1 WHERE id = ?", [exam_id])
    con.commit()
    con.close()
    text = " ".join(" ".join(_pages(build_day_sheet(load_day_sheet(_ctx(demo_path, clock), TODAY), "en"))).split())
    # pypdf may read a bold run apart from its neighbours: look for the words, not the layout.
    assert "NO DRIVER" in text and "SEVERE" in text and "Premedication ordered" in text


def test_an_empty_day_is_one_page_that_says_so(demo_path, clock):
    pages = _pages(build_day_sheet(load_day_sheet(_ctx(demo_path, clock), date(2001, 1, 2)), "en"))
    assert len(pages) == 1 and "No exams are booked on this day." in pages[0]


def test_the_admin_alone_may_not_print_it_and_a_print_is_audited(demo_path, clock):
    with pytest.raises(PermissionDenied):
        load_day_sheet(_ctx(demo_path, clock, frozenset({Role.ADMIN})), TODAY)
    ctx = _ctx(demo_path, clock)
    record_day_sheet_output(ctx, TODAY, "es", "print", "Front desk printer")
    row = ctx.db.execute("SELECT action, record_type, record_id, username FROM audit_log ORDER BY id DESC").fetchone()
    assert row == ("print", "day_sheet", "2026-11-26", "desk")


def test_the_command_saves_the_sheet_and_audits_it(demo_path, tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    assert main(["pdf", "day", "2026-11-26", "--lang", "es", "--db", str(demo_path)]) == 0
    out = tmp_path / "day-sheet-2026-11-26.pdf"
    assert "Hoja del día" in _pages(out.read_bytes())[0]
    assert "day sheet of 2026-11-26 (es)" in capsys.readouterr().out
    con = sqlite3.connect(demo_path)
    assert con.execute("SELECT action, record_type, record_id FROM audit_log ORDER BY id DESC").fetchone() == (
        "export", "day_sheet", "2026-11-26")
    con.close()
    assert main(["pdf", "day", "26/11/2026", "--db", str(demo_path)]) == 2
    assert "needs a date (YYYY-MM-DD)" in capsys.readouterr().err
    assert main(["pdf", "summary", "1", "--db", str(demo_path)]) == 2
    assert "-o/--output" in capsys.readouterr().err
