"""DESIGN.md §7: the clinical rules import neither Qt, SQLite nor reportlab."""

import pkgutil
import subprocess
import sys
from pathlib import Path

import hsg_desk.domain

FORBIDDEN = ("PySide6", "sqlite3", "sqlite_utils", "reportlab", "_sqlite3")

SCRIPT = f"""
import importlib, importlib.abc, sys
FORBIDDEN = {FORBIDDEN!r}

class Refuse(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in FORBIDDEN:
            raise ImportError(f"{{name}} is not allowed in the domain")
        return None

sys.meta_path.insert(0, Refuse())
for name in sys.argv[1:]:
    importlib.import_module(name)

from datetime import datetime, timezone
from hsg_desk.domain.case import CaseExam, ScreeningCase
from hsg_desk.domain.screening import screen
findings = screen(ScreeningCase(CaseExam(datetime(2026, 11, 25, 21, 30, tzinfo=timezone.utc))))
assert findings, findings
assert not [m for m in sys.modules if m.split(".")[0] in FORBIDDEN], "a forbidden module was imported"
print("ok", len(findings))
"""


def domain_modules() -> list[str]:
    return [f"hsg_desk.domain.{info.name}" for info in pkgutil.iter_modules(hsg_desk.domain.__path__)]


def test_every_domain_module_imports_without_qt_sqlite_or_reportlab():
    modules = domain_modules()
    assert "hsg_desk.domain.screening" in modules and "hsg_desk.domain.checklist" in modules
    root = Path(hsg_desk.domain.__file__).parents[2]
    result = subprocess.run([sys.executable, "-c", SCRIPT, *modules], capture_output=True, text=True,
                            cwd=root, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("ok")
