"""A guard against a PySide6 reference-count bug that aborts the app on Python 3.11.

PySide6 6.12.0 on Python 3.11.7 returns None from C++ functions that return nothing
(setText, setEnabled, clear, ...) without taking a reference to it, so every such call
takes one reference away from None. Opening an exam costs ~300 (the four pages reload),
and None starts with ~7,000: after a few dozen exams the process aborts with "Fatal Python
error: none_dealloc: deallocating None" (the benchmark's repeated room walks found it).
Python 3.12 made None immortal, which is why the bug does not show there. Until PySide6
is fixed, HSG Desk gives None the same immortality at start: a reference count so large
that no day of clicks can bring it to zero.
"""

from __future__ import annotations

import ctypes
import sys

RESERVE = 1 << 40  # ~10^12 references: centuries of clicks
_applied = False


def keep_none_alive() -> None:
    """Idempotent; a no-op where None is immortal already (Python 3.12 and later)."""
    global _applied
    if _applied or sys.version_info >= (3, 12):
        return
    # CPython: a PyObject starts with its reference count (ob_refcnt, a Py_ssize_t).
    ctypes.c_ssize_t.from_address(id(None)).value += RESERVE
    _applied = True
