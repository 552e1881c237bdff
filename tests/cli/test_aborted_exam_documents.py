"""Issue #13 §1: an exam stopped after step 6 prints its aftercare sheet (the 24-hour clock from
the later of the stop and the catheter's removal, no diagnosis, no reason it stopped) and a
staff summary marked ABORTED on every page; cancelled and deferred refuse in one line."""

from __future__ import annotations

import io
import sys
from datetime import timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from hsg_desk.cli import main

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "reports"))
import document_exam_data as data  # noqa: E402

REASON = "Vasovagal reaction; suspected uterine anomaly"
STOPPED = data.SCHEDULED + timedelta(minutes=40)  # 3:10 PM, after step 6 (2:54 PM)


def stop(db, exam_id, status, reason=REASON, at=STOPPED):
    db.execute("UPDATE exams SET status = ?, status_reason = ?, status_at = ? WHERE id = ?",
               [status, reason, data.iso(at), exam_id])
    db.execute("INSERT INTO exam_events(exam_id, from_status, to_status, reason, at, user_id) "
               "VALUES (?, 'in_progress', ?, ?, ?, 1)", [exam_id, status, reason, data.iso(at)])


def exam_through(db, through, language="en", mrn="HSG0000009"):
    patient_id = data.add_patient(db, "Lee", "Ana", language, mrn)
    exam_id = data.add_exam(db, patient_id)
    data.check_in(db, exam_id)
    data.add_checklist(db, exam_id, through=through)
    if through >= 7:
        data.add_procedure(db, exam_id)
    return exam_id


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "hsg.sqlite3"


def pages(path) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(Path(path).read_bytes())).pages]


def test_aborted_after_step_six_prints_aftercare_from_the_stop(db_path, tmp_path):
    db = data.open_store(db_path)
    exam_id = exam_through(db, 7)
    stop(db, exam_id, "aborted")
    db.conn.close()
    out = tmp_path / "aftercare.pdf"
    assert main(["pdf", "aftercare", str(exam_id), "-o", str(out), "--db", str(db_path)]) == 0
    text = " ".join(pages(out))
    assert "Thursday, November 26, 3:10 PM" in text  # 24 h from the stop (no step 9)
    assert "anomaly" not in text and "Vasovagal" not in text and "abort" not in text.lower()


# What an aborted exam's sheet says of the images: a review of those that exist, never a
# promise to review images that were never taken, and never a finding.
REVIEW_TAKEN = {"en": "will review the images that were taken and send a report to the doctor who referred you, "
                      "Dr. Lena Ortiz",
                "es": "revisará las imágenes que se tomaron y enviará un informe al médico que le indicó este "
                      "estudio, Dr. Lena Ortiz"}
NONE_TAKEN = {"en": "Your exam was stopped before the x-ray images of your uterus and tubes were taken. We will let "
                    "the doctor who referred you, Dr. Lena Ortiz, know that it was stopped.",
              "es": "Su estudio se interrumpió antes de que se tomaran las radiografías del útero y las trompas. "
                    "Le avisaremos al médico que le indicó este estudio, Dr. Lena Ortiz, que se interrumpió."}
FULL_EXAM = {"en": "will review your images", "es": "revisará sus imágenes"}


@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize("through, image_count, taken", [
    (6, None, False),   # catheter in, stopped before the contrast: no images, no record
    (7, None, True),    # step 7 (contrast, images) done, the count not recorded
    (7, 6, True),
    (7, 0, False),      # the record says none were taken
])
def test_an_aborted_exam_promises_a_review_only_of_images_that_exist(db_path, tmp_path, language, through,
                                                                      image_count, taken):
    db = data.open_store(db_path)
    exam_id = exam_through(db, through, language=language)
    db.execute("UPDATE procedure_records SET image_count = ? WHERE exam_id = ?", [image_count, exam_id])
    stop(db, exam_id, "aborted")
    db.conn.close()
    out = tmp_path / "aftercare.pdf"
    assert main(["pdf", "aftercare", str(exam_id), "-o", str(out), "--db", str(db_path)]) == 0
    text = " ".join(pages(out))
    assert (REVIEW_TAKEN[language] in text) is taken and (NONE_TAKEN[language] in text) is not taken
    assert FULL_EXAM[language] not in text and ("What happens next" in text or "Qué sigue ahora" in text)
    assert "anomaly" not in text and "Vasovagal" not in text


def test_the_clock_runs_from_the_catheter_removal_when_it_came_later(db_path, tmp_path):
    db = data.open_store(db_path)
    exam_id = exam_through(db, 9, language="es")  # catheter out at 3:15 PM
    stop(db, exam_id, "aborted", at=data.CATHETER_OUT - timedelta(minutes=10))
    db.conn.close()
    out = tmp_path / "aftercare.pdf"
    assert main(["pdf", "aftercare", str(exam_id), "-o", str(out), "--db", str(db_path)]) == 0
    assert "jueves 26 de noviembre a las 3:15 p. m." in " ".join(pages(out))


def test_the_summary_of_an_aborted_exam_says_aborted_on_every_page(db_path, tmp_path):
    db = data.open_store(db_path)
    exam_id = exam_through(db, 7)
    data.add_findings(db, exam_id, extra=40)  # long enough for several pages
    stop(db, exam_id, "aborted")
    db.conn.close()
    out = tmp_path / "summary.pdf"
    assert main(["pdf", "summary", str(exam_id), "-o", str(out), "--db", str(db_path)]) == 0
    texts = pages(out)
    assert len(texts) > 1 and all("ABORTED" in page for page in texts)
    whole = " ".join(texts)
    assert REASON in whole and "Alex Rivera" in whole and "Iohexol" in whole and "1.2" in whole


def test_stopped_before_step_six_needs_no_aftercare(db_path, tmp_path, capsys):
    db = data.open_store(db_path)
    exam_id = exam_through(db, 4)
    stop(db, exam_id, "aborted")
    db.conn.close()
    assert main(["pdf", "aftercare", str(exam_id), "-o", str(tmp_path / "a.pdf"), "--db", str(db_path)]) == 2
    err = capsys.readouterr().err
    assert "step 6" in err and err.count("\n") == 1


SHEETS = {"aftercare": "aftercare sheet", "summary": "exam summary", "prep": "preparation sheet",
          "consent": "consent form"}
# A cancelled or deferred exam has no appointment to prepare for or consent to (issue 14).
NO_APPOINTMENT = {"cancelled": ", because this exam will not take place. Book a new exam to print one.",
                  "deferred": " until it has a new date. Reschedule it first, then print."}


@pytest.mark.parametrize("status", ["cancelled", "deferred"])
@pytest.mark.parametrize("kind", ["aftercare", "summary", "prep", "consent"])
def test_cancelled_and_deferred_refuse_in_one_line(db_path, tmp_path, capsys, status, kind):
    db = data.open_store(db_path)
    exam_id = exam_through(db, 0)
    stop(db, exam_id, status, reason="Positive pregnancy test: rebook")
    db.conn.close()
    out = tmp_path / "x.pdf"
    assert main(["pdf", kind, str(exam_id), "-o", str(out), "--db", str(db_path)]) == 2
    err = capsys.readouterr().err
    why = (NO_APPOINTMENT[status] if kind in ("prep", "consent")
           else ", because the exam did not start and no instrument was used.")
    assert err == f"hsg-desk: Exam {exam_id} was {status}: no {SHEETS[kind]}{why}\n"
    assert not out.exists()
