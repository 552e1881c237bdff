"""PySide6 reads the whole source of every module imported after it; this makes that read cheap.

PySide6 replaces `__import__` to support `from __feature__ import snake_case`, and after each
new module is imported it asks whether the module mentions "PySide6" (shibokensupport's
feature.py, `_mod_uses_pyside`) through `inspect.getsource`: linecache, tokenize and the
whole file as lines, ~0.5-1 ms a module. HSG Desk imports ~120 modules after PySide6 at
start and ~300 more as the exam pages load (the walk's profile: 0.29 s on the UI thread,
issue #21). The same answer comes from the file's bytes. HSG Desk uses no `__feature__`.
"""

from __future__ import annotations

import sys


def uses_pyside(module) -> bool:
    """Whether the module's source file mentions PySide6 (False without a .py file, as PySide's own check)."""
    path = getattr(module, "__file__", None)
    if not isinstance(path, str) or not path.endswith(".py"):
        return False
    try:
        with open(path, "rb") as source:
            return b"PySide6" in source.read()
    except OSError:
        return False


def cheap_source_scan() -> None:
    """Idempotent; leaves PySide6 alone when its feature module is not the one this was written for."""
    feature = sys.modules.get("shibokensupport.feature")
    if feature is not None and callable(getattr(feature, "_mod_uses_pyside", None)):
        feature._mod_uses_pyside = uses_pyside
