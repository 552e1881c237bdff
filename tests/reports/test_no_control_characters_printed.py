"""Control characters reach neither the database nor the PDFs (issue 14 §4): the record refuses
them at the field and keeps nothing; the notes keep their lines; and a record stored before the
fields refused them (or by another program) prints without them, read back with pypdf."""

from __future__ import annotations

import io
import sys
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader

from hsg_desk.domain.errors import ValidationError
from hsg_desk.services.document_output import DocumentService
from hsg_desk.services.exam_room import ExamRoomService

sys.path.insert(0, str(Path(__file__).resolve().parent))
import document_exam_data as data  # noqa: E402


@pytest.fixture
def exam(tmp_path):
    db = data.open_store(tmp_path / "hsg.sqlite3")
    return db, data.performed_exam(db)


def stored(db, exam_id, column):
    return db.execute(f"SELECT {column} FROM procedure_records WHERE exam_id = ?", [exam_id]).fetchone()[0]


def printed(db, exam_id, kind) -> str:
    pdf = DocumentService(data.context(db)).render(exam_id, kind)
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def controls(text: str) -> list[str]:
    # pypdf reads the bullet glyph of a list as U+007F: that one is the sheet's, not the record's.
    return [ch for ch in text if ch not in "\n\x7f" and unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Co")]


@pytest.mark.parametrize("field, typed", [("notes", "Tolerated well.\x07"), ("contrast_lot", "L-\x1b[31m778"),
                                          ("complication_other", "cramping\x00"), ("catheter_lot", "C-\u202e42")])
def test_a_control_character_is_refused_and_nothing_is_saved(exam, field, typed):
    db, exam_id = exam
    room = ExamRoomService(data.context(db))
    before = room.procedure(exam_id)
    with pytest.raises(ValidationError) as refused:
        room.set_procedure_field(exam_id, field, typed, before.version)
    assert refused.value.field == field and "which cannot be printed: remove it" in refused.value.message
    assert room.procedure(exam_id) == before and controls(str(stored(db, exam_id, field))) == []


def test_the_notes_keep_their_lines_and_print_without_a_control_character(exam):
    db, exam_id = exam
    room = ExamRoomService(data.context(db))
    room.set_procedure_field(exam_id, "notes", "Tolerated well.\r\nMild cramping;\tno bleeding.",
                             room.procedure(exam_id).version)
    assert stored(db, exam_id, "notes") == "Tolerated well.\nMild cramping;\tno bleeding."
    summary = printed(db, exam_id, "summary")
    assert controls(summary) == []
    assert ["Tolerated well.", "Mild cramping; no bleeding."] == [   # its lines printed as typed
        line.strip() for line in summary.split("\n") if line.strip() in ("Tolerated well.", "Mild cramping; no bleeding.")]


def test_a_record_kept_with_control_characters_prints_without_them(exam):
    db, exam_id = exam
    db.execute("UPDATE procedure_records SET notes = ?, contrast_lot = ? WHERE exam_id = ?",
               ["Bell\x07 escape\x1b[31m NUL\x00 \u202eoverride", "L-\x00778", exam_id])
    db.execute("UPDATE exams SET antibiotics = ? WHERE id = ?", ["Doxycycline\x07 100 mg", exam_id])
    summary = printed(db, exam_id, "summary")
    assert "Bell escape[31m NUL override" in summary and "L-778" in summary and controls(summary) == []
    aftercare = printed(db, exam_id, "aftercare")
    assert "Doxycycline 100 mg" in aftercare and controls(aftercare) == []
