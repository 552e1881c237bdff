"""Admin › Audit trail › Export runs on a worker thread (years of rows take seconds) and is
recorded on the UI thread once the file is written (issue #21)."""

from __future__ import annotations

import threading
from datetime import datetime, timezone

from hsg_desk.qt.views.audit_viewer import AuditViewer
from hsg_desk.services.audit_trail import record_patient_view
from hsg_desk.services.auth import login
from hsg_desk.services.context import FixedClock, ServiceContext
from hsg_desk.services.users import create_demo_users
from hsg_desk.storage import audit as audit_store
from hsg_desk.storage.audit import query_events

START = datetime(2026, 11, 26, 16, 0, tzinfo=timezone.utc)


def ctx_for(db, username):
    clock = FixedClock(START)
    return ServiceContext(db, clock, login(db, clock, username, f"{username}-demo"), workstation="ws")


def test_the_export_reads_and_writes_off_the_ui_thread_and_is_recorded_after(db, qtbot, tmp_path, monkeypatch):
    create_demo_users(db, START)
    record_patient_view(ctx_for(db, "tech"), 7)
    read_on = []
    original = audit_store.query_events

    def recording(connection, *args, **kwargs):
        read_on.append((threading.current_thread(), connection is db))
        return original(connection, *args, **kwargs)
    target = tmp_path / "audit.csv"
    viewer = AuditViewer(ctx_for(db, "admin"), ask_save_path=lambda parent, name: str(target))
    qtbot.addWidget(viewer)
    monkeypatch.setattr(audit_store, "query_events", recording)
    with qtbot.waitSignal(viewer.exported) as done:
        assert viewer.export() == str(target)
        assert not viewer.ui.exportButton.isEnabled()          # one export at a time
    export_reads = [thread for thread, on_ui_connection in read_on if not on_ui_connection]
    assert export_reads and all(thread is not threading.main_thread() for thread in export_reads)
    assert done.args[0] == str(target) and target.read_text(encoding="utf-8-sig").count("\n") == done.args[1] + 1
    assert query_events(db)[-1]["action"] == "audit.export"
    assert viewer.ui.exportButton.isEnabled()


def test_an_export_that_cannot_be_written_says_why_and_records_nothing(db, qtbot, tmp_path):
    create_demo_users(db, START)
    viewer = AuditViewer(ctx_for(db, "admin"), ask_save_path=lambda parent, name: str(tmp_path / "missing" / name))
    qtbot.addWidget(viewer)
    before = len(query_events(db))
    viewer.export()
    qtbot.waitUntil(lambda: viewer.ui.chainLabel.text().startswith("Could not write"))
    assert len(query_events(db)) == before and viewer.ui.exportButton.isEnabled()


def test_the_verify_button_hashes_the_chain_off_the_ui_thread(db, qtbot, monkeypatch):
    from PySide6.QtCore import Qt

    create_demo_users(db, START)
    checked_on = []
    original = audit_store.verify_chain

    def recording(connection):
        checked_on.append((threading.current_thread(), connection is db))
        return original(connection)
    monkeypatch.setattr(audit_store, "verify_chain", recording)
    viewer = AuditViewer(ctx_for(db, "admin"), ask_save_path=lambda *_: None)
    qtbot.addWidget(viewer)
    qtbot.mouseClick(viewer.ui.verifyButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: viewer.ui.chainLabel.text() == "The audit trail is intact.")
    assert checked_on == [(checked_on[0][0], False)] and checked_on[0][0] is not threading.main_thread()
    assert viewer.ui.verifyButton.isEnabled()
