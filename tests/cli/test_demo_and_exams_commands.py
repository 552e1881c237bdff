"""`hsg-desk demo-db` writes a deterministic demo; `hsg-desk exams` lists it."""

from __future__ import annotations

import json
import sqlite3

from hsg_desk.cli import main


def test_demo_db_writes_every_status_and_is_deterministic(tmp_path, capsys):
    first, second = tmp_path / "a.sqlite3", tmp_path / "b.sqlite3"
    assert main(["demo-db", str(first), "--patients", "60", "--seed", "7"]) == 0
    assert main(["demo-db", str(second), "--patients", "60", "--seed", "7"]) == 0
    assert "Wrote 60 patients and 120 exams" in capsys.readouterr().out

    def content(path):
        con = sqlite3.connect(path)
        return (con.execute("SELECT mrn, family_name, given_name, birth_date FROM patients ORDER BY id").fetchall(),
                con.execute("SELECT status, indication, scheduled_date FROM exams ORDER BY id").fetchall())

    assert content(first) == content(second)
    statuses = {row[0] for row in content(first)[1]}
    assert statuses == {"scheduled", "arrived", "screened", "in_progress", "performed", "completed",
                        "cancelled", "deferred", "aborted"}
    con = sqlite3.connect(first)
    assert con.execute("SELECT count(*) FROM checklist_events").fetchone()[0] > 0
    assert con.execute("SELECT count(*) FROM procedure_records").fetchone()[0] > 0
    assert con.execute("SELECT count(DISTINCT code) FROM findings").fetchone()[0] >= 3


def test_exams_json_lists_one_day(tmp_path, capsys):
    path = tmp_path / "demo.sqlite3"
    main(["demo-db", str(path), "--patients", "30"])
    capsys.readouterr()
    day = sqlite3.connect(path).execute(
        "SELECT scheduled_date FROM exams GROUP BY 1 ORDER BY count(*) DESC LIMIT 1").fetchone()[0]
    assert main(["exams", "--db", str(path), "--date", day, "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows and all(row["scheduled_at"].startswith(day) for row in rows)
    assert set(rows[0]) == {"id", "scheduled_at", "patient", "mrn", "indication", "status"}
    assert main(["exams", "--db", str(path), "--status", "completed", "--json"]) == 0
    assert {row["status"] for row in json.loads(capsys.readouterr().out)} == {"completed"}


def test_exams_with_a_bad_date_or_no_database_says_so(tmp_path, capsys):
    assert main(["exams", "--db", str(tmp_path / "none.sqlite3")]) == 2
    assert "no database" in capsys.readouterr().err
    path = tmp_path / "demo.sqlite3"
    main(["demo-db", str(path), "--patients", "5"])
    assert main(["exams", "--db", str(path), "--date", "2026-13-01"]) == 2
    assert "--date" in capsys.readouterr().err
