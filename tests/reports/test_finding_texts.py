"""Finding messages on the Spanish summary (issue #14 §3): each rule's message has a Spanish text in
resources/texts/es/findings.json keyed by its code, beside the English one, and the summary prints
it with the record's values; the English summary keeps the words the technologist read."""

from __future__ import annotations

import io
import re
import string

import pytest
from pypdf import PdfReader

from hsg_desk.domain.screening import RULES
from hsg_desk.reports.texts import load_texts
from hsg_desk.services.document_output import DocumentService

import document_exam_data as data

PLACEHOLDERS = {"collected", "earliest", "cycle_day", "last_cycle_day"}  # summary.finding_values


def text(pdf: bytes) -> str:
    return re.sub(r"\s+", " ", " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages))


@pytest.mark.parametrize("language", ["en", "es"])
def test_every_rule_has_a_message_in_each_language_and_nothing_else(language):
    assert set(load_texts(language, "findings")) == {rule.code for rule in RULES}


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_messages_name_only_values_the_summary_fills_in(language):
    for code, message in load_texts(language, "findings").items():
        named = {field for _, field, _, _ in string.Formatter().parse(message) if field}
        assert named <= PLACEHOLDERS, code
        english = {field for _, field, _, _ in string.Formatter().parse(load_texts("en", "findings")[code]) if field}
        assert named == english, code  # the translation names the same values


def test_the_spanish_summary_prints_the_findings_in_spanish_and_the_english_one_as_found(tmp_path):
    db = data.open_store(tmp_path / "hsg.sqlite3")
    exam_id = data.performed_exam(db, language="es")
    documents = DocumentService(data.context(db))
    spanish, english = (text(documents.render(exam_id, "summary", language)) for language in ("es", "en"))
    spanish_texts = load_texts("es", "findings")
    for code, _, stored in data.FINDINGS:
        assert stored not in spanish, code
        assert spanish_texts[code][:40] in spanish, code
        assert stored in english and f"[{code}]" in spanish
