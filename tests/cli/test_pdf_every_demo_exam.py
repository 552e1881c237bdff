"""Issue 14's "done when": `hsg-desk pdf prep|consent|aftercare|summary ID --lang en|es` builds for
every demo exam whose status allows the document, and refuses every other in one clear line.
A cancelled or deferred exam has no appointment to prepare for or consent to: its preparation
sheet and consent form are refused too, saying why and what to do instead."""

from __future__ import annotations

import io
import sqlite3

import pytest
from pypdf import PdfReader

from hsg_desk.cli import main

KINDS = ("prep", "consent", "aftercare", "summary")
SUMMARY_STATUSES = {"performed", "completed", "aborted"}
NO_APPOINTMENT = {"cancelled": "Book a new exam to print one.", "deferred": "Reschedule it first, then print."}


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    assert main(["demo-db", str(path), "--patients", "7", "--seed", "10"]) == 0
    with sqlite3.connect(path) as conn:
        exams = conn.execute("SELECT exams.id, status, mrn FROM exams JOIN patients ON patients.id = patient_id "
                             "ORDER BY exams.id").fetchall()
    return path, exams


def test_every_demo_exam_prints_what_its_status_allows_and_refuses_the_rest_in_one_line(demo, tmp_path, capsys):
    path, exams = demo
    assert {"completed", "aborted", "cancelled", "deferred", "in_progress"} <= {status for _, status, _ in exams}
    capsys.readouterr()
    built, refused = 0, 0
    for exam_id, status, mrn in exams:
        for kind in KINDS:
            for language in ("en", "es"):
                out = tmp_path / f"{exam_id}-{kind}-{language}.pdf"
                code = main(["pdf", kind, str(exam_id), "--lang", language, "-o", str(out), "--db", str(path)])
                err = capsys.readouterr().err
                if code == 0:
                    built += 1
                    pages = PdfReader(io.BytesIO(out.read_bytes())).pages
                    assert all(mrn in page.extract_text() for page in pages), (exam_id, kind, language)
                    assert kind != "summary" or status in SUMMARY_STATUSES, (exam_id, status)
                    assert kind not in ("prep", "consent") or status not in NO_APPOINTMENT, (exam_id, status, kind)
                else:
                    refused += 1
                    assert code == 2 and not out.exists(), (exam_id, kind, code)
                    assert err.count("\n") == 1 and err.startswith(f"hsg-desk: Exam {exam_id}"), err
                    if kind in ("prep", "consent"):
                        assert err.rstrip().endswith(NO_APPOINTMENT[status]), (exam_id, status, kind, err)
                        continue
                    assert kind in ("summary", "aftercare"), (exam_id, status, kind, err)
                    assert kind == "aftercare" or status not in SUMMARY_STATUSES, (exam_id, status, err)
                    assert status not in ("performed", "completed"), (exam_id, status, kind, err)
    assert built and refused
