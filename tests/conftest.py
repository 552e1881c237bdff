"""Fixtures every test folder can use: a real SQLite file in tmp_path, a pinned clock, a context.

Tests never touch the user's real database: HSG_DESK_DB points into tmp_path.
"""

from __future__ import annotations

import os
from datetime import datetime, timezone

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The log of this test run (hsg_desk/applog.py), never the user's.
os.environ.setdefault("HSG_DESK_LOG_DIR", __import__("tempfile").mkdtemp(prefix="hsg-log-"))
# The audit trail's signing key (storage/audit_key.py) of this test run, never the user's.
os.environ.setdefault("HSG_DESK_AUDIT_KEY", os.path.join(__import__("tempfile").mkdtemp(prefix="hsg-key-"),
                                                         "audit-key"))

from hsg_desk.qt.none_refcount import keep_none_alive  # noqa: E402

keep_none_alive()  # the whole suite is one process: see hsg_desk/qt/none_refcount.py

from hsg_desk.domain.roles import Role  # noqa: E402
from hsg_desk.services.context import FixedClock, ServiceContext, Session  # noqa: E402
from hsg_desk.storage.db import open_database  # noqa: E402

# 2026-11-26 09:00 in the default facility time zone (America/Denver, UTC-7).
PINNED_NOW = datetime(2026, 11, 26, 16, 0, tzinfo=timezone.utc)


@pytest.fixture(autouse=True)
def _isolated_database_env(tmp_path, monkeypatch):
    monkeypatch.setenv("HSG_DESK_DB", str(tmp_path / "default.sqlite3"))


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "hsg.sqlite3"


@pytest.fixture
def db(db_path):
    database = open_database(db_path)
    yield database
    database.conn.close()


@pytest.fixture
def clock():
    return FixedClock(PINNED_NOW)


@pytest.fixture
def session():
    return Session(user_id=None, username="tester", display_name="Test Technologist",
                   roles=frozenset(Role))


@pytest.fixture
def ctx(db, clock, session):
    return ServiceContext(db=db, clock=clock, session=session, workstation="test-ws")


@pytest.fixture(autouse=True)
def _no_background_work_left_running():
    """No qt/ops worker thread outlives its test (after napari's fixture): what a test left
    running is joined here, so it cannot land in the next test, and a thread still running
    10 s later (work that hangs) fails the test."""
    import threading

    yield
    leftover = [t for t in threading.enumerate() if t.name.startswith("hsg-op-")]
    for thread in leftover:
        thread.join(10)
    hung = [t for t in leftover if t.is_alive()]
    assert not hung, f"background work still running 10 s after the test: {hung}"
