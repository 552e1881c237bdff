"""`hsg-desk screen CASE.json` (DESIGN.md §4.6)."""

import json
import subprocess
import sys
from datetime import datetime, timezone
from pathlib import Path

import pytest

from hsg_desk.cli import main

CASE = {
    "exam": {"scheduled_at": "2026-11-25T14:30:00-07:00", "indication": "infertility"},
    "checkin": {"identity_verified": True, "consent_signed": True},
    "pregnancy_test": {"method": "serum", "collected_at": "2026-11-24T20:00:00Z", "result": "negative",
                       "received_at": "2026-11-24T22:00:00Z"},
    "history": {"pregnancy": "no", "lmp": "2026-11-14", "flow_ended_on": "2026-11-20", "asthma": True,
                "medications": ["ibuprofen"]},
}


def write(tmp_path: Path, data, name="case.json") -> str:
    path = tmp_path / name
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    return str(path)


def test_prints_the_findings_most_severe_first(tmp_path, capsys):
    assert main(["screen", write(tmp_path, CASE)]) == 0
    findings = json.loads(capsys.readouterr().out)
    assert [(f["code"], f["level"]) for f in findings] == [
        ("pregnancy.test_too_early", "stop"), ("cycle.day_late", "stop"), ("asthma", "caution"),
        ("medications", "info")]
    assert findings[0]["message"].startswith("Blood test collected too early on Tue Nov 24: collected 1:00 PM, "
                                             "earliest 2:30 PM")
    assert set(findings[0]) == {"code", "level", "message"}


def test_a_case_without_findings_prints_an_empty_array(tmp_path, capsys):
    clean = json.loads(json.dumps(CASE))
    clean["pregnancy_test"]["collected_at"] = "2026-11-24T21:30:00Z"      # exactly 24 h before
    clean["history"].update(lmp="2026-11-16", asthma=False, medications=[])
    assert main(["screen", write(tmp_path, clean)]) == 0
    assert json.loads(capsys.readouterr().out) == []


@pytest.mark.parametrize("content, message", [
    ("{not json", "not valid JSON (line 1"),
    ({"exam": {}}, "exam.scheduled_at: required"),
    ({"exam": {"scheduled_at": "2026-11-25T14:30:00"}}, "exam.scheduled_at: needs a UTC offset"),
    ({**CASE, "history": {"temperature_c": 51}}, "history.temperature_c: must be between 30 and 45 °C"),
    ({**CASE, "pregnancy_test": {**CASE["pregnancy_test"], "method": "saliva"}},
     "pregnancy_test.method: unknown value 'saliva' (serum, urine)"),
    ({**CASE, "histroy": {}}, "histroy: unknown field"),
    ([], "case: must be an object"),
])
def test_a_malformed_case_exits_2_with_one_line_naming_the_field(tmp_path, capsys, content, message):
    assert main(["screen", write(tmp_path, content)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.count("\n") == 1 and message in captured.err


def test_a_missing_file_exits_2(tmp_path, capsys):
    assert main(["screen", str(tmp_path / "nowhere.json")]) == 2
    assert "cannot read the case file" in capsys.readouterr().err


def test_now_refuses_a_result_received_in_the_future(tmp_path, capsys):
    path = write(tmp_path, CASE)
    assert main(["screen", path, "--now", "2026-11-24T14:00:00-07:00"]) == 2
    assert "pregnancy_test.received_at: cannot be in the future" in capsys.readouterr().err
    assert main(["screen", path, "--now", "yesterday"]) == 2
    assert "--now" in capsys.readouterr().err


def test_settings_come_from_the_database(tmp_path, capsys):
    from hsg_desk.storage.db import open_database
    from hsg_desk.storage.settings import save_settings

    db_path = tmp_path / "clinic.db"
    db = open_database(db_path)
    save_settings(db, {"last_cycle_day": 12, "pregnancy_test_window_hours": 36},
                  datetime(2026, 11, 1, tzinfo=timezone.utc), None)
    db.close()
    case_path = write(tmp_path, CASE)
    assert main(["screen", case_path, "--db", str(db_path)]) == 0
    codes = [f["code"] for f in json.loads(capsys.readouterr().out)]
    assert "cycle.day_late" not in codes and "pregnancy.test_too_early" not in codes
    assert main(["--db", str(db_path), "screen", case_path]) == 0          # --db before the command too
    assert "cycle.day_late" not in capsys.readouterr().out


def test_python_m_never_shows_a_traceback(tmp_path):
    root = Path(__file__).resolve().parents[2]
    for content in ("[1, 2", {"exam": {"scheduled_at": 5}}):
        result = subprocess.run([sys.executable, "-m", "hsg_desk", "screen", write(tmp_path, content)],
                                capture_output=True, text=True, cwd=root, timeout=60)
        assert result.returncode == 2
        assert "Traceback" not in result.stderr and result.stderr.count("\n") == 1
        assert result.stderr.startswith("hsg-desk: ")
    result = subprocess.run([sys.executable, "-m", "hsg_desk", "screen", write(tmp_path, CASE)],
                            capture_output=True, text=True, cwd=root, timeout=60)
    assert result.returncode == 0 and json.loads(result.stdout)[0]["code"] == "pregnancy.test_too_early"
