"""Set-up for the front-desk GUI tests: a main window on a real SQLite file, prompts scripted."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "services"))

from front_desk_support import CLERK, DENVER, NOW, book, make_ctx, register  # noqa: E402,F401

from hsg_desk.qt.views import exam_workspace  # noqa: E402
from hsg_desk.qt.views.main_window import MainWindow  # noqa: E402
from hsg_desk.qt.widgets.prompts import ScriptedPrompts  # noqa: E402


def open_window(qtbot, monkeypatch, path, *answers, ctx=None):
    """The main window with only the check-in page in the workspace (the page under test)."""
    monkeypatch.setattr(exam_workspace, "PAGES", exam_workspace.PAGES[:1])
    ctx = ctx or make_ctx(path)
    prompts = ScriptedPrompts(*answers)
    window = MainWindow(ctx, prompts=prompts)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window, ctx, prompts


def count(ctx, table: str) -> int:
    return ctx.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
