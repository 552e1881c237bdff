"""Issue #13 §9 in the window: printing a Spanish aftercare sheet whose antibiotic order is in
English only asks staff (injected, no modal in tests) to confirm they will explain it aloud;
a 'no' prints nothing, a 'yes' is audited and the sheet says so in Spanish."""

from __future__ import annotations

import sys
from pathlib import Path

from pypdf import PdfReader

from hsg_desk.qt.views.documents_page import DocumentsPage

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "reports"))
import document_exam_data as data  # noqa: E402


def test_saving_asks_to_explain_aloud_and_is_audited(qtbot, tmp_path):
    db = data.open_store(tmp_path / "hsg.sqlite3")
    exam_id = data.performed_exam(db, language="es", antibiotics="Doxycycline 100 mg twice a day")
    answers, asked = [False, True], []

    def explain_aloud(parent, question):
        asked.append(question)
        return answers.pop(0)

    widget = DocumentsPage(data.context(db), save_prompt=lambda parent, suggested: str(tmp_path / suggested),
                           explain_aloud=explain_aloud)
    qtbot.addWidget(widget)
    widget.show()
    widget.load(exam_id)
    widget.show_document("aftercare")
    assert "English only" in widget.ui.messageLabel.text()  # said before anything is printed
    assert widget.save_document("aftercare") is None  # 'no': nothing saved or recorded
    assert "Not printed" in widget.ui.messageLabel.text()
    assert db.execute("SELECT count(*) FROM printed_documents").fetchone()[0] == 0
    with qtbot.waitSignal(widget.documentOutput):
        saved = widget.save_document("aftercare")
    assert len(asked) == 2 and "explain the antibiotic order to her aloud" in asked[0]
    printed = " ".join(PdfReader(saved).pages[0].extract_text().split())
    assert "se lo explica en persona" in printed and "Doxycycline" not in printed
    assert db.execute("SELECT count(*) FROM audit_log WHERE action = 'confirm' "
                      "AND changes LIKE '%explained_aloud%'").fetchone()[0] == 1


def test_a_cancelled_exam_refuses_its_sheets_in_one_line_in_the_window(qtbot, tmp_path):
    """Issue #13 §1: no aftercare sheet and no summary for a cancelled exam (no instrument used)."""
    db = data.open_store(tmp_path / "hsg.sqlite3")
    exam_id = data.add_exam(db, data.add_patient(db))
    db.execute("UPDATE exams SET status = 'cancelled', status_reason = 'Positive pregnancy test' WHERE id = ?",
               [exam_id])
    widget = DocumentsPage(data.context(db))
    qtbot.addWidget(widget)
    widget.show()
    widget.load(exam_id)
    for kind, name in (("aftercare", "aftercare sheet"), ("summary", "exam summary")):
        widget.show_document(kind)
        assert widget.ui.messageLabel.text() == (f"Exam {exam_id} was cancelled: no {name}, because the exam did "
                                                 "not start and no instrument was used.")
        assert not widget.ui.printButton.isEnabled() and not widget.ui.saveButton.isEnabled()


def test_the_page_reads_through_the_document_service_it_is_handed(qtbot, tmp_path):
    """Views are handed their services (#17 §3): the documents page makes no DocumentService of its own."""
    from hsg_desk.services.bundle import Services
    from hsg_desk.services.document_output import DocumentService

    class Counting(DocumentService):
        def __init__(self, ctx):
            super().__init__(ctx)
            self.read: list[int] = []

        def facts(self, exam_id):
            self.read.append(exam_id)
            return super().facts(exam_id)

    db = data.open_store(tmp_path / "hsg.sqlite3")
    exam_id = data.performed_exam(db)
    ctx = data.context(db)
    services = Services(ctx)
    services.documents = counting = Counting(ctx)
    widget = DocumentsPage(ctx, services=services)
    qtbot.addWidget(widget)
    widget.load(exam_id)
    assert widget.documents is counting and counting.read == [exam_id]
    alone = DocumentsPage(ctx)
    qtbot.addWidget(alone)
    assert type(alone.documents) is DocumentService  # built on its own, it makes the real one
