"""Two workstations edit the same patient: the second save is refused in plain words, nothing overwritten."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

from hsg_desk.domain.patient import Patient
from hsg_desk.qt.views.patient_dialog import PatientDialog
from hsg_desk.qt.widgets.prompts import ScriptedPrompts
from hsg_desk.services.context import ServiceContext
from hsg_desk.storage.db import open_database
from hsg_desk.storage.patients import amendments_for_patient, get_patient, insert_patient


def test_the_second_window_is_told_and_overwrites_nothing(qtbot, db_path, clock, session):
    first_db = open_database(db_path)
    insert_patient(first_db, Patient(None, "W1", "Moreau", "Lea", date(1990, 3, 4), phone="555-0100"),
                   clock.now(), None)
    second_db = open_database(db_path)
    dialogs = []
    try:
        front_desk = ServiceContext(first_db, clock, session, workstation="front-desk")
        exam_room = ServiceContext(second_db, clock, session, workstation="exam-room")
        dialogs += [PatientDialog(ctx, ScriptedPrompts(), get_patient(ctx.db, 1)) for ctx in (front_desk, exam_room)]
        for dialog in dialogs:
            qtbot.addWidget(dialog)
            dialog.show()
        desk_dialog, room_dialog = dialogs

        desk_dialog.ui.phoneEdit.setText("555-0199")
        with qtbot.waitSignal(desk_dialog.accepted):
            desk_dialog.save()

        room_dialog.ui.familyNameEdit.setText("Moreau-Blanc")
        room_dialog.save()

        assert room_dialog.isVisible() and room_dialog.result() == 0
        assert "changed on another workstation" in room_dialog.ui.formMessage.text()
        stored = get_patient(second_db, 1)
        assert (stored.family_name, stored.phone, stored.version) == ("Moreau", "555-0199", 2)
        assert [row["field"] for row in amendments_for_patient(second_db, 1)] == ["phone"]
    finally:
        for dialog in dialogs:  # the dialogs check their fields as they close: before the connections go
            dialog.close()
            dialog.deleteLater()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        first_db.close()
        second_db.close()
