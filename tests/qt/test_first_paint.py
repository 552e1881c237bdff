"""after_first_paint: the callback runs once, after the widget's first paint, never before."""

from PySide6.QtWidgets import QApplication, QLabel

from hsg_desk.qt.first_paint import after_first_paint


def test_the_callback_runs_once_after_the_first_paint(qtbot):
    label = QLabel("Worklist")
    qtbot.addWidget(label)
    calls = []
    after_first_paint(label, lambda: calls.append(label.isVisible()))
    assert calls == []  # nothing before the widget is shown and painted
    label.show()
    qtbot.waitUntil(lambda: calls == [True])
    label.repaint()  # a second paint, synchronous
    QApplication.processEvents()  # runs whatever it might have queued
    assert calls == [True]
