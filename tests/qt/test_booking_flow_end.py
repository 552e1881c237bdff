"""The booking dialog asks when her flow ended (issue #14 §1): the days that fit then start the day
after it, and the dialog says which of the two starts it used (her flow end, or the setting)."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QTime

from hsg_desk.qt.views.booking_dialog import BookingDialog
from hsg_desk.qt.widgets.prompts import ScriptedPrompts

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "services"))
from front_desk_support import make_ctx, register  # noqa: E402  (the clock is 8:00 AM, Wed Nov 25)


def test_the_window_counts_from_the_flow_end_typed_and_says_so(qtbot, tmp_path):
    ctx = make_ctx(tmp_path / "desk.sqlite3")
    dialog = BookingDialog(ctx, register(ctx), ScriptedPrompts())
    qtbot.addWidget(dialog)
    dialog.show()
    ui = dialog.ui
    qtbot.keyClicks(ui.lmpEdit, "11/20/2026")
    assert "assuming 6 days of flow (setting: Typical days of flow)" in ui.windowLabel.text()
    assert ui.dateEdit.date().toPython().isoformat() == "2026-11-26"  # the first day that fits
    qtbot.keyClicks(ui.flowEdit, "11/23/2026")
    assert "from the day after her flow ended on Mon Nov 23" in ui.windowLabel.text()
    assert ui.flowError.text() == ""
    ui.timeEdit.setTime(QTime(14, 30))
    dialog.save()
    assert dialog.exam is not None
    assert ctx.db.execute("SELECT flow_ended_on FROM histories WHERE exam_id = ?",
                          [dialog.exam.id]).fetchone() == ("2026-11-23",)


def test_a_flow_end_before_the_period_is_marked_at_once(qtbot, tmp_path):
    ctx = make_ctx(tmp_path / "desk.sqlite3")
    dialog = BookingDialog(ctx, register(ctx), ScriptedPrompts())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.ui.lmpEdit, "11/20/2026")
    qtbot.keyClicks(dialog.ui.flowEdit, "11/19/2026")
    assert dialog.ui.flowError.text() == "The flow cannot end before the period began."
    assert "assuming 6 days of flow" in dialog.ui.windowLabel.text()
    dialog.save()
    assert dialog.exam is None and ctx.db.execute("SELECT count(*) FROM exams").fetchone() == (0,)
