"""Reading the audit trail: filters, sort by any column, CSV."""

from __future__ import annotations

import csv
import io
from datetime import datetime, timedelta, timezone

import pytest

from hsg_desk.storage.audit import COLUMNS, AuditFilter, query_events, record_event, write_csv
from hsg_desk.storage.db import open_database

START = datetime(2026, 11, 26, 14, 0, tzinfo=timezone.utc)
EVENTS = [  # minutes after START, action, username, patient
    (0, "login", "tech", None), (5, "view", "tech", 7), (10, "login.failed", "desk", None),
    (60, "view", "desk", 8), (120, "print", "tech", 7), (180, "logout", "tech", None),
]


@pytest.fixture
def db(tmp_path):
    db = open_database(tmp_path / "a.sqlite3")
    for minutes, action, user, patient in EVENTS:
        record_event(db, at=START + timedelta(minutes=minutes), action=action, username=user,
                     user_id={"tech": 2, "desk": 3}[user], patient_id=patient, workstation="ws-1",
                     changes={"name": ["O'Brien & <Sons>", "Núñez"]} if action == "print" else None)
    return db


def ids(rows):
    return [row["id"] for row in rows]


@pytest.mark.parametrize("where, expected", [
    (AuditFilter(), [1, 2, 3, 4, 5, 6]),
    (AuditFilter(start=START + timedelta(minutes=5), end=START + timedelta(minutes=60)), [2, 3]),
    (AuditFilter(username="DESK"), [3, 4]),
    (AuditFilter(user_id=2), [1, 2, 5, 6]),
    (AuditFilter(patient_id=7), [2, 5]),
    (AuditFilter(action="login"), [1]),
    (AuditFilter(action="login."), [3]),
    (AuditFilter(action="view", username="tech"), [2]),
])
def test_filters(db, where, expected):
    assert ids(query_events(db, where)) == expected


def test_start_in_another_offset_means_the_same_instant(db):
    denver = timezone(timedelta(hours=-7))
    where = AuditFilter(start=(START + timedelta(minutes=60)).astimezone(denver))
    assert ids(query_events(db, where)) == [4, 5, 6]


@pytest.mark.parametrize("column", COLUMNS)
def test_sort_by_any_column(db, column):
    rows = query_events(db, sort_by=column, descending=True)
    keys = [(row[column] is not None, str(row[column]) if column == "changes" else row[column]) for row in rows]
    assert len(rows) == 6
    if column not in ("changes", "patient_id"):
        assert keys == sorted(keys, reverse=True)


def test_unknown_sort_column_is_refused(db):
    with pytest.raises(ValueError):
        query_events(db, sort_by="hash; DROP TABLE audit_log")


def test_csv_round_trip(db):
    stream = io.StringIO()
    assert write_csv(query_events(db), stream) == 6
    rows = list(csv.DictReader(io.StringIO(stream.getvalue())))
    assert rows[0]["action"] == "login" and rows[0]["at"] == "2026-11-26T14:00:00+00:00"
    assert rows[4]["changes"] == '{"name": ["O\'Brien & <Sons>", "Núñez"]}'
    assert rows[0]["patient_id"] == ""


def test_the_workstation_is_named_as_the_network_names_it():
    import socket

    from hsg_desk.storage.audit import workstation_name

    assert workstation_name() == (socket.gethostname() or "unknown")


def test_the_viewer_reads_events_as_values_and_an_altered_row_keeps_its_text(db):
    from hsg_desk.storage.audit import audit_events

    events = audit_events(db)
    assert [event.id for event in events] == ids(query_events(db))
    assert all(isinstance(event.at, datetime) and isinstance(event.record_id, str) for event in events)
    db.execute("DROP TRIGGER audit_log_no_update")  # as someone with the file could (test_audit_tamper.py)
    db.execute("UPDATE audit_log SET at = 'yesterday', changes = '{broken' WHERE id = 2")
    altered = audit_events(db)[1]
    assert (altered.at, altered.changes) == ("yesterday", "{broken")
