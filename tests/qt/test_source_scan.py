"""PySide6's check of each new module (does it mention PySide6?) gives the same answers from
the file's bytes as from inspect.getsource (hsg_desk/qt/source_scan.py, issue #21)."""

from __future__ import annotations

import json
import subprocess
import sys

import PySide6.QtCore  # noqa: F401 — loads shibokensupport.feature

import hsg_desk.domain.scripts
import hsg_desk.qt.ops
from hsg_desk.qt.source_scan import uses_pyside


def test_the_cheap_check_answers_as_pysides_own():
    pyside_check = sys.modules["shibokensupport.feature"]._mod_uses_pyside
    for module in (hsg_desk.qt.ops, hsg_desk.domain.scripts, json, sys, PySide6.QtCore):
        assert uses_pyside(module) == pyside_check(module), module.__name__
    assert uses_pyside(hsg_desk.qt.ops) and not uses_pyside(hsg_desk.domain.scripts)


def test_after_start_new_modules_are_classified_without_inspect():
    """In a fresh interpreter (what the app does at start): a module imported afterwards is
    still marked as one that uses PySide6 or not, and inspect.getsource is never called."""
    script = "\n".join([
        "import sys, inspect, PySide6.QtCore",
        "from hsg_desk.qt.source_scan import cheap_source_scan",
        "cheap_source_scan()",
        "calls = []",
        "original = inspect.getsource",
        "inspect.getsource = lambda obj: calls.append(obj) or original(obj)",
        "from hsg_desk.qt.ops import Op",
        "from hsg_desk.domain.scripts import needs_shaping",
        "marks = sys.modules['shibokensupport.feature'].pyside_feature_dict",
        "print(marks['hsg_desk.qt.ops'], marks['hsg_desk.domain.scripts'], len(calls))",
    ])
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert result.stdout.split() == ["0", "-1", "0"], result.stderr
