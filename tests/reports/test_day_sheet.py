"""The day sheet: the day's exams from the demo, landscape pages that each carry the date,
"page N of M" and the confidential footer; audited when saved; `hsg-desk pdf day`."""

from __future__ import annotations

import io
import sqlite3
import sys
from datetime import date, datetime, timezone
from pathlib import Path

import pytest
from pypdf import PdfReader

from hsg_desk.cli import main
from hsg_desk.domain.permissions import PermissionDenied
from hsg_desk.domain.roles import Role
from hsg_desk.domain.day_sheet import DaySheet, DaySheetLine
from hsg_desk.domain.indication import Indication
from hsg_desk.domain.lifecycle import ExamStatus
from hsg_desk.reports.day_sheet import BODY_SIZE, CELL_PADDING, COLUMNS, SHARES, _plain_lines, build_day_sheet
from hsg_desk.reports.fonts import BOLD, REGULAR
from hsg_desk.reports.page import text_width
from hsg_desk.reports.styles import document_styles, paragraph
from hsg_desk.reports.texts import capitalized, esc, load_texts, long_day, unbroken_times
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


def _line(exam_id: int, **values) -> DaySheetLine:
    plain = dict(exam_id=exam_id, scheduled_at=datetime(2026, 11, 26, 15, 30, tzinfo=timezone.utc),
                 family_name="Rivera", given_name="Ana", mrn=f"HSG{exam_id:07d}", indication=Indication.RECURRENT_LOSS,
                 status=ExamStatus.SCHEDULED, status_reason="", open_stops=(), test="none", test_result=None,
                 sedative=None, driver="", allergies=(), language="en", premedication_ordered=False,
                 antibiotics="", notes="")
    return DaySheetLine(**(plain | values))


def _runs(pdf: bytes) -> list[tuple[str, str]]:
    """(text, font) of each run pypdf reads, in drawing order."""
    runs = []
    for page in PdfReader(io.BytesIO(pdf)).pages:
        page.extract_text(visitor_text=lambda text, cm, tm, font, size: runs.append(
            (text, font["/BaseFont"] if font else "")) if text.strip() else None)
    return runs


def test_each_cell_prints_all_its_text_in_its_face_plain_or_as_a_paragraph():
    """Cells in one face are drawn as plain lines (a paragraph per cell made a 430-exam day take
    ~1 s, issue #21); a cell mixing faces or sizes, a word wider than its column and a letter the
    default face lacks still get a paragraph. Every word prints, and what needs action is bold."""
    long_word = "Hysterosalpingo-contrast-sonography-first"
    sheet = DaySheet(day=date(2026, 11, 26), facility_name="Demo Imaging", facility_phone="", time_zone="UTC",
                     paper_size="letter", printed_at=datetime(2026, 11, 26, 8, tzinfo=timezone.utc), lines=(
                         _line(1, sedative=True, driver="", allergies=(("contrast", "severe"),)),
                         _line(2, family_name="王", given_name="芳", notes=long_word, status=ExamStatus.DEFERRED,
                               status_reason="Bleeding today", allergies=(("latex", "mild"), ("iodine", "severe")),
                               open_stops=(("pregnancy_positive", "stop"),)),
                         _line(3, test="received", test_result="negative", sedative=True, driver="Sam Okoro")))
    pdf = build_day_sheet(sheet, "en")
    words = " ".join(" ".join(_pages(pdf)).split())
    for expected in ("3:30 PM", "Rivera, Ana", "HSG0000001", "Recurrent pregnancy loss", "Sedative: NO DRIVER",
                     "contrast (SEVERE)", "王, 芳", "HSG0000002", "Deferred", "Bleeding today", "latex (mild)",
                     "iodine (SEVERE)", "STOP pregnancy_positive", "Yes (negative)", "Sedative: Sam Okoro", "EN"):
        assert expected in words, expected
    assert long_word in words.replace(" ", "").replace("\n", "")
    faces: dict[str, set[str]] = {}  # word → the faces it is drawn in
    for text, font in _runs(pdf):
        for word in text.split():
            faces.setdefault(word, set()).add(font.split("+")[-1])
    bold, regular = {"DejaVuSans-Bold"}, {"DejaVuSans"}
    assert faces["DRIVER"] == faces["Ana"] == faces["(no"] == faces["(SEVERE)"] == faces["Lang."] == bold
    assert faces["HSG0000001"] == faces["Okoro"] == faces["(negative)"] == faces["latex"] == regular
    assert faces["PM"] == faces["Recurrent"] == faces["Deferred"] == regular


@pytest.mark.parametrize("language", ["en", "es"])
def test_a_plain_cell_breaks_its_lines_where_a_paragraph_would(language):
    """The plain lines keep the layout the paragraphs had: same breaks, a clock time never split."""
    texts = load_texts(language, "day_sheet")
    samples = [value for key in ("indications", "statuses", "tests") for value in texts[key].values()]
    samples += [texts[column] for column in COLUMNS] + ["Sedative: Guadalupe Fernández-Castillo",
                                                        "Premedication ordered; Antibiotics: doxycycline 100 mg",
                                                        unbroken_times("at 11:27 AM today")]
    styles = document_styles(BODY_SIZE)
    style = styles["cell"]
    text_width_ = text_width("letter", landscape=True)
    for share in SHARES:
        width = text_width_ * share - CELL_PADDING
        for text in samples:
            for bold in (False, True):
                plain = _plain_lines(text, BOLD if bold else REGULAR, style.fontSize, width, style.spaceShrinkage)
                if plain is None:  # a word wider than the column: a paragraph splits it
                    continue
                para = paragraph(f"<b>{esc(text)}</b>" if bold else esc(text), style)
                para.wrap(width, 1000)
                expected = [" ".join(words) for _, words in para.blPara.lines]
                assert plain.split("\n") == expected, (text, share, bold)
