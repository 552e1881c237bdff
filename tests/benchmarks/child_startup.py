"""Child process for the start-up measures: start a window, report when it is first painted.

    python child_startup.py app PATH   the real application (`hsg-desk --db PATH`)
    python child_startup.py bare       the floor: a bare QApplication + QMainWindow

It notes the wall-clock time and resident MiB right after the first paint of the main
window has finished, then for 2 s the longest gap of a 5 ms heartbeat, prints one JSON
line {"painted", "rss_mb", "stall_after_start_ms"} and exits without tearing anything down.
The app path needs no hook in HSG Desk: the QApplication is created here first (run_gui
reuses an existing instance), the first QMainWindow to be shown gets an event filter that
notices its first paint (the same watch in both paths), and the sign-in is the demo's
automatic one (no password typed or checked).
Before exiting it waits for the start-up workers (page scan, daily backup) to finish, so
no half-written backup is left behind.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

AFTER_START_MS = 2000


def resident_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def main(argv: list[str]) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])

    painted: dict = {}
    beats: list[float] = []

    def report() -> None:
        painted.update(painted=time.time(), rss_mb=round(resident_mb(), 1))
        # Then watch the UI thread for a while: what the app does just after start (building
        # pages, page scan, backup) must not freeze the window either.
        heartbeat = QTimer(app, interval=5)
        heartbeat.timeout.connect(lambda: beats.append(time.perf_counter()))
        heartbeat.start()
        beats.append(time.perf_counter())
        QTimer.singleShot(AFTER_START_MS, finish)

    def finish() -> None:
        stall = max(b - a for a, b in zip(beats, beats[1:])) if len(beats) > 1 else 0.0
        print(json.dumps(painted | {"stall_after_start_ms": round(stall * 1000, 1)}), flush=True)
        for window in app.topLevelWidgets():
            for worker in (getattr(window, "page_scan", None), getattr(window, "daily_backup", None)):
                if worker is not None:
                    worker.wait()
        os._exit(0)

    class FirstPaint(QObject):
        seen = False

        def eventFilter(self, obj, event):
            if not self.seen and event.type() == QEvent.Type.Paint:
                self.seen = True
                obj.removeEventFilter(self)
                # The whole window is painted in this one pass; report on the next turn.
                QTimer.singleShot(0, report)
            return False

    watcher = FirstPaint()
    # The first main window to be shown is watched, and only it: a filter on the whole
    # application would run Python for each of the app's ~1,700 events before its first
    # paint (the bare window's: 30) and hand PySide every private Qt object they come
    # from, which makes it load the Python classes of all of QtWidgets (~25 ms a real
    # start never pays there).
    show = QMainWindow.show

    def show_watched(window) -> None:
        QMainWindow.show = show
        window.installEventFilter(watcher)
        show(window)

    QMainWindow.show = show_watched
    if argv[0] == "bare":
        window = QMainWindow()
        window.resize(1280, 800)
        window.show()
        return app.exec()
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # the repo, as `python -m` from it
    from hsg_desk.cli import main as hsg_desk_main

    sign_in_as_the_demo_when_imported()
    return hsg_desk_main(["--db", argv[1]])


def sign_in_as_the_demo_when_imported() -> None:
    """Make `hsg_desk.app.sign_in` the demo's automatic one once the CLI imports it: the
    app module is imported where the real program imports it, not earlier (it matters:
    the CLI pauses garbage collection before that import)."""
    import importlib.util  # the app imports it too

    class PatchApp:  # any object with find_spec is a finder: importlib.abc (~4 ms) the app never imports
        def find_spec(self, name, path, target=None):
            if name != "hsg_desk.app":
                return None
            sys.meta_path.remove(self)
            spec = importlib.util.find_spec(name)
            load = spec.loader.exec_module

            def exec_module(module):
                load(module)
                real_sign_in = module.sign_in
                module.sign_in = lambda db, clock, demo: real_sign_in(db, clock, True)
            spec.loader.exec_module = exec_module
            return spec

    sys.meta_path.insert(0, PatchApp())


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
