"""Compile every Qt Designer form in forms/ into hsg_desk/qt/ui/ui_<name>.py.

Run after editing a form or a string the window shows:  python forms/build.py
It then brings the translation catalogues up to date and compiles them (forms/translations.py).
The test tests/qt/test_forms_compiled.py fails when a form and its module disagree.
"""

from __future__ import annotations

import ast
import re
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
    """The generated Python source for one .ui file, its PySide6 imports pruned."""
    result = subprocess.run([*uic_command(), str(form)], check=True,
                            capture_output=True, text=True)
    return guard_the_fields(prune_imports(result.stdout))


GUARD_IMPORT = "from hsg_desk.qt.wheel_guard import guard_fields\n"


def guard_the_fields(source: str) -> str:
    """End setupUi with guard_fields(<form>): every combo, spin and date field a form makes
    ignores a wheel it has not been given the focus for (qt/wheel_guard.py), in the forms
    still to be drawn too."""
    source, calls = re.subn(r"^(\s+)QMetaObject\.connectSlotsByName\((\w+)\)\n",
                            r"\g<0>\1guard_fields(\2)\n", source, count=1, flags=re.MULTILINE)
    if calls != 1:
        raise SystemExit("a generated setupUi without connectSlotsByName: forms/build.py cannot add the wheel guard")
    last_import = max(match.end() for match in re.finditer(r"^from PySide6\.\S+ import .*\n", source, re.MULTILINE))
    return source[:last_import] + "\n" + GUARD_IMPORT + source[last_import:]


def prune_imports(source: str) -> str:
    """Keep only the PySide6 names the module uses. uic imports some forty classes into
    every module; each class PySide6 hands out is built on first import with all its
    enums (~0.1 ms each), which cost the main window ~5 ms of its start."""
    tree = ast.parse(source)
    used = {node.id for node in ast.walk(tree) if isinstance(node, ast.Name)}
    lines = source.splitlines(keepends=True)
    for node in reversed(tree.body):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("PySide6."):
            kept = [alias.name for alias in node.names if alias.name in used]
            statement = f"from {node.module} import {', '.join(kept)}\n" if kept else ""
            lines[node.lineno - 1:node.end_lineno] = [statement]
    return re.sub(r"\n{3,}(?=\S)", "\n\n", "".join(lines))


def module_path(form: Path) -> Path:
    return OUTPUT / f"ui_{form.stem}.py"


def main() -> int:
    for form in sorted(FORMS.glob("*.ui")):
        module_path(form).write_text(compile_form(form), encoding="utf-8")
        print(f"{form.name} -> {module_path(form).relative_to(FORMS.parent)}")
    sys.path.insert(0, str(FORMS))
    import translations

    return translations.main()


if __name__ == "__main__":
    raise SystemExit(main())
