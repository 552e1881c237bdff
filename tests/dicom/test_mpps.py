"""Procedure out: MPPS through the outbox to a pynetdicom receiver on 127.0.0.1 (issue 22)."""

from __future__ import annotations

import json
import socket
import sys
import threading
from datetime import date, datetime
from pathlib import Path

import pytest
from dicom_peers import HOST, RECEIVER_AE, TIMEOUT_SECONDS, free_port

from hsg_desk.domain.lifecycle import ExamStatus
from hsg_desk.domain.ris import ScheduledStep
from hsg_desk.domain.vocabulary import OrderState
from hsg_desk.services import mpps_outbox
from hsg_desk.services.exam_room import ExamRoomService
from hsg_desk.storage import exams
from hsg_desk.storage.ris_orders import insert_order
from hsg_desk.storage.settings import save_settings

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "services"))
from test_exam_room import fill_record, steps_to, take_history  # noqa: E402

from exam_room_builders import START, arrived_exam, context, open_db  # noqa: E402

ORDER = ScheduledStep("ACC1001", "SPS1001", "RP1001", "MRNRIVAN", "CLINIC", "Rivera", "Ana", date(1990, 4, 2),
                      "F", date(2026, 11, 26), None, "Ana Lopez", "HSG infertility work-up", "", "SCHEDULED",
                      study_instance_uid="1.2.826.0.1.3680043.10.543.1001")


@pytest.fixture
def room(tmp_path):
    db, clock, users = open_db(tmp_path / "hsg.sqlite3")
    tech = context(db, clock, users["tech"])
    _, exam_id = arrived_exam(db)
    return db, clock, tech, exam_id


def point_at(tech, port, *, called_ae=RECEIVER_AE, timeout=TIMEOUT_SECONDS, local_exams=False):
    save_settings(tech.db, {"mpps_host": HOST, "mpps_port": port, "mpps_called_ae": called_ae,
                            "dicom_timeout_seconds": timeout, "mpps_local_exams": local_exams}, START, None)
    tech.reload_settings()


def from_ris(db, exam_id):
    order = insert_order(db, ORDER, "America/Denver", OrderState.BOOKED, START, exam_id=exam_id)
    return order


def states(db):
    return db.execute("SELECT status, state, attempts FROM mpps_messages ORDER BY id").fetchall()


def to_step(tech, clock, exam_id, step):
    service = ExamRoomService(tech)
    if service.checklist(exam_id).current_step == 1:
        take_history(service, exam_id)
    steps_to(service, exam_id, clock, step)
    return service


def test_a_completed_exam_reaches_the_ris_as_in_progress_then_completed_with_its_dose(room, mpps_receivers):
    db, clock, tech, exam_id = room
    receiver = mpps_receivers()
    point_at(tech, receiver.port)
    from_ris(db, exam_id)
    service = to_step(tech, clock, exam_id, 5)
    assert states(db) == []  # nothing before the catheter is placed
    steps_to(service, exam_id, clock, 6)
    assert states(db) == [("IN PROGRESS", "waiting", 0)]
    assert [o.sent for o in mpps_outbox.deliver_due(tech)] == [True]
    steps_to(service, exam_id, clock, 10)
    fill_record(service, exam_id, kap_gycm2="1.25", air_kerma_mgy="3.4")
    service.sign(exam_id, "tech-demo")
    assert [o.sent for o in mpps_outbox.deliver_due(tech)] == [True]
    assert states(db) == [("IN PROGRESS", "sent", 1), ("COMPLETED", "sent", 1)]
    assert receiver.statuses == [("N-CREATE", "IN PROGRESS"), ("N-SET", "COMPLETED")]
    (_, created_uid, created), (_, set_uid, done) = receiver.received
    assert created_uid == set_uid
    scheduled = created.ScheduledStepAttributesSequence[0]
    assert (scheduled.AccessionNumber, scheduled.ScheduledProcedureStepID, scheduled.RequestedProcedureID,
            scheduled.StudyInstanceUID) == ("ACC1001", "SPS1001", "RP1001", "1.2.826.0.1.3680043.10.543.1001")
    assert (str(created.PatientName), created.PatientID, created.PatientBirthDate, created.Modality,
            created.PerformedStationAETitle) == ("Rivera^Ana", "MRNRIVAN", "19900402", "RF", "HSGDESK")
    assert (created.PerformedProcedureStepStartDate, created.PerformedProcedureStepStartTime) == \
        ("20261126", "085200")  # step 6, two minutes apart from 8:40 AM
    assert (done.TotalTimeOfFluoroscopy, done.TotalNumberOfExposures, float(done.ImageAndFluoroscopyAreaDoseProduct),
            float(done.EntranceDoseInmGy)) == (48, 6, 12.5, 3.4)
    assert done.CommentsOnThePerformedProcedureStep == "Contrast: Iohexol 300 mgI/mL, 12 mL"
    supplies = done.BillingSuppliesAndDevicesSequence[0]
    assert (supplies.BillingItemSequence[0].CodeMeaning, float(supplies.QuantitySequence[0].Quantity),
            supplies.QuantitySequence[0].MeasuringUnitsSequence[0].CodeValue) == ("Iohexol 300 mgI/mL", 12.0, "mL")
    assert (done.PerformedProcedureStepEndDate, done.PerformedProcedureStepEndTime) == ("20261126", "090000")


def test_an_exam_aborted_after_step_6_is_discontinued_with_a_reason_code(room, mpps_receivers):
    db, clock, tech, exam_id = room
    receiver = mpps_receivers()
    point_at(tech, receiver.port)
    from_ris(db, exam_id)
    service = to_step(tech, clock, exam_id, 7)
    service.abort(exam_id, "Contrast reaction")
    mpps_outbox.deliver_due(tech)
    assert receiver.statuses == [("N-CREATE", "IN PROGRESS"), ("N-SET", "DISCONTINUED")]
    reason = receiver.received[1][2].PerformedProcedureStepDiscontinuationReasonCodeSequence[0]
    assert (reason.CodeValue, reason.CodingSchemeDesignator, reason.CodeMeaning) == \
        ("110503", "DCM", "Patient allergic to media/contrast")


def test_an_abort_before_step_6_sends_nothing(room, mpps_receivers):
    db, clock, tech, exam_id = room
    point_at(tech, mpps_receivers().port)
    from_ris(db, exam_id)
    service = to_step(tech, clock, exam_id, 4)
    service.abort(exam_id, "Pain")
    assert states(db) == []


@pytest.mark.parametrize("local_exams, expected", [(False, []), (True, [("IN PROGRESS", "waiting", 0)])])
def test_a_local_exam_gets_mpps_only_with_the_setting(room, local_exams, expected):
    db, clock, tech, exam_id = room
    point_at(tech, free_port(), local_exams=local_exams)
    to_step(tech, clock, exam_id, 6)
    assert states(db) == expected


def test_no_mpps_destination_no_messages(room):
    db, clock, tech, exam_id = room
    from_ris(db, exam_id)
    to_step(tech, clock, exam_id, 6)
    assert states(db) == []


def test_with_the_receiver_down_the_exam_is_signed_and_the_message_goes_when_it_returns(room, mpps_receivers,
                                                                                       monkeypatch, closed_port):
    db, clock, tech, exam_id = room
    point_at(tech, closed_port.port)
    from_ris(db, exam_id)
    service = to_step(tech, clock, exam_id, 10)
    fill_record(service, exam_id)
    with monkeypatch.context() as no_network:  # signing never touches the network
        no_network.setattr(socket, "create_connection", lambda *a, **k: pytest.fail("signing used the network"))
        assert service.sign(exam_id, "tech-demo").status is ExamStatus.COMPLETED
    [outcome] = mpps_outbox.deliver_due(tech)  # the N-SET waits for its N-CREATE
    assert not outcome.sent and "connection refused" in outcome.error
    assert states(db) == [("IN PROGRESS", "waiting", 1), ("COMPLETED", "waiting", 0)]
    assert mpps_outbox.deliver_due(tech) == []  # not due again for 30 s
    receiver = mpps_receivers(closed_port.release())
    clock.advance(seconds=31)
    assert [o.sent for o in mpps_outbox.deliver_due(tech)] == [True, True]
    assert receiver.statuses == [("N-CREATE", "IN PROGRESS"), ("N-SET", "COMPLETED")]
    assert exams.get_exam(db, exam_id).status is ExamStatus.COMPLETED


def test_the_pause_between_tries_grows(room, closed_port):
    db, clock, tech, exam_id = room
    point_at(tech, closed_port.port)
    from_ris(db, exam_id)
    to_step(tech, clock, exam_id, 6)
    pauses = []
    for _ in range(4):
        before = clock.now()
        mpps_outbox.deliver_due(tech)
        next_try = db.execute("SELECT next_try_at FROM mpps_messages").fetchone()[0]
        pauses.append(round((datetime.fromisoformat(next_try) - before).total_seconds()))
        clock.advance(seconds=pauses[-1])
    assert pauses == [30, 60, 120, 300]


def failing_exam(room, port, **settings):
    db, clock, tech, exam_id = room
    point_at(tech, port, **settings)
    from_ris(db, exam_id)
    to_step(tech, clock, exam_id, 6)
    [outcome] = mpps_outbox.deliver_due(tech)
    assert not outcome.sent and not outcome.permanent
    assert states(db) == [("IN PROGRESS", "waiting", 1)]  # kept, to be tried again
    assert exams.get_exam(db, exam_id).status is ExamStatus.IN_PROGRESS
    return outcome.error


def test_a_wrong_ae_title_is_a_clear_refusal(room, mpps_receivers):
    error = failing_exam(room, mpps_receivers().port, called_ae="WRONG-AE")
    assert error.startswith("WRONG-AE at 127.0.0.1:")
    assert "refused the connection (it does not know the called AE title). Check the AE titles" in error


def test_a_slow_receiver_past_the_timeout(room, mpps_receivers):
    receiver = mpps_receivers()
    receiver.hold = threading.Event()
    error = failing_exam(room, receiver.port, timeout=1)
    assert "did not complete the MPPS N-CREATE within 1 s, or broke off the connection" in error


def test_a_reply_that_is_not_dicom(room, not_dicom_server):
    error = failing_exam(room, not_dicom_server)
    assert "answered with something that is not DICOM" in error


def test_a_refusing_ris_fails_the_message_for_good_with_its_reason(room, mpps_receivers):
    db, clock, tech, exam_id = room
    receiver = mpps_receivers()
    receiver.status = 0x0110
    point_at(tech, receiver.port)
    from_ris(db, exam_id)
    to_step(tech, clock, exam_id, 6)
    [outcome] = mpps_outbox.deliver_due(tech)
    assert outcome.permanent
    [message] = mpps_outbox.messages(tech)
    assert mpps_outbox.state_text(message, "America/Denver") == \
        f"failed: RIS-MPPS at 127.0.0.1:{receiver.port} refused the MPPS N-CREATE (status 0x0110)."
    receiver.status = 0x0000
    assert mpps_outbox.retry(tech, message.id)
    assert [o.sent for o in mpps_outbox.deliver_due(tech)] == [True]


def test_the_ris_refusal_is_said_in_spanish_in_the_window(qtbot, room, mpps_receivers, spanish):
    """The outbox keeps the refusal as a Message: the MPPS window says it in Spanish, while the
    audit trail keeps the English it was recorded in."""
    from hsg_desk.qt.views.main_window import MainWindow

    db, clock, tech, exam_id = room
    receiver = mpps_receivers()
    receiver.status = 0x0110
    point_at(tech, receiver.port)
    from_ris(db, exam_id)
    to_step(tech, clock, exam_id, 6)
    mpps_outbox.deliver_due(tech)
    window = MainWindow(tech)
    qtbot.addWidget(window)
    dialog = window.mpps_sender.show_messages()
    assert dialog.table.item(0, 4).text() == \
        f"falló: RIS-MPPS en 127.0.0.1:{receiver.port} rechazó MPPS N-CREATE (estado 0x0110)."
    [(changes,)] = db.execute("SELECT changes FROM audit_log WHERE action = 'mpps.failed'").fetchall()
    assert f"RIS-MPPS at 127.0.0.1:{receiver.port} refused the MPPS N-CREATE (status 0x0110)." in changes
    dialog.reject()


def test_mpps_status_lists_each_message(room, capsys, tmp_path, closed_port):
    from hsg_desk.cli import main

    db, clock, tech, exam_id = room
    point_at(tech, closed_port.port)
    from_ris(db, exam_id)
    to_step(tech, clock, exam_id, 6)
    mpps_outbox.deliver_due(tech)
    assert main(["mpps", "status", "--db", str(tmp_path / "hsg.sqlite3")]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].split() == ["ID", "EXAM", "PATIENT", "MRN", "STATUS", "STATE"]
    assert out[1].startswith(f"{1:>4}  {exam_id:>5}  Rivera, Ana")
    assert "IN PROGRESS   waiting (next try" in out[1] and "connection refused" in out[1]
    assert main(["mpps", "status", "--json", "--db", str(tmp_path / "hsg.sqlite3")]) == 0
    assert json.loads(capsys.readouterr().out)[0]["state"] == "waiting"


# -- in the window -------------------------------------------------------------------

def test_the_window_sends_off_the_ui_thread_while_the_receiver_is_slow(qtbot, room, mpps_receivers):
    from hsg_desk.qt.views.main_window import MainWindow

    db, clock, tech, exam_id = room
    receiver = mpps_receivers()
    receiver.hold = threading.Event()
    point_at(tech, receiver.port)
    from_ris(db, exam_id)
    to_step(tech, clock, exam_id, 6)
    window = MainWindow(tech)
    qtbot.addWidget(window)
    op = window.mpps_sender.kick()
    assert op is not None and op.thread.is_alive()  # the UI thread did not wait for the RIS
    assert window.mpps_sender.kick() is None  # one send at a time
    receiver.hold.set()
    qtbot.waitUntil(lambda: window.mpps_sender.op is None, timeout=TIMEOUT_SECONDS * 1000)
    assert receiver.statuses == [("N-CREATE", "IN PROGRESS")]
    assert states(db) == [("IN PROGRESS", "sent", 1)]


def test_the_window_lists_the_messages_and_sends_them_on_demand(qtbot, room, mpps_receivers, closed_port):
    from PySide6.QtCore import Qt

    from hsg_desk.qt.views.main_window import MainWindow

    db, clock, tech, exam_id = room
    point_at(tech, closed_port.port)
    from_ris(db, exam_id)
    to_step(tech, clock, exam_id, 6)
    mpps_outbox.deliver_due(tech)  # refused: the next try is in 30 s
    window = MainWindow(tech)
    qtbot.addWidget(window)
    assert window.mpps_sender.messages_action in window.menuExam.actions()
    dialog = window.mpps_sender.show_messages()
    assert [dialog.table.item(0, column).text() for column in range(4)] == \
        [str(exam_id), "Rivera, Ana", "MRNRIVAN", "IN PROGRESS"]
    state = dialog.table.item(0, 4).text()
    # the next try as the interface language writes a day and time (QLocale)
    assert state.replace("\u202f", " ").startswith("waiting (next try Thu Nov 26, 8:52 AM): ") and "connection refused" in state
    receiver = mpps_receivers(closed_port.release())  # the RIS is back: no need to wait 30 s
    with qtbot.waitSignal(window.mpps_sender.delivered, timeout=TIMEOUT_SECONDS * 1000):
        qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    assert dialog.table.item(0, 4).text().replace("\u202f", " ") == "sent Thu Nov 26, 8:52 AM"
    assert receiver.statuses == [("N-CREATE", "IN PROGRESS")]
