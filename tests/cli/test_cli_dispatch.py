"""The window starts without importing the command modules; commands and help still work."""

import subprocess
import sys

import pytest

from hsg_desk import cli

PROBE = """
import sys
import hsg_desk.app
hsg_desk.app.run_gui = lambda **options: print(sorted(options.items())) or 0
from hsg_desk.cli import main
code = main({argv!r})
print([m for m in sys.modules if m.startswith("hsg_desk.commands.")])
sys.exit(code)
"""


def run_probe(argv: list[str]) -> list[str]:
    done = subprocess.run([sys.executable, "-c", PROBE.format(argv=argv)], capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 0, done.stderr
    return done.stdout.splitlines()


def test_the_window_starts_without_importing_any_command():
    options, commands = run_probe(["--db", "clinic.sqlite3", "--quit-after", "2"])
    assert options == "[('db_path', 'clinic.sqlite3'), ('demo', False), ('quit_after', 2.0), ('ui_language', None)]"
    assert commands == "[]"


def test_the_window_takes_its_language_from_the_start_option():
    options, commands = run_probe(["--demo", "--ui-lang", "es"])
    assert options == "[('db_path', None), ('demo', True), ('quit_after', None), ('ui_language', 'es')]"
    assert commands == "[]"


def test_a_command_imports_its_module():
    output = run_probe(["rules"])
    assert "'hsg_desk.commands.rules'" in output[-1]


@pytest.mark.parametrize("argv, expected", [
    (["--quit-after", "soon"], "argument --quit-after: invalid float value: 'soon'"),
    (["--db"], "argument --db: expected one argument"),
    (["no-such-command"], "invalid choice: 'no-such-command'"),
])
def test_a_bad_start_line_is_reported_with_the_whole_usage(argv, expected, capsys):
    with pytest.raises(SystemExit) as exit_info:
        cli.main(argv)
    assert exit_info.value.code == 2
    error = capsys.readouterr().err
    assert expected in error
    assert "COMMAND" in error  # the usage of the whole parser, commands included


def test_help_lists_the_commands(capsys):
    with pytest.raises(SystemExit):
        cli.main(["-h"])
    out = capsys.readouterr().out
    assert "demo-db" in out and "backup" in out
