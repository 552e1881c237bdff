"""reportlab keeps module-level state (registered fonts, caches, the shaping tables), so
documents built on two worker threads at once (a preview and a print, or the day sheet
and an exam's summary) take turns. The UI thread never builds a document, so it never waits here."""

from __future__ import annotations

import threading
from collections.abc import Callable
from functools import wraps
from typing import TypeVar

Build = TypeVar("Build", bound=Callable)
# Re-entrant: one builder may call another (build_document → build_summary).
_REPORTLAB = threading.RLock()


def one_at_a_time(build: Build) -> Build:
    """`build` runs while no other document is being built, on any thread."""
    @wraps(build)
    def in_turn(*args, **kwargs):
        with _REPORTLAB:
            return build(*args, **kwargs)
    return in_turn  # type: ignore[return-value]
