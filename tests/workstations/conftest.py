"""Shared by the several-workstation tests: a demo clinic written once per session."""

from __future__ import annotations

from datetime import date

import pytest

from hsg_desk.services.demo_data import write_demo_database

DEMO_DAY = date(2026, 11, 26)
BIG_CLINIC = 10_000


@pytest.fixture(scope="session")
def big_demo_clinic(tmp_path_factory):
    """A 10,000-patient demo database (~350,000 rows), written once for the session; tests
    only read it (move-to-server copies from a snapshot)."""
    return write_demo_database(tmp_path_factory.mktemp("big-clinic") / "clinic.sqlite3", patients=BIG_CLINIC,
                               seed=18, today=DEMO_DAY)
