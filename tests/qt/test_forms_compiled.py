"""Each Designer form in forms/ matches its generated module in hsg_desk/qt/ui/."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
spec = importlib.util.spec_from_file_location("build_forms", ROOT / "forms" / "build.py")
build_forms = importlib.util.module_from_spec(spec)
spec.loader.exec_module(build_forms)
FORMS = sorted((ROOT / "forms").glob("*.ui"))
VERSION_LINE = re.compile(r"^## Created by: Qt User Interface Compiler version .*$", re.MULTILINE)


def _normalised(source: str) -> str:
    return VERSION_LINE.sub("", source)


def test_there_are_forms():
    assert len(FORMS) >= 2


@pytest.mark.parametrize("form", FORMS, ids=lambda f: f.name)
def test_form_and_generated_module_agree(form):
    generated = build_forms.module_path(form)
    assert generated.exists(), f"{generated.name} missing: run python forms/build.py"
    assert _normalised(generated.read_text(encoding="utf-8")) == _normalised(build_forms.compile_form(form)), \
        f"{form.name} changed since {generated.name} was generated: run python forms/build.py"
