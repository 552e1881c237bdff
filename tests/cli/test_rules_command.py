"""`hsg-desk rules`: the rules table printed from the rule definitions."""

import json
from datetime import datetime, timezone

from hsg_desk.cli import main
from hsg_desk.domain.screening import RULES


def test_the_table_lists_every_rule(capsys):
    assert main(["rules"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0].split() == ["code", "level", "trigger", "resolution"]
    for rule in RULES:
        assert f"{rule.code} " in out
    assert "Exam cycle day above 10" in out


def test_json_carries_code_level_trigger_and_resolution(capsys):
    assert main(["rules", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [(row["code"], row["level"]) for row in rows] == [(rule.code, rule.level.value) for rule in RULES]
    assert all(row["trigger"] and row["resolution"] for row in rows)
    late = next(row for row in rows if row["code"] == "pregnancy.known")
    assert late["resolution"] == "Nothing: defer or cancel the exam."


def test_thresholds_come_from_the_database(tmp_path, capsys):
    from hsg_desk.storage.db import open_database
    from hsg_desk.storage.settings import save_settings

    db = open_database(tmp_path / "clinic.db")
    save_settings(db, {"last_cycle_day": 12}, datetime(2026, 11, 1, tzinfo=timezone.utc), None)
    db.close()
    assert main(["rules", "--json", "--db", str(tmp_path / "clinic.db")]) == 0
    rows = {row["code"]: row for row in json.loads(capsys.readouterr().out)}
    assert rows["cycle.day_late"]["trigger"].startswith("Exam cycle day above 12")
