"""Fixtures every test folder can use: a real SQLite file in tmp_path, a pinned clock, a context.

Tests never touch the user's real database: HSG_DESK_DB points into tmp_path.

The storage and services suites run on both databases: their `db` (and so `ctx`) is a
SQLite file and, when PostgreSQL is installed, a fresh database on a throwaway cluster on
127.0.0.1 (tests/postgres_cluster.py). `--db-backend sqlite|postgresql|both` chooses; a
test that is about SQLite's file itself says `@pytest.mark.sqlite_only`. Without
PostgreSQL the SQLite half runs alone, and the run's header and summary say so.
"""

from __future__ import annotations

import atexit
import os
import shutil
import sys
import tempfile
from datetime import datetime, timezone
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, os.path.dirname(__file__))  # postgres_cluster, beside this file


def _folder_of_this_run(variable: str, prefix: str, file_name: str = "") -> None:
    """Point `variable` into a new temporary folder, removed when the run ends (each run left
    two behind), unless the variable is already set."""
    if os.environ.get(variable):
        return
    folder = tempfile.mkdtemp(prefix=prefix)
    atexit.register(shutil.rmtree, folder, True)
    os.environ[variable] = os.path.join(folder, file_name) if file_name else folder


# The log of this test run (hsg_desk/applog.py), never the user's.
_folder_of_this_run("HSG_DESK_LOG_DIR", "hsg-log-")
# The audit trail's signing key (storage/audit_key.py) of this test run, never the user's.
_folder_of_this_run("HSG_DESK_AUDIT_KEY", "hsg-key-", "audit-key")

from hsg_desk.qt.none_refcount import keep_none_alive  # noqa: E402

keep_none_alive()  # the whole suite is one process: see hsg_desk/qt/none_refcount.py

from PySide6.QtCore import QLocale  # noqa: E402

# Dates and numbers as an English window shows them (hsg_desk/qt/i18n.py), whatever this machine's locale.
QLocale.setDefault(QLocale("en_US"))

from hsg_desk.domain.roles import Role  # noqa: E402
from hsg_desk.services.context import FixedClock, ServiceContext, Session  # noqa: E402
from hsg_desk.storage.db import open_database  # noqa: E402

# 2026-11-26 09:00 in the default facility time zone (America/Denver, UTC-7).
PINNED_NOW = datetime(2026, 11, 26, 16, 0, tzinfo=timezone.utc)


BOTH_BACKENDS_FOLDERS = ("storage", "services")
_cluster_state: dict = {}


def pytest_addoption(parser):
    parser.addoption("--db-backend", choices=("sqlite", "postgresql", "both"), default="both",
                     help="which databases the storage and services suites run on (default: both, "
                          "PostgreSQL when installed)")


def pytest_configure(config):
    config.addinivalue_line("markers", "sqlite_only: about SQLite's file itself; not run on PostgreSQL")


def _runs_on_both(metafunc) -> bool:
    folder = Path(str(metafunc.definition.path)).parent.name
    return (folder in BOTH_BACKENDS_FOLDERS and "db_backend" in metafunc.fixturenames
            and "db_path" not in metafunc.fixturenames
            and metafunc.definition.get_closest_marker("sqlite_only") is None)


def pytest_generate_tests(metafunc):
    if "db_backend" not in metafunc.fixturenames:
        return
    choice = metafunc.config.getoption("--db-backend")
    backends = {"sqlite": ["sqlite"], "postgresql": ["postgresql"], "both": ["sqlite", "postgresql"]}[choice]
    if not _runs_on_both(metafunc):
        backends = ["sqlite"]
    metafunc.parametrize("db_backend", backends, indirect=True)


def _postgres_skip_reason(config) -> str:
    from postgres_cluster import postgres_bin

    try:
        import psycopg  # noqa: F401
    except ImportError:
        return "psycopg is not installed"
    return "" if postgres_bin() else "PostgreSQL is not installed (apt-get install postgresql)"


def pytest_report_header(config):
    if config.getoption("--db-backend") == "sqlite":
        return "databases: SQLite only (--db-backend sqlite)"
    reason = _postgres_skip_reason(config)
    if reason:
        return f"databases: SQLite only: {reason}; the PostgreSQL half of the storage and services suites is SKIPPED"
    return "databases: SQLite and PostgreSQL (a throwaway cluster on 127.0.0.1)"


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    if _cluster_state.get("skip_reason"):
        terminalreporter.write_line(f"PostgreSQL tests SKIPPED: {_cluster_state['skip_reason']}", yellow=True)


@pytest.fixture(scope="session")
def postgres_cluster():
    """The session's PostgreSQL cluster (started on first use, stopped at the end); skips
    the test, with the reason, when PostgreSQL cannot run here."""
    from postgres_cluster import start_cluster

    if "cluster" not in _cluster_state:
        _cluster_state["cluster"], _cluster_state["skip_reason"] = start_cluster()
    cluster = _cluster_state["cluster"]
    if cluster is None:
        pytest.skip(f"PostgreSQL: {_cluster_state['skip_reason']}")
    yield cluster


def pytest_sessionfinish(session, exitstatus):
    cluster = _cluster_state.pop("cluster", None)
    if cluster is not None:
        cluster.stop()


@pytest.fixture
def postgres_url(postgres_cluster):
    """A fresh database with the newest schema on the test cluster, dropped afterwards."""
    url = postgres_cluster.database_url()
    yield url
    postgres_cluster.drop(url)


@pytest.fixture(autouse=True)
def _isolated_database_env(tmp_path, monkeypatch):
    monkeypatch.setenv("HSG_DESK_DB", str(tmp_path / "default.sqlite3"))


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "hsg.sqlite3"


@pytest.fixture
def db_backend(request):
    """"sqlite" or "postgresql": which database this test's `db` is (pytest_generate_tests)."""
    return getattr(request, "param", "sqlite")


@pytest.fixture
def db_target(db_backend, request):
    """Where a test opens its own database: a new SQLite file in tmp_path, or a new database
    (with the schema, no rows) on the test cluster."""
    if db_backend == "postgresql":
        return request.getfixturevalue("postgres_url")
    return request.getfixturevalue("tmp_path") / "hsg.sqlite3"


@pytest.fixture
def db(db_backend, request):
    if db_backend == "postgresql":
        database = open_database(request.getfixturevalue("postgres_url"))
    else:
        database = open_database(request.getfixturevalue("db_path"))
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


@pytest.fixture
def spanish(qapp):
    """The interface in Spanish for one test (a widget built inside it speaks Spanish), then English again."""
    from hsg_desk.qt.i18n import install_translator

    install_translator(qapp, "es")
    yield
    install_translator(qapp, "en")
