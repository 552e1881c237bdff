"""`hsg-desk pdf` prints the referring physician's title in the sheet's language, on demo data whose
physicians include women ("Dra." on a Spanish sheet, "Dr." on an English one: issue #14 §4)."""

from __future__ import annotations

import io
import re
import sqlite3

from pypdf import PdfReader

from hsg_desk.cli import main


def text(path) -> str:
    return re.sub(r"\s+", " ", " ".join(page.extract_text() for page in PdfReader(io.BytesIO(path.read_bytes())).pages))


def test_the_demo_physicians_print_with_their_title_in_each_language(tmp_path):
    path = tmp_path / "demo.sqlite3"
    assert main(["demo-db", str(path), "--patients", "3", "--seed", "5"]) == 0
    with sqlite3.connect(path) as conn:
        titles = {title for (title,) in conn.execute("SELECT referring_title FROM exams")}
        exam_id, name = conn.execute(
            "SELECT id, referring_name FROM exams WHERE referring_title = 'Dra.' ORDER BY id").fetchone()
    assert titles <= {"Dr.", "Dra."} and "Dra." in titles
    for language, title in (("es", "Dra."), ("en", "Dr.")):
        out = tmp_path / f"consent-{language}.pdf"
        assert main(["pdf", "consent", str(exam_id), "--lang", language, "-o", str(out), "--db", str(path)]) == 0
        assert f"{title} {name}" in text(out)
