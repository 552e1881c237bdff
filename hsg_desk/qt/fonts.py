"""The bundled script fonts, offered to Qt too, so a name in Arabic, Hebrew, Devanagari or
Chinese shows in the window on a workstation whose system fonts lack that script.

The same files print the documents (reports/fonts.py); here only their regular weights.
"""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase

from hsg_desk.resources_path import resource_path

SCRIPT_FONTS = ("NotoSansArabic-Regular.ttf", "NotoSansHebrew-Regular.ttf", "NotoSansDevanagari-Regular.ttf",
                "DroidSansFallbackFull.ttf")


def add_script_fonts() -> None:
    """Make the bundled script faces available to Qt's font fallback."""
    for name in SCRIPT_FONTS:
        QFontDatabase.addApplicationFont(str(resource_path("fonts", name)))
