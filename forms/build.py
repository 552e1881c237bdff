"""Compile every Qt Designer form in forms/ into hsg_desk/qt/ui/ui_<name>.py.

Run after editing a form:  python forms/build.py
The test tests/qt/test_forms_compiled.py fails when a form and its module disagree.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

FORMS = Path(__file__).resolve().parent
OUTPUT = FORMS.parent / "hsg_desk" / "qt" / "ui"


def uic_command() -> list[str]:
    found = shutil.which("pyside6-uic", path=str(Path(sys.executable).parent)) or shutil.which("pyside6-uic")
    if found is None:
        raise SystemExit("pyside6-uic not found: install PySide6-Essentials in this environment")
    return [found]


def compile_form(form: Path) -> str:
    """The generated Python source for one .ui file."""
    result = subprocess.run([*uic_command(), str(form)], check=True,
                            capture_output=True, text=True)
    return result.stdout


def module_path(form: Path) -> Path:
    return OUTPUT / f"ui_{form.stem}.py"


def main() -> int:
    for form in sorted(FORMS.glob("*.ui")):
        module_path(form).write_text(compile_form(form), encoding="utf-8")
        print(f"{form.name} -> {module_path(form).relative_to(FORMS.parent)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
