"""Orders in: a worklist pulled from DCMTK's wlmscpfs becomes booked exams (issue 22)."""

from __future__ import annotations

import json
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from dicom_peers import HOST, TIMEOUT_SECONDS, WORKLIST_AE, WorklistEntry

from hsg_desk.domain.indication import Indication
from hsg_desk.domain.vocabulary import OrderState
from hsg_desk.services.patients import PatientForm, PatientService
from hsg_desk.services.ris_orders import OrderImport, last_pull_line
from hsg_desk.storage.exams import worklist
from hsg_desk.storage.settings import save_settings

DAY = date(2026, 11, 26)
DENVER = ZoneInfo("America/Denver")
NUNEZ = WorklistEntry("ACC1001", "SPS1001", "MRN1001", "Núñez^María José", clock="093000",
                      charset="ISO_IR 192")
MUNOZ = WorklistEntry("ACC1002", "SPS1002", "MRN1002", "Muñoz^Inés", birth="19880302", clock="103000",
                      description="HSG after tubal ligation", charset="ISO_IR 100")
SMITH = WorklistEntry("ACC1003", "SPS1003", "MRN1003", "Smith^Jane^Ann", birth="19921120", clock="141500",
                      description="Essure confirmation HSG", charset="")
CT_HEAD = WorklistEntry("ACC2001", "SPS2001", "MRN2001", "Other^Modality", modality="CT")


@pytest.fixture
def ris(ctx, worklist_server):
    save_settings(ctx.db, {"worklist_host": HOST, "worklist_port": worklist_server.port,
                           "worklist_called_ae": WORKLIST_AE, "dicom_timeout_seconds": TIMEOUT_SECONDS}, ctx.now(), None)
    ctx.reload_settings()
    return OrderImport(ctx)


def table(db, sql, params=()):
    return [tuple(row) for row in db.execute(sql, params).fetchall()]


def exams_of_the_day(db):
    return [(row.family_name, row.given_name, row.birth_date, row.mrn, row.scheduled_at, row.indication)
            for row in worklist(db, DAY)]


def test_three_rf_orders_become_booked_exams_with_the_right_patients_times_and_accessions(ris, ctx,
                                                                                       worklist_server):
    worklist_server.serve(NUNEZ, MUNOZ, SMITH, CT_HEAD)
    result = ris.pull(DAY)
    assert (result.ok, result.orders, result.booked, result.message) == (True, 3, 3, "3 orders, 3 booked")
    assert exams_of_the_day(ctx.db) == [
        ("Núñez", "María José", date(1990, 1, 15), "MRN1001", datetime(2026, 11, 26, 9, 30, tzinfo=DENVER),
         Indication.INFERTILITY),
        ("Muñoz", "Inés", date(1988, 3, 2), "MRN1002", datetime(2026, 11, 26, 10, 30, tzinfo=DENVER),
         Indication.TUBAL_LIGATION_CHECK),
        ("Smith", "Jane Ann", date(1992, 11, 20), "MRN1003", datetime(2026, 11, 26, 14, 15, tzinfo=DENVER),
         Indication.DEVICE_CONFIRMATION),
    ]
    assert table(ctx.db, "SELECT o.accession_number, o.step_id, o.issuer_of_patient_id, o.state, p.mrn "
                         "FROM ris_orders o JOIN exams e ON e.id = o.exam_id JOIN patients p ON p.id = e.patient_id "
                         "ORDER BY o.accession_number") == [
        ("ACC1001", "SPS1001", "CLINIC", "booked", "MRN1001"), ("ACC1002", "SPS1002", "CLINIC", "booked", "MRN1002"),
        ("ACC1003", "SPS1003", "CLINIC", "booked", "MRN1003")]
    rows = worklist(ctx.db, DAY)
    assert [(row.source, row.accession_number) for row in rows] == [
        ("RIS", "ACC1001"), ("RIS", "ACC1002"), ("RIS", "ACC1003")]
    assert table(ctx.db, "SELECT referring_name, indication_note FROM exams ORDER BY scheduled_at")[0] == \
        ("Ana Lopez", "HSG infertility work-up")
    assert last_pull_line(ctx) == "Orders from RIS, 9:00 AM: 3 orders, 3 booked."


def test_a_second_pull_changes_nothing(ris, ctx, worklist_server):
    worklist_server.serve(NUNEZ, MUNOZ, SMITH)
    ris.pull(DAY)
    tables = ("patients", "exams", "exam_events", "ris_orders")
    before = {name: table(ctx.db, f"SELECT * FROM {name} ORDER BY 1") for name in tables}
    again = ris.pull(DAY)
    assert (again.ok, again.booked, again.updated, again.message) == (True, 0, 0, "3 orders, nothing new")
    after = {name: table(ctx.db, f"SELECT * FROM {name} ORDER BY 1") for name in tables}
    assert {name: [row[:-1] for row in rows] if name == "ris_orders" else rows for name, rows in after.items()} == \
        {name: [row[:-1] for row in rows] if name == "ris_orders" else rows for name, rows in before.items()}


def test_a_moved_order_moves_the_scheduled_exam(ris, ctx, worklist_server):
    worklist_server.serve(NUNEZ)
    ris.pull(DAY)
    moved = WorklistEntry(**{**NUNEZ.__dict__, "clock": "113000"})
    worklist_server.serve(moved)
    result = ris.pull(DAY)
    assert (result.updated, result.booked) == (1, 0)
    assert [row.scheduled_at for row in worklist(ctx.db, DAY)] == [datetime(2026, 11, 26, 11, 30, tzinfo=DENVER)]


def test_a_known_mrn_with_another_name_waits_for_the_front_desk_and_is_never_overwritten(ris, ctx, worklist_server):
    patients = PatientService(ctx)
    ours = patients.register(PatientForm("Nunez", "Maria Jose", date(1990, 1, 16), mrn="MRN1001")).patient
    worklist_server.serve(NUNEZ)
    result = ris.pull(DAY)
    assert (result.booked, result.review, result.message) == (0, 1, "1 order, 1 to check")
    assert worklist(ctx.db, DAY) == []
    assert patients.get(ours.id) == ours  # nothing overwritten
    [order] = ris.orders_to_review()
    assert order.state == "needs_review" and order.bookable and order.patient_id == ours.id
    assert order.mismatch == {"birth_date": ("1990-01-16", "1990-01-15")}
    assert "MRN1001 is Nunez, Maria Jose, born Tue Jan 16, 1990, here" in order.review_reason
    audit = table(ctx.db, "SELECT patient_id, changes FROM audit_log WHERE action = 'ris.review'")
    assert [(patient, json.loads(changes)["birth_date"]) for patient, changes in audit] == \
        [(ours.id, ["1990-01-16", "1990-01-15"])]
    # The front desk confirms she is our patient: booked for her, her details unchanged.
    exam_id = ris.book_for_patient(order.id, ours.id)
    assert [(row.exam_id, row.family_name, row.birth_date) for row in worklist(ctx.db, DAY)] == \
        [(exam_id, "Nunez", date(1990, 1, 16))]
    assert ris.pull(DAY).message == "1 order, nothing new"


def test_a_look_alike_under_another_mrn_is_a_possible_duplicate(ris, ctx, worklist_server):
    PatientService(ctx).register(PatientForm("Nuñez", "Maria Jose", date(1990, 1, 15), mrn="LOCAL7"))
    worklist_server.serve(NUNEZ)
    assert ris.pull(DAY).review == 1
    [order] = ris.orders_to_review()
    assert order.review_reason == "Possibly already registered under another MRN (MRN LOCAL7)."
    assert table(ctx.db, "SELECT count(*) FROM patients") == [(1,)]


def test_vanished_and_discontinued_orders_are_shown_not_deleted(ris, ctx, worklist_server):
    worklist_server.serve(NUNEZ, MUNOZ, SMITH)
    ris.pull(DAY)
    worklist_server.serve(NUNEZ, WorklistEntry(**{**MUNOZ.__dict__, "status": "DISCONTINUED"}))
    result = ris.pull(DAY)
    assert (result.updated, result.gone) == (1, 1)
    assert [(row.family_name, row.source, row.order_state) for row in worklist(ctx.db, DAY)] == [
        ("Núñez", "RIS", "booked"), ("Muñoz", "RIS", "discontinued"), ("Smith", "RIS", "vanished")]
    assert [order.accession_number for order in ris.orders_to_review()] == ["ACC1002", "ACC1003"]


def test_a_failed_pull_changes_nothing_and_says_why(ris, ctx, worklist_server, closed_port):
    worklist_server.serve(NUNEZ)
    down = ris.pull(DAY, server=f"{HOST}:{closed_port.port}")
    assert not down.ok and "connection refused" in down.message
    wrong_ae = ris.pull(DAY, called_ae="NOT-THE-RIS")
    assert not wrong_ae.ok and "refused the connection (it does not know the called AE title)" in wrong_ae.message
    assert table(ctx.db, "SELECT count(*) FROM exams") == [(0,)]
    assert table(ctx.db, "SELECT count(*) FROM ris_orders") == [(0,)]
    assert last_pull_line(ctx).startswith("Orders from RIS, 9:00 AM: FAILED — NOT-THE-RIS at 127.0.0.1")


# -- the command line ------------------------------------------------------------

def test_the_command_pulls_with_overrides_and_a_second_run_books_nothing(db_path, db, worklist_server, capsys):
    from hsg_desk.cli import main

    worklist_server.serve(NUNEZ, MUNOZ, SMITH)
    args = ["worklist", "pull", "--date", "2026-11-26", "--server", f"{HOST}:{worklist_server.port}",
            "--called-ae", WORKLIST_AE, "--db", str(db_path)]
    assert main(args) == 0
    assert capsys.readouterr().out == "Orders from RIS: 3 orders, 3 booked.\n"
    assert main(args) == 0
    assert capsys.readouterr().out == "Orders from RIS: 3 orders, nothing new.\n"
    assert table(db, "SELECT count(*) FROM exams") == [(3,)]
    assert table(db, "SELECT username FROM audit_log WHERE action = 'worklist.pull'") == [("cli",), ("cli",)]


@pytest.mark.parametrize("extra, message", [
    (["--server", "nohost"], "--server: give the worklist server as HOST:PORT"),
    (["--date", "11/26/2026"], "--date: '11/26/2026' is not a date"),
    (["--called-ae", "WAY-TOO-LONG-AE-TITLE"], "--called-ae: an AE title is at most 16"),
    (["--from", "2026-11-26", "--to", "2026-11-20"], "--to: the last day is before the first"),
])
def test_the_command_refuses_bad_input_with_one_line(db_path, db, extra, message, capsys):
    from hsg_desk.cli import main

    server = [] if "--server" in extra else ["--server", f"{HOST}:104"]
    assert main(["worklist", "pull", *extra, *server, "--db", str(db_path)]) == 2
    assert message in capsys.readouterr().err


def test_the_command_without_a_server_says_where_to_set_it(db_path, db, capsys):
    from hsg_desk.cli import main

    assert main(["worklist", "pull", "--db", str(db_path)]) == 2
    assert "No worklist server is set up" in capsys.readouterr().err


def test_the_command_with_the_server_down_exits_1_and_changes_nothing(db_path, db, capsys, closed_port):
    from hsg_desk.cli import main

    assert main(["worklist", "pull", "--server", f"{HOST}:{closed_port.port}", "--db", str(db_path)]) == 1
    assert "connection refused" in capsys.readouterr().err
    assert table(db, "SELECT count(*) FROM exams") == [(0,)]


def test_the_review_window_lists_the_order_and_books_it_for_the_patient_on_file(ris, ctx, worklist_server, qtbot):
    from PySide6.QtCore import Qt

    from hsg_desk.qt.views.ris_review_dialog import RisReviewDialog

    ours = PatientService(ctx).register(PatientForm("Nunez", "Maria Jose", date(1990, 1, 16), mrn="MRN1001")).patient
    worklist_server.serve(NUNEZ)
    ris.pull(DAY)
    dialog = RisReviewDialog(OrderImport(ctx))
    qtbot.addWidget(dialog)
    cells = [dialog.table.item(0, column).text() for column in range(dialog.table.columnCount())]
    assert cells[:5] == ["Nov 26, 2026 9:30\u202fAM", "Núñez, María José", "MRN1001", "ACC1001", "RIS: check"]
    assert cells[5].endswith("(date of birth: ours 1990-01-16, RIS 1990-01-15)")
    assert dialog.book_button.isEnabled()
    qtbot.mouseClick(dialog.book_button, Qt.MouseButton.LeftButton)
    assert dialog.message.text() == "Booked accession ACC1001 for the patient on file."
    assert dialog.table.rowCount() == 0 and not dialog.book_button.isEnabled()
    assert [row.patient_id for row in worklist(ctx.db, DAY)] == [ours.id]


def test_a_name_registration_accepts_is_registered_from_the_ris_and_one_that_cannot_print_waits(ris, ctx,
                                                                                                worklist_server):
    # A Persian name is spelled with a zero-width non-joiner (issue 14 §4): the RIS registers
    # her as the window would; a Thai name the documents cannot print waits, naming the letter.
    persian = WorklistEntry("ACC3001", "SPS3001", "MRN3001", "رضایی^نرگس\u200cخانم")
    thai = WorklistEntry("ACC3002", "SPS3002", "MRN3002", "สมใจ^มาลี", clock="110000")
    worklist_server.serve(persian, thai)
    result = ris.pull(DAY)
    assert (result.booked, result.review) == (1, 1), result.message
    assert [(row.family_name, row.given_name, row.mrn) for row in worklist(ctx.db, DAY)] == \
        [("رضایی", "نرگس\u200cخانم", "MRN3001")]
    [order] = ris.orders_to_review()
    assert "U+0E2A THAI CHARACTER SO SUA" in order.review_reason, order.review_reason


def test_the_referring_physician_is_cleaned_as_registration_cleans_names_for_a_patient_on_file_too(ris, ctx,
                                                                                                 worklist_server):
    # The RIS sends "Ordóñez" decomposed (n + combining tilde) for a patient on file and for a new
    # one: both exams keep the one NFC spelling registration keeps, and her prep sheet prints it.
    # A referring name with a letter the documents cannot print waits for the front desk, for a
    # patient on file as for a new one, naming the letter; booking it by hand from the review says why.
    from io import BytesIO

    from pypdf import PdfReader

    from hsg_desk.domain.errors import DomainError
    from hsg_desk.domain.patient import clean_name
    from hsg_desk.services.document_output import DocumentService

    on_file = PatientService(ctx).register(PatientForm("Muñoz", "Inés", date(1988, 3, 2), mrn="MRN1002")).patient
    decomposed = "Ordo\u0301n\u0303ez^Luci\u0301a"
    known = WorklistEntry("ACC4001", "SPS4001", "MRN1002", "Muñoz^Inés", birth="19880302", referring=decomposed)
    new = WorklistEntry("ACC4002", "SPS4002", "MRN4002", "Soto^Ana", clock="100000", referring=decomposed)
    unprintable = WorklistEntry("ACC4003", "SPS4003", "MRN1002", "Muñoz^Inés", birth="19880302", clock="110000",
                                referring="สมใจ^มาลี")
    worklist_server.serve(known, new, unprintable)
    result = ris.pull(DAY)
    assert (result.booked, result.review) == (2, 1), result.message
    referring = table(ctx.db, "SELECT e.referring_name FROM exams e JOIN ris_orders o ON o.exam_id = e.id "
                              "ORDER BY o.accession_number")
    assert referring == [("Lucía Ordóñez",)] * 2 == [(clean_name("r", "Luci\u0301a Ordo\u0301n\u0303ez"),)] * 2
    [exam_id] = [row.exam_id for row in worklist(ctx.db, DAY) if row.patient_id == on_file.id]
    sheet = PdfReader(BytesIO(DocumentService(ctx).render(exam_id, "prep")))
    assert "Lucía Ordóñez" in " ".join(" ".join(page.extract_text().split()) for page in sheet.pages)
    [order] = ris.orders_to_review()
    assert order.patient_id == on_file.id and order.review_reason == (
        "The RIS's referring physician's name contains ‘ม’ (U+0E21 THAI CHARACTER MO MA), which the printed "
        "documents cannot show: check the spelling.")
    with pytest.raises(DomainError, match="U\\+0E21 THAI CHARACTER MO MA.*book the exam by hand"):
        ris.book_for_patient(order.id, on_file.id)
    assert len(worklist(ctx.db, DAY)) == 2
