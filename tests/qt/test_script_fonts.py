"""The window shows names in any script the documents print: the bundled faces join Qt's fonts."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics

from hsg_desk.qt.fonts import SCRIPT_FONTS, add_script_fonts
from hsg_desk.reports.fonts import FACES

SAMPLES = {"Noto Sans Arabic": "فاطمة", "Noto Sans Hebrew": "רבקה", "Noto Sans Devanagari": "प्रिया",
           "Droid Sans Fallback": "秀英"}


def test_the_bundled_script_faces_are_qt_fonts_that_cover_their_names(qtbot):
    add_script_fonts()
    families = set(QFontDatabase.families())
    for family, sample in SAMPLES.items():
        assert family in families, family
        metrics = QFontMetrics(QFont(family))
        assert all(metrics.inFontUcs4(ord(character)) for character in sample), family


def test_the_window_and_the_documents_use_the_same_files():
    assert set(SCRIPT_FONTS) == {regular for regular, _ in FACES.values()}
