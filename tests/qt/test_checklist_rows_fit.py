"""Each checklist row is as tall as its wrapped text: "✓ Done 7:36 AM — Demo Technologist ·
locker 14" and a step's detail are never clipped, at 1280×800."""

from __future__ import annotations

from test_exam_room_procedure import make_page, room, run_steps_by_keyboard, screened_exam  # noqa: F401


def test_no_row_is_shorter_than_its_text(qtbot, room):
    _, db, clock, users, tech = room
    exam_id = screened_exam(db, clock, users)
    page = make_page(qtbot, tech, exam_id)
    run_steps_by_keyboard(qtbot, page, clock, 10)
    checklist = page.checklist
    qtbot.waitUntil(lambda: all(row.height() >= row.layout_.totalHeightForWidth(row.width()) - 1
                                for row in checklist.rows))
    for row in checklist.rows:
        for label in (row.title, row.state):
            assert label.height() >= label.heightForWidth(label.width()) - 1, (row.step.number, label.text())
