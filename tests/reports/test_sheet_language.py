"""Issue #13 §9: free text a patient sheet prints (the antibiotic order) is entered per
language; a Spanish sheet never prints an English sentence amid Spanish. Either the Spanish
text is there, or staff confirm they will explain it aloud (audited) and the sheet says so."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from hsg_desk.cli import main
from hsg_desk.reports import build_aftercare
from hsg_desk.services.documents import DocumentNotReady, explained_aloud, load_document_facts

import document_exam_data as data

ORDER = "Doxycycline 100 mg twice a day for 5 days"


def text(pdf: bytes) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(pdf)).pages)


@pytest.fixture
def store(tmp_path):
    path = tmp_path / "hsg.sqlite3"
    db = data.open_store(path)
    exam_id = data.performed_exam(db, language="es", antibiotics=ORDER)
    return path, db, exam_id


def test_a_spanish_sheet_refuses_an_english_only_order(store):
    _, db, exam_id = store
    facts = load_document_facts(data.context(db), exam_id)
    with pytest.raises(DocumentNotReady, match="in English only"):
        build_aftercare(facts, "es")
    assert ORDER in text(build_aftercare(facts, "en"))  # her English sheet prints it


def test_explained_aloud_is_audited_and_the_sheet_says_so_in_spanish(store):
    _, db, exam_id = store
    ctx = data.context(db)
    facts = explained_aloud(ctx, load_document_facts(ctx, exam_id), "aftercare", "es")
    spanish = text(build_aftercare(facts, "es"))
    assert "Nuestro personal se lo explica en persona" in spanish
    assert "Doxycycline" not in spanish and "twice a day" not in spanish
    action, changes = db.execute("SELECT action, changes FROM audit_log ORDER BY id DESC").fetchone()
    assert action == "confirm" and json.loads(changes)["explained_aloud"] == [None, "antibiotics"]


def test_the_cli_refuses_in_one_line_or_prints_when_explained_aloud(store, tmp_path, capsys):
    path, db, exam_id = store
    db.conn.close()
    out = tmp_path / "aftercare.pdf"
    assert main(["pdf", "aftercare", str(exam_id), "-o", str(out), "--db", str(path)]) == 2
    err = capsys.readouterr().err
    assert "in English only" in err and err.count("\n") == 1 and not out.exists()
    assert main(["pdf", "aftercare", str(exam_id), "-o", str(out), "--db", str(path), "--explained-aloud"]) == 0
    printed = text(Path(out).read_bytes())
    assert "se lo explica en persona" in printed and "Doxycycline" not in printed
