"""The commands take the clinic's server as `--db URL` or $HSG_DESK_DB, as they take a file."""

from __future__ import annotations

import json
from datetime import date

from pypdf import PdfReader

from hsg_desk.cli import main
from hsg_desk.services.demo_data import write_demo_database
from hsg_desk.storage.db import open_database

TODAY = date(2026, 11, 26)


def test_exams_pdf_audit_and_check_work_on_a_server_database(postgres_url, tmp_path, capsys, monkeypatch):
    write_demo_database(postgres_url, patients=20, seed=3, today=TODAY)
    assert main(["exams", "--db", postgres_url, "--json"]) == 0
    exams = json.loads(capsys.readouterr().out)
    assert len(exams) == 40
    monkeypatch.setenv("HSG_DESK_DB", postgres_url)  # the same through the environment
    assert main(["exams", "--status", "completed", "--json"]) == 0
    completed = json.loads(capsys.readouterr().out)
    assert completed and {row["status"] for row in completed} == {"completed"}
    out = tmp_path / "aftercare.pdf"
    assert main(["pdf", "aftercare", str(completed[0]["id"]), "-o", str(out)]) == 0
    text = "".join(page.extract_text() for page in PdfReader(out).pages)
    assert "After your HSG exam" in text and completed[0]["mrn"] in text
    assert main(["audit", "verify"]) == 0
    assert main(["check"]) == 0
    printed = capsys.readouterr().out
    assert "is healthy" in printed and postgres_url.rsplit("/", 1)[1] in printed


def test_a_server_database_without_the_schema_is_refused_not_set_up(postgres_cluster, capsys):
    url = postgres_cluster.database_url(migrated=False)
    try:
        assert main(["exams", "--db", url]) == 2
        assert "server-setup" in capsys.readouterr().err
        db = open_database(url, migrate=False)
        assert "audit_log" not in db.table_names()  # nothing was made behind the admin's back
        db.close()
    finally:
        postgres_cluster.drop(url)


def test_a_password_on_the_command_line_is_refused(capsys):
    assert main(["exams", "--db", "postgresql://hsg_app:secret@127.0.0.1:1/hsg"]) == 2
    error = capsys.readouterr().err
    assert "~/.pgpass" in error and "secret" not in error


def test_demo_db_never_writes_to_a_server(capsys):
    assert main(["demo-db", "postgresql://hsg_app@127.0.0.1:1/hsg", "--patients", "5"]) == 1
    assert "never a server's database" in capsys.readouterr().err
