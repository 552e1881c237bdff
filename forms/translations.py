"""The interface's translation catalogues: resources/i18n/hsg_desk_<lang>.ts and their .qm.

`python forms/build.py` runs this after compiling the forms:
  1. pyside6-lupdate brings each .ts up to date with the strings in the forms and the Qt code
     (new strings arrive "unfinished"; removed ones are dropped);
  2. pyside6-lrelease compiles each .ts into the .qm the window loads (shipped in the wheel).
Translate the unfinished entries (Qt Linguist, or by hand), then run it again.
English is the source language: its catalogue holds only the plural forms ("%n exam(s)").
The test tests/qt/test_translations.py fails on an untranslated, stale or uncompiled string.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CATALOGUES = ROOT / "resources" / "i18n"
LANGUAGES = ("en", "es")
SOURCE_LANGUAGE = "en"


def tool(name: str) -> str:
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6-Essentials in this environment")
    return found


def sources() -> list[Path]:
    """Every file whose strings the window shows: the forms and the Qt code that is not
    generated from them (the generated modules repeat the forms' strings)."""
    forms = sorted((ROOT / "forms").glob("*.ui"))
    code = sorted(path for path in (ROOT / "hsg_desk" / "qt").rglob("*.py") if path.parent.name != "ui")
    return [*forms, *code, ROOT / "hsg_desk" / "app.py"]


def catalogue(language: str, folder: Path = CATALOGUES) -> Path:
    return folder / f"hsg_desk_{language}.ts"


def compiled(language: str, folder: Path = CATALOGUES) -> Path:
    return folder / f"hsg_desk_{language}.qm"


def update(language: str, folder: Path = CATALOGUES) -> None:
    """The .ts in `folder` brought up to date with the sources (no line numbers: they would
    make every edit of a view a change of the catalogue)."""
    folder.mkdir(parents=True, exist_ok=True)
    command = [tool("pyside6-lupdate"), *map(str, sources()), "-ts", str(catalogue(language, folder)),
               "-locations", "none", "-no-ui-lines", "-source-language", SOURCE_LANGUAGE,
               "-target-language", language, "-no-obsolete", "-silent"]
    if language == SOURCE_LANGUAGE:
        command.append("-pluralonly")
    subprocess.run(command, check=True, cwd=ROOT)


def release(language: str, source_folder: Path = CATALOGUES, target_folder: Path = CATALOGUES) -> None:
    subprocess.run([tool("pyside6-lrelease"), str(catalogue(language, source_folder)), "-qm",
                    str(compiled(language, target_folder)), "-silent"], check=True)


def main() -> int:
    for language in LANGUAGES:
        update(language)
        release(language)
        print(f"{catalogue(language).relative_to(ROOT)} -> {compiled(language).relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
