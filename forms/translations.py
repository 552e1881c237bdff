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

import ast
import json
import shutil
import subprocess
import sys
import tempfile
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


MESSAGE_FOLDERS = ("domain", "services", "dicom")  # where the messages the window shows are written
NOT_A_MESSAGE = {"ConflictError"}  # its first argument names a table; it writes its own message


def sources() -> list[Path]:
    """Every file whose strings the window shows: the forms and the Qt code that is not
    generated from them (the generated modules repeat the forms' strings)."""
    forms = sorted((ROOT / "forms").glob("*.ui"))
    code = sorted(path for path in (ROOT / "hsg_desk" / "qt").rglob("*.py") if path.parent.name != "ui")
    return [*forms, *code, ROOT / "hsg_desk" / "app.py"]


def message_files() -> list[Path]:
    """The modules that write messages (domain/message.py only defines what a Message is)."""
    return sorted(path for folder in MESSAGE_FOLDERS for path in (ROOT / "hsg_desk" / folder).rglob("*.py")
                  if path != ROOT / "hsg_desk" / "domain" / "message.py")


def error_classes(trees) -> tuple[set[str], set[str]]:
    """The names of DomainError and its subclasses, and of those that are ValidationErrors
    (their message is the second argument, after the field)."""
    bases = {node.name: {getattr(base, "id", getattr(base, "attr", "")) for base in node.bases}
             for tree in trees for node in ast.walk(tree) if isinstance(node, ast.ClassDef)}
    errors, validation = {"DomainError"}, {"ValidationError"}
    for _ in range(len(bases)):
        errors |= {name for name, parents in bases.items() if parents & errors}
        validation |= {name for name, parents in bases.items() if parents & validation}
    return errors, validation


def message_arguments(trees):
    """(call, message argument) for each Message(...) and each DomainError raised with a message."""
    errors, validation = error_classes(trees)
    for tree in trees:
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            name = getattr(node.func, "id", getattr(node.func, "attr", ""))
            if name in NOT_A_MESSAGE:
                continue
            if name == "Message" or (name in errors and name not in validation):
                yield node, node.args[0]
            elif name in validation and len(node.args) > 1:
                yield node, node.args[1]
            elif name == "refuse":  # a field spec's refusal (domain/fields.py Field.refuse) raises a ValidationError
                yield node, node.args[0]
            elif name == "FieldTable":  # what its fields are, said in "not {what}" (domain/fields.py)
                yield node, node.args[0]


def parsed_message_files():
    return [ast.parse(path.read_text(encoding="utf-8"), str(path)) for path in message_files()]


def messages() -> list[str]:
    """The domain's and the services' messages the window may show: each literal template."""
    found = [argument.value for _, argument in message_arguments(parsed_message_files())
             if isinstance(argument, ast.Constant) and isinstance(argument.value, str)]
    return list(dict.fromkeys(found))


def message_values() -> dict[str, set[str]]:
    """Each Message template with the names of the values it is given (a translation may use
    any of them: Spanish says "ese mes no tiene día {day}" where English says "{ordinal}")."""
    names: dict[str, set[str]] = {}
    for call, argument in message_arguments(parsed_message_files()):
        if getattr(call.func, "id", getattr(call.func, "attr", "")) == "Message" and isinstance(argument, ast.Constant):
            names.setdefault(argument.value, set()).update(keyword.arg or "**" for keyword in call.keywords)
    return names


def messages_source(folder: Path) -> Path:
    """The messages as one Python file lupdate reads (context "messages"): the domain knows no Qt,
    so its messages carry no QT_TRANSLATE_NOOP of their own."""
    path = folder / "domain_messages.py"
    path.write_text("".join(f'QT_TRANSLATE_NOOP("messages", {json.dumps(text, ensure_ascii=False)})\n'
                            for text in messages()), encoding="utf-8")
    return path


def catalogue(language: str, folder: Path = CATALOGUES) -> Path:
    return folder / f"hsg_desk_{language}.ts"


def compiled(language: str, folder: Path = CATALOGUES) -> Path:
    return folder / f"hsg_desk_{language}.qm"


def update(language: str, folder: Path = CATALOGUES) -> None:
    """The .ts in `folder` brought up to date with the sources (no line numbers: they would
    make every edit of a view a change of the catalogue)."""
    folder.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        command = [tool("pyside6-lupdate"), *map(str, sources()), str(messages_source(Path(scratch))),
                   "-ts", str(catalogue(language, folder)), "-locations", "none", "-no-ui-lines",
                   "-source-language", SOURCE_LANGUAGE, "-target-language", language, "-no-obsolete", "-silent"]
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
