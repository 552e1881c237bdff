"""The four documents name the referring physician with her title in the sheet's language, read back
with pypdf: "Dra." on a Spanish sheet for a woman, "Dr." on an English one (issue #14 §4)."""

from __future__ import annotations

import io
import re

import pytest
from pypdf import PdfReader

from hsg_desk.services.document_output import DocumentService

import document_exam_data as data

KINDS = ("prep", "consent", "aftercare", "summary")


def text(pdf: bytes) -> str:
    return re.sub(r"\s+", " ", " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages))


@pytest.fixture
def exam_id(tmp_path):
    db = data.open_store(tmp_path / "hsg.sqlite3")
    exam_id = data.performed_exam(db, language="es")
    db.execute("UPDATE exams SET referring_name = 'Lena Ortiz', referring_title = 'Dra.' WHERE id = ?", [exam_id])
    return db, exam_id


@pytest.mark.parametrize("kind", KINDS)
def test_a_spanish_sheet_says_dra_and_an_english_one_dr(exam_id, kind):
    db, exam = exam_id
    documents = DocumentService(data.context(db))
    spanish, english = text(documents.render(exam, kind, "es")), text(documents.render(exam, kind, "en"))
    assert "Dra. Lena Ortiz" in spanish
    assert "Dr. Lena Ortiz" in english and "Dra." not in english


def test_the_spanish_aftercare_sends_the_results_to_la_doctora(exam_id):
    db, exam = exam_id
    spanish = text(DocumentService(data.context(db)).render(exam, "aftercare", "es"))
    assert "a la doctora que le indicó este estudio, Dra. Lena Ortiz" in spanish


def test_the_spanish_prep_sheet_asks_for_the_order_of_su_doctora(exam_id):
    db, exam = exam_id
    spanish = text(DocumentService(data.context(db)).render(exam, "prep", "es"))
    assert "la orden de su doctora para este estudio (Dra. Lena Ortiz)" in spanish
    db.execute("UPDATE exams SET referring_title = 'Dr.' WHERE id = ?", [exam])
    spanish = text(DocumentService(data.context(db)).render(exam, "prep", "es"))
    assert "la orden de su médico para este estudio (Dr. Lena Ortiz)" in spanish


def test_the_patients_physician_and_title_print_when_the_order_names_none(exam_id):
    db, exam = exam_id
    db.execute("UPDATE exams SET referring_name = '', referring_title = 'Dr.' WHERE id = ?", [exam])
    db.execute("UPDATE patients SET referring_name = 'Rosa Ibáñez', referring_title = 'Dra.'")
    assert "Dra. Rosa Ibáñez" in text(DocumentService(data.context(db)).render(exam, "consent", "es"))
