"""`hsg-desk settings [KEY [VALUE]]`: the Settings screen's checks, an admin's sign-in, the audit."""

from __future__ import annotations

import io
import json
from datetime import datetime, timezone

import pytest

from hsg_desk.cli import main
from hsg_desk.services.users import create_demo_users
from hsg_desk.storage.db import open_database
from hsg_desk.storage.settings import load_settings


@pytest.fixture
def db_path(tmp_path):
    path = tmp_path / "hsg.sqlite3"
    db = open_database(path)
    create_demo_users(db, datetime(2026, 11, 26, tzinfo=timezone.utc))
    db.close()
    return path


def run(db_path, monkeypatch, *args, user="admin", password="admin-demo"):
    monkeypatch.setattr("sys.stdin", io.StringIO(password + "\n"))
    return main(["settings", *args, "--user", user, "--db", str(db_path)])


def test_lists_every_setting_with_its_value(db_path, monkeypatch, capsys):
    assert run(db_path, monkeypatch) == 0
    out = capsys.readouterr().out
    assert "worklist_modality" in out and "mpps_local_exams" in out
    line = next(line for line in out.splitlines() if line.startswith("idle_lock_minutes"))
    assert line.split()[1:3] == ["5", "minutes"]


def test_reads_one_value(db_path, monkeypatch, capsys):
    assert run(db_path, monkeypatch, "worklist_modality") == 0
    assert capsys.readouterr().out == "RF\n"


def test_sets_a_value_and_audits_old_and_new(db_path, monkeypatch, capsys):
    assert run(db_path, monkeypatch, "worklist_host", "127.0.0.1") == 0
    assert run(db_path, monkeypatch, "mpps_local_exams", "yes") == 0
    assert capsys.readouterr().out.splitlines() == ["worklist_host: '' -> 127.0.0.1", "mpps_local_exams: no -> yes"]
    db = open_database(db_path)
    settings = load_settings(db)
    assert (settings.worklist_host, settings.mpps_local_exams) == ("127.0.0.1", True)
    rows = db.execute("SELECT username, changes FROM audit_log WHERE action = 'settings.change' ORDER BY id").fetchall()
    assert [(user, json.loads(changes)) for user, changes in rows] == [
        ("admin", {"worklist_host": ["", "127.0.0.1"]}), ("admin", {"mpps_local_exams": [False, True]})]


@pytest.mark.parametrize("key, value, message", [
    ("idle_lock_minutes", "45", "idle_lock_minutes: must be between 1 and 30 minutes"),
    ("dicom_calling_ae", "A_VERY_LONG_AE_TITLE", "dicom_calling_ae: an AE title is at most 16"),
    ("worklist_host", "ris host", "worklist_host: give a host name or IP address"),
    ("mpps_local_exams", "maybe", "mpps_local_exams: must be yes or no"),
    ("no_such_key", "1", "no_such_key: is not a setting"),
])
def test_a_bad_value_is_refused_with_the_screens_words_and_nothing_changes(db_path, monkeypatch, capsys,
                                                                          key, value, message):
    before = load_settings(open_database(db_path))
    assert run(db_path, monkeypatch, key, value) == 2
    assert message in capsys.readouterr().err
    assert load_settings(open_database(db_path)) == before


def test_only_an_admin_may(db_path, monkeypatch, capsys):
    assert run(db_path, monkeypatch, "worklist_host", "127.0.0.1", user="desk", password="desk-demo") == 2
    assert "not allowed to change the settings" in capsys.readouterr().err
    assert run(db_path, monkeypatch, "worklist_host", "127.0.0.1", password="wrong") == 2
    assert "username or password is not right" in capsys.readouterr().err
    assert load_settings(open_database(db_path)).worklist_host == ""


def test_without_a_user_it_says_how_to_sign_in(db_path, monkeypatch, capsys):
    monkeypatch.delenv("HSG_DESK_USER", raising=False)
    assert main(["settings", "--db", str(db_path)]) == 2
    assert "--user USERNAME" in capsys.readouterr().err
