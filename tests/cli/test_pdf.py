"""`hsg-desk pdf`: documents saved from the command line, recorded, with one-line errors."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from hsg_desk.cli import main
from hsg_desk.storage.db import open_database

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "reports"))
import document_exam_data as data  # noqa: E402


@pytest.fixture
def store(tmp_path):
    path = tmp_path / "hsg.sqlite3"
    db = data.open_store(path)
    performed = data.performed_exam(db, language="es")
    booked = data.add_exam(db, data.add_patient(db, "Lee", "Ana", mrn="HSG0000002"))
    db.conn.close()
    return path, performed, booked


def read(path) -> str:
    return " ".join(page.extract_text() for page in PdfReader(io.BytesIO(Path(path).read_bytes())).pages)


def test_aftercare_in_the_patients_language_and_recorded(store, tmp_path, capsys):
    path, performed, _ = store
    out = tmp_path / "aftercare.pdf"
    assert main(["pdf", "aftercare", str(performed), "-o", str(out), "--db", str(path)]) == 0
    assert "hasta el jueves 26 de noviembre a las 3:15 p. m." in " ".join(read(out).split())
    assert str(out) in capsys.readouterr().out
    db = open_database(path)
    assert db.execute("SELECT document, language, action, target, user_id FROM printed_documents").fetchall() == [
        ("aftercare", "es", "save", str(out.resolve()), None)]
    assert db.execute("SELECT action, username FROM audit_log ORDER BY id DESC").fetchone() == ("export", "cli")


def test_language_override_and_summary(store, tmp_path):
    path, performed, _ = store
    out = tmp_path / "prep.pdf"
    assert main(["--db", str(path), "pdf", "prep", str(performed), "--lang", "en", "-o", str(out)]) == 0
    assert "at or after Tuesday, November 24, 2:30 PM" in " ".join(read(out).split())
    assert main(["pdf", "summary", str(performed), "-o", str(tmp_path / "s.pdf"), "--db", str(path)]) == 0
    assert "HSG exam summary" in read(tmp_path / "s.pdf")


def test_prep_and_consent_print_for_a_booked_exam(store, tmp_path):
    path, _, booked = store
    for kind in ("prep", "consent"):
        assert main(["pdf", kind, str(booked), "-o", str(tmp_path / f"{kind}.pdf"), "--db", str(path)]) == 0


@pytest.mark.parametrize("kind, message", [("summary", "performed"), ("aftercare", "step 9")])
def test_documents_of_an_exam_not_performed_exit_2(store, tmp_path, capsys, kind, message):
    path, _, booked = store
    out = tmp_path / "x.pdf"
    assert main(["pdf", kind, str(booked), "-o", str(out), "--db", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("hsg-desk: ") and message in err and err.count("\n") == 1
    assert not out.exists()


def test_unknown_exam_exits_2(store, tmp_path, capsys):
    path, _, _ = store
    assert main(["pdf", "consent", "999", "-o", str(tmp_path / "x.pdf"), "--db", str(path)]) == 2
    assert capsys.readouterr().err == "hsg-desk: There is no exam 999.\n"


def test_missing_database_and_unwritable_output_exit_2(store, tmp_path, capsys):
    path, performed, _ = store
    assert main(["pdf", "consent", "1", "-o", str(tmp_path / "x.pdf"), "--db", str(tmp_path / "none.db")]) == 2
    assert "no database" in capsys.readouterr().err
    assert main(["pdf", "consent", str(performed), "-o", str(tmp_path / "no" / "dir" / "x.pdf"),
                 "--db", str(path)]) == 2
    assert "cannot write" in capsys.readouterr().err


def test_the_summary_prints_in_spanish_when_asked(store, tmp_path):
    path, performed, _ = store
    out = tmp_path / "summary.pdf"
    assert main(["pdf", "summary", str(performed), "--lang", "es", "-o", str(out), "--db", str(path)]) == 0
    assert "Resumen del estudio HSG" in read(out)
    assert main(["pdf", "summary", str(performed), "-o", str(out), "--db", str(path)]) == 0
    assert "HSG exam summary" in read(out)


@pytest.mark.parametrize("kind", ["summary", "aftercare", "prep", "consent"])
def test_an_unsupported_language_is_one_line_naming_the_supported_ones(store, tmp_path, capsys, kind):
    path, performed, _ = store
    out = tmp_path / "doc.pdf"
    assert main(["pdf", kind, str(performed), "--lang", "fr", "-o", str(out), "--db", str(path)]) == 2
    err = capsys.readouterr().err
    assert err == f"hsg-desk: unsupported language 'fr' for the {kind}: choose one of en, es\n"
    assert not out.exists()
