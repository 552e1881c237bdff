"""The guard against PySide6 6.12's lost references to None (hsg_desk/qt/none_refcount.py)."""

from __future__ import annotations

import subprocess
import sys

import pytest

SCRIPT = """
import sys
from PySide6.QtWidgets import QApplication, QLabel
{guard}
app = QApplication([])
label = QLabel()
for _ in range(50_000):   # about 150 exams opened
    label.clear()
print("alive")
"""


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12")
def test_a_long_day_of_clicks_does_not_abort_the_process():
    guard = "from hsg_desk.qt.none_refcount import keep_none_alive\nkeep_none_alive()"
    done = subprocess.run([sys.executable, "-c", SCRIPT.format(guard=guard)], capture_output=True, text=True,
                          env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""}, timeout=60)
    assert done.stdout.strip() == "alive", done.stderr[-500:]


def test_the_guard_can_be_called_twice():
    from hsg_desk.qt.none_refcount import RESERVE, keep_none_alive

    keep_none_alive()
    before = sys.getrefcount(None)
    keep_none_alive()
    assert abs(sys.getrefcount(None) - before) < RESERVE // 2
