"""The window: views, widgets, models and the Qt glue around the services.

PySide6 reads the whole source of every module imported after it, unless told a cheaper way
(source_scan.py: ~0.5-1 ms a module, 0.29 s of the room walk's UI thread, issue #21); the
package does it before any of its modules is imported, for the app, the tests and the benchmark.
"""

import PySide6.QtCore  # noqa: F401 — loads PySide6's import hook, which source_scan replaces a part of

from hsg_desk.qt.source_scan import cheap_source_scan

cheap_source_scan()
