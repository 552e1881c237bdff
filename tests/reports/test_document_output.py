"""The one document pipeline (issue #17 §5): services/document_output.py reads the exam, checks it
may print, chooses the language, builds the PDF and writes the print log, for the Documents
page and `hsg-desk pdf` alike."""

from __future__ import annotations

import io
import re
import threading

import pytest
from pypdf import PdfReader

from hsg_desk.domain.document_facts import DocumentNotReady
from hsg_desk.domain.errors import DomainError
from hsg_desk.reports import turns
from hsg_desk.services.document_output import DocumentService

import document_exam_data as data


def text(pdf: bytes) -> str:
    return re.sub(r"\s+", " ", " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages))


@pytest.fixture
def db(tmp_path):
    return data.open_store(tmp_path / "hsg.sqlite3")


def test_render_builds_each_document_in_the_language_asked(db):
    exam_id = data.performed_exam(db, language="es")
    documents = DocumentService(data.context(db))
    assert "Después de su estudio HSG" in text(documents.render(exam_id, "aftercare"))  # her language
    assert "After your HSG exam" in text(documents.render(exam_id, "aftercare", "en"))
    summary = text(documents.render(exam_id, "summary"))  # staff summary: English unless asked
    assert "HSG0000001" in summary and "Resumen" not in summary
    assert "Resumen" in text(documents.render(exam_id, "summary", "es"))


def test_an_unsupported_language_is_refused_naming_the_supported_ones(db):
    exam_id = data.performed_exam(db)
    with pytest.raises(DomainError, match="'fr'.*en, es"):
        DocumentService(data.context(db)).render(exam_id, "summary", "fr")


def test_a_document_the_status_does_not_allow_is_refused_in_one_line(db):
    patient_id = data.add_patient(db)
    exam_id = data.add_exam(db, patient_id)
    with pytest.raises(DocumentNotReady) as refused:
        DocumentService(data.context(db)).render(exam_id, "summary")
    assert "\n" not in str(refused.value) and f"Exam {exam_id}" in str(refused.value)


def test_the_print_log_records_what_was_prepared(db):
    exam_id = data.performed_exam(db, language="es")
    documents = DocumentService(data.context(db))
    prepared = documents.prepare(exam_id, "prep")
    documents.record_output(prepared, "print", "Front desk printer")
    assert db.execute("SELECT exam_id, document, language, action, target FROM printed_documents").fetchall() == [
        (exam_id, "prep", "es", "print", "Front desk printer")]
    assert db.execute("SELECT action, record_id FROM audit_log ORDER BY id DESC").fetchone() == ("print", str(exam_id))


def test_explaining_aloud_is_audited_only_when_staff_confirm(db):
    exam_id = data.performed_exam(db, language="es", antibiotics="Doxycycline 100 mg twice a day")
    documents = DocumentService(data.context(db))
    prepared = documents.prepare(exam_id, "aftercare")
    assert prepared.untranslated == ("antibiotics",)
    audits = db.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    preview = text(prepared.as_if_explained_aloud().build())
    assert "Doxycycline" not in preview
    assert db.execute("SELECT count(*) FROM audit_log").fetchone()[0] == audits  # a preview audits nothing
    confirmed = text(documents.render(exam_id, "aftercare", explained_aloud=True))
    assert "Doxycycline" not in confirmed
    assert db.execute("SELECT changes FROM audit_log ORDER BY id DESC").fetchone()[0].count("explained_aloud") == 1


def test_documents_take_turns_with_reportlab_whatever_thread_builds_them(db, monkeypatch):
    """While one document builds, no other thread may start one (reportlab's module state)."""
    import hsg_desk.reports as reports

    exam_id = data.performed_exam(db)
    prepared = DocumentService(data.context(db)).prepare(exam_id, "consent")
    another_could_start = []

    def consent_probing_the_turn(facts, language):
        def try_to_start() -> None:
            started = turns._REPORTLAB.acquire(blocking=False)
            another_could_start.append(started)
            if started:
                turns._REPORTLAB.release()
        other = threading.Thread(target=try_to_start)
        other.start()
        other.join()
        return build_consent(facts, language)

    build_consent = reports.build_consent
    monkeypatch.setattr(reports, "build_consent", consent_probing_the_turn)
    assert "HSG0000001" in text(prepared.build())
    assert another_could_start == [False]
