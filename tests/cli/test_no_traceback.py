"""The command line never shows a traceback: every bad input is one line and an exit code
(0 done, 1 refused, 2 bad input), and the service API refuses bad values as ValidationError."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hsg_desk.cli import COMMAND_MODULES, main
from hsg_desk.domain.errors import ValidationError
from hsg_desk.services.exam_room import ExamRoomService
from hsg_desk.services.demo_data import write_demo_database

from tests.cli.test_screen_command import CASE
from exam_room_builders import arrived_exam, context, open_db

REPO = Path(__file__).resolve().parents[2]


def run_cli(argv, capsys) -> tuple[int, str]:
    try:
        code = main(argv)
    except SystemExit as leaving:  # argparse: -h, --version, usage errors
        code = leaving.code if isinstance(leaving.code, int) else 2
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def case_file(tmp_path: Path, text: str | bytes) -> str:
    path = tmp_path / "case.json"
    path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
    return str(path)


def test_screen_a_hundred_thousand_deep_nesting(tmp_path, capsys):
    code, text = run_cli(["screen", case_file(tmp_path, "[" * 100_000 + "]" * 100_000)], capsys)
    assert code == 2 and "nested too deeply" in text and "Traceback" not in text


def test_screen_a_400_digit_temperature(tmp_path, capsys):
    case = json.loads(json.dumps(CASE))
    case["history"]["temperature_c"] = int("9" * 400)
    code, text = run_cli(["screen", case_file(tmp_path, json.dumps(case))], capsys)
    assert code == 2 and "history.temperature_c: must be between 30 and 45" in text


def test_screen_a_test_collected_in_year_9999(tmp_path, capsys):
    case = json.loads(json.dumps(CASE))
    case["pregnancy_test"]["collected_at"] = "9999-12-31T23:00:00-07:00"
    code, text = run_cli(["screen", case_file(tmp_path, json.dumps(case))], capsys)
    assert code == 2 and "pregnancy_test.collected_at: out of range" in text


def test_screen_reads_a_case_file_that_starts_with_a_byte_order_mark(tmp_path, capsys):
    code, text = run_cli(["screen", case_file(tmp_path, b"\xef\xbb\xbf" + json.dumps(CASE).encode())], capsys)
    assert code == 0 and json.loads(text)[0]["code"] == "pregnancy.test_too_early"


def test_pdf_of_an_exam_number_sqlite_cannot_hold(tmp_path, capsys):
    db_path = write_demo_database(tmp_path / "demo.sqlite3", patients=2, seed=1)
    code, text = run_cli(["pdf", "summary", "99999999999999999999999", "--db", str(db_path),
                          "-o", str(tmp_path / "x.pdf")], capsys)
    assert code == 2 and "no record has the number 99999999999999999999999" in text


def test_exams_into_a_closed_pipe(tmp_path):
    """`hsg-desk exams | head`: the reader leaves early; no BrokenPipeError on the screen."""
    db_path = write_demo_database(tmp_path / "demo.sqlite3", patients=5, seed=1)
    env = dict(os.environ, PYTHONPATH=str(REPO))
    child = subprocess.Popen([sys.executable, "-m", "hsg_desk", "exams", "--db", str(db_path)],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    child.stdout.close()  # like `head` that has read its lines and left
    err = child.stderr.read().decode()
    assert child.wait(timeout=60) in (0, 1) and "Traceback" not in err and "BrokenPipe" not in err


def test_the_service_refuses_bad_values_as_validation_errors(tmp_path):
    db, clock, users = open_db(tmp_path / "clinic.sqlite3")
    _, exam_id = arrived_exam(db)
    room = ExamRoomService(context(db, clock, users["tech"]))
    for field, value in (("temperature_c", "abc"), ("temperature_c", "9" * 400), ("lmp", "2026-02-30"),
                         ("pregnancy", "perhaps"), ("medications", "aspirin")):
        with pytest.raises(ValidationError) as refused:
            room.set_answer(exam_id, field, value, None)
        assert refused.value.field == f"history.{field}"
    with pytest.raises(ValidationError, match="unknown value 'volcanic'"):
        room.add_allergy(exam_id, "Iohexol", "volcanic", "hives", "mild")
    with pytest.raises(ValidationError, match="severity"):
        room.add_allergy(exam_id, "Iohexol", "contrast", "hives", "deadly")
    assert db.execute("SELECT count(*) FROM allergies").fetchone()[0] == 0


COMMANDS = [name.replace("_", "-") for name in COMMAND_MODULES]
WORDS = st.sampled_from(["summary", "aftercare", "verify", "export", "--csv", "--db", "--full", "--json",
                         "--date", "--status", "--now", "--from", "--patient", "-o", "1", "0", "-1",
                         "99999999999999999999999", "2026-02-30", "9999-12-31T23:00:00-07:00", "CASE",
                         "DB", "nowhere/x", "", "é", "\x00"])


@pytest.fixture(scope="module")
def healthy_db(tmp_path_factory):
    return write_demo_database(tmp_path_factory.mktemp("fuzz") / "demo.sqlite3", patients=2, seed=1)


@settings(max_examples=80, deadline=None, suppress_health_check=list(HealthCheck))
@given(command=st.sampled_from([c for c in COMMANDS if c != "demo-db"]),
       words=st.lists(st.one_of(WORDS, st.text(max_size=12)), max_size=5),
       content=st.one_of(st.binary(max_size=200), st.text(max_size=200),
                         st.recursive(st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=8),
                                      lambda inner: st.lists(inner, max_size=3)
                                      | st.dictionaries(st.sampled_from(["exam", "history", "temperature_c",
                                                                         "pregnancy_test", "collected_at"]),
                                                        inner, max_size=3), max_leaves=12)))
def test_any_argv_and_file_content_is_exit_0_1_or_2_without_a_traceback(
        command, words, content, healthy_db, tmp_path_factory, capsys, monkeypatch):
    folder = tmp_path_factory.mktemp("run")
    monkeypatch.chdir(folder)
    data = content if isinstance(content, (bytes, str)) else json.dumps(content)
    case = case_file(folder, data)
    copy = folder / "clinic.sqlite3"
    copy.write_bytes(Path(healthy_db).read_bytes())
    monkeypatch.setenv("HSG_DESK_DB", str(copy))
    monkeypatch.setattr(sys, "stdin", io.StringIO(data if isinstance(data, str) else ""))
    argv = [command] + [case if word == "CASE" else str(copy) if word == "DB" else word for word in words]
    code, text = run_cli(argv, capsys)
    assert code in (0, 1, 2), (argv, code, text)
    assert "Traceback" not in text and "unexpected error" not in text, (argv, text)
