"""The server goes away mid-session and comes back: a clear banner, saves that fail whole
with a message (never queued), nothing half-saved, and the window reconnects by itself.

A real PostgreSQL cluster of this test's own (the session's is shared by other tests),
stopped and started again under a main window, as a server restart would be.
"""

from __future__ import annotations

import time
from datetime import date

import pytest
from postgres_cluster import Cluster, postgres_bin

from hsg_desk.domain.errors import DomainError
from hsg_desk.domain.roles import Role
from hsg_desk.qt.views import exam_workspace
from hsg_desk.qt.views.main_window import MainWindow
from hsg_desk.qt.widgets.prompts import ScriptedPrompts
from hsg_desk.services.context import FixedClock, ServiceContext, Session
from hsg_desk.services.live_updates import ChangeFeed
from hsg_desk.services.patients import PatientForm, PatientService
from hsg_desk.storage.db import open_database

from exam_room_builders import START as PINNED_NOW

DESK = Session(None, "desk", "Front Desk", frozenset({Role.FRONT_DESK, Role.TECHNOLOGIST}))


class RestartableCluster(Cluster):
    """The test cluster, with the server stopped and started again on the same port."""

    def stop_server(self) -> None:
        self._run(str(self.bin_dir / "pg_ctl"), "-D", str(self.data), "-m", "fast", "-w", "stop")

    def start_server(self) -> None:
        options = f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 -c fsync=off"
        self._run(str(self.bin_dir / "pg_ctl"), "-D", str(self.data), "-o", options, "-w", "-l",
                  str(self.folder / "server.log"), "start")


@pytest.fixture
def own_server(postgres_cluster):
    """A cluster this test may stop (postgres_cluster: skipped, with why, without PostgreSQL)."""
    cluster = RestartableCluster(postgres_bin()).start()
    try:
        yield cluster
    finally:
        cluster.stop()


def register(ctx, family: str) -> None:
    PatientService(ctx).register(PatientForm(family_name=family, given_name="Ana", birth_date=date(1990, 3, 14)))


def patient_names(url: str) -> list[str]:
    db = open_database(url)
    try:
        return [row[0] for row in db.execute("SELECT family_name FROM patients ORDER BY id")]
    finally:
        db.close()


def test_another_workstations_save_reaches_the_feed_by_notify(postgres_url):
    desk = ServiceContext(open_database(postgres_url), FixedClock(PINNED_NOW), DESK, workstation="FRONT-DESK")
    room = ServiceContext(open_database(postgres_url), FixedClock(PINNED_NOW), DESK, workstation="EXAM-1")
    feed = ChangeFeed(room)
    try:
        assert feed.poll() == []
        register(desk, "Notified")
        deadline, changes = time.monotonic() + 1.0, []
        while not changes and time.monotonic() < deadline:  # the NOTIFY crosses a socket
            changes = feed.poll()
        assert [(c.action, c.record_type, c.workstation) for c in changes] == [("create", "patient", "FRONT-DESK")]
        assert feed.poll() == []
    finally:
        feed.signal.close()
        desk.db.close()
        room.db.close()


def test_a_server_restart_shows_a_banner_refuses_saves_whole_and_reconnects(qtbot, monkeypatch, own_server):
    monkeypatch.setattr(exam_workspace, "PAGES", exam_workspace.PAGES[:1])
    url = own_server.database_url()
    ctx = ServiceContext(open_database(url), FixedClock(PINNED_NOW), DESK, workstation="FRONT-DESK")
    window = MainWindow(ctx, prompts=ScriptedPrompts())
    qtbot.addWidget(window)
    window.show()
    banner = window.unreachable_banner
    register(ctx, "Before")
    assert not banner.isVisible()

    own_server.stop_server()
    qtbot.waitUntil(banner.isVisible, timeout=5000)
    assert "changes are not being saved" in banner.text()
    with pytest.raises(DomainError, match="unreachable"):  # fails whole, with a message; never queued
        register(ctx, "During")
    assert window.isVisible()

    own_server.start_server()
    qtbot.waitUntil(lambda: not banner.isVisible(), timeout=15000)
    register(ctx, "After")  # the window's own connection was replaced: saves work again
    assert patient_names(url) == ["Before", "After"]  # nothing of the refused save, nothing replayed
    window.close()
    window.live.feed.signal.close()
    ctx.db.close()
